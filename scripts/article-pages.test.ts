import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { writeRendered } from '../src/markdown/render-cache.ts';
import { articlePageProblems } from './article-pages.ts';
import { FileFacts } from '../src/integrations/file-facts.ts';

const root = mkdtempSync(join(tmpdir(), 'archiv-seiten-'));
const site = join(root, 'site');
const cache = join(root, 'gerendert');
/** The facts of each check's pages, kept here rather than in the project's cache. */
const facts = () => new FileFacts<{ title: string; holds?: string }>('article-pages', 'test', join(root, 'facts'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(slug: string, title: string, text: string) {
  mkdirSync(join(site, 'artikel', slug), { recursive: true });
  writeFileSync(
    join(site, 'artikel', slug, 'index.html'),
    `<html><head><title>${title} – Nachrichtenarchiv</title></head><body><article>${text}</article></body></html>`,
  );
}
const rendered = (key: string, html: string) =>
  writeRendered(key, { html, text: html, wordCount: 3, readingMinutes: 1 }, cache);

describe('the article pages of a build against the articles it published', () => {
  rendered('k1', '<p>Erster Text.</p>');
  rendered('k2', '<p>Zweiter Text, neu.</p>');
  page('eins', 'Putin &amp; Kim: „Freunde“', '<p>Erster Text.</p>');
  page('zwei', 'Zwei', '<p>Zweiter Text, alt.</p>');
  page('zurueckgezogen', 'Zurückgezogen: Drei', '<p>Dieser Artikel wurde zurückgezogen.</p>');
  page('uebrig', 'Übrig', '<p>Ein Artikel, den es nicht mehr gibt.</p>');
  const published = [
    { slug: 'eins', title: 'Putin & Kim: „Freunde“', renderKey: 'k1', withdrawn: false, links: [] },
    { slug: 'zwei', title: 'Zwei', renderKey: 'k2', withdrawn: false, links: [] },
    { slug: 'zurueckgezogen', title: 'Drei', renderKey: 'k3', withdrawn: true, links: [] },
    { slug: 'fehlt', title: 'Fehlt', renderKey: 'k1', withdrawn: false, links: [] },
  ];

  it('names each page missing, left over, or with another title or text than its article has now', () => {
    expect(articlePageProblems(site, 'artikel', published, { renderCache: cache, facts: facts() }).sort()).toEqual([
      'artikel/fehlt/: no page',
      'artikel/uebrig/: a page of no published article',
      'artikel/zwei/: not the text of its file as rendered now',
    ]);
  });

  it('finds nothing wrong when the pages are exactly the published articles', () => {
    rmSync(join(site, 'artikel', 'uebrig'), { recursive: true });
    page('zwei', 'Zwei', '<p>Zweiter Text, neu.</p>');
    expect(articlePageProblems(site, 'artikel', published.slice(0, 3), { renderCache: cache, facts: facts() })).toEqual(
      [],
    );
    expect(
      articlePageProblems(
        site,
        'artikel',
        [{ ...published[0]!, title: 'Ein anderer Titel' }, ...published.slice(1, 3)],
        { renderCache: cache, facts: facts() },
      ),
    ).toEqual([
      'artikel/eins/: its title is not "Ein anderer Titel" (found "Putin & Kim: „Freunde“ – Nachrichtenarchiv")',
    ]);
  });

  it('reads again only the pages that changed since the last check, and still finds a stale one', () => {
    const ok = published.slice(0, 3);
    articlePageProblems(site, 'artikel', ok, { renderCache: cache, facts: facts() });
    const unchanged = facts();
    expect(articlePageProblems(site, 'artikel', ok, { renderCache: cache, facts: unchanged })).toEqual([]);
    expect([unchanged.read, unchanged.kept]).toEqual([0, 3]);

    // A page rewritten by a later build (a later time), with the old text again.
    page('zwei', 'Zwei', '<p>Zweiter Text, alt.</p>');
    utimesSync(join(site, 'artikel/zwei/index.html'), new Date(Date.now() + 5000), new Date(Date.now() + 5000));
    const changed = facts();
    expect(articlePageProblems(site, 'artikel', ok, { renderCache: cache, facts: changed })).toEqual([
      'artikel/zwei/: not the text of its file as rendered now',
    ]);
    expect([changed.read, changed.kept]).toEqual([1, 2]);

    // An article whose rendering changed while its page did not: the page is read again, and is stale.
    const renderedAgain = facts();
    rendered('k4', '<p>Erster Text, neu gefasst.</p>');
    expect(
      articlePageProblems(site, 'artikel', [{ ...ok[0]!, renderKey: 'k4' }, ...ok.slice(1)], {
        renderCache: cache,
        facts: renderedAgain,
      }),
    ).toEqual([
      'artikel/eins/: not the text of its file as rendered now',
      'artikel/zwei/: not the text of its file as rendered now',
    ]);
    expect(renderedAgain.read).toBe(2);
  });
});

describe('the facts the page check keeps', () => {
  it('keep no page alive: holding the facts of 40 pages of 1 MB costs far less than the pages', () => {
    // A title cut from its page by a regular expression would keep the whole page (src/integrations/file-facts.ts, ownString).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const big = join(root, 'gross');
    const many = Array.from({ length: 40 }, (_, n) => ({
      slug: `seite-${n}`,
      title: `Eine Seite von vierzig, die Nummer ${n}`, // longer than V8 copies a match (13 characters)
      renderKey: 'k1',
      withdrawn: true,
      links: [],
    }));
    for (const article of many) {
      mkdirSync(join(big, 'artikel', article.slug), { recursive: true });
      writeFileSync(
        join(big, 'artikel', article.slug, 'index.html'),
        `<html><head><title>${article.title}</title></head><body>${'Text '.repeat(200_000)}</body></html>`,
      );
    }
    const kept = facts();
    gc();
    const before = process.memoryUsage().heapUsed;
    expect(articlePageProblems(big, 'artikel', many, { renderCache: cache, facts: kept })).toEqual([]);
    gc();
    const held = process.memoryUsage().heapUsed - before;
    expect(kept.read).toBe(40);
    expect(held).toBeLessThan(4 * 2 ** 20);
  });
});

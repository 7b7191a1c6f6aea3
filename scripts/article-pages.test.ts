import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeRendered } from '../src/markdown/render-cache.ts';
import { articlePageProblems } from './article-pages.ts';

const root = mkdtempSync(join(tmpdir(), 'archiv-seiten-'));
const site = join(root, 'site');
const cache = join(root, 'gerendert');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(slug: string, title: string, text: string) {
  mkdirSync(join(site, 'artikel', slug), { recursive: true });
  writeFileSync(
    join(site, 'artikel', slug, 'index.html'),
    `<html><head><title>${title} – Nachrichtenarchiv</title></head><body><article>${text}</article></body></html>`,
  );
}
const rendered = (key: string, html: string) => writeRendered(key, { html, wordCount: 3, readingMinutes: 1 }, cache);

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
    expect(articlePageProblems(site, 'artikel', published, { renderCache: cache }).sort()).toEqual([
      'artikel/fehlt/: no page',
      'artikel/uebrig/: a page of no published article',
      'artikel/zwei/: not the text of its file as rendered now',
    ]);
  });

  it('finds nothing wrong when the pages are exactly the published articles', () => {
    rmSync(join(site, 'artikel', 'uebrig'), { recursive: true });
    page('zwei', 'Zwei', '<p>Zweiter Text, neu.</p>');
    expect(articlePageProblems(site, 'artikel', published.slice(0, 3), { renderCache: cache })).toEqual([]);
    expect(
      articlePageProblems(
        site,
        'artikel',
        [{ ...published[0]!, title: 'Ein anderer Titel' }, ...published.slice(1, 3)],
        { renderCache: cache },
      ),
    ).toEqual([
      'artikel/eins/: its title is not "Ein anderer Titel" (found "Putin & Kim: „Freunde“ – Nachrichtenarchiv")',
    ]);
  });
});

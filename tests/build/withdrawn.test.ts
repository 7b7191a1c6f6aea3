import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';

/**
 * A withdrawn article (tests/fixtures/withdrawn/, added to a copy of the
 * site; no real article is withdrawn): its page is a notice, its permanent
 * address still leads there, and it is gone from every listing, feed, link
 * between articles, the sitemap and the search index. It shares its tags,
 * source and month with real articles, so each of those lists would show it.
 */
const SLUG = 'zurueckgezogener-artikel';
const CAPTURE = '901_d85455c021cb5e94';
const PAGE = `/artikel/${SLUG}/`;
/** Words of its teaser and text: on no page and in no index. */
const TEASER_WORD = 'Quittenmarmelade';
const TEXT_WORD = 'Kirschkernweitspucken';

let site: ReturnType<typeof temporarySite>;
const dist = () => join(site.root, 'dist');
const read = (path: string) => readFileSync(join(dist(), path), 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

beforeAll(async () => {
  // The fixture archive: known articles, whatever content/ holds (drafts included).
  site = temporarySite({ content: FIXTURE_ARCHIVE });
  cpSync(`tests/fixtures/withdrawn/${SLUG}.md`, join(site.root, `content/articles/${SLUG}.md`));
  cpSync(`tests/fixtures/withdrawn/${CAPTURE}.txt`, join(site.root, `content/captures/${CAPTURE}.txt`));
  // The whole build, search index included.
  const build = await siteBuild(site.root);
  if (build.code !== 0) throw new Error(build.output);
}, 300_000);
afterAll(() => site?.remove());

describe('a withdrawn article', () => {
  it('has a notice at its address: title, the day and the reason, no text, not for search engines or the search index', () => {
    const html = read(`${PAGE}index.html`);
    expect(html).toContain('Ein zurückgezogener Artikel über Russland und Nordkorea</h1>');
    expect(html).toMatch(/Dieser Artikel wurde am <time datetime="2025-03-01">1\. März 2025<\/time> zurückgezogen\./);
    expect(html).toContain('Auf Verlangen des Verlags entfernt.');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toContain('application/ld+json');
    for (const word of [TEASER_WORD, TEXT_WORD, 'meldete TASS']) expect(html).not.toContain(word);
  });

  it('keeps its permanent address, which leads to the notice', () => {
    expect(read(`a/${CAPTURE}/index.html`)).toContain(`<meta http-equiv="refresh" content="0; url=${PAGE}">`);
  });

  it('is linked from no other page: no listing, tag, source or year page, no related or neighbouring article', () => {
    const linking = files(dist())
      .filter(
        (file) =>
          file.endsWith('.html') && !file.endsWith(join(SLUG, 'index.html')) && !file.includes(`/a/${CAPTURE}/`),
      )
      .filter((file) => readFileSync(file, 'utf8').includes(`href="${PAGE}"`));
    expect(linking).toEqual([]);
    // The pages it would be on, were it listed, exist and list others.
    for (const page of [
      'index.html',
      'themen/russland/index.html',
      'quellen/dpa/index.html',
      'archiv/2024/index.html',
    ]) {
      expect(read(page)).toContain('href="/artikel/');
    }
  });

  it('is in no feed and not in the sitemap', () => {
    for (const feed of ['feed.xml', 'themen/russland/feed.xml', 'themen/staatsbesuche/feed.xml']) {
      expect(read(feed)).not.toContain(SLUG);
      expect(read(feed)).toContain('<item>');
    }
    const sitemaps = readdirSync(dist()).filter((name) => /^sitemap-\d+\.xml$/.test(name));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) {
      expect(read(sitemap)).not.toContain(SLUG);
      expect(read(sitemap)).toContain('/artikel/');
    }
  });

  it('is not in the search index, which holds every listed article', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const listed = readdirSync(join(site.root, 'content/articles')).length - 1;
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(listed);
    const index = files(join(dist(), 'pagefind'))
      .filter((file) => /\.pf_(fragment|index|meta)$/.test(file))
      .map((file) => gunzipSync(readFileSync(file)).toString('latin1'))
      .join('\n');
    expect(index).toContain('Pj');
    for (const word of [TEXT_WORD, TEASER_WORD, SLUG]) expect(index).not.toContain(word);
  });
});

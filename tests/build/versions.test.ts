import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';

/**
 * A story in three versions (tests/fixtures/versions/, added to a copy of the
 * fixture archive): the number of aircraft corrected in the second, a
 * paragraph added and the headline changed in the third. Its page shows the
 * newest and the history; the older versions have pages of their own that
 * no search engine or search index takes; each capture's permanent address
 * leads to its version; the feed keeps one item with the update; the
 * sitemap's lastmod is the newest version's.
 */
const SLUG = 'russland-liefert-nordkorea-12-kampfflugzeuge';
const PAGE = `/artikel/${SLUG}/`;
const CAPTURES = ['920_0a6a78faac64b461', '921_b4f2c4721333fb0e', '922_b35496842dd77f21'];
const NEWEST_TITLE = 'Moskau sagt Pjöngjang 14 Kampfflugzeuge zu';

let site: ReturnType<typeof temporarySite>;
const dist = () => join(site.root, 'dist');
const read = (path: string) => readFileSync(join(dist(), path), 'utf8');
/** The visible text of a piece of HTML, spaces squeezed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

beforeAll(async () => {
  site = temporarySite({ content: FIXTURE_ARCHIVE });
  for (const folder of ['articles', 'captures', 'versions'])
    cpSync(join('tests/fixtures/versions', folder), join(site.root, 'content', folder), { recursive: true });
  const build = await siteBuild(site.root);
  if (build.code !== 0) throw new Error(build.output);
}, 300_000);
afterAll(() => site?.remove());

describe('a story in three versions', () => {
  it('shows its newest version, and the history: each version, its "Stand", what changed, sentence by sentence', () => {
    const html = read(`${PAGE}index.html`);
    expect(html).toContain(`<title>Nordkorea: ${NEWEST_TITLE} – Nachrichtenarchiv</title>`);
    expect(html).toContain('<p>Auch Japan äußerte sich am Abend besorgt.');
    expect(html).toContain(`<link rel="canonical" href="http://localhost:4321${PAGE}">`);
    expect(html).not.toContain('noindex');
    const history = text(html.split('id="archiv-fassungen"')[1]!.split('</section>')[0]!);
    expect(history).toContain('Fassung 3 – Stand: 20. Juni 2024, 18:40 Uhr (aktuell, diese Seite)');
    expect(history).toContain('4 Änderungen gegenüber Fassung 2');
    expect(history).toContain('Überschrift, entfernt: Russland liefert Nordkorea 12 Kampfflugzeuge');
    expect(history).toContain(`Überschrift, hinzugefügt: ${NEWEST_TITLE}`);
    expect(history).toContain('Text, hinzugefügt: Auch Japan äußerte sich am Abend besorgt.');
    expect(history).toContain('Fassung 2 – Stand: 20. Juni 2024, 13:05 Uhr');
    // The corrected number, named in words for those who do not see the marks.
    expect(history).toContain(
      'Text, geändert: Russland will Nordkorea nach Angaben aus Moskau insgesamt [entfernt: 12 ] [hinzugefügt: 14 ] Kampfflugzeuge',
    );
    expect(html).toMatch(
      /<del><span class="visually-hidden">\[entfernt: <\/span>12<span class="visually-hidden">\]<\/span><\/del>/,
    );
    expect(history).toContain('Fassung 1 – Stand: 20. Juni 2024, 09:30 Uhr Erste erfasste Fassung');
    expect(html).toContain(`<a href="/artikel/${SLUG}/fassung/1/">Fassung 1</a>`);
  });

  it('gives each older version a page: its own text and citation, noindex, canonical to the article, not for the search index', () => {
    const html = read(`${PAGE}fassung/2/index.html`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<link rel="canonical" href="http://localhost:4321${PAGE}">`);
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toContain('application/ld+json');
    expect(text(html)).toContain(
      'Dies ist eine ältere Fassung dieses Artikels (Fassung 2 von 3). Zur aktuellen Fassung',
    );
    expect(html).toContain('insgesamt 14 Kampfflugzeuge');
    expect(html).not.toContain('<p>Auch Japan');
    expect(text(html)).toContain(`Dauerhafte Adresse dieser Fassung: http://localhost:4321/a/${CAPTURES[1]}/`);
    expect(read(`${PAGE}fassung/1/index.html`)).toContain('insgesamt 12 Kampfflugzeuge');
    expect(() => read(`${PAGE}fassung/3/index.html`)).toThrow();
  });

  it('keeps the first capture as the permanent address of the article; a later one leads to its version', () => {
    const target = (id: string) => /url=([^"]+)"/.exec(read(`a/${id}/index.html`))?.[1];
    expect(CAPTURES.map(target)).toEqual([PAGE, `${PAGE}fassung/2/`, PAGE]);
  });

  it('is one feed item, with its first date and the newest headline and update', () => {
    const feed = read('feed.xml');
    expect(feed).toContain('xmlns:dcterms="http://purl.org/dc/terms/"');
    const items = feed.split('<item>').filter((item) => item.includes(SLUG));
    expect(items).toHaveLength(1);
    expect(items[0]).toContain(`<guid isPermaLink="true">http://localhost:4321${PAGE}</guid>`);
    expect(items[0]).toContain(`<title>Nordkorea: ${NEWEST_TITLE}</title>`);
    expect(items[0]).toContain('<pubDate>Thu, 20 Jun 2024 07:30:00 GMT</pubDate>');
    expect(items[0]).toContain('<dcterms:modified>2024-06-20T18:40+02:00</dcterms:modified>');
    expect(read('themen/waffenlieferungen/feed.xml')).toContain(
      '<dcterms:modified>2024-06-20T18:40+02:00</dcterms:modified>',
    );
  });

  it('has the newest version as its lastmod in the sitemap, which leaves out the older versions', () => {
    const sitemap = readdirSync(dist())
      .filter((name) => /^sitemap-\d+\.xml$/.test(name))
      .map(read)
      .join('');
    expect(sitemap).toContain(`<loc>http://localhost:4321${PAGE}</loc><lastmod>2024-06-20T16:40:00.000Z</lastmod>`);
    expect(sitemap).not.toContain('fassung');
    expect(sitemap.match(/<lastmod>/g)).toHaveLength(1);
  });

  it('is found in the search index by its newest text, once, and its older versions are not indexed', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(6);
    const fragments = files(join(dist(), 'pagefind'))
      .filter((file) => /\.pf_fragment$/.test(file))
      .map((file) => gunzipSync(readFileSync(file)).toString('utf8'));
    const story = fragments.filter((fragment) => fragment.includes(SLUG));
    expect(story).toHaveLength(1);
    expect(story[0]).toContain('Tokio');
    expect(story[0]).toContain(NEWEST_TITLE);
    expect(story[0]).not.toContain('Russland liefert Nordkorea 12');
  });

  it('keeps its place in the listings, by its first date, with the newest headline', () => {
    const home = text(read('index.html'));
    const at = home.indexOf(NEWEST_TITLE);
    expect(at).toBeGreaterThan(home.indexOf('Russland will Sanktionen gegen Nordkorea lockern'));
    expect(at).toBeLessThan(home.indexOf('Zwei „innige Freunde“ rücken zusammen'));
    expect(home).not.toContain('Russland liefert Nordkorea 12');
  });
});

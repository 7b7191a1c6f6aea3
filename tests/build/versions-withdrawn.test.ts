import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { digestsOf, parseDigests, SITE_DIGESTS } from '../support/fixture-site-digests.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';

/**
 * The story in three versions (tests/fixtures/versions/), withdrawn as
 * docs/editors.md says, in its first file, the story's: "Withdrawing the
 * story withdraws all its versions". Its page is the notice, with nothing of
 * any version's text; it has no pages of older versions; every capture's
 * permanent address leads to the notice; and it is in no listing, feed,
 * sitemap or search index: every other file of the site is the fixture
 * archive's, byte for byte.
 */
const SLUG = 'russland-liefert-nordkorea-12-kampfflugzeuge';
const PAGE = `/artikel/${SLUG}/`;
const CAPTURES = ['920_0a6a78faac64b461', '921_b4f2c4721333fb0e', '922_b35496842dd77f21'];
const WITHDRAWAL = 'withdrawn: { date: "2025-03-01", reason: "Auf Verlangen des Verlags entfernt." }';
const FIRST_HEADLINE = 'Russland liefert Nordkorea 12 Kampfflugzeuge';
const NEWEST_HEADLINE = 'Moskau sagt Pjöngjang 14 Kampfflugzeuge zu';
/** Words of the teaser and of each version's text: the first's, the second's correction, the third's paragraph. */
const TEXT_WORDS = [
  'Nach dem Besuch Putins',
  'älterer Bauart',
  'Verteidigungsministeriums',
  'berichtigt',
  'Tokio',
  'G7-Außenminister',
];

let site: ReturnType<typeof temporarySite>;
const dist = () => join(site.root, 'dist');
const read = (path: string) => readFileSync(join(dist(), path), 'utf8');
/** The files of the built site that are the story's own: its notice and its permanent addresses. */
const storyFiles = [`artikel/${SLUG}/index.html`, ...CAPTURES.map((id) => `a/${id}/index.html`)];

beforeAll(async () => {
  site = temporarySite({ content: FIXTURE_ARCHIVE });
  for (const folder of ['articles', 'captures', 'versions']) {
    cpSync(join('tests/fixtures/versions', folder), join(site.root, 'content', folder), { recursive: true });
  }
  const story = join(site.root, `content/articles/${SLUG}.md`);
  writeFileSync(story, readFileSync(story, 'utf8').replace(/^---\n/, `---\n${WITHDRAWAL}\n`));
  const env = { ...process.env };
  delete env.ARCHIV_URL;
  const build = await siteBuild(site.root, env);
  if (build.code !== 0) throw new Error(build.output);
}, 300_000);
afterAll(() => site?.remove());

describe('a story in three versions, withdrawn', () => {
  it('has the notice at its address: its headline as it stood, the day and the reason, nothing of any version', () => {
    const html = read(`${PAGE}index.html`);
    expect(html).toContain('data-withdrawn-notice');
    expect(html).toContain(`<title>Nordkorea: ${NEWEST_HEADLINE} – Nachrichtenarchiv</title>`);
    expect(html).toMatch(/Dieser Artikel wurde am <time datetime="2025-03-01">1\. März 2025<\/time> zurückgezogen\./);
    expect(html).toContain('Auf Verlangen des Verlags entfernt.');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toContain('application/ld+json');
    // No history: no version, no change, no link to an older version's page.
    for (const word of ['archiv-fassungen', 'Fassung', '/fassung/', '<ins>', '<del>', FIRST_HEADLINE, ...TEXT_WORDS]) {
      expect(html).not.toContain(word);
    }
  });

  it('has no pages of its older versions', () => {
    expect(existsSync(join(dist(), `artikel/${SLUG}/fassung`))).toBe(false);
    expect(readdirSync(join(dist(), `artikel/${SLUG}`))).toEqual(['index.html']);
  });

  it('keeps the permanent address of every capture, each leading to the notice', () => {
    for (const id of CAPTURES) {
      expect(read(`a/${id}/index.html`), id).toContain(`<meta http-equiv="refresh" content="0; url=${PAGE}">`);
    }
  });

  it("is in no listing, feed, sitemap or search index: every other file is the fixture archive's", () => {
    const built = digestsOf(dist());
    for (const file of storyFiles) built.delete(file);
    const archive = parseDigests(readFileSync(SITE_DIGESTS, 'utf8'));
    expect([...built.keys()], 'the same files').toEqual([...archive.keys()]);
    const differing = [...built].filter(([path, digest]) => archive.get(path) !== digest).map(([path]) => path);
    expect(differing, `files that differ from the fixture archive's (${SITE_DIGESTS})`).toEqual([]);
  });

  it('is named by no page but its own, nor by any feed, the sitemap or the search index', () => {
    const others = [...digestsOf(dist()).keys()].filter(
      (path) => !storyFiles.includes(path) && !/\.(png|pagefind)$/.test(path),
    );
    expect(others).toContain('pagefind/pagefind-entry.json');
    for (const path of others) {
      const bytes = readFileSync(join(dist(), path));
      // The search index's files are gzip.
      const text = (/\.pf_[a-z]+$/.test(path) ? gunzipSync(bytes) : bytes).toString('utf8');
      for (const word of [SLUG, FIRST_HEADLINE, NEWEST_HEADLINE, ...TEXT_WORDS]) {
        expect(text, `${path}: ${word}`).not.toContain(word);
      }
    }
    for (const feed of ['feed.xml', 'themen/waffenlieferungen/feed.xml', 'themen/nordkorea/feed.xml']) {
      expect(read(feed)).toContain('<item>');
    }
    // The search index holds the fixture archive's five articles, and not the story.
    type Entry = { languages: Record<string, { page_count: number }> };
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as Entry;
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(pages).toBe(5);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedArticle } from '../support/generate-articles.ts';
import { writeGeneratedArchive } from '../support/generated-archive.ts';
import { ARTICLES_PER_PAGE, numberedPages } from '../../src/archive/page-numbers.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { astroBuild, temporarySite } from '../support/temporary-site.ts';
import { RENDER_POOL_VARIABLE } from '../../src/markdown/pool-threshold.ts';
import { testArticle, writeTestArticle } from '../support/test-article.ts';

/**
 * Paging holds at a few hundred articles: every listing (home, each tag,
 * each source, each year and month) shows ARTICLES_PER_PAGE per numbered
 * page and fewer than one and a half times that at its own URL, its pages link to each other
 * completely, and every article appears on exactly one page of each listing
 * it belongs to. The generated articles join the fixture archive (five known
 * articles of 2023 and 2024), so that the years 2019 to 2022 hold generated
 * articles only. Last, a newer article is published: every numbered page
 * keeps its articles, and only the newest few of a listing change.
 * The articles are rendered by the Markdown pool, as from 2,000 articles,
 * so that its workers are started from inside Astro's build by some test.
 */
const COUNT = 320;
let site: ReturnType<typeof temporarySite>;
let generated: GeneratedArticle[];
let buildOutput: string;

function read(path: string): string {
  return readFileSync(join(site.root, 'dist', path, 'index.html'), 'utf8');
}

function links(html: string, test: (className: string) => boolean): string[] {
  const found: string[] = [];
  visit(fromHtml(html), 'element', (node, _, parent) => {
    const parentClass = parent && 'properties' in parent ? String(parent.properties.className?.join(' ') ?? '') : '';
    if (node.tagName === 'a' && test(parentClass)) found.push(String(node.properties.href));
  });
  return found;
}

/** Walks a listing from its first page by its numbered links; returns its pages' articles. */
function walkListing(base: string): { pages: string[][]; urls: string[] } {
  const seen = new Set<string>([base]);
  const queue = [base];
  const pages: string[][] = [];
  const urls: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    const html = read(url);
    urls.push(url);
    pages.push(links(html, (className) => className.includes('summary__title')));
    for (const href of links(html, () => true).filter((href) => href.startsWith(`${base}blatt/`))) {
      if (!seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  return { pages, urls };
}

beforeAll(async () => {
  site = temporarySite({ content: FIXTURE_ARCHIVE });
  generated = writeGeneratedArchive(site.root, COUNT, 7);
  const build = await astroBuild(site.root, { ...process.env, [RENDER_POOL_VARIABLE]: '1' });
  if (build.code !== 0) throw new Error(build.output.slice(-3000));
  buildOutput = build.output;
}, 300_000);

it('renders the articles on worker threads when told to from one article on', () => {
  expect(buildOutput).toMatch(
    new RegExp(`\\b${COUNT + 5} articles: ${COUNT + 5} rendered on \\d+ worker threads?, 0 kept`),
  );
});
afterAll(() => site?.remove());

function expectListing(base: string, expected: string[]) {
  const { pages, urls } = walkListing(base);
  expect(pages[0]!.length, base).toBeLessThan(1.5 * ARTICLES_PER_PAGE);
  expect(
    pages.slice(1).every((page) => page.length === ARTICLES_PER_PAGE),
    base,
  ).toBe(true);
  expect(urls.length, base).toBe(1 + numberedPages(expected.length));
  const all = pages.flat();
  expect(all.length, `${base}: each article once`).toBe(new Set(all).size);
  expect([...all].sort(), base).toEqual([...expected].sort());
}

describe(`paging with ${COUNT} generated articles and the fixture archive`, () => {
  const realSlugs = readdirSync(`${FIXTURE_ARCHIVE}/articles`).map((name) => `/artikel/${name.replace(/\.md$/, '')}/`);

  it('pages the home page completely, 20 a numbered page', () => {
    expectListing('/', [...realSlugs, ...generated.map((a) => `/artikel/${a.slug}/`)]);
  });

  it('pages every tag page', () => {
    for (const tag of readdirSync(`${FIXTURE_ARCHIVE}/tags`).map((name) => name.replace(/\.yaml$/, ''))) {
      const generatedWithTag = generated.filter((a) => a.tags.includes(tag)).map((a) => `/artikel/${a.slug}/`);
      const realWithTag = readdirSync(`${FIXTURE_ARCHIVE}/articles`)
        .filter((name) =>
          new RegExp(`^tags: \\[.*\\b${tag}\\b.*\\]$`, 'm').test(
            readFileSync(`${FIXTURE_ARCHIVE}/articles/${name}`, 'utf8'),
          ),
        )
        .map((name) => `/artikel/${name.replace(/\.md$/, '')}/`);
      expectListing(`/themen/${tag}/`, [...realWithTag, ...generatedWithTag]);
    }
  });

  it('pages every source page', () => {
    for (const source of readdirSync(`${FIXTURE_ARCHIVE}/sources`).map((name) => name.replace(/\.yaml$/, ''))) {
      const expected = generated
        .filter((a) => a.publication === source || a.cited.includes(source))
        .map((a) => `/artikel/${a.slug}/`);
      const base = `/quellen/${source}/`;
      const real = walkListing(base)
        .pages.flat()
        .filter((slug) => realSlugs.includes(slug));
      expectListing(base, [...real, ...expected]);
    }
  });

  it('pages every year', () => {
    for (const year of [2019, 2020, 2021, 2022]) {
      expectListing(
        `/archiv/${year}/`,
        generated.filter((a) => a.year === year).map((a) => `/artikel/${a.slug}/`),
      );
    }
  });

  it('pages every month of the generated years, each listing the articles dated to a day of it or to it', () => {
    const monthOf = (article: GeneratedArticle) => /value: "(\d{4})-(\d{2})/.exec(article.text)?.slice(1, 3).join('/');
    for (const year of [2019, 2020, 2021, 2022]) {
      for (let month = 1; month <= 12; month++) {
        const key = `${year}/${String(month).padStart(2, '0')}`;
        const expected = generated.filter((a) => monthOf(a) === key).map((a) => `/artikel/${a.slug}/`);
        if (expected.length > 0) expectListing(`/archiv/${key}/`, expected);
      }
    }
  });

  it('keeps every listing page small', () => {
    const sizes = ['/', '/themen/russland/', '/quellen/nicht-angegeben/', '/archiv/', '/themen/', '/archiv/2020/'].map(
      (path) => read(path).length,
    );
    for (const size of sizes) expect(size).toBeLessThan(50_000);
  });
});

/** Every numbered page of every listing: its path under dist/, its bytes and its articles. */
function numberedPageFiles(): Map<string, { html: string; articles: string[] }> {
  const files = new Map<string, { html: string; articles: string[] }>();
  for (const entry of readdirSync(join(site.root, 'dist'), { recursive: true, encoding: 'utf8' })) {
    if (!/(^|\/)blatt\/\d+\/index\.html$/.test(entry)) continue;
    const html = readFileSync(join(site.root, 'dist', entry), 'utf8');
    files.set(entry, { html, articles: links(html, (className) => className.includes('summary__title')) });
  }
  return files;
}

describe('publishing a newer article', () => {
  it('keeps every numbered page and its articles, and changes only the newest pages of its listings', async () => {
    const before = numberedPageFiles();
    expect(before.size).toBeGreaterThan(20);
    writeTestArticle(
      site.root,
      testArticle({
        file: 'neueste-meldung.md',
        title: 'Neueste Meldung',
        date: '2026-12-01',
        capture: '990_0123456789abcdef',
        body: 'Die neueste Meldung des Archivs, nach allen anderen veröffentlicht.',
      }),
    );
    const build = await astroBuild(site.root);
    if (build.code !== 0) throw new Error(build.output.slice(-3000));
    const after = numberedPageFiles();
    for (const [path, page] of before) expect(after.get(path)?.articles, path).toEqual(page.articles);
    // The article joins the home listing, its tag's and its source's (its year and month are new): in each, at most
    // the three newest numbered pages change their links, and a page is added once a block fills.
    const changed = [...before].filter(([path, page]) => after.get(path)!.html !== page.html).map(([path]) => path);
    expect(changed.length, changed.join(', ')).toBeLessThanOrEqual(9);
    expect(
      changed.every((path) => /^(blatt|themen\/sanktionen\/blatt|quellen\/nicht-angegeben\/blatt)\//.test(path)),
      changed.join(', '),
    ).toBe(true);
    expect(after.size - before.size).toBeLessThanOrEqual(3);
    expect(read('/')).toContain('Neueste Meldung');
  }, 300_000);
});

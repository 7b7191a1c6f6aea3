/**
 * What the bench measures of a built site in `dist`: its output (files,
 * bytes, the search index, the largest HTML page, what an article page
 * weighs), and its first and later searches in headless Chromium.
 */
import { join } from 'node:path';
import { startServer } from '../scripts/serve.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { filesUnder, pageWeight } from '../tests/support/site-measures.ts';
import type { BuildRun } from './archive-build.ts';
import { BENCH_QUERIES, coldSearch, warmSearches, type SearchPage } from './search-measure.ts';
import { median } from './statistics.ts';

export interface SizeReport {
  /** Generated articles (0: the real archive alone); `articles` adds the real ones. */
  generated: number;
  articles: number;
  pages: number;
  runs: BuildRun[];
  outputBytes: number;
  outputFiles: number;
  indexBytes: number;
  indexFiles: number;
  largestHtml: { path: string; bytes: number };
  heaviestArticle: { page: string; total: number };
  medianArticle: number;
  search: { coldMs: number[]; warmMs: number[]; bytes: number[]; heaviest: Map<string, number> };
}

/** Sizes of the built site in `dist`. */
export function measureOutput(
  dist: string,
  articleDir = 'artikel/',
): Omit<SizeReport, 'generated' | 'runs' | 'search'> {
  const files = filesUnder(dist);
  const index = files.filter(({ path }) => path.startsWith(join(dist, 'pagefind/')));
  const html = files.filter(({ path }) => path.endsWith('.html'));
  const largest = html.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const cache = new Map<string, number>();
  const articles = html
    .filter(({ path }) => path.startsWith(join(dist, articleDir)) && path !== join(dist, articleDir, 'index.html'))
    .map(({ path }) => pageWeight(dist, path, cache));
  const heaviest = articles.reduce((a, b) => (b.total > a.total ? b : a));
  return {
    articles: articles.length,
    pages: html.length,
    outputBytes: files.reduce((sum, { bytes }) => sum + bytes, 0),
    outputFiles: files.length,
    indexBytes: index.reduce((sum, { bytes }) => sum + bytes, 0),
    indexFiles: index.length,
    largestHtml: { path: largest.path.slice(dist.length).replace(/index\.html$/, ''), bytes: largest.bytes },
    heaviestArticle: { page: heaviest.page, total: heaviest.total },
    medianArticle: median(articles.map((a) => a.total)),
  };
}

/** The bench's queries on the site's search page, each cold, then all warm. */
export async function measureSearch(dist: string, search?: SearchPage): Promise<SizeReport['search']> {
  const server = await startServer({ root: dist, port: 0 });
  const origin = server.url.replace(/\/$/, '');
  const browser = await launchChromium();
  try {
    const coldMs: number[] = [];
    const bytes: number[] = [];
    let heaviest = new Map<string, number>();
    for (const query of BENCH_QUERIES) {
      const run = await coldSearch(browser, origin, query, search);
      coldMs.push(run.ms);
      bytes.push(run.bytes);
      if (run.bytes >= Math.max(...bytes)) heaviest = run.files;
    }
    return { coldMs, warmMs: await warmSearches(browser, origin, BENCH_QUERIES, search), bytes, heaviest };
  } finally {
    await browser.close();
    await server.close();
  }
}

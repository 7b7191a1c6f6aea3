import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { paths, searchFields, searchIds, WITHDRAWN_NOTICE_ATTRIBUTE } from '../src/routes.ts';
import { DEFAULT_SHARD_SIZE, planShards, shardManifest, type ShardManifest } from '../src/search/shard-plan.ts';
import { packageBin } from './package-bin.ts';
import { recompressWasm, WASM } from './wasm-ahead.ts';
import { linkOrCopy } from './file-links.ts';
import { FILE_FACTS, FileFacts, ownString, versionOf } from '../src/integrations/file-facts.ts';
import {
  indexerFingerprint,
  keepOnlyShards,
  keepShard,
  pageDigest,
  restoreShard,
  SHARD_CACHE,
  shardKey,
} from './shard-cache.ts';

/**
 * Pagefind's command line, as its package declares it in `bin` (its npm
 * wrapper runs the extended binary, with German stemming). At 10,000 articles it indexes in 17-19 s where the Node
 * API, the same binary behind a message channel, takes 25-28 s.
 */
const PAGEFIND_CLI = packageBin('pagefind');

/**
 * How many older shards are indexed at once: two where there are two cores.
 * A Pagefind run keeps about 1.4 cores busy (2,500 pages: 5.0 s wall, 7.0 s
 * CPU), so two runs at once took 0.67 times the time of one after the other
 * (7.8 s against 11.7 s); each needs the memory of its shard, and
 * src/search/shard-plan.ts sizes the shards for two.
 */
const SHARD_RUNS = Math.min(2, availableParallelism());

/**
 * Pagefind ships its browser scripts lightly minified; minifying them again
 * saves about 2 KB gzip of the bytes a reader loads before the first result.
 */
const SCRIPTS_TO_MINIFY = ['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js'];

/**
 * Pagefind writes its ready-made search UIs and a language-neutral
 * WebAssembly too. The site uses its own search page (with Pagefind in its
 * worker) and indexes German only: those files would only be published.
 */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'wasm.unknown.pagefind',
];

async function removeUnusedFiles(outputDir: string): Promise<void> {
  for (const name of UNUSED_FILES) await rm(join(outputDir, name), { force: true });
}

async function minifyScripts(outputDir: string): Promise<void> {
  for (const name of SCRIPTS_TO_MINIFY) {
    const file = join(outputDir, name);
    const { code } = await transform(await readFile(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
    await writeFile(file, code);
  }
}

/** An article page of the built site, as the shards are planned from it. */
interface ArticlePage {
  /** Its folder under the article directory. */
  slug: string;
  /** Its key in the archive's order (`data-pagefind-sort`): the larger, the newer. */
  sortKey: string;
  /** Its values of the year filter. */
  years: string[];
  /** A digest of what Pagefind reads of it (scripts/shard-cache.ts): an older shard is kept by these. */
  digest: string;
}

const SORT_KEY = new RegExp(`data-pagefind-sort="${searchFields.sort}"[^>]*>([^<]*)<`);
const YEAR = new RegExp(`data-pagefind-filter="${searchFields.filters.year}"[^>]*>([^<]*)<`, 'g');

/**
 * The article pages of the built site, newest first: the folders of the
 * article directory, but the notices of withdrawn articles, which sit there
 * too and are not indexed. Each page is read to tell them apart (about a
 * second at 10,000 articles): an article page that lacks data-pagefind-body
 * by mistake must still count, so the index check below finds it. The
 * same reading gives each page's sort key and years, which the shards are
 * cut by.
 */
function articlePages(
  siteDir: string,
  articleDir: string,
  facts: FileFacts<Omit<ArticlePage, 'slug'> | null>,
): ArticlePage[] {
  const folder = join(siteDir, articleDir);
  const pages: ArticlePage[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const page = facts.of(join(folder, entry.name, 'index.html'), () => {
      const html = readFileSync(join(folder, entry.name, 'index.html'), 'utf8');
      if (html.includes(WITHDRAWN_NOTICE_ATTRIBUTE)) return null;
      return {
        sortKey: ownString(SORT_KEY.exec(html)?.[1]?.trim() ?? ''),
        years: [...html.matchAll(YEAR)].map((match) => ownString(match[1]!.trim())),
        digest: pageDigest(entry.name, html),
      };
    });
    if (page) pages.push({ slug: entry.name, ...page });
  }
  // Pagefind compares sort keys as text; the slug makes the order of equal keys the same in every build.
  return pages.sort((a, b) =>
    a.sortKey === b.sortKey ? a.slug.localeCompare(b.slug) : a.sortKey < b.sortKey ? 1 : -1,
  );
}

/** Runs Pagefind's CLI over `siteDir`'s pages that `glob` matches, into `outputDir`. Any error throws. */
async function runPagefind(siteDir: string, glob: string, outputDir: string): Promise<void> {
  const child = spawn(
    process.execPath,
    [PAGEFIND_CLI, ...['--site', siteDir, '--glob', glob, '--output-path', outputDir, '--quiet']],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (status !== 0) throw new Error(`Pagefind failed (exit ${status}):\n${output}`);
}

/** How many pages an index written into `outputDir` holds: its entry file counts the pages with data-pagefind-body. */
async function indexedPages(outputDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * A folder holding the article pages of one shard, made in the order of
 * `slugs`, at their paths in the site, as hard links (a copy where the file
 * system has none): Pagefind reads it as a site of those pages and gives them
 * the same URLs as in the whole site.
 */
function pagesFolder(siteDir: string, articleDir: string, slugs: readonly string[], folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  // Made even when empty (every article withdrawn): Pagefind is then given a site without pages, not none.
  mkdirSync(join(folder, articleDir), { recursive: true });
  for (const slug of slugs)
    linkOrCopy(join(siteDir, articleDir, slug, 'index.html'), join(folder, articleDir, slug, 'index.html'));
}

/**
 * Indexes the article pages of `slugs` into `outputDir`, through a folder of
 * links to them made in that order (`folder`), even for one shard: Pagefind
 * numbers pages in the order it finds them, and a folder lists its entries
 * as the file system keeps them (a tmpfs: in the order they were made, which
 * for the site's own folder depends on which page Astro wrote first; ext4:
 * an order of the names, seeded per file system). The links make the index
 * the same bytes in every build of the same pages on one file system.
 */
async function indexPages(
  siteDir: string,
  articleDir: string,
  slugs: readonly string[],
  outputDir: string,
  folder: string,
): Promise<void> {
  pagesFolder(siteDir, articleDir, slugs, folder);
  try {
    await runPagefind(folder, `${articleDir}/**/*.html`, outputDir);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The files an older shard needs: its index, and no scripts, which the
 * search page loads from /pagefind/ alone. Its WebAssembly is a 12-byte
 * stand-in: Pagefind's script instantiates its WebAssembly once per page and
 * hands every later instance the same module (wasm-bindgen's init returns
 * the module it has), so only the newest shard's copy is ever read; the
 * search page asks for an older shard only once the newest is ready
 * (src/search/client/pagefind.ts, openShard). The bytes are Pagefind's
 * signature of an uncompressed file with nothing after it. Pagefind's
 * script may change this (its version is pinned, tests/browser/dependency-assumptions.test.ts):
 * tests/browser/search-shards.test.ts searches older shards in a real browser.
 */
export const WASM_STAND_IN = 'pagefind_dcd';

async function keepIndexOnly(outputDir: string): Promise<void> {
  for (const name of [...UNUSED_FILES, ...SCRIPTS_TO_MINIFY]) await rm(join(outputDir, name), { force: true });
  await writeFile(join(outputDir, WASM), WASM_STAND_IN);
}

export interface ShardReport {
  path: string;
  indexed: number;
  ms: number;
  /** Taken from the kept shards of earlier builds, not indexed again. */
  kept: boolean;
}

export interface SearchIndexReport {
  indexed: number;
  ms: number;
  /** The shards, newest first, as the search page must know them. */
  manifest: ShardManifest;
  shards: ShardReport[];
}

/** The name of the shard manifest in /pagefind/, written when there is more than one shard. */
export const SHARD_MANIFEST_FILE = 'teile.json';

/**
 * Builds the search index of the built site in `siteDir`. Only article pages
 * are indexed: they alone carry `data-pagefind-body`, so listings, navigation
 * and footers never become results, and Pagefind reads only the article
 * directory (the other pages would be parsed for nothing).
 *
 * The index is written in shards of `shardSize` articles or a few more (src/search/shard-plan.ts),
 * SHARD_RUNS at a time from the newest on, so that the memory of that many
 * shards is the peak. Each shard, one or many, gets a folder of hard links
 * to its pages, made newest first (indexPages).
 *
 * `npm run build` (scripts/build.ts) runs this after `astro build` has
 * ended, not inside it: Astro's process keeps about 1.7 GB at 10,000
 * articles and Pagefind needs more than that again, so one after the other
 * halves the peak memory of the build (docs/benchmarks.md). Any Pagefind
 * error throws.
 */
export async function buildSearchIndex({
  siteDir,
  articleDir,
  shardSize = DEFAULT_SHARD_SIZE,
  cacheDir = SHARD_CACHE,
  factsDir = cacheDir === SHARD_CACHE ? FILE_FACTS : `${cacheDir}-gelesen`,
}: {
  siteDir: string;
  articleDir: string;
  shardSize?: number;
  /** Where older shards are kept between builds (scripts/shard-cache.ts). */
  cacheDir?: string;
  /** Where what was read of each article page is kept between builds (src/integrations/file-facts.ts). */
  factsDir?: string;
}): Promise<SearchIndexReport> {
  const started = performance.now();
  // A page unchanged since the last build is not read again (src/integrations/file-facts.ts).
  const facts = new FileFacts<Omit<ArticlePage, 'slug'> | null>(
    'search-pages',
    // The code that reads a page: this module, the digest (shard-cache.ts) and the field names it looks for (routes.ts).
    ['./shard-cache.ts', '../src/routes.ts'].reduce(
      (version, module) => `${version} ${versionOf(new URL(module, import.meta.url))}`,
      versionOf(import.meta.url),
    ),
    factsDir,
  );
  const pages = articlePages(siteDir, articleDir, facts);
  facts.save();
  const planned = planShards(pages, shardSize);
  const root = join(siteDir, 'pagefind');
  const shards: ShardReport[] = [];
  const fingerprint = indexerFingerprint();
  const keys = new Set<string>();
  // One shard is written where it is served. More are each written into a folder beside the site and moved into
  // place once all are done: the newest one's place, /pagefind/, holds the older ones' folders, and all run at once.
  const outputOf = (number: number) =>
    planned.length === 1 ? join(siteDir, planned[0]!.shard.path) : `${siteDir}.suchteil-${number}-index`;
  const indexShard = async ({ shard, articles }: (typeof planned)[number], number: number): Promise<void> => {
    const shardStarted = performance.now();
    const outputDir = outputOf(number);
    rmSync(outputDir, { recursive: true, force: true });
    // An older shard whose pages read as in an earlier build is that build's index; the newest is always indexed.
    const older = shard.path !== paths.pagefind;
    const key = older
      ? shardKey(
          fingerprint,
          articles.map((article) => article.digest),
        )
      : undefined;
    if (key) keys.add(key);
    const kept = key !== undefined && restoreShard(key, outputDir, cacheDir);
    if (!kept) {
      const slugs = articles.map((article) => article.slug);
      await indexPages(siteDir, articleDir, slugs, outputDir, `${siteDir}.suchteil-${number}`);
    }
    const indexed = await indexedPages(outputDir);
    if (indexed !== shard.count) {
      const where = planned.length === 1 ? ', but the site has' : ` in ${shard.path}, but the shard has`;
      throw new Error(`Pagefind indexed ${indexed} pages${where} ${shard.count} articles`);
    }
    if (older && !kept) {
      await keepIndexOnly(outputDir);
      keepShard(key!, outputDir, cacheDir);
    }
    shards[number] = { path: shard.path, indexed, ms: Math.round(performance.now() - shardStarted), kept };
  };
  // The shards SHARD_RUNS at a time, the newest first; the first failure stops
  // the rest from starting, and is thrown once the runs under way have ended.
  let next = 0;
  let failure: Error | undefined;
  const runner = async () => {
    while (next < planned.length && failure === undefined) {
      const number = next++;
      await indexShard(planned[number]!, number).catch(
        (error: unknown) => (failure ??= error instanceof Error ? error : new Error(String(error))),
      );
    }
  };
  await Promise.all(Array.from({ length: SHARD_RUNS }, runner));
  if (planned.length > 1) {
    if (failure === undefined) {
      rmSync(root, { recursive: true, force: true });
      for (const [number, { shard }] of planned.entries()) {
        mkdirSync(join(siteDir, shard.path, '..'), { recursive: true });
        renameSync(outputOf(number), join(siteDir, shard.path));
      }
    } else for (const number of planned.keys()) rmSync(outputOf(number), { recursive: true, force: true });
  }
  if (failure !== undefined) throw failure;
  keepOnlyShards(keys, cacheDir);
  await minifyScripts(root);
  await removeUnusedFiles(root);
  await recompressWasm(root);
  const manifest = shardManifest(planned);
  if (planned.length > 1) await writeFile(join(root, SHARD_MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  const indexed = shards.reduce((sum, shard) => sum + shard.indexed, 0);
  if (indexed !== pages.length)
    throw new Error(`Pagefind indexed ${indexed} pages, but the site has ${pages.length} articles`);
  return { indexed, ms: Math.round(performance.now() - started), manifest, shards };
}

/** The shards the built search page names (src/pages/suche.astro); undefined when it names none: one index. */
export function searchPageShards(siteDir: string): ShardManifest | undefined {
  const html = readFileSync(join(siteDir, paths.search, 'index.html'), 'utf8');
  const data = new RegExp(`id="${searchIds.shardData}"[^>]*>([^<]*)</script>`).exec(html)?.[1];
  return data === undefined ? undefined : (JSON.parse(data) as ShardManifest);
}

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { WITHDRAWN_NOTICE_ATTRIBUTE } from '../src/routes.ts';
import { packageBin } from './package-bin.ts';

/**
 * Pagefind's command line, as its package declares it in `bin` (its npm
 * wrapper runs the extended binary, with German stemming). At 10,000 articles it indexes in 17-19 s where the Node
 * API, the same binary behind a message channel, takes 25-28 s.
 */
const PAGEFIND_CLI = packageBin('pagefind');

/**
 * Pagefind ships its browser scripts lightly minified; minifying them again
 * saves about 2 KB gzip of the bytes a reader loads before the first result.
 */
const SCRIPTS_TO_MINIFY = ['pagefind.js', 'pagefind-highlight.js'];

/**
 * Pagefind writes its ready-made search UIs, a worker and a language-neutral
 * WebAssembly too. The site uses its own search page, runs Pagefind without a
 * worker and indexes German only: those files would only be published.
 */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-worker.js',
  'wasm.unknown.pagefind',
];

/**
 * Pagefind's WebAssembly is a third of what a reader downloads before the
 * first results. Pagefind writes it gzip-compressed at zlib's best level;
 * Zopfli writes the same gzip format 2.9 KB smaller (58.3 -> 55.4 KB). It
 * takes 1.5 s, so the result is kept by the file's hash: the file changes
 * only with Pagefind's version. Index chunks and fragments are many and
 * change with every build; they stay as Pagefind writes them.
 *
 * The cache is trusted only as far as it is checked: a cached file is used
 * only when it decompresses to exactly Pagefind's WebAssembly (a truncated or
 * damaged file is recompressed and replaced), and it is written under a
 * temporary name and renamed, so a build killed mid-write leaves no half file.
 */
const WASM = 'wasm.de.pagefind';
export const ZOPFLI_CACHE = 'node_modules/.cache/zopfli';

/** The gzip file decompresses to exactly these bytes. */
function inflatesTo(gzip: Uint8Array, original: Uint8Array): boolean {
  try {
    return Buffer.from(gunzipSync(gzip)).equals(Buffer.from(original));
  } catch {
    return false;
  }
}

/** Replaces the site's WebAssembly by its Zopfli compression, from the cache when a checked copy is there. */
export async function recompressWasm(outputDir: string, cacheDir = ZOPFLI_CACHE): Promise<'cached' | 'compressed'> {
  const file = join(outputDir, WASM);
  const written = await readFile(file);
  const original = gunzipSync(written);
  const cached = join(cacheDir, `${createHash('sha256').update(written).digest('hex')}.gz`);
  const fromCache = await readFile(cached).catch(() => undefined);
  if (fromCache && inflatesTo(fromCache, original)) {
    await writeFile(file, fromCache);
    return 'cached';
  }
  const smaller = Buffer.from(await gzipAsync(original, { numiterations: 15 }));
  if (!inflatesTo(smaller, original))
    throw new Error(`Zopfli's compression of ${WASM} does not decompress to Pagefind's file`);
  await mkdir(cacheDir, { recursive: true });
  const partial = `${cached}.${process.pid}.tmp`;
  await writeFile(partial, smaller);
  await rename(partial, cached);
  await writeFile(file, smaller);
  return 'compressed';
}

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

/**
 * The article pages of the built site: the folders of the article
 * directory, but the notices of withdrawn articles, which sit there too and
 * are not indexed. Each page is read to tell them apart (about a second at
 * 10,000 articles): an article page that lacks data-pagefind-body by mistake
 * must still count, so the index check below finds it.
 */
function articlePages(siteDir: string, articleDir: string): number {
  const folder = join(siteDir, articleDir);
  return readdirSync(folder, { withFileTypes: true }).filter(
    (entry) =>
      entry.isDirectory() &&
      !readFileSync(join(folder, entry.name, 'index.html'), 'utf8').includes(WITHDRAWN_NOTICE_ATTRIBUTE),
  ).length;
}

export interface SearchIndexReport {
  indexed: number;
  ms: number;
}

/**
 * Builds the search index of the built site in `siteDir`. Only article pages
 * are indexed: they alone carry `data-pagefind-body`, so listings, navigation
 * and footers never become results, and Pagefind reads only the article
 * directory (the other pages would be parsed for nothing).
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
}: {
  siteDir: string;
  articleDir: string;
}): Promise<SearchIndexReport> {
  const started = performance.now();
  const articleCount = articlePages(siteDir, articleDir);
  const pagefind = spawnSync(
    process.execPath,
    [
      PAGEFIND_CLI,
      ...['--site', siteDir, '--glob', `${articleDir}/**/*.html`, '--output-subdir', 'pagefind', '--quiet'],
    ],
    { encoding: 'utf8' },
  );
  if (pagefind.status !== 0)
    throw new Error(`Pagefind failed (exit ${pagefind.status}):\n${pagefind.stdout}${pagefind.stderr}`);
  const outputDir = join(siteDir, 'pagefind');
  await minifyScripts(outputDir);
  await removeUnusedFiles(outputDir);
  await recompressWasm(outputDir);
  // The entry file counts the pages with data-pagefind-body.
  const entry = JSON.parse(await readFile(join(outputDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  if (indexed !== articleCount)
    throw new Error(`Pagefind indexed ${indexed} pages, but the site has ${articleCount} articles`);
  return { indexed, ms: Math.round(performance.now() - started) };
}

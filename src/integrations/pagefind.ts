import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { RESULTS_PER_PAGE } from '../search/results-per-page.ts';

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

async function removeUnusedFiles(outputDir: URL): Promise<void> {
  for (const name of UNUSED_FILES) await rm(new URL(name, outputDir), { force: true });
}

async function minifyScripts(outputDir: URL): Promise<void> {
  for (const name of SCRIPTS_TO_MINIFY) {
    const file = new URL(name, outputDir);
    const { code } = await transform(await readFile(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
    await writeFile(file, code);
  }
}

/**
 * Pagefind writes one fragment file per page, fetched per result. While the
 * whole archive has no more articles than the first page of results shows,
 * one bundle of all fragments costs no more than those results would, in
 * one request and better compressed; beyond that, one file per page.
 */
function maxFragments(articleCount: number): number | undefined {
  return articleCount <= RESULTS_PER_PAGE ? 1 : undefined;
}

/**
 * Builds the search index as the last step of `astro build`, so no separate
 * step can be forgotten. Only article pages are indexed: they alone carry
 * `data-pagefind-body`, so listings, navigation and footers never become
 * results. Pagefind reads only the article directory: the other pages (more
 * than half of all at 10,000 articles) would be parsed for nothing. A
 * Pagefind error fails the build.
 */
export function pagefindIndex({ articleDir }: { articleDir: string }): AstroIntegration {
  const isArticle = (pathname: string) => pathname.startsWith(`${articleDir}/`);
  return {
    name: 'archiv:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        try {
          const articleCount = pages.filter(({ pathname }) => isArticle(pathname)).length;
          const bundle = maxFragments(articleCount);
          const { index, errors } = await pagefind.createIndex(bundle === undefined ? {} : { maxFragments: bundle });
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: siteDir, glob: `${articleDir}/**/*.html` });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
          const outputDir = new URL('pagefind/', dir);
          const written = await index.writeFiles({ outputPath: fileURLToPath(outputDir) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          await minifyScripts(outputDir);
          await removeUnusedFiles(outputDir);
          // page_count above counts every page read; the entry file counts those with data-pagefind-body.
          const entry = JSON.parse(await readFile(new URL('pagefind-entry.json', outputDir), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          if (indexed !== articleCount) throw new Error(`Pagefind indexed ${indexed} pages, but the site has ${articleCount} articles`);
          const fragments = bundle === undefined ? 'a fragment file per article' : 'fragments in one bundle';
          logger.info(`indexed ${indexed} articles of ${added.page_count} pages, ${fragments}, in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the search index as the last step of `astro build`, so no separate
 * step can be forgotten. Only article pages are indexed: they alone carry
 * `data-pagefind-body`, so listings, navigation and footers never become
 * results. A Pagefind error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'archiv:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
          const outputDir = new URL('pagefind/', dir);
          const written = await index.writeFiles({ outputPath: fileURLToPath(outputDir) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          // page_count above counts every page read; the entry file counts the indexed ones.
          const entry = JSON.parse(await readFile(new URL('pagefind-entry.json', outputDir), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          logger.info(`indexed ${indexed} of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

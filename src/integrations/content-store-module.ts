import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's module of the content layer's data, as its own plugin resolves it (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Astro hands the built pages the content layer's data as a module whose
 * source is the whole store as one string literal:
 * `export default JSON.parse("…")`. At 10,000 articles that literal is 77 MB
 * (rendered HTML, Markdown, data); Vite's bundler passes it through and V8
 * compiles it, which took 45 s of a 141 s build (CPU profile, 2 cores), and
 * the cost grows faster than the store (3 s at 2,000 articles). This
 * integration replaces the module in `astro build` by one that reads the
 * same file when the pages first ask for the data: the same JSON, parsed by
 * the same JSON.parse, in under a second. Astro marks the module as content
 * data, so that its incremental build does not count it among a page's code;
 * the replacement carries the same mark.
 */
export function contentStoreModule(): AstroIntegration {
  return {
    name: 'archiv:content-store-module',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // Where `astro build` keeps the store (astro/dist/content/paths.js, getDataStoreFile).
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'archiv:content-store-module',
                enforce: 'pre',
                // Before Astro's own plugin, which would read the store and
                // write it into the module's code for nothing.
                load: {
                  order: 'pre',
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(id) {
                    if (id !== DATA_STORE_MODULE) return null;
                    return {
                      code: [
                        `import { existsSync, readFileSync } from 'node:fs';`,
                        `const file = ${JSON.stringify(storeFile)};`,
                        `export default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();`,
                      ].join('\n'),
                      map: { mappings: '' },
                      meta: { astroIncremental: { kind: 'content-data' } },
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}

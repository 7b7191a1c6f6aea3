import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A build into the last site (scripts/site-base.ts): this environment
 * variable names the file where Astro's outputs are listed, and tells
 * astro.config.mjs that the output folder holds the last site, which Astro
 * must not empty (Vite's `build.emptyOutDir`).
 */
export const BUILD_INTO_LAST_SITE = 'ARCHIV_BUILD_INTO_LAST_SITE';

/** The file named by BUILD_INTO_LAST_SITE, when this build goes into the last site. */
export const outputsList = (): string | undefined => process.env[BUILD_INTO_LAST_SITE] || undefined;

/**
 * Lists every file Astro's routes wrote or kept in this build, relative to
 * the output folder (`astro:build:done`'s `assets`: each route's output
 * files, rendered or taken from the last build), so that `npm run build` can
 * delete what the last site had and this build no longer makes.
 */
export function astroOutputs(): AstroIntegration {
  return {
    name: 'archiv:astro-outputs',
    hooks: {
      'astro:build:done': ({ dir, assets }) => {
        const file = outputsList();
        if (!file) return;
        const root = fileURLToPath(dir);
        const paths = [...assets.values()].flat().map((url) => relative(root, fileURLToPath(url)));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(paths));
      },
    },
  };
}

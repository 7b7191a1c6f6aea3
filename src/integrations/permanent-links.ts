import { mkdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { CheckedArticle } from '../reader/validate-content.ts';
import { redirectPage } from '../format/redirect-page.ts';
import { paths } from '../routes.ts';

/**
 * Writes the page of each permanent URL, /a/<capture id>/, into the built
 * site once Astro is done. `articles` is asked for then: the content check
 * has read them before the build.
 */
export function permanentLinkPages({ articles }: { articles: () => readonly CheckedArticle[] }): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'archiv:permanent-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) throw new Error('permanent links need `site` in astro.config.mjs');
        // A draft is not on the site, so it has no permanent address yet.
        const list = articles().filter((article) => !article.draft);
        for (const { slug, permanentId, title } of list) {
          // The path without its leading slash: a folder of the built site.
          const folder = new URL(paths.permanent(permanentId).slice(1), dir);
          await mkdir(folder, { recursive: true });
          await writeFile(new URL('index.html', folder), redirectPage({ title, slug, site }));
        }
        logger.info(`${list.length} permanent links written`);
      },
    },
  };
}

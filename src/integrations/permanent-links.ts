import { mkdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { CheckedArticle } from '../reader/validate-content.ts';
import { redirectPage } from '../format/redirect-page.ts';
import { paths } from '../routes.ts';

/**
 * The folder of a permanent address in the built site `dir`: always a
 * folder of its own right inside the folder of permanent addresses (dist/a/).
 * The content check holds ids to their form; this keeps any slip (an id
 * "..") from writing over the site's own pages.
 */
export function permanentFolder(dir: URL, permanentId: string, slug: string): URL {
  // The path without its leading slash: a folder of the built site.
  const folder = new URL(paths.permanent(permanentId).slice(1), dir);
  // The folder all permanent addresses share ("a/"), from the one home of URLs.
  const root = new URL(paths.permanent('x').slice(1, -'x/'.length), dir);
  if (new URL('..', folder).href !== root.href || !folder.href.endsWith(`/${permanentId}/`)) {
    throw new Error(`the permanent address of ${slug} would leave the folder of permanent addresses: capture id ${JSON.stringify(permanentId)}`);
  }
  return folder;
}

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
          const folder = permanentFolder(dir, permanentId, slug);
          await mkdir(folder, { recursive: true });
          await writeFile(new URL('index.html', folder), redirectPage({ title, slug, site }));
        }
        logger.info(`${list.length} permanent links written`);
      },
    },
  };
}

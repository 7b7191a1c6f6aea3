import { mkdirSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { redirectPage } from '../format/redirect-page.ts';
import { PUBLISHED_ARTICLES, readPublished } from '../reader/published-articles.ts';
import { paths } from '../routes.ts';

/**
 * The pages of the permanent addresses, /a/<capture id>/, one per capture
 * of every published article (src/reader/permanent-links.ts), written when
 * Astro's pages are done, from the list of what the articles loader stored
 * (src/reader/published-articles.ts): the same entries the pages come from.
 * Each is a few lines written as a string (src/format/redirect-page.ts);
 * as an Astro route (src/pages/a/[id]/index.html.ts, which `astro dev`
 * still serves) each cost 1.2 ms of Astro's page machinery and a second
 * copy in its incremental cache: 1.2 s of a build at 1,000 articles.
 */
export function permanentLinkPages(publishedFile = PUBLISHED_ARTICLES): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'archiv:permanent-link-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const published = readPublished(publishedFile);
        if (!published)
          throw new Error(
            `the articles loader wrote no list of what it published (${publishedFile}): no permanent address can be written`,
          );
        if (!site) throw new Error('the site has no address (astro.config.mjs, site): the permanent addresses need it');
        let written = 0;
        for (const link of published.flatMap((article) => article.links)) {
          const folder = new URL(`.${paths.permanent(link.id)}`, dir);
          mkdirSync(folder, { recursive: true });
          writeFileSync(new URL('index.html', folder), redirectPage({ ...link, site: site }));
          written++;
        }
        logger.info(`${written} permanent addresses written`);
      },
    },
  };
}

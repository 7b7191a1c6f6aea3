import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FILE_FACTS, FileFacts, versionOf } from './file-facts.ts';
import { redirectPage } from '../format/redirect-page.ts';
import { buildsSitePages } from '../reader/build-job.ts';
import { PUBLISHED_ARTICLES, readPublished } from '../reader/published-articles.ts';
import { paths } from '../routes.ts';

const digestOf = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('base64url');

/**
 * The pages of the permanent addresses, /a/<capture id>/, one per capture
 * of every published article (src/reader/permanent-links.ts), written when
 * Astro's pages are done, from the list of what the articles loader stored
 * (src/reader/published-articles.ts): the same entries the pages come from.
 * Each is a few lines written as a string (src/format/redirect-page.ts);
 * as an Astro route each cost Astro's page machinery and a copy in its
 * incremental cache (astro build at 1,000 articles: 0.87 times the time
 * without). `astro dev` serves them through a route this integration adds
 * in dev alone (src/integrations/permanent-link-route.ts), at
 * /a/<id>/index.html.
 */
export function permanentLinkPages(publishedFile = PUBLISHED_ARTICLES, factsDir = FILE_FACTS): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'archiv:permanent-link-pages',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev')
          injectRoute({
            pattern: `${paths.permanent('[id]')}index.html`,
            entrypoint: new URL('permanent-link-route.ts', import.meta.url),
          });
      },
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        // In a build in jobs, job 1 writes them (src/reader/build-job.ts).
        if (!buildsSitePages()) return;
        const published = readPublished(publishedFile);
        if (!published)
          throw new Error(
            `the articles loader wrote no list of what it published (${publishedFile}): no permanent address can be written`,
          );
        if (!site) throw new Error('the site has no address (astro.config.mjs, site): the permanent addresses need it');
        // A build into the last site (scripts/site-base.ts) finds most of them as they are: each is compared by a
        // digest, which src/integrations/file-facts.ts keeps while the file is the one the last build wrote.
        const facts = new FileFacts<string>('permanent-links', versionOf(import.meta.url), factsDir);
        let written = 0;
        let kept = 0;
        for (const link of published.flatMap((article) => article.links)) {
          const folder = new URL(`.${paths.permanent(link.id)}`, dir);
          const file = fileURLToPath(new URL('index.html', folder));
          const page = redirectPage({ ...link, site: site });
          const digest = digestOf(page);
          if (existsSync(file) && facts.of(file, () => digestOf(readFileSync(file))) === digest) {
            kept++;
            continue;
          }
          mkdirSync(folder, { recursive: true });
          writeFileSync(file, page);
          facts.of(file, () => digest);
          written++;
        }
        facts.save();
        logger.info(`${written + kept} permanent addresses: ${written} written, ${kept} as the last build wrote them`);
      },
    },
  };
}

import { closeSync, openSync, readSync } from 'node:fs';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** A page that asks search engines not to index it (BaseLayout's `noindex`, the permanent addresses' redirects). */
const NOINDEX = /<meta name="?robots"? content="?[^">]*noindex/i;

/** The time a page says it was last changed: a story's newest version (ArticleLayout's article:modified_time). */
const MODIFIED = /<meta property="?article:modified_time"? content="?([^">]+)/i;

/** The first bytes of a built file, where its head is; undefined when there is no such file. */
function headOf(file: URL): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const buffer = Buffer.alloc(16_384);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** The built file of a page's URL: /x/ is x/index.html (build.format 'directory'), the 404 page 404.html. */
function builtFile(dir: URL, page: string): URL[] {
  const path = new URL(page).pathname.slice(1);
  const folder = path.endsWith('/') || path === '' ? path : `${path}/`;
  return [new URL(`${folder}index.html`, dir), new URL(`${folder.replace(/\/$/, '')}.html`, dir)];
}

/**
 * Which built pages @astrojs/sitemap lists: every page that lets search
 * engines index it. The pages come from the collections, so the sitemap
 * says what they say: a withdrawn article's notice, the 404 page and the
 * redirect of each permanent address carry `noindex`, and are left out.
 * A page that says when it last changed (article:modified_time) gets that
 * as its lastmod. The integration learns where the site was built (its build:done hook
 * runs before the sitemap's: it comes first in astro.config.mjs).
 */
export function indexablePages(): {
  integration: AstroIntegration;
  filter: (page: string) => boolean;
  serialize: (item: SitemapItem) => SitemapItem;
} {
  let dir: URL | undefined;
  // What the filter read in a page's head, for the page's entry: each head is read once (241,000 at 100,000 articles).
  const modified = new Map<string, string>();
  const headOfPage = (page: string) => {
    if (!dir)
      throw new Error(
        'the sitemap asked for its pages before the build was done (archiv:indexable-pages must come before sitemap())',
      );
    return builtFile(dir, page)
      .map(headOf)
      .find((text) => text !== undefined);
  };
  return {
    integration: {
      name: 'archiv:indexable-pages',
      hooks: {
        'astro:build:done': ({ dir: built }) => {
          dir = built;
        },
      },
    },
    filter: (page) => {
      const head = headOfPage(page);
      if (head === undefined || NOINDEX.test(head)) return false;
      const changed = MODIFIED.exec(head)?.[1];
      if (changed) modified.set(page, changed);
      return true;
    },
    // A story with later versions has the newest version's date as its lastmod; other pages state none, as before.
    serialize: (item) => {
      const changed = modified.get(item.url);
      return changed ? { ...item, lastmod: changed } : item;
    },
  };
}

/** The sitemap of the built pages that let search engines index them: the integration that finds them, then @astrojs/sitemap. */
export function sitemapOfPages(): AstroIntegration[] {
  const indexable = indexablePages();
  return [indexable.integration, sitemap({ filter: indexable.filter, serialize: indexable.serialize })];
}

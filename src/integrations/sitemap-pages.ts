import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { FILE_FACTS, FileFacts, ownString, versionOf } from './file-facts.ts';

/** A page that asks search engines not to index it (BaseLayout's `noindex`, the permanent addresses' redirects). */
const NOINDEX = /<meta name="?robots"? content="?[^">]*noindex/i;

/** The time a page says it was last changed: a story's newest version (ArticleLayout's article:modified_time). */
const MODIFIED = /<meta property="?article:modified_time"? content="?([^">]+)/i;

/** One buffer for every head read: a build reads 141,000 of them at 100,000 articles. */
const HEAD_CHUNK = 8_192;
let buffer = Buffer.allocUnsafe(HEAD_CHUNK);

/** A built file's head (up to `</head>`, or the whole file without one); undefined when there is no such file. */
function headOf(file: URL): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    let length = 0;
    for (;;) {
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(HEAD_CHUNK)]);
      const read = readSync(fd, buffer, length, buffer.length - length, length);
      if (read === 0) break;
      const end = buffer.subarray(0, length + read).indexOf('</head>', Math.max(0, length - 7));
      length += read;
      if (end >= 0) return buffer.toString('utf8', 0, end);
    }
    return buffer.toString('utf8', 0, length);
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
export function indexablePages(factsDir = FILE_FACTS): {
  integration: AstroIntegration;
  filter: (page: string) => boolean;
  serialize: (item: SitemapItem) => SitemapItem;
  /** Keeps what was read of the heads for the next build: comes after the sitemap's integration. */
  done: AstroIntegration;
} {
  let dir: URL | undefined;
  // What the filter read in a page's head, for the page's entry: each head is read once (141,000 at 100,000 articles),
  // and not at all when the page is the file the last build read (src/integrations/file-facts.ts).
  const facts = new FileFacts<{ indexable: boolean; modified?: string }>(
    'sitemap-heads',
    versionOf(import.meta.url),
    factsDir,
  );
  const modified = new Map<string, string>();
  const factsOfPage = (page: string) => {
    if (!dir)
      throw new Error(
        'the sitemap asked for its pages before the build was done (archiv:indexable-pages must come before sitemap())',
      );
    const file = builtFile(dir, page).find((candidate) => existsSync(candidate));
    if (!file) return undefined;
    return facts.of(fileURLToPath(file), () => {
      const head = headOf(file) ?? '';
      const changed = MODIFIED.exec(head)?.[1];
      return changed
        ? { indexable: !NOINDEX.test(head), modified: ownString(changed) }
        : { indexable: !NOINDEX.test(head) };
    });
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
      const read = factsOfPage(page);
      if (!read?.indexable) return false;
      if (read.modified) modified.set(page, read.modified);
      return true;
    },
    // A story with later versions has the newest version's date as its lastmod; other pages state none, as before.
    serialize: (item) => {
      const changed = modified.get(item.url);
      return changed ? { ...item, lastmod: changed } : item;
    },
    done: {
      name: 'archiv:indexable-pages-read',
      hooks: {
        'astro:build:done': () => facts.save(),
      },
    },
  };
}

/** The sitemap of the built pages that let search engines index them: the integration that finds them, then @astrojs/sitemap. */
export function sitemapOfPages(): AstroIntegration[] {
  const indexable = indexablePages();
  return [indexable.integration, sitemap({ filter: indexable.filter, serialize: indexable.serialize }), indexable.done];
}

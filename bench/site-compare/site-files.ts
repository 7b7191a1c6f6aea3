/** The files of a built site (dist/), sorted, as paths relative to it with forward slashes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SiteFiles {
  root: string;
  paths: string[];
  read(path: string): Buffer;
}

export function siteFiles(root: string): SiteFiles {
  const paths = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  return { root, paths, read: (path) => readFileSync(join(root, path)) };
}

/** Pagefind's index data, compared by search-index.ts rather than byte by byte. */
export const isSearchIndexData = (path: string) =>
  /^pagefind\/(teil\/\d+\/)?((fragment|index|filter)\/|[^/]*\.pf_meta$|pagefind-entry\.json$)/.test(path);
export const isHtml = (path: string) => path.endsWith('.html');

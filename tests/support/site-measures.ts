/**
 * Sizes of a built site as a reader's browser and a static host see them:
 * files and bytes on disk, and what a page costs over the wire (its HTML plus
 * the stylesheets, fonts and icon it loads, gzip-compressed as a static host
 * sends them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every file under `dir`, with its size in bytes. */
export function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, bytes: statSync(path).size };
    });
}

/**
 * How the site in `built` differs, file by file, from `expected` (as a build
 * from scratch of the same content wrote it): each file missing, extra or
 * with other bytes, by path relative to the site. Empty when the two are the same.
 */
export function siteDifferences(built: string, expected: string): string[] {
  const filesOf = (dist: string) => new Map(filesUnder(dist).map(({ path }) => [relative(dist, path), path]));
  const have = filesOf(built);
  const want = filesOf(expected);
  return [
    ...[...want.keys()].filter((name) => !have.has(name)).map((name) => `missing: ${name}`),
    ...[...have.keys()].filter((name) => !want.has(name)).map((name) => `extra: ${name}`),
    ...[...have]
      .filter(([name, path]) => want.has(name) && !readFileSync(path).equals(readFileSync(want.get(name)!)))
      .map(([name]) => `different: ${name}`),
  ].sort();
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export const gzippedSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Same-site files a page loads: stylesheets, scripts, preloaded fonts, icon (a tag's attributes in any order). */
export function subresources(html: string): { kind: 'css' | 'script' | 'font' | 'icon'; path: string }[] {
  const found: { kind: 'css' | 'script' | 'font' | 'icon'; path: string }[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const [rel, href] = [attribute(tag, 'rel'), attribute(tag, 'href')];
    if (!href?.startsWith('/')) continue;
    if (rel === 'stylesheet') found.push({ kind: 'css', path: href });
    else if (rel === 'preload' && attribute(tag, 'as') === 'font') found.push({ kind: 'font', path: href });
    else if (rel === 'icon') found.push({ kind: 'icon', path: href });
  }
  for (const [, src] of html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)) found.push({ kind: 'script', path: src! });
  return found;
}

export interface PageWeight {
  /** The page's URL path. */
  page: string;
  html: number;
  /** Stylesheets, fonts and icon, gzip. */
  css: number;
  total: number;
  scriptCount: number;
}

/** What a reader downloads for one page of the site in `dist` (gzip bytes; scripts counted, not weighed). */
export function pageWeight(dist: string, file: string, cache = new Map<string, number>()): PageWeight {
  const resources = subresources(readFileSync(file, 'utf8'));
  const weigh = (path: string) => {
    if (!cache.has(path)) cache.set(path, gzippedSize(join(dist, path)));
    return cache.get(path)!;
  };
  const html = gzippedSize(file);
  const css = resources.filter((r) => r.kind !== 'script').reduce((sum, r) => sum + weigh(r.path), 0);
  return {
    page: '/' + relative(dist, file).replace(/index\.html$/, ''),
    html,
    css,
    total: html + css,
    scriptCount: resources.filter((r) => r.kind === 'script').length,
  };
}

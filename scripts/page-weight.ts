/**
 * Reports what a reader downloads for each page of the built site: the HTML
 * plus the stylesheets, scripts, fonts and icon it loads, gzip-compressed as a
 * static host sends them. Article pages must stay within 20 KB in total and
 * must load no script; the script exits with 1 if one does not.
 *
 *   npm run weight        (after npm run build)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const ARTICLE_BUDGET = 20 * 1024;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Same-site files a page loads: stylesheets, scripts, preloaded fonts. */
function subresources(html: string): { kind: 'css' | 'script' | 'font' | 'icon'; path: string }[] {
  const found: { kind: 'css' | 'script' | 'font' | 'icon'; path: string }[] = [];
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="(\/[^"]+)"/g)) found.push({ kind: 'css', path: href! });
  for (const [, src] of html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)) found.push({ kind: 'script', path: src! });
  for (const [, href] of html.matchAll(/<link[^>]+rel="preload"[^>]*as="font"[^>]*href="(\/[^"]+)"/g)) found.push({ kind: 'font', path: href! });
  for (const [, href] of html.matchAll(/<link[^>]+rel="icon"[^>]*href="(\/[^"]+)"/g)) found.push({ kind: 'icon', path: href! });
  return found;
}

const rows = htmlFiles(DIST).map((file) => {
  const html = readFileSync(file, 'utf8');
  const resources = subresources(html);
  const subresourceBytes = resources.filter((r) => r.kind !== 'script').reduce((sum, r) => sum + gzipped(join(DIST, r.path)), 0);
  const scriptCount = resources.filter((r) => r.kind === 'script').length;
  const total = gzipped(file) + subresourceBytes;
  const page = '/' + relative(DIST, file).replace(/index\.html$/, '');
  return { page, html: gzipped(file), css: subresourceBytes, total, scriptCount, isArticle: page.startsWith('/artikel/') };
});

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log('| page | HTML gzip KB | CSS, fonts, icon gzip KB | total gzip KB | script files |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows.sort((a, b) => b.total - a.total)) {
  console.log(`| ${row.page} | ${kb(row.html)} | ${kb(row.css)} | ${kb(row.total)} | ${row.scriptCount} |`);
}
const articles = rows.filter((row) => row.isArticle);
const heaviest = Math.max(...articles.map((row) => row.total));
const overBudget = articles.filter((row) => row.total > ARTICLE_BUDGET || row.scriptCount > 0);
console.log(`\nArticle pages: ${articles.length}, heaviest ${kb(heaviest)} KB gzip in total (budget ${kb(ARTICLE_BUDGET)} KB, no script).`);
if (overBudget.length > 0) {
  console.error(`Over budget: ${overBudget.map((row) => row.page).join(', ')}`);
  process.exit(1);
}

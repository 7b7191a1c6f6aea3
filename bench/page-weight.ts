/**
 * Reports what a reader downloads for each page of the built site: the HTML
 * plus the stylesheets, scripts, fonts and icon it loads, gzip-compressed as a
 * static host sends them. Article pages must stay within 20 KB in total and
 * must load no script; the script exits with 1 if one does not.
 *
 *   npm run weight        (after npm run build)
 */
import { htmlFiles, pageWeight } from '../tests/support/site-measures.ts';

const DIST = 'dist';
const ARTICLE_BUDGET = 20 * 1024;

const cache = new Map<string, number>();
const rows = htmlFiles(DIST).map((file) => pageWeight(DIST, file, cache));

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log('| page | HTML gzip KB | CSS, fonts, icon gzip KB | total gzip KB | script files |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows.sort((a, b) => b.total - a.total)) {
  console.log(`| ${row.page} | ${kb(row.html)} | ${kb(row.css)} | ${kb(row.total)} | ${row.scriptCount} |`);
}
const articles = rows.filter((row) => row.page.startsWith('/artikel/'));
const heaviest = Math.max(...articles.map((row) => row.total));
const overBudget = articles.filter((row) => row.total > ARTICLE_BUDGET || row.scriptCount > 0);
console.log(
  `\nArticle pages: ${articles.length}, heaviest ${kb(heaviest)} KB gzip in total (budget ${kb(ARTICLE_BUDGET)} KB, no script).`,
);
if (overBudget.length > 0) {
  console.error(`Over budget: ${overBudget.map((row) => row.page).join(', ')}`);
  process.exit(1);
}

/**
 * Compares two built sites, e.g. the 1,000-article site before and after a
 * change to the build: every page (title, meta, headings, text, links, images,
 * structure), every internal link target, every feed item, the sitemap's URLs,
 * the search index (pages, words, filters) and every other file. Hashed asset
 * names and CSP hashes may differ (reported as renamings). Prints a summary
 * line per part, then the first differences with a short diff; exits with 1
 * if the sites differ.
 *
 *   npm run compare-sites -- <before-dist> <after-dist>
 */
import { existsSync } from 'node:fs';
import { compareSites, formatReport } from './site-compare/compare.ts';

const [before, after] = process.argv.slice(2);
if (!before || !after || !existsSync(before) || !existsSync(after)) {
  console.error('Usage: npm run compare-sites -- <before-dist> <after-dist> (two built sites, e.g. dist/ folders)');
  process.exit(2);
}
const started = performance.now();
const sections = compareSites(before, after);
console.log(formatReport(sections));
console.log(`(compared in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(sections.some((section) => section.failures > 0) ? 1 : 0);

/**
 * Lighthouse scores of the built site (run `npm run build` first; `npm run
 * audit` does): performance as the median of five runs (too noisy on this
 * machine for a test), accessibility, best practices and SEO from the
 * first run (asserted in tests/browser/lighthouse.test.ts). `RUNS=3` and
 * `PAGES=Suche,Artikel` choose fewer runs and pages.
 */
import { startServer } from '../scripts/serve.ts';
import { median } from './statistics.ts';
import { CATEGORIES, lighthouseScores, type Category } from '../tests/support/lighthouse-scores.ts';

const PAGES: [string, string][] = [
  ['Startseite', '/'],
  ['Artikel', '/artikel/putin-und-kim-freunde-in-not/'],
  ['Themenseite', '/themen/kim-jong-un/'],
  ['Suche', '/suche/?q=Putin'],
  // Lighthouse refuses a page answered with status 404 (ERRORED_DOCUMENT_REQUEST):
  // the 404 page is audited as the file itself.
  ['404', '/404.html'],
];
const RUNS = Number(process.env.RUNS ?? 5);
// PAGES=Suche (names, comma-separated): audit only those pages.
const only = process.env.PAGES?.split(',');

const { url, close } = await startServer({ port: 0 });
try {
  console.log(`| Seite | ${CATEGORIES.join(' | ')} |\n|---|${CATEGORIES.map(() => '---:').join('|')}|`);
  for (const [name, path] of PAGES.filter(([name]) => !only || only.includes(name))) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await lighthouseScores(new URL(path, url).href));
    const scores: Record<Category, number> = {
      ...runs[0]!.scores,
      performance: median(runs.map((r) => r.scores.performance)),
    };
    console.log(`| ${name} | ${CATEGORIES.map((id) => scores[id]).join(' | ')} |`);
    if (runs[0]!.failing.length > 0) console.log(`|   | ${runs[0]!.failing.join('; ')} |||||`);
  }
  console.log(`\nPerformance: median of ${RUNS} runs; the others from the first run.`);
} finally {
  await close();
}

/**
 * Checks all content without building the site: every problem of every
 * file, one line each, the same messages as `npm run build`. Exits with 1 on
 * any error.
 *
 *   npm run check:content
 */
import { summaryOf, validateContent } from '../src/reader/validate-content.ts';
import { formatProblem } from '../src/schema/validation-message.ts';

const contentDir = process.argv[2] ?? 'content';
const started = performance.now();
const report = validateContent(contentDir);
for (const problem of report.problems)
  (problem.level === 'error' ? console.error : console.warn)(formatProblem(problem));
console.log(`${contentDir}: ${summaryOf(report)} in ${Math.round(performance.now() - started)} ms`);
process.exit(report.problems.some((problem) => problem.level === 'error') ? 1 : 0);

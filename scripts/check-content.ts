/**
 * Checks all content without building the site: every problem, one line
 * each, the same messages as `npm run build`. Exits with 1 on any error.
 *
 *   npm run check:content
 */
import { validateContent } from '../src/reader/validate-content.ts';
import { formatProblem } from '../src/schema/validation-message.ts';

const contentDir = process.argv[2] ?? 'content';
const started = performance.now();
const { problems, articleCount } = validateContent(contentDir);
for (const problem of problems) (problem.level === 'error' ? console.error : console.warn)(formatProblem(problem));
const errors = problems.filter((problem) => problem.level === 'error').length;
const warnings = problems.length - errors;
console.log(
  `${contentDir}: ${articleCount} articles checked in ${Math.round(performance.now() - started)} ms, ${errors} error(s), ${warnings} warning(s)`,
);
process.exit(errors > 0 ? 1 : 0);

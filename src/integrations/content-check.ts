import type { AstroIntegration } from 'astro';
import { recordProblems } from '../reader/content-errors.ts';
import { handOver, markDevServer } from '../reader/content-handover.ts';
import { readContent, type Content } from '../reader/read-content.ts';
import { checkContent, summaryOf, type ContentReport } from '../reader/validate-content.ts';
import { formatProblem, type ContentProblem } from '../schema/validation-message.ts';

export interface ContentCheck extends AstroIntegration {
  /** The report of the content that passed, for steps after the build that need the articles without Astro (permanent-link pages, the sitemap). */
  report(): ContentReport;
}

/** Records each file's problems as this check found them (`astro dev` runs it again when its config changes). */
function recordAll(content: Content, problems: readonly ContentProblem[]): void {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const files = [...content.articles, ...content.tags, ...content.sources, content.variants].map(({ file }) => file);
  for (const file of new Set([...files, ...byFile.keys()])) recordProblems(file, byFile.get(file) ?? []);
}

/**
 * Checks all content before Astro loads it, so a build reports every
 * problem at once (Astro stops at the first invalid entry) in the same words
 * as `npm run check:content`. Warnings are printed; errors end the build:
 * the list is a mistake in the content, not a crash of the code, so it is
 * printed as it is and the process exits with 1, without the stack trace
 * Astro prints for an error thrown in a hook. `astro dev` keeps running
 * instead: it stores the files without errors, and its pages show the
 * errors until they are fixed. What the check read is handed to the
 * collections' loaders, which store it without reading the files again.
 */
export function contentCheck({ contentDir }: { contentDir: string }): ContentCheck {
  let checked: ContentReport | undefined;
  return {
    name: 'archiv:content-check',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        // Drafts are listed by `astro dev` only (src/archive/visibility.ts).
        markDevServer(command === 'dev');
        const content = readContent(contentDir);
        const report = checkContent(content);
        const errors = report.problems.filter((problem) => problem.level === 'error');
        for (const warning of report.problems.filter((problem) => problem.level === 'warning')) logger.warn(formatProblem(warning));
        if (errors.length > 0) {
          logger.error(`${errors.length} problem(s) in the content:\n${errors.map(formatProblem).join('\n')}\n${summaryOf(report)}`);
          if (command !== 'dev') process.exit(1);
          logger.error('The pages show these problems until they are fixed.');
        } else {
          logger.info(summaryOf(report));
        }
        recordAll(content, errors);
        handOver(content);
        checked = report;
      },
    },
    report: () => {
      if (!checked) throw new Error('the content check has not run yet (it runs in astro:config:setup)');
      return checked;
    },
  };
}

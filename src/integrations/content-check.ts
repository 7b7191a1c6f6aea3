import type { AstroIntegration } from 'astro';
import { handOver } from '../reader/content-handover.ts';
import { readContent } from '../reader/read-content.ts';
import { checkContent, summaryOf, type ContentReport } from '../reader/validate-content.ts';
import { formatProblem } from '../schema/validation-message.ts';

export interface ContentCheck extends AstroIntegration {
  /** The report of the content that passed, for steps after the build that need the articles without Astro (permanent-link pages). */
  report(): ContentReport;
}

/**
 * Checks all content before Astro loads it, so a build reports every
 * problem at once (Astro stops at the first invalid entry) in the same words
 * as `npm run check:content`. Warnings are printed; errors stop the build.
 * What the check read is handed to the collections' loaders, which store it
 * without reading the files again.
 */
export function contentCheck({ contentDir }: { contentDir: string }): ContentCheck {
  let checked: ContentReport | undefined;
  return {
    name: 'archiv:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const content = readContent(contentDir);
        const report = checkContent(content);
        const { problems } = report;
        const errors = problems.filter((problem) => problem.level === 'error');
        for (const warning of problems.filter((problem) => problem.level === 'warning')) logger.warn(formatProblem(warning));
        if (errors.length > 0) {
          throw new Error(`${errors.length} problem(s) in the content:\n${errors.map(formatProblem).join('\n')}`);
        }
        logger.info(summaryOf(report));
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

import type { AstroIntegration } from 'astro';
import { validateContent } from '../content-check/validate-content.ts';
import { formatProblem } from '../schema/validation-message.ts';

/**
 * Checks all content before Astro loads it, so a build reports every
 * problem at once (Astro stops at the first invalid entry) in the same words
 * as `npm run check:content`. Warnings are printed; errors stop the build.
 */
export function contentCheck({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'archiv:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { problems, articleCount } = validateContent(contentDir);
        const errors = problems.filter((problem) => problem.level === 'error');
        for (const warning of problems.filter((problem) => problem.level === 'warning')) logger.warn(formatProblem(warning));
        if (errors.length > 0) {
          throw new Error(`${errors.length} problem(s) in the content:\n${errors.map(formatProblem).join('\n')}`);
        }
        logger.info(`${articleCount} articles checked`);
      },
    },
  };
}

import type { z } from 'zod';

/**
 * One readable line per problem: the file, the field, and what is wrong,
 * e.g. `content/articles/x.md: date.value: "2024-02-30" is not a day of the calendar`.
 */
export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(frontmatter)';
    return `${file}: ${field}: ${issue.message}`;
  });
}

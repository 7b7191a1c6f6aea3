import type { z } from 'zod';
import { keysAt } from './object-keys.ts';
import { closest } from './vocabulary.ts';

/** One problem with the content, in words an editor can act on. */
export interface ContentProblem {
  level: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
}

/** A value as an editor wrote it, short enough for one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return `the timestamp ${value.toISOString().slice(0, 10)} (an unquoted date)`;
  // JSON has no text for a function or a symbol; String names them.
  const text = typeof value === 'function' || typeof value === 'symbol' ? String(value) : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Zod's issues as problems: file, field, what is wrong and the value found.
 * Given the schema, an unknown key (strict objects reject them) is matched
 * against the keys it accepts there, one problem per key: a misspelt field
 * says which one was meant.
 */
export function issuesToProblems(file: string, error: z.ZodError, schema?: z.core.$ZodType): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(frontmatter)';
    if (issue.code === 'unrecognized_keys' && schema) {
      const known = keysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        return {
          level: 'error',
          file,
          field,
          message: `Unrecognized key: "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        };
      });
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return [{ level: 'error', file, field, message: `missing: expected ${issue.expected}` }];
    }
    const found = 'input' in issue && issue.code !== 'unrecognized_keys' ? describeValue(issue.input) : undefined;
    // A message that already quotes the value needs no "(found: ...)".
    const raw = typeof issue.input === 'string' && issue.input !== '' ? issue.input : undefined;
    const quoted =
      found === undefined || issue.message.includes(found) || (raw !== undefined && issue.message.includes(raw));
    return [{ level: 'error', file, field, message: quoted ? issue.message : `${issue.message} (found: ${found})` }];
  });
}

/** One readable line: "content/articles/x.md: date.value: ... (found: ...)". */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.level === 'warning' ? 'warning: ' : ''}${problem.file}: ${problem.field}: ${problem.message}`;
}

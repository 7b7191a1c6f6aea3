import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, type ContentProblem } from '../schema/validation-message.ts';

/**
 * The errors of the content as `astro dev` knows them now, by file. A file
 * with an error is not stored (no stale version stays behind); the pages
 * throw `contentErrorsError()` instead, which Astro shows in its error
 * overlay. On globalThis for the reason src/reader/content-handover.ts
 * gives: the loaders and the pages see separate copies of this module.
 */
const KEY = Symbol.for('nachrichtenarchiv.content-errors');

/** The errors of each file now; a file without errors has no entry. */
function errorsByFile(): Map<string, ContentProblem[]> {
  const global = globalThis as { [KEY]?: Map<string, ContentProblem[]> };
  return (global[KEY] ??= new Map());
}

/** Records the problems of a file as it is now (its errors replace any earlier ones); true when it has none. */
export function recordProblems(file: string, problems: readonly ContentProblem[]): boolean {
  const errors = problems.filter((problem) => problem.level === 'error');
  if (errors.length > 0) errorsByFile().set(file, errors);
  else errorsByFile().delete(file);
  return errors.length === 0;
}

/** Whether a file had errors when it was last checked. */
export function hasErrors(file: string): boolean {
  return errorsByFile().has(file);
}

/** The errors of every file now. */
export function contentErrors(): ContentProblem[] {
  return [...errorsByFile().values()].flat();
}

/** The line of a file where a field's top-level key starts ("tags" for "tags.0"), or 1. */
export function lineOfField(text: string, field: string): number {
  const key = /^[A-Za-z_][\w-]*/.exec(field)?.[0];
  const at = key === undefined ? -1 : text.search(new RegExp(`^${key}\\s*:`, 'm'));
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

interface OverlayError extends Error {
  loc?: { file: string; line: number; column: number };
  hint?: string;
}

/**
 * The errors as one Error for Astro's overlay, or undefined when there are
 * none: every problem in its message, and the first one's file and line as
 * its location, so the overlay shows the content, not the code that threw.
 */
export function contentErrorsError(): Error | undefined {
  const errors = contentErrors();
  const [first] = errors;
  if (!first) return undefined;
  const error: OverlayError = new Error(`${errors.length} problem(s) in the content:\n${errors.map(formatProblem).join('\n')}`);
  error.name = 'ContentError';
  error.hint = 'Fix the file and save it: the page reloads by itself. `npm run check:content` lists every problem of the content.';
  try {
    const file = resolve(first.file);
    error.loc = { file, line: lineOfField(readFileSync(file, 'utf8'), first.field), column: 1 };
  } catch {
    // A file that has gone since: the message names it.
  }
  return error;
}

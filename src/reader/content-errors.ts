import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, type ContentProblem } from '../schema/validation-message.ts';

/**
 * The errors of the content as `astro dev` shows them: every page throws
 * one Error naming them all (its collection `contentProblems`,
 * src/reader/content-loaders.ts, holds them), and Astro's overlay shows it
 * at the first one's file and line.
 */

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
export function contentErrorsError(errors: readonly ContentProblem[]): Error | undefined {
  const [first] = errors;
  if (!first) return undefined;
  const error: OverlayError = new Error(
    `${errors.length} problem(s) in the content:\n${errors.map(formatProblem).join('\n')}`,
  );
  error.name = 'ContentError';
  error.hint =
    'Fix the file and save it: the page reloads by itself. `npm run check:content` lists every problem of the content.';
  try {
    const file = resolve(first.file);
    error.loc = { file, line: lineOfField(readFileSync(file, 'utf8'), first.field), column: 1 };
  } catch {
    // A file that has gone since: the message names it.
  }
  return error;
}

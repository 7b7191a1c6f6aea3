/**
 * Long regular expressions written from named parts: a list of words stays a
 * list (escaped here, so "Min." or "A A A" mean what they print), and a
 * pattern is a raw template whose parts are named constants, each with what
 * it is for:
 *
 *   const VIDEO_LEADS = ['Im Video', 'Zum Video'];
 *   const VIDEO = regex('i')`^${anyOf(VIDEO_LEADS)}\s*:\s*\S.*$`;
 *
 * The template is raw, as a regular expression literal is: `\s` is the
 * pattern's \s. A RegExp part counts by its source (its flags do not), a
 * string part as the pattern it is.
 */

/** A part of a pattern: a regular expression or the text of one. */
export type Part = RegExp | string;

/** Text as a pattern that matches exactly that text: the characters a pattern reads as syntax, escaped. */
export function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Any one of the words, as printed, tried in the order given: a group that captures nothing. */
export function anyOf(words: readonly string[]): string {
  if (words.length === 0) throw new Error('anyOf: no words (an empty group would match anything)');
  return `(?:${words.map(escape).join('|')})`;
}

/** A part's text as a pattern. */
const sourceOf = (part: Part): string => (typeof part === 'string' ? part : part.source);

/** A regular expression with these flags, written as a raw template of parts: regex('i')`^${PART}:$`. */
export function regex(flags = '') {
  return (template: TemplateStringsArray, ...parts: readonly Part[]): RegExp =>
    new RegExp(String.raw(template, ...parts.map(sourceOf)), flags);
}

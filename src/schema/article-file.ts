import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSchema, OPEN_FIELD_HINTS, type ArticleData, type OpenField } from './article.ts';
import { formatProblem, issuesToProblems, type ContentProblem } from './validation-message.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * An article file split at its frontmatter by Astro's own parser (so an
 * unquoted date becomes a timestamp here as in Astro), or why it could not be.
 */
export type ArticleText =
  | { ok: true; frontmatter: Record<string, unknown>; rawFrontmatter: string; body: string }
  | { ok: false; error: unknown };

/**
 * An article the schema rejects still has fields that pass on their own:
 * the checks beyond the schema (a date in the future, a repeated title)
 * look at those, so one run reports every problem of a file.
 */
export type ReadableFields = Partial<ArticleData>;

export type ArticleFileResult =
  | { ok: true; data: ArticleData; body: string }
  | { ok: false; problems: ContentProblem[]; errors: string[]; readable: ReadableFields; body?: string };

function failure(problems: ContentProblem[], readable: ReadableFields = {}, body?: string): ArticleFileResult {
  return {
    ok: false,
    problems,
    errors: problems.map(formatProblem),
    readable,
    ...(body === undefined ? {} : { body }),
  };
}

interface YamlError extends Error {
  reason: string;
  mark: { line: number };
}

/** js-yaml's error, by name: Astro's parser and the reader may hold different copies of js-yaml. */
export function isYamlError(error: unknown): error is YamlError {
  return error instanceof Error && error.name === 'YAMLException';
}

/** Splits an article file into frontmatter and body; never throws. */
export function splitArticle(text: string): ArticleText {
  try {
    const { frontmatter, rawFrontmatter, content } = parseFrontmatter(text);
    return { ok: true, frontmatter, rawFrontmatter, body: content };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * The schema depends on the vocabulary only; building it per file cost a
 * third of the check at 10,000 articles.
 */
const schemas = new WeakMap<Vocabulary, ReturnType<typeof articleSchema>>();
export function articleSchemaFor(vocabulary: Vocabulary): ReturnType<typeof articleSchema> {
  let schema = schemas.get(vocabulary);
  if (!schema) schemas.set(vocabulary, (schema = articleSchema(vocabulary)));
  return schema;
}

/**
 * Checks the frontmatter of one article file the way the build does and
 * reports every problem as "file: field: message".
 */
export function validateArticleText(file: string, article: ArticleText, vocabulary: Vocabulary): ArticleFileResult {
  if (!article.ok) {
    const { error } = article;
    // The parsed text starts on the line of the opening "---": its line 0 is line 1 of the file.
    const where = isYamlError(error) ? ` at line ${error.mark.line + 1}: ${error.reason}` : `: ${String(error)}`;
    return failure([{ level: 'error', file, field: '(frontmatter)', message: `invalid YAML${where}` }]);
  }
  if (article.rawFrontmatter === '') {
    return failure(
      [{ level: 'error', file, field: '(frontmatter)', message: 'no frontmatter between "---" lines at the top' }],
      {},
      article.body,
    );
  }
  const schema = articleSchemaFor(vocabulary);
  const result = schema.safeParse(article.frontmatter, { reportInput: true });
  if (!result.success) {
    const problems = issuesToProblems(file, result.error, schema);
    const published = article.frontmatter.draft !== true;
    return failure(
      published ? problems.map(unfilled) : problems,
      readableFields(schema, article.frontmatter),
      article.body,
    );
  }
  return { ok: true, data: result.data, body: article.body };
}

/**
 * A field a draft may leave open, left open (or out) in a published
 * article: what to fill in, as the draft's warning says it, instead of
 * zod's "missing: expected string" or "Too small: expected array to have
 * >=1 items". A draft keeps zod's words: it may leave the field open, not out.
 */
function unfilled(problem: ContentProblem): ContentProblem {
  const field = problem.field as OpenField;
  if (!Object.hasOwn(OPEN_FIELD_HINTS, field) || !/^(missing|Too small)/.test(problem.message)) return problem;
  return { ...problem, message: `missing: ${OPEN_FIELD_HINTS[field]} (only a draft, draft: true, may leave it open)` };
}

/** Each top-level field of a frontmatter that passes its own part of the schema. */
function readableFields(
  schema: ReturnType<typeof articleSchema>,
  frontmatter: Record<string, unknown>,
): ReadableFields {
  const readable: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const result = field.safeParse(frontmatter[key]);
    if (result.success && result.data !== undefined) readable[key] = result.data;
  }
  return readable;
}

/** Checks one article file's text: split, then validated. */
export function validateArticleFile(file: string, text: string, vocabulary: Vocabulary): ArticleFileResult {
  return validateArticleText(file, splitArticle(text), vocabulary);
}

import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSchema, type ArticleData } from './article.ts';
import { formatProblem, issuesToProblems, type ContentProblem } from './validation-message.ts';
import type { Vocabulary } from './vocabulary.ts';

export type ArticleFileResult =
  | { ok: true; data: ArticleData; body: string }
  | { ok: false; problems: ContentProblem[]; errors: string[] };

function failure(problems: ContentProblem[]): ArticleFileResult {
  return { ok: false, problems, errors: problems.map(formatProblem) };
}

interface YamlError extends Error {
  reason: string;
  mark: { line: number };
}

function isYamlError(error: unknown): error is YamlError {
  return error instanceof Error && error.name === 'YAMLException';
}

/**
 * The schema depends on the vocabulary only; building it per file cost a
 * third of the check at 10,000 articles.
 */
const schemas = new WeakMap<Vocabulary, ReturnType<typeof articleSchema>>();
function schemaFor(vocabulary: Vocabulary): ReturnType<typeof articleSchema> {
  let schema = schemas.get(vocabulary);
  if (!schema) schemas.set(vocabulary, (schema = articleSchema(vocabulary)));
  return schema;
}

/**
 * Checks one article file the way the build does (Astro's own frontmatter
 * parser, so an unquoted date becomes a timestamp here too) and reports every
 * problem as "file: field: message".
 */
export function validateArticleFile(file: string, text: string, vocabulary: Vocabulary): ArticleFileResult {
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text);
  } catch (error) {
    // The parsed text starts on the line of the opening "---": its line 0 is line 1 of the file.
    const where = isYamlError(error) ? ` at line ${error.mark.line + 1}: ${error.reason}` : `: ${String(error)}`;
    return failure([{ level: 'error', file, field: '(frontmatter)', message: `invalid YAML${where}` }]);
  }
  if (parsed.rawFrontmatter === '') {
    return failure([{ level: 'error', file, field: '(frontmatter)', message: 'no frontmatter between "---" lines at the top' }]);
  }
  const result = schemaFor(vocabulary).safeParse(parsed.frontmatter, { reportInput: true });
  if (!result.success) return failure(issuesToProblems(file, result.error));
  return { ok: true, data: result.data, body: parsed.content };
}

import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSchema, type ArticleData } from './article.ts';
import { describeIssues } from './validation-message.ts';
import type { Vocabulary } from './vocabulary.ts';

export type ArticleFileResult =
  | { ok: true; data: ArticleData; body: string }
  | { ok: false; errors: string[] };

interface YamlError extends Error {
  reason: string;
  mark: { line: number };
}

function isYamlError(error: unknown): error is YamlError {
  return error instanceof Error && error.name === 'YAMLException';
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
    return { ok: false, errors: [`${file}: (frontmatter): invalid YAML${where}`] };
  }
  if (parsed.rawFrontmatter === '') {
    return { ok: false, errors: [`${file}: (frontmatter): no frontmatter between "---" lines at the top`] };
  }
  const result = articleSchema(vocabulary).safeParse(parsed.frontmatter);
  if (!result.success) return { ok: false, errors: describeIssues(file, result.error) };
  return { ok: true, data: result.data, body: parsed.content };
}

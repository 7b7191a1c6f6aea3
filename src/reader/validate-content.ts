import { join } from 'node:path';
import type { z } from 'zod';
import { OPEN_FIELD_HINTS, openFields, type ArticleData } from '../schema/article.ts';
import { isYamlError, validateArticleText } from '../schema/article-file.ts';
import { sourceEntrySchema } from '../schema/source.ts';
import { spellingVariantSchema } from '../schema/spelling-variants.ts';
import { tagSchema } from '../schema/tag.ts';
import { issuesToProblems, type ContentProblem } from '../schema/validation-message.ts';
import type { Vocabulary } from '../schema/vocabulary.ts';
import { fileNameProblem, readContent, vocabularyOf, type ArticleFile, type Content, type YamlData, type YamlFile } from './read-content.ts';

/**
 * Checks all content at once and reports every problem, not only the first
 * (Astro's build stops at the first invalid entry): each file against its
 * schema, then what no schema can see: two articles with one title, a date
 * in the future, an empty body, a tag no article uses. `npm run check:content`
 * and the build run this same pass.
 */
export interface ContentReport {
  problems: ContentProblem[];
  articleCount: number;
  articles: CheckedArticle[];
}

/** A valid article as later build steps need it: slug (the file name), permanent id (the capture), title, and whether it is a draft. */
export interface CheckedArticle {
  slug: string;
  permanentId: string;
  title: string;
  draft: boolean;
}

function yamlData(file: string, yaml: YamlData, problems: ContentProblem[]): unknown {
  if (yaml.ok) return yaml.data;
  const { error } = yaml;
  const reason = isYamlError(error) ? `${error.reason} at line ${error.mark.line + 1}` : String(error);
  problems.push({ level: 'error', file, field: '(file)', message: `invalid YAML: ${reason}` });
  return undefined;
}

const ENTRY_SCHEMAS: Record<'tags' | 'sources', z.ZodType> = { tags: tagSchema, sources: sourceEntrySchema };

/** The problems of one tag or source file on its own. */
export function checkEntryFile(kind: 'tags' | 'sources', entry: YamlFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const nameProblem = fileNameProblem(entry);
  if (nameProblem) problems.push(nameProblem);
  const data = yamlData(entry.file, entry.yaml, problems);
  if (data === undefined) return problems;
  const result = ENTRY_SCHEMAS[kind].safeParse(data, { reportInput: true });
  if (!result.success) problems.push(...issuesToProblems(entry.file, result.error));
  return problems;
}

/** The problems of the variants list (content/varianten.yaml). */
export function checkVariantsFile({ file, yaml }: YamlFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const data = yamlData(file, yaml, problems);
  if (data === undefined) return problems;
  if (!Array.isArray(data)) {
    problems.push({ level: 'error', file, field: '(file)', message: 'expected a list of { id, spellings } groups' });
    return problems;
  }
  data.forEach((entry, index) => {
    const result = spellingVariantSchema.safeParse(entry, { reportInput: true });
    if (!result.success) {
      for (const problem of issuesToProblems(file, result.error)) problems.push({ ...problem, field: `${index}.${problem.field}` });
    }
  });
  return problems;
}

/** The problems of one article file on its own, and its data and body when the schema accepts it. */
export function checkArticleFile(entry: ArticleFile, vocabulary: Vocabulary): { problems: ContentProblem[]; valid?: { data: ArticleData; body: string } } {
  const nameProblem = fileNameProblem(entry);
  const problems = nameProblem ? [nameProblem] : [];
  const result = validateArticleText(entry.file, entry.article, vocabulary);
  if (!result.ok) return { problems: [...problems, ...result.problems] };
  // A draft's open fields are allowed, and named, so the editor sees what is left to decide.
  if (result.data.draft) {
    for (const field of openFields(result.data)) {
      problems.push({ level: 'warning', file: entry.file, field, message: `open in draft: ${OPEN_FIELD_HINTS[field]}` });
    }
  }
  return { problems, valid: { data: result.data, body: result.body } };
}

/** Today as a calendar day, in UTC like every date-only value of the archive. */
function dayNumber(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Checks content that the reader has read (src/reader/read-content.ts). */
export function checkContent(content: Content, today = new Date()): ContentReport {
  const problems: ContentProblem[] = [];
  const vocabulary = vocabularyOf(content);
  for (const kind of ['tags', 'sources'] as const) {
    for (const entry of content[kind]) problems.push(...checkEntryFile(kind, entry));
  }
  problems.push(...checkVariantsFile(content.variants));

  const articles: { file: string; slug: string; data: ArticleData; body: string }[] = [];
  for (const entry of content.articles) {
    const { problems: found, valid } = checkArticleFile(entry, vocabulary);
    problems.push(...found);
    if (valid) articles.push({ file: entry.file, slug: entry.id, ...valid });
  }

  const byTitle = new Map<string, string>();
  const byCapture = new Map<string, string>();
  const usedTags = new Set<string>();
  for (const { file, data, body } of articles) {
    const title = [data.title.kicker, data.title.text].filter(Boolean).join(': ').toLocaleLowerCase('de');
    const twin = byTitle.get(title);
    if (twin) problems.push({ level: 'error', file, field: 'title.text', message: `the same title as ${twin}` });
    else byTitle.set(title, file);
    // The capture id is the article's permanent id (/a/<id>/): one article each.
    const sameCapture = byCapture.get(data.provenance.capture);
    if (sameCapture) {
      problems.push({ level: 'error', file, field: 'provenance.capture', message: `the same capture as ${sameCapture}: each article needs its own (found: "${data.provenance.capture}")` });
    } else byCapture.set(data.provenance.capture, file);
    if (data.date && Date.UTC(data.date.start.year, (data.date.start.month ?? 1) - 1, data.date.start.day ?? 1) > dayNumber(today)) {
      problems.push({ level: 'error', file, field: 'date', message: `a date in the future (found: "${data.date.start.iso}")` });
    }
    if (body.trim() === '') problems.push({ level: 'error', file, field: '(body)', message: 'the article has no text below its frontmatter' });
    for (const tag of data.tags) usedTags.add(tag);
  }
  for (const tag of [...vocabulary.tags].filter((id) => !usedTags.has(id))) {
    problems.push({ level: 'warning', file: join(content.dir, 'tags', `${tag}.yaml`), field: '(tag)', message: 'no article uses this tag' });
  }
  return {
    problems,
    articleCount: articles.length,
    articles: articles.map(({ slug, data }) => ({ slug, permanentId: data.provenance.capture, title: data.title.text, draft: data.draft === true })),
  };
}

/** Reads and checks all content: `npm run check:content` and the tests. */
export function validateContent(contentDir: string, today = new Date()): ContentReport {
  return checkContent(readContent(contentDir), today);
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import * as yaml from 'js-yaml';
import type { z } from 'zod';
import type { ArticleData } from '../schema/article.ts';
import { validateArticleFile } from '../schema/article-file.ts';
import { isSlug } from '../schema/slug.ts';
import { sourceEntrySchema } from '../schema/source.ts';
import { spellingVariantSchema } from '../schema/spelling-variants.ts';
import { tagSchema } from '../schema/tag.ts';
import { issuesToProblems, type ContentProblem } from '../schema/validation-message.ts';
import { readVocabulary } from '../schema/vocabulary-files.ts';

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

/** A valid article as later build steps need it: slug (the file name), permanent id (the capture) and title. */
export interface CheckedArticle {
  slug: string;
  permanentId: string;
  title: string;
}

function filesIn(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir)
    .filter((name) => extensions.includes(parse(name).ext))
    .sort();
}

function readYaml(file: string, problems: ContentProblem[]): unknown {
  try {
    return yaml.load(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? `${error.reason} at line ${error.mark.line + 1}` : String(error);
    problems.push({ level: 'error', file, field: '(file)', message: `invalid YAML: ${reason}` });
    return undefined;
  }
}

function checkFileName(file: string, problems: ContentProblem[]): void {
  if (!isSlug(parse(file).name)) {
    problems.push({
      level: 'error',
      file,
      field: '(file name)',
      message: 'the file name must be a slug: lower case a-z, 0-9 and hyphens, umlauts spelled out ("ae", "oe", "ue", "ss")',
    });
  }
}

function checkYamlEntries(dir: string, schema: z.ZodType, problems: ContentProblem[]): Set<string> {
  const ids = new Set<string>();
  for (const name of filesIn(dir, ['.yaml', '.yml'])) {
    const file = join(dir, name);
    checkFileName(file, problems);
    ids.add(parse(name).name);
    const data = readYaml(file, problems);
    if (data === undefined) continue;
    const result = schema.safeParse(data, { reportInput: true });
    if (!result.success) problems.push(...issuesToProblems(file, result.error));
  }
  return ids;
}

function checkVariantsList(file: string, problems: ContentProblem[]): void {
  const data = readYaml(file, problems);
  if (data === undefined) return;
  if (!Array.isArray(data)) {
    problems.push({ level: 'error', file, field: '(file)', message: 'expected a list of { id, spellings } groups' });
    return;
  }
  data.forEach((entry, index) => {
    const result = spellingVariantSchema.safeParse(entry, { reportInput: true });
    if (!result.success) {
      for (const problem of issuesToProblems(file, result.error)) problems.push({ ...problem, field: `${index}.${problem.field}` });
    }
  });
}

/** Today as a calendar day, in UTC like every date-only value of the archive. */
function dayNumber(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

export function validateContent(contentDir: string, today = new Date()): ContentReport {
  const problems: ContentProblem[] = [];
  const vocabulary = readVocabulary(contentDir);
  const tagIds = checkYamlEntries(join(contentDir, 'tags'), tagSchema, problems);
  checkYamlEntries(join(contentDir, 'sources'), sourceEntrySchema, problems);
  checkVariantsList(join(contentDir, 'varianten.yaml'), problems);

  const articles: { file: string; data: ArticleData; body: string }[] = [];
  const articleDir = join(contentDir, 'articles');
  for (const name of filesIn(articleDir, ['.md'])) {
    const file = join(articleDir, name);
    checkFileName(file, problems);
    const result = validateArticleFile(file, readFileSync(file, 'utf8'), vocabulary);
    if (result.ok) articles.push({ file, data: result.data, body: result.body });
    else problems.push(...result.problems);
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
    if (Date.UTC(data.date.start.year, (data.date.start.month ?? 1) - 1, data.date.start.day ?? 1) > dayNumber(today)) {
      problems.push({ level: 'error', file, field: 'date', message: `a date in the future (found: "${data.date.start.iso}")` });
    }
    if (body.trim() === '') problems.push({ level: 'error', file, field: '(body)', message: 'the article has no text below its frontmatter' });
    for (const tag of data.tags) usedTags.add(tag);
  }
  for (const tag of [...tagIds].filter((id) => !usedTags.has(id))) {
    problems.push({ level: 'warning', file: join(contentDir, 'tags', `${tag}.yaml`), field: '(tag)', message: 'no article uses this tag' });
  }
  return {
    problems,
    articleCount: articles.length,
    articles: articles.map(({ file, data }) => ({ slug: parse(file).name, permanentId: data.provenance.capture, title: data.title.text })),
  };
}

import { dirname, join } from 'node:path';
import type { z } from 'zod';
import { OPEN_FIELD_HINTS, openFields, type ArticleData } from '../schema/article.ts';
import { isYamlError, validateArticleText, type ReadableFields } from '../schema/article-file.ts';
import { firstDayOf } from '../schema/calendar-date.ts';
import { CAPTURE_ID, CAPTURE_ID_RULE } from '../schema/capture-id.ts';
import { sourceEntrySchema } from '../schema/source.ts';
import { spellingVariantSchema } from '../schema/spelling-variants.ts';
import { tagSchema } from '../schema/tag.ts';
import { issuesToProblems, type ContentProblem } from '../schema/validation-message.ts';
import type { Vocabulary } from '../schema/vocabulary.ts';
import { anyOf, regex } from './import/pattern-parts.ts';
import { captureLines, editionIntegrity } from './edition-integrity.ts';
import { versionSchemaFor } from '../schema/article-version.ts';
import { isSlug } from '../schema/slug.ts';
import {
  entryFile,
  fileNameProblem,
  idOfFileName,
  listFolder,
  readCapture,
  readContent,
  vocabularyOf,
  type ArticleFile,
  type Content,
  type VersionFile,
  type YamlData,
  type YamlFile,
} from './read-content.ts';
import { versionProblems, type CheckedVersion, type StoryHead } from './validate-versions.ts';

/**
 * Checks all content at once and reports every problem, not only the first
 * (Astro's build stops at the first invalid entry): each file against its
 * schema, then what no schema can see: a date in the future, an empty body,
 * two articles with one title or one capture, a tag no article uses. These
 * look at every article, valid or not, as far as its fields can be read, so
 * one run shows every problem of a file. `npm run check:content` and the
 * build run this same pass.
 */
export interface ContentReport {
  problems: ContentProblem[];
  /** Every article file read, valid or not. */
  articlesRead: number;
  /** The valid articles. */
  articles: CheckedArticle[];
  /** The valid later versions of stories (content/versions/), each story's oldest first. */
  versions: CheckedVersion[];
}

/** A valid article as the collection stores it: its file, its schema's data and its body. */
export interface CheckedArticle {
  slug: string;
  file: string;
  /** The whole file, as read: what its rendering is keyed by. */
  text: string;
  data: ArticleData;
  body: string;
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
  const schema = ENTRY_SCHEMAS[kind];
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) problems.push(...issuesToProblems(entry.file, result.error, schema));
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
      for (const problem of issuesToProblems(file, result.error, spellingVariantSchema))
        problems.push({ ...problem, field: `${index}.${problem.field}` });
    }
  });
  return problems;
}

/** What the check found in one article file, and what of it the checks across files need. */
export interface ArticleCheck {
  problems: ContentProblem[];
  /** Its data and body when the schema accepts it. */
  valid?: { data: ArticleData; body: string };
  /** Its fields that pass on their own (all of them when valid). */
  readable: ReadableFields;
  /** The tags it names, known or not, valid or not. */
  tags: string[];
}

/** Today as a calendar day, in UTC like every date-only value of the archive. */
export function dayNumber(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function namedTags(entry: ArticleFile): string[] {
  const tags = entry.article.ok ? entry.article.frontmatter.tags : undefined;
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
}

/** The start of an address on another server: a scheme ("https:", "data:") or a protocol-relative "//". */
const OTHER_SERVER = /(?:[a-z][a-z0-9+.-]*:|\/\/)/;
/** Markdown's image, ![alt](address), its address perhaps in <…>. */
const MARKDOWN_IMAGE = regex()`!\[[^\]]*\]\(\s*<?\s*${OTHER_SERVER}[^)]*\)`;
/** The HTML elements that load media, and their attributes that name it. */
const MEDIA_TAGS = ['img', 'image', 'source', 'video', 'audio', 'track'];
const MEDIA_ATTRIBUTES = ['src', 'srcset', 'poster'];
const HTML_MEDIA = regex()`<${anyOf(MEDIA_TAGS)}\b[^>]*\b${anyOf(MEDIA_ATTRIBUTES)}\s*=\s*["']?\s*${OTHER_SERVER}[^>]*>?`;
/** An image in Markdown or HTML whose address is on another server ("https://…", "//…"). */
export const REMOTE_IMAGE = regex('gi')`${MARKDOWN_IMAGE}|${HTML_MEDIA}`;

/**
 * Images from other servers, by line of the file: the archive loads nothing
 * from elsewhere (the privacy page says so, the CSP allows images from the
 * site only, and the Markdown pipeline drops them), so each is an error that
 * names its line.
 */
export function remoteImages(file: string, text: string, body: string): ContentProblem[] {
  // The body is the end of the file: its first line is the file's line after the frontmatter.
  const offset = text.endsWith(body) ? text.slice(0, text.length - body.length).split('\n').length - 1 : 0;
  return body.split('\n').flatMap((line, index) =>
    [...line.matchAll(REMOTE_IMAGE)].map((match) => ({
      level: 'error' as const,
      file,
      field: `(body) line ${offset + index + 1}`,
      message: `an image from another server (${JSON.stringify(match[0].length > 80 ? `${match[0].slice(0, 80)}…` : match[0])}): the archive loads nothing from other servers; leave it out, or put a copy under public/ and link it from there`,
    })),
  );
}

/** What the integrity rule reads of an edition: an article's data, or a version's (which has no source of its own). */
export type EditionFields = Pick<ArticleData, 'draft' | 'title' | 'teaser' | 'provenance'> & {
  source?: Pick<ArticleData['source'], 'byline' | 'cited'>;
};

/**
 * The integrity rule (src/reader/edition-integrity.ts) for a valid article
 * or version of the content folder `contentDir`, against its own capture:
 * the one call of the content check, the build and the editions test.
 */
export function checkEditionIntegrity(
  contentDir: string,
  file: string,
  data: EditionFields,
  body: string,
): ContentProblem[] {
  const capture = readCapture(contentDir, data.provenance.capture);
  // A capture id with no file is the schema's error already.
  if (!capture) return [];
  const edition = {
    file,
    draft: data.draft,
    title: data.title,
    teaser: data.teaser,
    byline: data.source?.byline,
    cited: data.source?.cited ?? [],
    removed: data.provenance.removed,
    body,
  };
  return editionIntegrity(edition, { file: capture.file, lines: captureLines(capture.file, capture.text) });
}

/**
 * The problems of one article file on its own: its name, its schema, and
 * what its readable fields show (a date in the future, an empty body), so a
 * schema error never hides them, and the edition against its capture.
 * `astro dev` runs this on a changed file.
 */
export function checkArticleFile(entry: ArticleFile, vocabulary: Vocabulary, today = new Date()): ArticleCheck {
  const { file } = entry;
  const nameProblem = fileNameProblem(entry);
  const problems = nameProblem ? [nameProblem] : [];
  const result = validateArticleText(file, entry.article, vocabulary);
  if (!result.ok) problems.push(...result.problems);
  const readable = result.ok ? result.data : result.readable;
  const body = result.body;

  const { date, withdrawn } = readable;
  if (date && firstDayOf(date.start) > dayNumber(today)) {
    problems.push({
      level: 'error',
      file,
      field: 'date',
      message: `a date in the future (found: "${date.start.iso}")`,
    });
  }
  if (withdrawn && firstDayOf(withdrawn.date) > dayNumber(today)) {
    problems.push({
      level: 'error',
      file,
      field: 'withdrawn.date',
      message: `a withdrawal in the future: set the day it happens on that day (found: "${withdrawn.date.iso}")`,
    });
  }
  if (body !== undefined && body.trim() === '')
    problems.push({ level: 'error', file, field: '(body)', message: 'the article has no text below its frontmatter' });
  if (body !== undefined) problems.push(...remoteImages(file, entry.text, body));
  // A draft's open fields are allowed, and named, so the editor sees what is left to decide.
  if (result.ok && result.data.draft) {
    for (const field of openFields(result.data)) {
      problems.push({ level: 'warning', file, field, message: `open in draft: ${OPEN_FIELD_HINTS[field]}` });
    }
  }

  // The articles folder's parent is the content folder (entryFile: <dir>/articles/<name>.md).
  if (result.ok) problems.push(...checkEditionIntegrity(dirname(dirname(file)), file, result.data, result.body));

  const check: ArticleCheck = { problems, readable, tags: result.ok ? result.data.tags : namedTags(entry) };
  if (result.ok) check.valid = { data: result.data, body: result.body };
  return check;
}

/**
 * The problems of one version file on its own (src/schema/article-version.ts):
 * its place (content/versions/<slug>/<its capture id>.md), its schema, a date
 * in the future, an empty body, and the integrity rule against its own capture.
 */
export function checkVersionFile(
  entry: VersionFile,
  vocabulary: Vocabulary,
  today = new Date(),
): { problems: ContentProblem[]; valid?: CheckedVersion } {
  const { file, article } = entry;
  const problems: ContentProblem[] = [];
  if (!isSlug(entry.story))
    problems.push({
      level: 'error',
      file,
      field: '(file name)',
      message: `the folder's name is the slug of the story it is a version of (found: "${entry.story}")`,
    });
  if (!article.ok || article.rawFrontmatter === '') {
    const why = article.ok
      ? 'no frontmatter between "---" lines at the top'
      : isYamlError(article.error)
        ? `invalid YAML at line ${article.error.mark.line + 1}: ${article.error.reason}`
        : String(article.error);
    problems.push({ level: 'error', file, field: '(frontmatter)', message: why });
    return { problems };
  }
  const schema = versionSchemaFor(vocabulary);
  const result = schema.safeParse(article.frontmatter, { reportInput: true });
  if (!result.success) {
    problems.push(...issuesToProblems(file, result.error, schema));
    return { problems };
  }
  const { data } = result;
  const { body } = article;
  if (data.provenance.capture !== entry.capture) {
    problems.push({
      level: 'error',
      file,
      field: 'provenance.capture',
      message: `a version's file is named by its capture id: ${data.provenance.capture}.md (found: "${entry.capture}.md")`,
    });
  }
  if (data.date && firstDayOf(data.date.start) > dayNumber(today)) {
    problems.push({
      level: 'error',
      file,
      field: 'date',
      message: `a date in the future (found: "${data.date.start.iso}")`,
    });
  }
  if (body.trim() === '')
    problems.push({ level: 'error', file, field: '(body)', message: 'the version has no text below its frontmatter' });
  problems.push(...remoteImages(file, entry.text, body));
  if (data.draft) {
    for (const field of (['teaser', 'date'] as const).filter((name) => data[name] === undefined)) {
      problems.push({ level: 'warning', file, field, message: `open in draft: ${OPEN_FIELD_HINTS[field]}` });
    }
  }
  // content/versions/<story>/<capture>.md: the content folder is three levels up.
  problems.push(...checkEditionIntegrity(dirname(dirname(dirname(file))), file, data, body));
  return { problems, valid: { story: entry.story, capture: entry.capture, file, text: entry.text, data, body } };
}

/** The versions of all stories: each file, then the rules between them and their stories (src/reader/validate-versions.ts). */
function checkVersions(
  content: Content,
  vocabulary: Vocabulary,
  stories: ReadonlyMap<string, StoryHead>,
  today: Date,
): { problems: ContentProblem[]; versions: CheckedVersion[] } {
  const problems: ContentProblem[] = content.strayVersions.map((file) => ({
    level: 'error' as const,
    file,
    field: '(file name)',
    message:
      'content/versions/ holds one folder per story, named by its slug, with a file <capture id>.md per later version',
  }));
  const versions: CheckedVersion[] = [];
  for (const entry of content.versions) {
    const check = checkVersionFile(entry, vocabulary, today);
    problems.push(...check.problems);
    if (check.valid) versions.push(check.valid);
  }
  problems.push(...versionProblems(versions, stories));
  return { problems, versions };
}

/** Checks content that the reader has read (src/reader/read-content.ts). */
export function checkContent(content: Content, today = new Date()): ContentReport {
  const problems: ContentProblem[] = [];
  const vocabulary = vocabularyOf(content);
  for (const kind of ['tags', 'sources'] as const) {
    for (const entry of content[kind]) problems.push(...checkEntryFile(kind, entry));
  }
  problems.push(...checkVariantsFile(content.variants));

  const articles: CheckedArticle[] = [];
  const byTitle = new Map<string, string>();
  const byCapture = new Map<string, string>();
  const usedTags = new Set<string>();
  const stories = new Map<string, StoryHead>();
  for (const entry of content.articles) {
    const { file } = entry;
    const check = checkArticleFile(entry, vocabulary, today);
    problems.push(...check.problems);
    const { title, provenance } = check.readable;
    if (title) {
      const key = [title.kicker, title.text].filter(Boolean).join(': ').toLocaleLowerCase('de');
      const twin = byTitle.get(key);
      if (twin) problems.push({ level: 'error', file, field: 'title.text', message: `the same title as ${twin}` });
      else byTitle.set(key, file);
    }
    if (provenance) {
      // The capture id is the article's permanent id (/a/<id>/): one article each.
      const sameCapture = byCapture.get(provenance.capture);
      if (sameCapture) {
        problems.push({
          level: 'error',
          file,
          field: 'provenance.capture',
          message: `the same capture as ${sameCapture}: each article needs its own (found: "${provenance.capture}")`,
        });
      } else byCapture.set(provenance.capture, file);
    }
    stories.set(entry.id, { file, capture: provenance?.capture, date: check.readable.date });
    for (const tag of check.tags) usedTags.add(tag);
    if (check.valid) {
      articles.push({ slug: entry.id, file, text: entry.text, ...check.valid });
    }
  }
  const checked = checkVersions(content, vocabulary, stories, today);
  problems.push(...checked.problems);
  for (const { file, data } of checked.versions) {
    // A later version's capture is a permanent address too (/a/<id>/ leads to that version).
    const sameCapture = byCapture.get(data.provenance.capture);
    if (sameCapture) {
      problems.push({
        level: 'error',
        file,
        field: 'provenance.capture',
        message: `the same capture as ${sameCapture}: each version needs its own (found: "${data.provenance.capture}")`,
      });
    } else byCapture.set(data.provenance.capture, file);
  }
  // A capture's file name is its id, and so a permanent address: only the documented form.
  if (content.captures.some((capture) => !CAPTURE_ID.test(capture))) {
    for (const name of listFolder(content.dir, 'captures').filter((file) => !CAPTURE_ID.test(idOfFileName(file)))) {
      problems.push({
        level: 'error',
        file: entryFile(content.dir, 'captures', name),
        field: '(file name)',
        message: CAPTURE_ID_RULE,
      });
    }
  }
  for (const tag of [...vocabulary.tags].filter((id) => !usedTags.has(id))) {
    problems.push({
      level: 'warning',
      file: join(content.dir, 'tags', `${tag}.yaml`),
      field: '(tag)',
      message: 'no article uses this tag',
    });
  }
  return { problems, articlesRead: content.articles.length, articles, versions: checked.versions };
}

/** One line on the whole check: "16 articles read, 12 errors, 2 warnings". */
export function summaryOf({ problems, articlesRead, versions }: ContentReport): string {
  const errors = problems.filter((problem) => problem.level === 'error').length;
  const warnings = problems.length - errors;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  // Later versions are named only where there are some: an archive without them reads as before.
  const read =
    versions.length > 0
      ? `${count(articlesRead, 'article')} and ${count(versions.length, 'later version')}`
      : count(articlesRead, 'article');
  return `${read} read, ${count(errors, 'error')}, ${count(warnings, 'warning')}`;
}

/** Reads and checks all content: `npm run check:content` and the tests. */
export function validateContent(contentDir: string, today = new Date()): ContentReport {
  return checkContent(readContent(contentDir), today);
}

import * as nodeFs from 'node:fs';
import { basename, join, parse } from 'node:path';
import * as yaml from 'js-yaml';
import { splitArticle, type ArticleText } from '../schema/article-file.ts';
import { isSlug } from '../schema/slug.ts';
import type { ContentProblem } from '../schema/validation-message.ts';
import { namesToIds, type Vocabulary } from '../schema/vocabulary.ts';

/**
 * The one reader of content/: it lists the folders, reads each file once and
 * splits it (frontmatter and body, or YAML data). The content check validates
 * what it read and Astro's loaders store it (src/reader/content-loaders.ts),
 * so a build reads every file once; `npm run check:content` reads the same way.
 */

/** The two calls the reader makes; tests pass their own to count them. */
export interface ContentFs {
  readdirSync(dir: string): string[];
  readFileSync(file: string, encoding: 'utf8'): string;
}

/** Where each kind of entry lives under content/, and its file types. */
export const FOLDERS = {
  articles: { folder: 'articles', extensions: ['.md'] },
  tags: { folder: 'tags', extensions: ['.yaml', '.yml'] },
  sources: { folder: 'sources', extensions: ['.yaml', '.yml'] },
  captures: { folder: 'captures', extensions: ['.txt', '.html'] },
  /** Later versions of a story: versions/<slug>/<capture id>.md (src/schema/article-version.ts). */
  versions: { folder: 'versions', extensions: ['.md'] },
} as const;
export type EntryKind = keyof typeof FOLDERS;

/** The reviewed spellings of names that are no tag (content/varianten.yaml). */
export const VARIANTS_FILE = 'varianten.yaml';

export interface ContentFile {
  /** The path problems name: content/articles/<name>.md. */
  file: string;
  /** The file name without its extension: the entry's id, and its URL when it is a slug. */
  id: string;
  /** The whole text, as read. */
  text: string;
}

export interface ArticleFile extends ContentFile {
  article: ArticleText;
}

export type YamlData = { ok: true; data: unknown } | { ok: false; error: unknown };

export interface YamlFile extends ContentFile {
  yaml: YamlData;
}

/** A later version of a story: its file, the story's slug and its capture id (the file's name). */
export interface VersionFile extends ArticleFile {
  story: string;
  capture: string;
}

/** All content a build needs, each file read once. Captures are listed, not read. */
export interface Content {
  dir: string;
  articles: ArticleFile[];
  versions: VersionFile[];
  /** Names in content/versions/ that are no folder of a story. */
  strayVersions: string[];
  tags: YamlFile[];
  sources: YamlFile[];
  variants: YamlFile;
  captures: string[];
}

/**
 * The slug rule, stated once: file names are the URL slugs of articles, tags
 * and sources, so a name that is no slug is an error.
 */
export function fileNameProblem({ file, id }: Pick<ContentFile, 'file' | 'id'>): ContentProblem | undefined {
  if (isSlug(id)) return undefined;
  return {
    level: 'error',
    file,
    field: '(file name)',
    message:
      'the file name must be a slug: lower case a-z, 0-9 and hyphens, umlauts spelled out ("ae", "oe", "ue", "ss")',
  };
}

/** The names of a folder's files of one kind, sorted: the order every report follows. */
export function listFolder(dir: string, kind: EntryKind, fs: ContentFs = nodeFs): string[] {
  return fs
    .readdirSync(join(dir, FOLDERS[kind].folder))
    .filter((name) => isEntryFile(kind, name))
    .sort();
}

/** The id of an entry: its file name without the extension. */
export function idOfFileName(name: string): string {
  return parse(name).name;
}

/** Whether a file name belongs to a kind of entry (for the watcher of `astro dev`). */
export function isEntryFile(kind: EntryKind, name: string): boolean {
  return (FOLDERS[kind].extensions as readonly string[]).includes(parse(name).ext);
}

function readYaml(file: string, fs: ContentFs): YamlFile {
  const id = idOfFileName(basename(file));
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
    return { file, id, text, yaml: { ok: true, data: yaml.load(text) } };
  } catch (error) {
    return { file, id, text, yaml: { ok: false, error } };
  }
}

/** The path of an entry's file, as problems name it: content/articles/<name>.md. */
export function entryFile(dir: string, kind: EntryKind, name: string): string {
  return join(dir, FOLDERS[kind].folder, name);
}

/** One article file: read and split. */
export function readArticle(dir: string, name: string, fs: ContentFs = nodeFs): ArticleFile {
  const file = entryFile(dir, 'articles', name);
  const text = fs.readFileSync(file, 'utf8');
  return { file, id: idOfFileName(name), text, article: splitArticle(text) };
}

/** One tag or source file: read and parsed. */
export function readEntry(dir: string, kind: 'tags' | 'sources', name: string, fs: ContentFs = nodeFs): YamlFile {
  return readYaml(entryFile(dir, kind, name), fs);
}

/** One version file, content/versions/<story>/<name>: read and split. */
export function readVersion(dir: string, story: string, name: string, fs: ContentFs = nodeFs): VersionFile {
  const file = join(dir, FOLDERS.versions.folder, story, name);
  const text = fs.readFileSync(file, 'utf8');
  const capture = idOfFileName(name);
  return { file, id: `${story}/${capture}`, story, capture, text, article: splitArticle(text) };
}

/** The names of a folder, or none when it does not exist (an archive without versions has no content/versions/). */
function folderNames(folder: string, fs: ContentFs): string[] | undefined {
  try {
    return fs.readdirSync(folder).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** The version files of one story, oldest first (capture ids sort by their sequence number). */
export function readVersionsOf(dir: string, story: string, fs: ContentFs = nodeFs): VersionFile[] {
  return versionFilesIn(folderNames(join(dir, FOLDERS.versions.folder, story), fs) ?? []).map((name) =>
    readVersion(dir, story, name, fs),
  );
}

const versionFilesIn = (names: string[]) => names.filter((name) => isEntryFile('versions', name)).sort(byCaptureNumber);

/** Capture ids in the order of arrival: by their sequence number, which may grow past three digits. */
function byCaptureNumber(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b);
}

/** Every version file under content/versions/, and the names there that are no story's folder. */
export function readVersions(dir: string, fs: ContentFs = nodeFs): { versions: VersionFile[]; stray: string[] } {
  const root = join(dir, FOLDERS.versions.folder);
  const versions: VersionFile[] = [];
  const stray: string[] = [];
  for (const story of folderNames(root, fs) ?? []) {
    const names = folderNames(join(root, story), fs);
    if (names === undefined) stray.push(join(root, story));
    else versions.push(...versionFilesIn(names).map((name) => readVersion(dir, story, name, fs)));
  }
  return { versions, stray };
}

export function readArticles(dir: string, fs: ContentFs = nodeFs): ArticleFile[] {
  return listFolder(dir, 'articles', fs).map((name) => readArticle(dir, name, fs));
}

export function readEntries(dir: string, kind: 'tags' | 'sources', fs: ContentFs = nodeFs): YamlFile[] {
  return listFolder(dir, kind, fs).map((name) => readEntry(dir, kind, name, fs));
}

export function readVariants(dir: string, fs: ContentFs = nodeFs): YamlFile {
  return readYaml(join(dir, VARIANTS_FILE), fs);
}

/** A capture's file and text: content/captures/<id>.txt, or <id>.html for a saved page; undefined when there is neither. */
export function readCapture(
  dir: string,
  id: string,
  fs: ContentFs = nodeFs,
): { file: string; text: string } | undefined {
  for (const extension of FOLDERS.captures.extensions) {
    const file = entryFile(dir, 'captures', `${id}${extension}`);
    try {
      return { file, text: fs.readFileSync(file, 'utf8') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}

/** Capture ids: the file names of content/captures/*.txt and *.html. */
export function listCaptures(dir: string, fs: ContentFs = nodeFs): string[] {
  return listFolder(dir, 'captures', fs).map(idOfFileName);
}

/** Everything under content/, each file read once. */
export function readContent(dir: string, fs: ContentFs = nodeFs): Content {
  const { versions, stray } = readVersions(dir, fs);
  return {
    dir,
    versions,
    strayVersions: stray,
    tags: readEntries(dir, 'tags', fs),
    sources: readEntries(dir, 'sources', fs),
    variants: readVariants(dir, fs),
    articles: readArticles(dir, fs),
    captures: listCaptures(dir, fs),
  };
}

/** The ids an article may point to, and the names of tags and sources, from what was read. */
export function vocabularyOf({ tags, sources, captures }: Pick<Content, 'tags' | 'sources' | 'captures'>): Vocabulary {
  return {
    tags: new Set(tags.map(({ id }) => id)),
    sources: new Set(sources.map(({ id }) => id)),
    captures: new Set(captures),
    names: {
      tags: namesToIds(tags.map((entry) => ({ id: entry.id, names: namesIn(entry, ['label', 'aliases']) }))),
      sources: namesToIds(
        sources.map((entry) => ({ id: entry.id, names: namesIn(entry, ['name', 'shortName', 'aliases']) })),
      ),
    },
  };
}

/** The strings under some fields of a YAML entry, as far as they are strings: the check reports the rest. */
function namesIn({ yaml }: YamlFile, fields: readonly string[]): string[] {
  if (!yaml.ok || typeof yaml.data !== 'object' || yaml.data === null) return [];
  const data = yaml.data as Record<string, unknown>;
  return fields.flatMap((field) => [data[field]].flat()).filter((name): name is string => typeof name === 'string');
}

/** The ids an article may point to, from the folder listings alone (no file read). */
export function listVocabulary(dir: string, fs: ContentFs = nodeFs): Vocabulary {
  const ids = (kind: EntryKind) => new Set(listFolder(dir, kind, fs).map(idOfFileName));
  return { tags: ids('tags'), sources: ids('sources'), captures: ids('captures') };
}

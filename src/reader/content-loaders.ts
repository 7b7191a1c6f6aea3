import * as nodeFs from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { keepOnly, RENDER_CACHE } from '../markdown/render-cache.ts';
import { renderAll } from '../markdown/rendered-articles.ts';
import type { IdKind, Vocabulary } from '../schema/vocabulary.ts';
import { isPublished } from '../schema/visibility.ts';
import { permanentLinks } from './permanent-links.ts';
import { PUBLISHED_ARTICLES, writePublished, type PublishedArticle } from './published-articles.ts';
import { formatProblem, type ContentProblem } from '../schema/validation-message.ts';
import {
  FOLDERS,
  VARIANTS_FILE,
  entryFile,
  idOfFileName,
  isEntryFile,
  listFolder,
  listVocabulary,
  readArticle,
  readContent,
  readEntry,
  readVariants,
  readVersionsOf,
  vocabularyOf,
  type ContentFs,
  type YamlFile,
} from './read-content.ts';
import {
  checkArticleFile,
  checkContent,
  checkEntryFile,
  checkVariantsFile,
  checkVersionFile,
  summaryOf,
  type ContentReport,
} from './validate-content.ts';
import { editionFiles, storiesOf, storyAsItStands, type Story } from './story-versions.ts';
import { jobsByArticle, thisBuildJob } from './build-job.ts';
import type { CheckedVersion } from './validate-versions.ts';

/**
 * The loaders of the archive's collections, on Astro's content loader API.
 * They are the one reader and check of content/ in a build: the first
 * loader of a sync reads every file once and checks all of it (the same
 * pass as `npm run check:content`); each loader stores its part of that
 * reading. With an error anywhere, `astro build` stops with every problem
 * of every file. `astro dev` (the loaders get a watcher) keeps running: it
 * stores the files without errors and the collection `contentProblems`
 * holds the errors, which every page shows in Astro's overlay until they
 * are fixed; a file that changes, comes or goes is read and checked again.
 *
 * An article is stored as its data, with its render key as the entry's
 * digest: its HTML and the text of its body are rendered once per key and
 * kept by src/markdown/render-cache.ts, outside Astro's store. The store
 * holds no bodies: at 10,000 articles they were 30 of its 40 MB, which Vite
 * bundles and every page's getCollection() reads (docs/benchmarks.md). Drafts are stored by
 * `astro dev` only: the built site never has them.
 */

type Part = 'articles' | 'tags' | 'sources' | 'variants';

/** One reading and check of content/, shared by the loaders of one sync: each takes its part once. */
interface Reading {
  report: ContentReport;
  content: ReturnType<typeof readContent>;
  untaken: Set<Part>;
}

const readings = new Map<string, Reading>();
const vocabularies = new Map<string, Vocabulary>();
const vocabularyListeners = new Map<string, () => void>();

/**
 * Thrown by every loader of a build whose content has errors. The list is a
 * mistake in the content, not a crash of the code: it carries no stack, so
 * Astro prints the list without a trace into this module.
 */
export class ContentErrors extends AstroError {
  override name = 'ContentErrors';
  constructor(message: string) {
    super(message, 'Fix the files named above; `npm run check:content` lists every problem without building.');
    // Astro prints a stack under "Stack trace:" whenever there is one.
    this.stack = '';
  }
}

/** The ids articles may point to now (from the last reading, or the folder listings). */
export function currentVocabulary(dir: string): Vocabulary {
  const key = resolve(dir);
  let vocabulary = vocabularies.get(key);
  if (!vocabulary) vocabularies.set(key, (vocabulary = listVocabulary(dir)));
  return vocabulary;
}

/** Records that a tag, source or capture file has come (`present`) or gone. */
function changeVocabulary(dir: string, kind: IdKind, id: string, present: boolean): void {
  const vocabulary = currentVocabulary(dir);
  if (vocabulary[kind].has(id) === present) return;
  const ids = new Set(vocabulary[kind]);
  if (present) ids.add(id);
  else ids.delete(id);
  vocabularies.set(resolve(dir), { ...vocabulary, [kind]: ids });
  vocabularyListeners.get(resolve(dir))?.();
}

// ---- the errors `astro dev` shows ----

const problemsByFile = new Map<string, ContentProblem[]>();
let problemStore: LoaderContext['store'] | undefined;

/** Records the problems of a file as it is now (its errors replace any earlier ones); true when it has none. */
function recordProblems(file: string, problems: readonly ContentProblem[]): boolean {
  const errors = problems.filter((problem) => problem.level === 'error');
  if (errors.length > 0) problemsByFile.set(file, errors);
  else problemsByFile.delete(file);
  if (problemStore) {
    if (errors.length > 0) problemStore.set({ id: file, data: { problems: errors } });
    else problemStore.delete(file);
  }
  return errors.length === 0;
}

/** Logs the problems of a file checked on its own (one `astro dev` has seen change); true when it may be stored. */
function admit({ logger }: LoaderContext, file: string, problems: ContentProblem[]): boolean {
  for (const problem of problems) {
    if (problem.level === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
  return recordProblems(file, problems);
}

// ---- reading ----

/** Reads and checks all content, logs what it found, and records each file's errors. */
function readAndCheck({ logger }: LoaderContext, dir: string, fs: ContentFs): Reading {
  const content = readContent(dir, fs);
  const report = checkContent(content);
  const errors = report.problems.filter((problem) => problem.level === 'error');
  for (const warning of report.problems.filter((problem) => problem.level === 'warning'))
    logger.warn(formatProblem(warning));
  if (errors.length === 0) logger.info(summaryOf(report));
  for (const file of problemsByFile.keys()) problemStore?.delete(file);
  problemsByFile.clear();
  const errorsByFile = new Map<string, ContentProblem[]>();
  for (const error of errors) errorsByFile.set(error.file, [...(errorsByFile.get(error.file) ?? []), error]);
  for (const [file, problems] of errorsByFile) recordProblems(file, problems);
  vocabularies.set(resolve(dir), vocabularyOf(content));
  return { report, content, untaken: new Set(['articles', 'tags', 'sources', 'variants']) };
}

/**
 * This loader's part of the sync's reading (read now by the first loader to
 * ask). In a build, content with an error stops every loader, with the list.
 */
function take(context: LoaderContext, dir: string, part: Part, fs: ContentFs): Reading {
  const key = resolve(dir);
  let reading = readings.get(key);
  if (!reading || !reading.untaken.has(part)) readings.set(key, (reading = readAndCheck(context, dir, fs)));
  reading.untaken.delete(part);
  // Nothing holds the texts of all articles once every loader has its part.
  if (reading.untaken.size === 0) readings.delete(key);
  const errors = reading.report.problems.filter((problem) => problem.level === 'error');
  if (errors.length > 0 && !context.watcher) {
    throw new ContentErrors(
      `${errors.length} problem(s) in the content:\n${errors.map(formatProblem).join('\n')}\n${summaryOf(reading.report)}`,
    );
  }
  if (errors.length > 0 && part === 'articles') {
    context.logger.error(
      `${errors.length} problem(s) in the content:\n${errors.map(formatProblem).join('\n')}\nThe pages show them until they are fixed.`,
    );
  }
  return reading;
}

function rootRelative({ config }: LoaderContext, path: string): string {
  return relative(fileURLToPath(config.root), path).split(sep).join('/');
}

/** Calls `changed` for each file of a folder that `astro dev` sees come or change, `gone` for each that goes. */
/** How long a file must be quiet after an event before `astro dev` reads it again. */
const SETTLE_MS = 100;

function watchFolder(
  context: LoaderContext,
  folder: string,
  accepts: (name: string) => boolean,
  { changed, gone }: { changed: (name: string) => Promise<void> | void; gone: (name: string) => void },
): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(folder);
  // The last event of a file wins once the file has been quiet for SETTLE_MS: a save in place
  // (emptied, then written) is otherwise read half-done, and the watcher may drop the event after.
  const pending = new Map<string, NodeJS.Timeout>();
  const on = (handle: (name: string) => Promise<void> | void) => (path: string) => {
    if (dirname(path) !== folder || !accepts(basename(path))) return;
    clearTimeout(pending.get(path));
    pending.set(
      path,
      setTimeout(() => {
        pending.delete(path);
        Promise.resolve()
          .then(() => handle(basename(path)))
          .catch((error: unknown) =>
            logger.error(`${path}: ${error instanceof Error ? error.message : String(error)}`),
          );
      }, SETTLE_MS),
    );
  };
  watcher.on('add', on(changed));
  watcher.on('change', on(changed));
  watcher.on('unlink', on(gone));
}

// ---- articles ----

/**
 * Stores checked stories: data as the check parsed it (zod runs once) and
 * render key as digest; a story with later versions as it stands now,
 * with its history (src/reader/story-versions.ts). Every version is rendered.
 */
async function storeStories(
  context: LoaderContext,
  stories: readonly Story[],
  cacheDir: string,
): Promise<{
  keys: string[];
  rendered: number;
  /** The worker threads that rendered (0: the loader's own). */
  threads: number;
  stored: PublishedArticle[];
  /** In a build in jobs, this job and the number of its own stories. */
  ownJob?: { number: number; of: number; stories: number };
}> {
  const { store } = context;
  const files = stories.map(editionFiles);
  // In a build in jobs, this job renders the versions of its own stories alone (src/reader/build-job.ts).
  const job = thisBuildJob();
  const jobs =
    job &&
    jobsByArticle(
      stories.map(({ article }) => ({ id: article.slug, date: article.data.date })),
      job.of,
    );
  const storyOfFile = stories.flatMap((story, index) => files[index]!.map(() => story.article.slug));
  const result = await renderAll(
    files.flat(),
    cacheDir,
    (index) => !jobs || jobs.get(storyOfFile[index]!) === job.number,
  );
  const stored: PublishedArticle[] = [];
  let at = 0;
  for (const [index, story] of stories.entries()) {
    const keys = result.keys.slice(at, (at += files[index]!.length));
    const { data, file, renderKey } = storyAsItStands(story, keys, (path) => rootRelative(context, resolve(path)));
    const slug = story.article.slug;
    store.set({
      id: slug,
      data: data,
      filePath: rootRelative(context, resolve(file)),
      digest: renderKey,
    });
    stored.push({
      slug,
      title: data.title.text,
      renderKey,
      withdrawn: data.withdrawn !== undefined,
      links: permanentLinks([{ id: slug, data }]),
      ...(jobs && { job: jobs.get(slug)! }),
    });
  }
  const ownJob = job && {
    ...job,
    stories: stories.filter((story) => jobs!.get(story.article.slug) === job.number).length,
  };
  return { keys: result.keys, rendered: result.rendered, threads: result.threads, stored, ...(ownJob && { ownJob }) };
}

/** The versions the site shows: the reviewed ones, and in `astro dev` (it has a watcher) those in review too. */
const shownVersions = (versions: readonly CheckedVersion[], dev: boolean) =>
  versions.filter((version) => dev || isPublished(version.data));

/**
 * content/articles/*.md: the checked articles, each with its render key.
 * `cacheDir` is where renderings are kept, `publishedFile` where a build
 * lists what it publishes (src/reader/published-articles.ts); tests keep their own.
 */
export function articlesLoader(
  dir: string,
  {
    fs = nodeFs,
    cacheDir = RENDER_CACHE,
    publishedFile = PUBLISHED_ARTICLES,
  }: { fs?: ContentFs; cacheDir?: string; publishedFile?: string } = {},
): Loader {
  return {
    name: 'archiv-articles',
    load: async (context) => {
      const { store, logger, watcher } = context;
      const { report } = take(context, dir, 'articles', fs);
      // Drafts are for `astro dev` (it has a watcher); the built site never has them.
      const articles = report.articles.filter((article) => watcher || isPublished(article.data));
      const { keys, rendered, threads, stored, ownJob } = await storeStories(
        context,
        storiesOf(articles, shownVersions(report.versions, !!watcher)),
        cacheDir,
      );
      const slugs = new Set(articles.map((article) => article.slug));
      for (const id of store.keys()) if (!slugs.has(id)) store.delete(id);
      if (!watcher) {
        keepOnly(new Set(keys), cacheDir);
        writePublished(stored, publishedFile);
      }
      const renderedOn = threads > 0 ? ` on ${threads} worker thread${threads === 1 ? '' : 's'}` : '';
      logger.info(
        ownJob
          ? `${articles.length} articles, of them ${ownJob.stories} of job ${ownJob.number} of ${ownJob.of}: ${rendered} rendered${renderedOn}, ${ownJob.stories - rendered} kept from the last build`
          : `${articles.length} articles: ${rendered} rendered${renderedOn}, ${articles.length - rendered} kept from the last build`,
      );

      /** Reads an article and its versions again: stored if it passes its checks, removed if not. */
      const reload = async (name: string) => {
        const entry = readArticle(dir, name, fs);
        const vocabulary = currentVocabulary(dir);
        const check = checkArticleFile(entry, vocabulary);
        const versions = readVersionsOf(dir, entry.id, fs).map((version) => ({
          file: version.file,
          check: checkVersionFile(version, vocabulary),
        }));
        const admitted = versions.map((version) => admit(context, version.file, version.check.problems));
        if (!admit(context, entry.file, check.problems) || !check.valid || admitted.includes(false)) {
          store.delete(entry.id);
          return;
        }
        const valid = versions.flatMap((version) => (version.check.valid ? [version.check.valid] : []));
        const story = {
          article: { slug: entry.id, file: entry.file, text: entry.text, ...check.valid },
          versions: shownVersions(valid, true),
        };
        await storeStories(context, [story], cacheDir);
        logger.info(`reloaded ${entry.file}`);
      };
      watchFolder(context, resolve(dir, FOLDERS.articles.folder), (name) => isEntryFile('articles', name), {
        changed: reload,
        gone: (name) => {
          recordProblems(entryFile(dir, 'articles', name), []);
          store.delete(idOfFileName(name));
        },
      });
      // A version that comes, changes or goes is its story's: the story is read again.
      const versionsFolder = resolve(dir, FOLDERS.versions.folder);
      if (watcher) {
        watcher.add(versionsFolder);
        const onVersion = (path: string) => {
          if (dirname(dirname(path)) !== versionsFolder || !isEntryFile('versions', basename(path))) return;
          // A version that has gone has no problems left.
          if (!nodeFs.existsSync(path))
            recordProblems(join(dir, FOLDERS.versions.folder, basename(dirname(path)), basename(path)), []);
          const story = `${basename(dirname(path))}.md`;
          if (!listFolder(dir, 'articles', fs).includes(story)) return;
          reload(story).catch((error: unknown) =>
            logger.error(`${path}: ${error instanceof Error ? error.message : String(error)}`),
          );
        };
        for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onVersion);
      }
      // A tag, source or capture file that comes may be the one a rejected article was missing.
      vocabularyListeners.set(resolve(dir), () => {
        for (const name of listFolder(dir, 'articles', fs).filter((name) =>
          problemsByFile.has(entryFile(dir, 'articles', name)),
        )) {
          reload(name).catch((error: unknown) =>
            logger.error(`${name}: ${error instanceof Error ? error.message : String(error)}`),
          );
        }
      });
      // Captures are no collection, but an article may name only one that exists.
      watchFolder(context, resolve(dir, FOLDERS.captures.folder), (name) => isEntryFile('captures', name), {
        changed: (name) => changeVocabulary(dir, 'captures', idOfFileName(name), true),
        gone: (name) => changeVocabulary(dir, 'captures', idOfFileName(name), false),
      });
    },
  };
}

// ---- tags, sources, spelling variants ----

async function storeEntry(context: LoaderContext, entry: YamlFile): Promise<void> {
  const { store } = context;
  const digest = context.generateDigest(entry.text);
  if (store.get(entry.id)?.digest === digest) return;
  if (!entry.yaml.ok) throw entry.yaml.error;
  const path = resolve(entry.file);
  const data = await context.parseData({
    id: entry.id,
    data: entry.yaml.data as Record<string, unknown>,
    filePath: path,
  });
  store.set({ id: entry.id, data, filePath: rootRelative(context, path), digest });
}

/** content/tags/*.yaml or content/sources/*.yaml: one entry per file, its name the id. */
export function entriesLoader(dir: string, kind: 'tags' | 'sources', fs: ContentFs = nodeFs): Loader {
  return {
    name: `archiv-${kind}`,
    load: async (context) => {
      const { store, logger } = context;
      const { content } = take(context, dir, kind, fs);
      const gone = new Set(store.keys());
      for (const entry of content[kind]) {
        if (problemsByFile.has(entry.file)) continue;
        gone.delete(entry.id);
        await storeEntry(context, entry);
      }
      for (const id of gone) store.delete(id);

      watchFolder(context, resolve(dir, FOLDERS[kind].folder), (name) => isEntryFile(kind, name), {
        changed: async (name) => {
          const entry = readEntry(dir, kind, name, fs);
          // Its id exists as soon as its file does: articles that name it are no longer wrong about that.
          changeVocabulary(dir, kind, entry.id, true);
          if (!admit(context, entry.file, checkEntryFile(kind, entry))) {
            store.delete(entry.id);
            return;
          }
          await storeEntry(context, entry);
          logger.info(`reloaded ${entry.file}`);
        },
        gone: (name) => {
          const id = idOfFileName(name);
          recordProblems(entryFile(dir, kind, name), []);
          store.delete(id);
          changeVocabulary(dir, kind, id, false);
        },
      });
    },
  };
}

async function storeVariants(context: LoaderContext, entry: YamlFile): Promise<void> {
  const { store } = context;
  if (!entry.yaml.ok) throw entry.yaml.error;
  const path = resolve(entry.file);
  store.clear();
  for (const item of entry.yaml.data as Record<string, unknown>[]) {
    const id = String(item.id);
    store.set({
      id,
      data: await context.parseData({ id, data: item, filePath: path }),
      filePath: rootRelative(context, path),
    });
  }
}

/** content/varianten.yaml: one entry per group of spellings, its `id` the id. */
export function variantsLoader(dir: string, fs: ContentFs = nodeFs): Loader {
  return {
    name: 'archiv-variants',
    load: async (context) => {
      const { content } = take(context, dir, 'variants', fs);
      if (!problemsByFile.has(content.variants.file)) await storeVariants(context, content.variants);
      watchFolder(context, resolve(dir), (name) => name === VARIANTS_FILE, {
        changed: async () => {
          const entry = readVariants(dir, fs);
          if (!admit(context, entry.file, checkVariantsFile(entry))) {
            context.store.clear();
            return;
          }
          await storeVariants(context, entry);
          context.logger.info(`reloaded ${entry.file}`);
        },
        gone: () => context.store.clear(),
      });
    },
  };
}

// ---- the errors, as a collection ----

/** The id of the entry that says whether the content is watched (`astro dev`): it is always there. */
export const SYNC_ENTRY = '(sync)';

/**
 * The errors of the content now, one entry per file with errors (none in a
 * build, which stops on any), and one entry `SYNC_ENTRY` whose `watching`
 * tells the pages that content may change while they are served.
 */
export function problemsLoader(): Loader {
  return {
    name: 'archiv-problems',
    load: async ({ store, watcher }) => {
      problemStore = store;
      store.clear();
      store.set({ id: SYNC_ENTRY, data: { problems: [], watching: watcher !== undefined } });
      for (const [file, problems] of problemsByFile) store.set({ id: file, data: { problems } });
    },
  };
}

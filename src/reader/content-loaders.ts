import * as nodeFs from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem, type ContentProblem } from '../schema/validation-message.ts';
import { hasErrors, recordProblems } from './content-errors.ts';
import { changeVocabulary, currentVocabulary, takeContent, whenVocabularyChanges } from './content-handover.ts';
import {
  FOLDERS,
  VARIANTS_FILE,
  entryFile,
  idOfFileName,
  isEntryFile,
  listFolder,
  readArticle,
  readArticles,
  readEntries,
  readEntry,
  readVariants,
  type ArticleFile,
  type ContentFs,
  type YamlFile,
} from './read-content.ts';
import { checkArticleFile, checkEntryFile, checkVariantsFile } from './validate-content.ts';
import { POOL_THRESHOLD, renderInParallel, rendererSettings, type RenderedContent } from '../markdown/render-pool.ts';

/**
 * Astro loaders of the archive's collections. They store what the content
 * check has read (src/reader/content-handover.ts) and read the files
 * themselves only when it has not. An article's Markdown is rendered only
 * when its text has changed since the last build: its digest is kept with
 * the rendered HTML in Astro's content store (node_modules/.astro), as
 * Astro's glob() loader does. In `astro dev` a file that changes, comes or
 * goes is read again, checked with the check's own messages, and stored;
 * a file with an error is removed from the store instead, and its errors
 * recorded for the pages to show (src/reader/content-errors.ts): an
 * editor sees what is wrong, never the last good version as if it were
 * the current one.
 */

function rootRelative({ config }: LoaderContext, path: string): string {
  return relative(fileURLToPath(config.root), path).split(sep).join('/');
}

/**
 * Logs and records the problems of a file that no check of this run has seen
 * (one that `astro dev` has seen change); true when it may be stored.
 */
function admit({ logger }: LoaderContext, file: string, problems: ContentProblem[]): boolean {
  for (const problem of problems) {
    if (problem.level === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
  return recordProblems(file, problems);
}

/**
 * Calls `changed` for each file of a folder that `astro dev` sees come or
 * change, `gone` for each that goes, by file name.
 */
function watchFolder(
  context: LoaderContext,
  folder: string,
  accepts: (name: string) => boolean,
  { changed, gone }: { changed: (name: string) => Promise<void> | void; gone: (name: string) => void },
): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(folder);
  const on = (handle: (name: string) => Promise<void> | void) => (path: string) => {
    if (dirname(path) !== folder || !accepts(basename(path))) return;
    Promise.resolve()
      .then(() => handle(basename(path)))
      .catch((error: unknown) => logger.error(`${path}: ${error instanceof Error ? error.message : String(error)}`));
  };
  watcher.on('add', on(changed));
  watcher.on('change', on(changed));
  watcher.on('unlink', on(gone));
}

/** True when the store holds this text of the article, rendered. */
function isStored({ store, generateDigest }: LoaderContext, entry: ArticleFile): boolean {
  const existing = store.get(entry.id);
  return existing?.digest === generateDigest(entry.text) && existing.rendered !== undefined;
}

/** Stores an article with its rendered Markdown. */
async function storeArticle(context: LoaderContext, entry: ArticleFile, rendered: RenderedContent): Promise<void> {
  const { store, parseData, generateDigest } = context;
  if (!entry.article.ok) throw entry.article.error;
  const path = resolve(entry.file);
  const data = await parseData({ id: entry.id, data: entry.article.frontmatter, filePath: path });
  store.set({
    id: entry.id,
    data,
    body: entry.article.body.trim(),
    filePath: rootRelative(context, path),
    digest: generateDigest(entry.text),
    // No asset imports: Astro's image pipeline does not process images in
    // articles (an article's images are addresses the page links to).
    rendered,
  });
}

/**
 * Renders and stores the articles whose text differs from the stored one:
 * many at once on worker threads (src/markdown/render-pool.ts), a few
 * (`astro dev`, an article added to a built archive) with Astro's own renderer.
 */
async function storeChanged(context: LoaderContext, entries: ArticleFile[]): Promise<void> {
  for (const entry of entries) if (!entry.article.ok) throw entry.article.error;
  const jobs = entries.map((entry) => ({ text: entry.text, fileURL: pathToFileURL(resolve(entry.file)).href }));
  const rendered =
    jobs.length >= POOL_THRESHOLD
      ? await renderInParallel(jobs, rendererSettings(context.config))
      : await Promise.all(jobs.map((job) => context.renderMarkdown(job.text, { fileURL: new URL(job.fileURL) })));
  for (const [index, entry] of entries.entries()) await storeArticle(context, entry, rendered[index]!);
}

/** content/articles/*.md: frontmatter as data, the body rendered with the site's Markdown pipeline. */
export function articlesLoader(dir: string, fs: ContentFs = nodeFs): Loader {
  return {
    name: 'archiv-articles',
    load: async (context) => {
      const { store, logger } = context;
      const checked = takeContent(dir, 'articles');
      logger.debug(checked ? 'articles as the content check read them' : 'articles read from their files');
      const articles = checked ?? readArticles(dir, fs);
      const gone = new Set(store.keys());
      const changed: ArticleFile[] = [];
      let rejected = 0;
      for (const entry of articles) {
        // The content check has recorded the errors of what it read; what it has not read is checked here.
        const valid = checked ? !hasErrors(entry.file) : admit(context, entry.file, checkArticleFile(entry, currentVocabulary(dir)).problems);
        if (!valid) {
          rejected++;
          continue;
        }
        gone.delete(entry.id);
        if (!isStored(context, entry)) changed.push(entry);
      }
      await storeChanged(context, changed);
      for (const id of gone) store.delete(id);
      const rendered = changed.length;
      const stored = articles.length - rejected;
      logger.info(`${stored} articles: ${rendered} rendered, ${stored - rendered} unchanged (from Astro's content cache)${rejected ? `, ${rejected} with errors left out` : ''}`);

      /** Reads an article again: stored if it passes its checks, removed if not. */
      const reload = async (name: string) => {
        const entry = readArticle(dir, name, fs);
        if (!admit(context, entry.file, checkArticleFile(entry, currentVocabulary(dir)).problems)) {
          store.delete(entry.id);
          return;
        }
        if (!isStored(context, entry)) await storeChanged(context, [entry]);
        logger.info(`reloaded ${entry.file}`);
      };
      watchFolder(context, resolve(dir, FOLDERS.articles.folder), (name) => isEntryFile('articles', name), {
        changed: reload,
        gone: (name) => {
          recordProblems(entryFile(dir, 'articles', name), []);
          store.delete(idOfFileName(name));
        },
      });
      // A tag, source or capture file that comes may be the one a rejected article was missing.
      whenVocabularyChanges(dir, () => {
        for (const name of listFolder(dir, 'articles', fs).filter((name) => hasErrors(entryFile(dir, 'articles', name)))) {
          reload(name).catch((error: unknown) => logger.error(`${name}: ${error instanceof Error ? error.message : String(error)}`));
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

async function storeEntry(context: LoaderContext, entry: YamlFile): Promise<void> {
  const { store, parseData, generateDigest } = context;
  const digest = generateDigest(entry.text);
  if (store.get(entry.id)?.digest === digest) return;
  if (!entry.yaml.ok) throw entry.yaml.error;
  const path = resolve(entry.file);
  const data = await parseData({ id: entry.id, data: entry.yaml.data as Record<string, unknown>, filePath: path });
  store.set({ id: entry.id, data, filePath: rootRelative(context, path), digest });
}

/** content/tags/*.yaml or content/sources/*.yaml: one entry per file, its name the id. */
export function entriesLoader(dir: string, kind: 'tags' | 'sources', fs: ContentFs = nodeFs): Loader {
  return {
    name: `archiv-${kind}`,
    load: async (context) => {
      const { store, logger } = context;
      const checked = takeContent(dir, kind);
      const entries = checked ?? readEntries(dir, kind, fs);
      const gone = new Set(store.keys());
      for (const entry of entries) {
        const valid = checked ? !hasErrors(entry.file) : admit(context, entry.file, checkEntryFile(kind, entry));
        if (!valid) continue;
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
  const { store, parseData } = context;
  if (!entry.yaml.ok) throw entry.yaml.error;
  const path = resolve(entry.file);
  store.clear();
  for (const item of entry.yaml.data as Record<string, unknown>[]) {
    const id = String(item.id);
    store.set({ id, data: await parseData({ id, data: item, filePath: path }), filePath: rootRelative(context, path) });
  }
}

/** content/varianten.yaml: one entry per group of spellings, its `id` the id. */
export function variantsLoader(dir: string, fs: ContentFs = nodeFs): Loader {
  return {
    name: 'archiv-variants',
    load: async (context) => {
      const checked = takeContent(dir, 'variants');
      const entry = checked ?? readVariants(dir, fs);
      if (checked ? !hasErrors(entry.file) : admit(context, entry.file, checkVariantsFile(entry))) await storeVariants(context, entry);
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

import * as nodeFs from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem, type ContentProblem } from '../schema/validation-message.ts';
import { changeVocabulary, currentVocabulary, takeContent } from './content-handover.ts';
import {
  FOLDERS,
  VARIANTS_FILE,
  idOfFileName,
  isEntryFile,
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

/**
 * Astro loaders of the archive's collections. They store what the content
 * check has read (src/reader/content-handover.ts) and read the files
 * themselves only when it has not. An article's Markdown is rendered only
 * when its text has changed since the last build: its digest is kept with
 * the rendered HTML in Astro's content store (node_modules/.astro), as
 * Astro's glob() loader does. In `astro dev` a file that changes, comes or
 * goes is read again, checked with the check's own messages, and stored.
 */

function rootRelative({ config }: LoaderContext, path: string): string {
  return relative(fileURLToPath(config.root), path).split(sep).join('/');
}

/** Logs the problems of a file `astro dev` has seen change; true when there is an error among them. */
function reportProblems({ logger }: LoaderContext, problems: ContentProblem[]): boolean {
  for (const problem of problems) {
    if (problem.level === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
  return problems.some((problem) => problem.level === 'error');
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

/** Stores an article; renders its Markdown only if its text differs from the stored one. True when rendered. */
async function storeArticle(context: LoaderContext, entry: ArticleFile): Promise<boolean> {
  const { store, parseData, renderMarkdown, generateDigest } = context;
  const digest = generateDigest(entry.text);
  const existing = store.get(entry.id);
  if (existing?.digest === digest && existing.rendered) return false;
  if (!entry.article.ok) throw entry.article.error;
  const path = resolve(entry.file);
  const data = await parseData({ id: entry.id, data: entry.article.frontmatter, filePath: path });
  const rendered = await renderMarkdown(entry.text, { fileURL: pathToFileURL(path) });
  store.set({
    id: entry.id,
    data,
    body: entry.article.body.trim(),
    filePath: rootRelative(context, path),
    digest,
    // No asset imports: Astro's image pipeline does not process images in
    // articles (an article's images are addresses the page links to).
    rendered,
  });
  return true;
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
      let rendered = 0;
      for (const entry of articles) {
        gone.delete(entry.id);
        if (await storeArticle(context, entry)) rendered++;
      }
      for (const id of gone) store.delete(id);
      logger.info(`${articles.length} articles: ${rendered} rendered, ${articles.length - rendered} unchanged (from Astro's content cache)`);

      watchFolder(context, resolve(dir, FOLDERS.articles.folder), (name) => isEntryFile('articles', name), {
        changed: async (name) => {
          const entry = readArticle(dir, name, fs);
          if (reportProblems(context, checkArticleFile(entry, currentVocabulary(dir)).problems)) return;
          await storeArticle(context, entry);
          logger.info(`reloaded ${entry.file}`);
        },
        gone: (name) => store.delete(idOfFileName(name)),
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
      const entries = takeContent(dir, kind) ?? readEntries(dir, kind, fs);
      const gone = new Set(store.keys());
      for (const entry of entries) {
        gone.delete(entry.id);
        await storeEntry(context, entry);
      }
      for (const id of gone) store.delete(id);

      watchFolder(context, resolve(dir, FOLDERS[kind].folder), (name) => isEntryFile(kind, name), {
        changed: async (name) => {
          const entry = readEntry(dir, kind, name, fs);
          if (reportProblems(context, checkEntryFile(kind, entry))) return;
          await storeEntry(context, entry);
          changeVocabulary(dir, kind, entry.id, true);
          logger.info(`reloaded ${entry.file}`);
        },
        gone: (name) => {
          const id = idOfFileName(name);
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
      await storeVariants(context, takeContent(dir, 'variants') ?? readVariants(dir, fs));
      watchFolder(context, resolve(dir), (name) => name === VARIANTS_FILE, {
        changed: async () => {
          const entry = readVariants(dir, fs);
          if (reportProblems(context, checkVariantsFile(entry))) return;
          await storeVariants(context, entry);
          context.logger.info(`reloaded ${entry.file}`);
        },
        gone: () => context.store.clear(),
      });
    },
  };
}

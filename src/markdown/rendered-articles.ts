import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderArticle, type RenderedArticle } from './render-article.ts';
import { isKeyOf, RENDER_CACHE, readRendered, renderKeys, writeRendered } from './render-cache.ts';
import { rendererFingerprint } from './render-fingerprint.ts';
import { renderArticles } from './render-pool.ts';

/**
 * Articles rendered once and kept (render-cache.ts): the loader renders
 * what has no kept rendering yet, the article page reads it by its key.
 */

/** An article file: where it lives and its whole text. */
export interface ArticleSource {
  file: string;
  text: string;
}

/**
 * The render key of each article, in order, after rendering those whose
 * key has no kept rendering (on every core when there are many: `threads`
 * says on how many worker threads, 0 on this one). Only the
 * articles `wanted` by their index are rendered (a job of a build in jobs
 * renders its own); every article gets its key.
 */
export async function renderAll(
  articles: readonly ArticleSource[],
  cacheDir = RENDER_CACHE,
  wanted: (index: number) => boolean = () => true,
): Promise<{ keys: string[]; rendered: number; threads: number }> {
  const keys = renderKeys(
    await rendererFingerprint(),
    articles.map(({ text }) => text),
  );
  // Each kept rendering is read: one damaged since (a truncated file) is rendered again here. Known by its name alone,
  // it could stay damaged behind a page Astro keeps, and the page check (scripts/article-pages.ts) would then stop
  // every build (tried: docs/benchmarks.md, "Cuts of the fourth session").
  const missing = articles.flatMap((article, index) =>
    !wanted(index) || readRendered(keys[index]!, cacheDir)
      ? []
      : [{ text: article.text, fileURL: pathToFileURL(resolve(article.file)).href, key: keys[index]!, cacheDir }],
  );
  const threads = await renderArticles(missing);
  return { keys, rendered: missing.length, threads };
}

/**
 * The rendering of an article for its page, by the key its loader gave it.
 * Gone from the cache since (a cleaned folder, a damaged file), it is
 * rendered again from its file and kept under that key, never taken from
 * elsewhere. A file whose text is no longer the one its key was made of
 * changed during the build: its page would not be the article the build
 * checked, so the build stops and says so.
 */
export async function renderedArticle(key: string, file: string, cacheDir = RENDER_CACHE): Promise<RenderedArticle> {
  const kept = readRendered(key, cacheDir);
  if (kept) return kept;
  const text = readFileSync(file, 'utf8');
  if (!isKeyOf(key, text))
    throw new Error(`${file} changed while the site was built; build again to publish its new text.`);
  const fresh = await renderArticle(text, pathToFileURL(resolve(file)));
  writeRendered(key, fresh, cacheDir);
  return fresh;
}

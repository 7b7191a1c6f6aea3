import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RenderedArticle } from './render-article.ts';

/**
 * Rendered articles kept between builds, one small JSON file each, named by
 * the article's render key: a digest of its whole file and of the renderer
 * (render-fingerprint.ts). A key is the same in two builds exactly when the
 * same text goes through the same code, so a kept file is never stale: an
 * article whose file, pipeline, plugin or package changed gets a new key and
 * is rendered again. The folder is the archive's own (the convention of
 * node_modules/.cache), not Astro's; deleting it costs one full render.
 */
export const RENDER_CACHE = resolve('node_modules/.cache/nachrichtenarchiv/markdown');

/** 132 bits of a text's SHA-256, in 22 characters a file name may hold. */
const digestOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** A render key's length: the renderer's digest and the text's. */
export const RENDER_KEY_LENGTH = 44;

/**
 * The keys of articles' renderings: each file's text through the renderer of
 * this fingerprint. The renderer's digest (taken once), then the text's: so
 * that the page, which cannot take the fingerprint inside Astro's bundle, can
 * still tell whether a file holds the text its key was made of (isKeyOf).
 */
export function renderKeys(fingerprint: string, texts: readonly string[]): string[] {
  const renderer = digestOf(fingerprint);
  return texts.map((text) => `${renderer}${digestOf(text)}`);
}

/** Whether `key` was made of this text (by any renderer). */
export function isKeyOf(key: string, text: string): boolean {
  return key.length === RENDER_KEY_LENGTH && key.endsWith(digestOf(text));
}

const fileOf = (key: string, dir: string) => join(dir, `${key}.json`);

function isRendered(value: unknown): value is RenderedArticle {
  const candidate = value as Partial<RenderedArticle> | null;
  return (
    typeof candidate?.html === 'string' &&
    typeof candidate.text === 'string' &&
    typeof candidate.wordCount === 'number' &&
    typeof candidate.readingMinutes === 'number'
  );
}

/** The rendering kept under a key; undefined when there is none or it is damaged (then it is rendered again). */
export function readRendered(key: string, dir = RENDER_CACHE): RenderedArticle | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(fileOf(key, dir), 'utf8'));
    return isRendered(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a rendering under its key: written beside, then renamed, so a reader never sees half a file. */
export function writeRendered(key: string, rendered: RenderedArticle, dir = RENDER_CACHE): void {
  mkdirSync(dir, { recursive: true });
  const partial = `${fileOf(key, dir)}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(rendered));
  renameSync(partial, fileOf(key, dir));
}

/** Deletes every kept rendering but those of `keys` (after a full build: the cache holds the archive of today only). */
export function keepOnly(keys: ReadonlySet<string>, dir = RENDER_CACHE): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (keys.has(name.replace(/\.json$/, ''))) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

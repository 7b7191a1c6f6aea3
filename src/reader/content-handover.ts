import { resolve } from 'node:path';
import type { IdKind, Vocabulary } from '../schema/vocabulary.ts';
import { listVocabulary, vocabularyOf, type Content } from './read-content.ts';

/**
 * Hands what the content check read (in `astro:config:setup`) to the loaders
 * of src/content.config.ts, so that a build reads each file once.
 *
 * It lives on globalThis, not in a module variable: Node imports
 * astro.config.mjs and with it the check, while Astro imports
 * content.config.ts through Vite's module runner, so the two see separate
 * copies of every module of src/ in one process. A symbol-keyed global is
 * one object for both.
 *
 * Each part is taken once: a loader that finds its part gone (a second sync
 * in `astro dev`, `astro sync` alone) reads the files itself, and nothing
 * holds the texts of all articles after the loaders have stored them. The
 * vocabulary stays: `astro dev` replaces it when a tag, source or capture
 * file comes or goes, and the article schema asks for it per entry.
 */
type Part = 'articles' | 'tags' | 'sources' | 'variants';

interface Handover {
  unread: Partial<Pick<Content, Part>>;
  vocabulary: Vocabulary;
  /** Called after the vocabulary has changed (the articles loader checks its rejected files again). */
  onVocabularyChange?: () => void;
}

const KEY = Symbol.for('nachrichtenarchiv.content-handover');

function handovers(): Map<string, Handover> {
  const global = globalThis as { [KEY]?: Map<string, Handover> };
  return (global[KEY] ??= new Map());
}

/** Offers the content the check has read to the loaders (replacing any earlier offer). */
export function handOver(content: Content): void {
  const { dir, articles, tags, sources, variants } = content;
  const earlier = handovers().get(resolve(dir));
  handovers().set(resolve(dir), { ...earlier, unread: { articles, tags, sources, variants }, vocabulary: vocabularyOf(content) });
}

/** A part of the content as the check read it, once; undefined when there is none to take. */
export function takeContent<P extends Part>(dir: string, part: P): Content[P] | undefined {
  const handover = handovers().get(resolve(dir));
  const value = handover?.unread[part];
  if (handover) delete handover.unread[part];
  return value as Content[P] | undefined;
}

function handoverOf(dir: string): Handover {
  const key = resolve(dir);
  let handover = handovers().get(key);
  if (!handover) handovers().set(key, (handover = { unread: {}, vocabulary: listVocabulary(dir) }));
  return handover;
}

/** The ids articles may point to now (listed from the folders if the check has not run in this process). */
export function currentVocabulary(dir: string): Vocabulary {
  return handoverOf(dir).vocabulary;
}

/** Records that a tag, source or capture file has come (`present`) or gone, as a new vocabulary object. */
export function changeVocabulary(dir: string, kind: IdKind, id: string, present: boolean): void {
  const handover = handoverOf(dir);
  if (handover.vocabulary[kind].has(id) === present) return;
  const ids = new Set(handover.vocabulary[kind]);
  if (present) ids.add(id);
  else ids.delete(id);
  handover.vocabulary = { ...handover.vocabulary, [kind]: ids };
  handover.onVocabularyChange?.();
}

/** Sets what runs after each change of the vocabulary (one listener per folder: a new one replaces the old). */
export function whenVocabularyChanges(dir: string, listener: () => void): void {
  handoverOf(dir).onVocabularyChange = listener;
}

const DEV_SERVER = Symbol.for('nachrichtenarchiv.dev-server');

/**
 * Records whether Astro runs as `astro dev` (its command, seen by the
 * content check in `astro:config:setup`). Drafts are listed only there. Not
 * `import.meta.env.DEV`: that follows NODE_ENV, and a build run with
 * NODE_ENV=test or development would publish the drafts.
 */
export function markDevServer(devServer: boolean): void {
  (globalThis as { [DEV_SERVER]?: boolean })[DEV_SERVER] = devServer;
}

/** Whether this process is `astro dev`; false when nobody said so. */
export function isDevServer(): boolean {
  return (globalThis as { [DEV_SERVER]?: boolean })[DEV_SERVER] === true;
}

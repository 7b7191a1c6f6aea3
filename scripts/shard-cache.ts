import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { filesUnder, linkOrCopy } from './file-links.ts';
import { packageManifest } from './package-bin.ts';

/**
 * Older search shards kept between builds. A shard's index depends only on
 * its pages as Pagefind reads them and on the code that indexes them, and
 * Pagefind writes the same bytes for the same input (its file names are
 * digests of their content). So a shard is kept under a key that is a digest
 * of exactly that: the indexed part of each of its pages with the page's
 * folder, Pagefind's version, and the source of the module that runs
 * Pagefind and trims its output (scripts/search-index.ts). A new article
 * changes the newest shard alone (blocks are cut from the oldest), so a
 * publish indexes one shard and takes the others from here; a changed page
 * of an older shard gives that shard a new key.
 *
 * A kept shard is trusted only as far as it is checked: it is a folder with
 * a list of its files and their digests, and it is used only when every
 * listed file is there with its digest and nothing else is (a damaged or
 * half-copied entry is indexed again and replaced). Entries are written
 * under a temporary name and renamed. The folder is the archive's own (the
 * convention of node_modules/.cache); deleting it costs one full index.
 */
export const SHARD_CACHE = resolve('node_modules/.cache/nachrichtenarchiv/search-shards');

const LIST = 'dateien.json';

/** Whether some markup carries a data-pagefind attribute; the text of scripts and styles does not count. */
const readByPagefind = (markup: string) =>
  /<[a-z][^>]*\sdata-pagefind-/i.test(markup.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ''));

/**
 * The part of a built page that Pagefind reads: everything up to the end of
 * the element marked `data-pagefind-body` (the head, the page's language,
 * the indexed element). What follows it (related articles, the neighbours
 * in time, the footer) changes when other articles are added and is not
 * indexed, unless it carries a data-pagefind attribute: then Pagefind reads
 * it too, and the whole page counts. (The text of a script may name such
 * attributes, as the highlight loader's does: Pagefind reads no script.)
 */
export function indexedPart(html: string): string {
  const start = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body[\s=>]/i.exec(html);
  if (!start) return html;
  const tag = start[1]!.toLowerCase();
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = start.index;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      const end = match.index + match[0].length;
      return readByPagefind(html.slice(end)) ? html : html.slice(0, end);
    }
  }
  return html;
}

/** A digest of a page as the index sees it: its folder and its indexed part. */
export function pageDigest(slug: string, html: string): string {
  return createHash('sha256').update(slug).update('\0').update(indexedPart(html)).digest('base64url');
}

/** What every kept shard depends on beyond its pages: Pagefind's version and the indexing code. */
export function indexerFingerprint(): string {
  const pagefind = packageManifest('pagefind').manifest.version ?? '';
  const indexer = readFileSync(new URL('./search-index.ts', import.meta.url));
  return createHash('sha256').update(pagefind).update('\0').update(indexer).digest('base64url');
}

/** The key of a shard: its pages' digests in the shard's order, through the indexer of this fingerprint. */
export function shardKey(fingerprint: string, pageDigests: readonly string[]): string {
  const hash = createHash('sha256').update(fingerprint);
  for (const digest of pageDigests) hash.update('\0').update(digest);
  return hash.digest('base64url');
}

const digestOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('base64url');

/**
 * Puts the shard kept under `key` into `outputDir` (hard links) and says
 * whether it could: false when there is none, or when it fails its check.
 */
export function restoreShard(key: string, outputDir: string, dir = SHARD_CACHE): boolean {
  const entry = join(dir, key);
  let listed: Record<string, string>;
  try {
    listed = JSON.parse(readFileSync(join(entry, LIST), 'utf8')) as Record<string, string>;
  } catch {
    return false;
  }
  const files = filesUnder(entry)
    .filter((name) => name !== LIST)
    .sort();
  const intact =
    files.length === Object.keys(listed).length && files.every((name) => listed[name] === digestOf(join(entry, name)));
  if (!intact) {
    rmSync(entry, { recursive: true, force: true });
    return false;
  }
  rmSync(outputDir, { recursive: true, force: true });
  for (const name of files) linkOrCopy(join(entry, name), join(outputDir, name));
  return true;
}

/** Keeps the finished shard in `outputDir` under `key`: linked beside, listed, then renamed into place. */
export function keepShard(key: string, outputDir: string, dir = SHARD_CACHE): void {
  const entry = join(dir, key);
  const partial = `${entry}.${process.pid}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  const listed: Record<string, string> = {};
  mkdirSync(partial, { recursive: true });
  for (const name of filesUnder(outputDir).sort()) {
    linkOrCopy(join(outputDir, name), join(partial, name));
    listed[name] = digestOf(join(partial, name));
  }
  writeFileSync(join(partial, LIST), JSON.stringify(listed));
  rmSync(entry, { recursive: true, force: true });
  renameSync(partial, entry);
}

/** Deletes every kept shard but those of `keys`: the cache holds today's older shards only. */
export function keepOnlyShards(keys: ReadonlySet<string>, dir = SHARD_CACHE): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (!keys.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

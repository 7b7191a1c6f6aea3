import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Files placed without copying their bytes: the build moves whole sites'
 * worth of files between folders (the pages of a search shard, kept shards,
 * the parts of a build in jobs), and a hard link costs no disk and no time.
 * Nothing here writes into a placed file afterwards.
 */

/** Links `file` at `to` (its folder made), or copies it where the file system has no hard links. */
export function linkOrCopy(file: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(file, to);
  } catch {
    copyFileSync(file, to);
  }
}

/** Every file under `folder`, as paths relative to it. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  utimesSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * The last site as the start of the next build. A publish changes a few
 * dozen files of a site of any size, but a build into a fresh folder pays
 * for every file again: Astro copies each page it keeps from its cache
 * (about 1 ms a page, 169 s at 100,000 articles: docs/scale.md) and the
 * permanent addresses are written anew. So the site that dist/ replaced is
 * kept as `.dist-basis/`; the next build brings it up to date with dist/
 * (copying only the files that differ, which are the ones the last build
 * changed) and builds into it, where Astro leaves a kept page's file as it
 * is (its `(cached)`, against `(restored)`), and then deletes what this
 * build no longer writes.
 *
 * This is right only if dist/ is what Astro's last run wrote: Astro keeps a
 * page when its key matches its own record of the last run, whatever the
 * output folder holds. So the base exists only after a whole build
 * succeeded and swapped its site in, and every build that runs Astro first
 * takes it away (renames it into its staging folder, or discards it): a
 * build that fails or is killed after Astro has run leaves no base, and the
 * next build starts from a fresh folder, where Astro restores each kept page
 * from its cache. A build in jobs, and its merge, never use one.
 */
export const BASE = '.dist-basis';

/** The search index's folder: built anew by every build (scripts/search-index.ts), never taken from the base. */
const INDEX = 'pagefind';

/** Two times of one file's writes differ by less: a file written again by a later build is seconds younger. */
const SAME_TIME_MS = 1;

interface FileState {
  size: number;
  mtimeMs: number;
  links: number;
}

/** Every file under `folder` but the search index, by path relative to it. */
function filesOf(folder: string): Map<string, FileState> {
  const files = new Map<string, FileState>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(folder, join(entry.parentPath, entry.name));
    if (path === INDEX || path.startsWith(`${INDEX}${sep}`)) continue;
    const { size, mtimeMs, nlink } = statSync(join(folder, path));
    files.set(path, { size, mtimeMs, links: nlink });
  }
  return files;
}

/** Deletes the folders of `paths` (relative to `root`) that are empty now, and their parents that become so. */
function removeEmptyFolders(root: string, paths: Iterable<string>): void {
  const folders = new Set<string>();
  for (const path of paths)
    for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) folders.add(folder);
  // Deepest first, so that a parent is tried after its children.
  for (const folder of [...folders].sort((a, b) => b.split(sep).length - a.split(sep).length)) {
    try {
      rmdirSync(join(root, folder));
    } catch {
      // Not empty, or gone already.
    }
  }
}

export interface SeededFolder {
  /** The files of the staging folder as the build starts, with their times. */
  files: Map<string, number>;
  /** How many files were copied from the site, and deleted as the site has them no more. */
  copied: number;
  deleted: number;
  /** A folder to discard: the base's old search index. */
  discard: string;
}

/**
 * Makes the base a copy of `site` and renames it to `staging`: copies each
 * file whose size or time differs from the site's (and each that is a hard
 * link, so that no write into the staging folder reaches another folder),
 * deletes each file the site does not have, and moves the old search index
 * aside (`discard` names it). Undefined, and no base left, when there is no
 * base or no site.
 */
export function seedFromBase(site: string, base: string, staging: string, aside: string): SeededFolder | undefined {
  if (!existsSync(base)) return undefined;
  if (!existsSync(join(site, 'index.html'))) {
    renameSync(base, aside);
    return { files: new Map(), copied: 0, deleted: 0, discard: aside };
  }
  mkdirSync(aside, { recursive: true });
  if (existsSync(join(base, INDEX))) renameSync(join(base, INDEX), join(aside, INDEX));
  const wanted = filesOf(site);
  const present = filesOf(base);
  let deleted = 0;
  const gone: string[] = [];
  for (const path of present.keys())
    if (!wanted.has(path)) {
      unlinkSync(join(base, path));
      gone.push(path);
      deleted++;
    }
  removeEmptyFolders(base, gone);
  let copied = 0;
  const files = new Map<string, number>();
  for (const [path, want] of wanted) {
    const have = present.get(path);
    const same =
      have !== undefined &&
      have.links === 1 &&
      have.size === want.size &&
      Math.abs(have.mtimeMs - want.mtimeMs) < SAME_TIME_MS;
    if (!same) {
      const to = join(base, path);
      if (have) unlinkSync(to);
      else mkdirSync(dirname(to), { recursive: true });
      copyFileSync(join(site, path), to);
      utimesSync(to, want.mtimeMs / 1000, want.mtimeMs / 1000);
      copied++;
    }
    files.set(path, same ? have.mtimeMs : statSync(join(base, path)).mtimeMs);
  }
  renameSync(base, staging);
  return { files, copied, deleted, discard: aside };
}

/**
 * Deletes from the staging folder what the build took over from the base
 * but did not write or keep: each file of `seeded` that is not in `kept`
 * (the outputs Astro names, the public files, the permanent addresses) and
 * whose time is still the one it had, as the page of a deleted article or a
 * bundle the code no longer makes. Returns how many it deleted.
 */
export function sweepStaging(staging: string, seeded: ReadonlyMap<string, number>, kept: ReadonlySet<string>): number {
  const gone: string[] = [];
  for (const [path, mtimeMs] of seeded) {
    if (kept.has(path)) continue;
    const file = join(staging, path);
    let now: number;
    try {
      now = statSync(file).mtimeMs;
    } catch {
      continue;
    }
    if (Math.abs(now - mtimeMs) < SAME_TIME_MS) {
      unlinkSync(file);
      gone.push(path);
    }
  }
  removeEmptyFolders(staging, gone);
  return gone.length;
}

import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The folders of a build and who owns them. `npm run build` writes the new
 * site into a staging folder and swaps it into dist/ with two renames; these
 * helpers make that safe when two builds start at once or one is killed:
 *
 * - one build per project folder: a lock file names the building process; a
 *   second build stops with a message naming it, and a lock whose process is
 *   gone is taken over (builds of other folders, tests' temporary copies, have
 *   locks of their own);
 * - a swap cut between its two renames leaves no dist/, but the last complete
 *   site in a `.dist-alt-<pid>` folder: the next build or server start puts it
 *   back.
 */
export const SITE = 'dist';
export const STAGING = '.dist-neu';
/** Old sites on their way out: `.dist-alt-<pid>`, one per build. */
export const PREVIOUS = '.dist-alt';
export const LOCK = '.build.lock';

/** Whether a process runs (a signal 0 reaches it; EPERM means it runs as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type LockResult =
  { ok: true; release: () => void; tookOverFrom?: number } | { ok: false; message: string; pid: number };

/** Takes the build lock of the folder `dir` for this process. */
export function takeBuildLock(dir = '.', pid = process.pid): LockResult {
  const file = join(dir, LOCK);
  let tookOverFrom: number | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${pid}\n`, { flag: 'wx' });
      const release = () => {
        // Only our own lock: a build that took over a stale one owns it now.
        if (existsSync(file) && readFileSync(file, 'utf8').trim() === String(pid)) unlinkSync(file);
      };
      return tookOverFrom === undefined ? { ok: true, release } : { ok: true, release, tookOverFrom };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    if (Number.isInteger(holder) && holder > 0 && running(holder)) {
      return {
        ok: false,
        pid: holder,
        message: `another build is running in this folder, pid ${holder} (${file}): wait for it to end; if that process is no build, delete ${file}`,
      };
    }
    // The process that held it is gone (killed mid-build): its lock is stale.
    tookOverFrom = Number.isInteger(holder) ? holder : undefined;
    unlinkSync(file);
  }
  return { ok: false, pid: 0, message: `could not take ${file}` };
}

/** The `.dist-alt-<pid>` folders of earlier builds, newest first. */
export function previousSites(dir = '.'): string[] {
  return readdirSync(dir)
    .filter(
      (name) =>
        name.startsWith(`${PREVIOUS}-`) &&
        // A staging folder, and a base set aside (scripts/site-base.ts), are no complete site of the last build.
        !name.endsWith('-neu') &&
        !name.endsWith('-basis') &&
        existsSync(join(dir, name, 'index.html')),
    )
    .sort((a, b) => statSync(join(dir, b)).mtimeMs - statSync(join(dir, a)).mtimeMs);
}

/**
 * Puts the last complete site back when a swap was cut between its two
 * renames (no dist/, an old site beside it); returns the folder it restored.
 */
export function restoreInterruptedSwap(dir = '.'): string | undefined {
  if (existsSync(join(dir, SITE))) return undefined;
  const [latest] = previousSites(dir);
  if (latest === undefined) return undefined;
  renameSync(join(dir, latest), join(dir, SITE));
  return latest;
}

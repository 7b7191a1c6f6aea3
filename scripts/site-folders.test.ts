import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK, restoreInterruptedSwap, takeBuildLock } from './site-folders.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'archiv-ordner-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('the build lock', () => {
  it('lets one build of a folder run, and stops a second one naming the first', () => {
    const first = takeBuildLock(dir, process.pid);
    expect(first.ok).toBe(true);
    // Another build of the same folder: this test's parent process stands in for the first build.
    const second = takeBuildLock(dir, process.ppid);
    expect(second).toMatchObject({ ok: false, pid: process.pid });
    expect(second.ok ? '' : second.message).toContain(`another build is running in this folder, pid ${process.pid}`);
    // Another folder is not affected.
    const other = mkdtempSync(join(tmpdir(), 'archiv-ordner-'));
    try {
      expect(takeBuildLock(other).ok).toBe(true);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
    if (first.ok) first.release();
    expect(existsSync(join(dir, LOCK))).toBe(false);
  });

  it('takes over a lock whose process is gone', () => {
    const gone = deadPid();
    writeFileSync(join(dir, LOCK), `${gone}\n`);
    const lock = takeBuildLock(dir);
    expect(lock).toMatchObject({ ok: true, tookOverFrom: gone });
    expect(readFileSync(join(dir, LOCK), 'utf8').trim()).toBe(String(process.pid));
  });
});

describe('a swap cut between its two renames', () => {
  it('leaves no dist/: the last complete site is put back', () => {
    mkdirSync(join(dir, '.dist-alt-4242'));
    writeFileSync(join(dir, '.dist-alt-4242', 'index.html'), 'alt');
    mkdirSync(join(dir, '.dist-neu'));
    // A base set aside to be deleted (scripts/site-base.ts) is an older site, never put back, however new its folder.
    mkdirSync(join(dir, '.dist-alt-4243-basis'));
    writeFileSync(join(dir, '.dist-alt-4243-basis', 'index.html'), 'basis');
    utimesSync(join(dir, '.dist-alt-4242'), 1_000_000, 1_000_000);
    expect(restoreInterruptedSwap(dir)).toBe('.dist-alt-4242');
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('alt');
    // With a dist/ in place nothing is touched.
    mkdirSync(join(dir, '.dist-alt-99'));
    writeFileSync(join(dir, '.dist-alt-99', 'index.html'), 'älter');
    expect(restoreInterruptedSwap(dir)).toBeUndefined();
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('alt');
  });
});

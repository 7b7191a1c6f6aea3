import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';
import { sameSite, siteState } from './site-state.ts';

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
});

/** A small tmpfs, or why there is none (mounting needs root). */
function smallDisk(megabytes: number): { path: string } | { skip: string } {
  const path = mkdtempSync(join(tmpdir(), 'archiv-voll-'));
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', path], { encoding: 'utf8' });
  if (mount.status !== 0) {
    rmSync(path, { recursive: true, force: true });
    return {
      skip: `no tmpfs could be mounted (${(mount.stderr || mount.error?.message || '').trim()}): run as root, as CI does`,
    };
  }
  cleanups.push(() => {
    spawnSync('umount', ['-l', path]);
    rmSync(path, { recursive: true, force: true });
  });
  return { path };
}

describe('a full disk during the build', () => {
  const disk = smallDisk(96);
  // Skipped only where mounting is not allowed, never under CI (which runs as root).
  it.skipIf('skip' in disk && !process.env.CI)(
    `fails the build and leaves the old complete site; the next build recovers${'skip' in disk ? ` (skipped: ${disk.skip})` : ''}`,
    async () => {
      if ('skip' in disk) throw new Error(disk.skip);
      // Its own caches too, as every test site has (a shared render cache would be swept by this site's builds).
      temporarySite({ content: FIXTURE_ARCHIVE, root: disk.path });
      const first = await siteBuild(disk.path);
      expect(first.code, first.output).toBe(0);
      const good = siteState(join(disk.path, 'dist'));
      // Fill the disk, but for a little: the next build runs out of space while it writes.
      const { bavail, bsize } = statfsSync(disk.path);
      const filler = join(disk.path, 'filler');
      writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - 512 * 1024)));
      const full = await siteBuild(disk.path);
      expect(full.code).not.toBe(0);
      expect(full.output).toMatch(/ENOSPC|no space left/i);
      expect(sameSite(siteState(join(disk.path, 'dist')), good)).toBe(true);
      expect(existsSync(join(disk.path, '.dist-neu'))).toBe(false);
      rmSync(filler);
      const next = await siteBuild(disk.path);
      expect(next.code, next.output).toBe(0);
      expect(sameSite(siteState(join(disk.path, 'dist')), good)).toBe(true);
    },
  );
});

describe('readers during a rebuild', () => {
  it('get a whole answer to every request while a build swaps a new site in', async () => {
    const site = temporarySite({ content: FIXTURE_ARCHIVE });
    cleanups.push(() => site.remove());
    const first = await siteBuild(site.root);
    expect(first.code, first.output).toBe(0);
    const server = await startServer({ root: join(site.root, 'dist'), port: 0 });
    cleanups.push(() => void server.close());
    const articles = readdirSync(join(site.root, 'dist/artikel')).map((slug) => `/artikel/${slug}/`);
    const paths = ['/', '/themen/', '/suche/', '/pagefind/pagefind.js', '/pagefind/wasm.de.pagefind', ...articles];
    // Readers keep reading until the build has ended, then stop.
    let finish: (result: autocannon.Result) => void = () => {};
    const done = new Promise<autocannon.Result>((resolveDone) => (finish = resolveDone));
    const load = autocannon(
      {
        url: server.url,
        connections: 20,
        duration: 120,
        headers: { 'accept-encoding': 'br, gzip' },
        requests: paths.map((path) => ({ method: 'GET', path })),
      },
      (_error, result) => finish(result),
    );
    // The rebuild changes a page that readers are reading (longer now) and adds none.
    const article = join(site.root, 'content/articles/putin-und-kim-freunde-in-not.md');
    writeFileSync(
      article,
      readFileSync(article, 'utf8').replace(
        '  notes:\n',
        `  notes:\n    - "${'Eine lange Anmerkung der Fehlerprobe. '.repeat(40)}"\n`,
      ),
    );
    const rebuilt = await siteBuild(site.root);
    load.stop();
    const result = await done;
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(result.requests.total).toBeGreaterThan(0);
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
      errors: 0,
      timeouts: 0,
      non2xx: 0,
    });
    // And what they read now is the new page, whole: its bytes and its length as on disk.
    const page = '/artikel/putin-und-kim-freunde-in-not/';
    const answer = await fetch(new URL(page, server.url), { headers: { 'accept-encoding': 'identity' } });
    const body = await answer.text();
    expect(body).toBe(readFileSync(join(site.root, 'dist', page, 'index.html'), 'utf8'));
    expect(Number(answer.headers.get('content-length'))).toBe(Buffer.byteLength(body));
  });
});

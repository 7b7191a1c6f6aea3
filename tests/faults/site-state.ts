import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { digestsOf } from '../support/fixture-site-digests.ts';

/**
 * What the fault tests compare: a built site as a list of its files with a
 * hash of each, so "the old complete site or the new complete site, never a
 * mix" is an equality of two such lists.
 */
export function siteState(dist: string): Map<string, string> {
  return existsSync(dist) ? digestsOf(dist) : new Map<string, string>();
}

/** Equal when both sites hold the same files with the same bytes. */
export function sameSite(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([file, hash]) => b.get(file) === hash);
}

/**
 * `npm run build` in a site, in a process group of its own, killed with
 * SIGKILL (the whole group: astro and Pagefind run as its children) as soon
 * as its output shows `marker`; resolves with the output up to then.
 */
export function buildKilledAt(root: string, marker: RegExp): Promise<{ killed: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let killed = false;
    const read = (chunk: Buffer) => {
      // Without colours: a terminal's escape codes may stand inside a marker ("[build]\x1b[39m Complete!").
      // eslint-disable-next-line no-control-regex -- ESC starts the terminal colour codes this removes
      output += chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
      if (!killed && marker.test(output)) {
        killed = true;
        process.kill(-child.pid!, 'SIGKILL');
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('close', () => resolve({ killed, output }));
  });
}

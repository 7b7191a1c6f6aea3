import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';

/**
 * Two builds of one project folder started together: the second stops at
 * once, naming the first, and the first builds the site as if alone (before,
 * one moved the other's staging folder away and failed, or published a
 * half-written one).
 */
const site = temporarySite({ content: FIXTURE_ARCHIVE });
afterAll(() => site.remove());

describe('two builds of one folder at once', () => {
  it('stops the second with a message naming the first; the first builds the site', async () => {
    const first = siteBuild(site.root);
    const lock = join(site.root, '.build.lock');
    // Wait for the first build to hold its lock (a state, not a time).
    while (!existsSync(lock)) await new Promise((resolve) => setImmediate(resolve));
    const holder = readFileSync(lock, 'utf8').trim();
    const second = await siteBuild(site.root);
    expect(second.code).toBe(1);
    expect(second.output).toContain(`another build is running in this folder, pid ${holder}`);
    const done = await first;
    expect(done.code, done.output).toBe(0);
    expect(existsSync(join(site.root, 'dist/index.html'))).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });
});

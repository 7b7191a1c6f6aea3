import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';

/**
 * A host that builds installs no dev tools: what the build imports is in
 * `dependencies`, Node 24 (the package `node`) among them, so
 * `npm install --omit=dev && npm run build` builds on a machine with Node 20
 * and npm, as CI's. Before issue 27, @gfx/zopfli, dictionary-de and node
 * were devDependencies and such a build failed.
 */
const PROJECT = resolve('.');
const root = mkdtempSync(join(tmpdir(), 'archiv-ohne-dev-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('an install without the dev tools', () => {
  it('builds the site', () => {
    for (const name of [
      'src',
      'public',
      'scripts',
      'astro.config.mjs',
      'tsconfig.json',
      'package.json',
      'package-lock.json',
    ]) {
      cpSync(join(PROJECT, name), join(root, name), { recursive: true });
    }
    cpSync(FIXTURE_ARCHIVE, join(root, 'content'), { recursive: true });
    const install = spawnSync('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(install.status, `${install.stdout}${install.stderr}`).toBe(0);
    // No dev tool came along.
    for (const tool of ['vitest', 'typescript', 'lighthouse', 'playwright-core'])
      expect(existsSync(join(root, 'node_modules', tool)), tool).toBe(false);
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
    expect(existsSync(join(root, 'dist/index.html'))).toBe(true);
    expect(existsSync(join(root, 'dist/pagefind/wasm.de.pagefind'))).toBe(true);
  });
});

import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packageBin } from '../../scripts/package-bin.ts';

const PROJECT = resolve('.');
/** The folders of node_modules that builds write to. */
const CACHES = ['.astro', '.vite', '.cache'];

export interface TemporarySiteOptions {
  /** The folder copied as the site's content/: the project's own (default), or a fixture archive. */
  content?: string;
  /** Also copy tests/ and its vitest config, to run the project's own tests in the copy. */
  tests?: boolean;
  /** An empty folder of the test's choosing (a small disk, say) instead of a new one under the system's temp folder. */
  root?: string;
}

/**
 * A throwaway copy of the site: its own content/ (a copy to break) and code
 * (Vite resolves a symlinked src/ to its real path and then misses the
 * scripts of .astro files), and a node_modules of symlinks, so that Astro's,
 * Vitest's and the archive's own caches (node_modules/.astro, .vite, .cache:
 * the kept renderings and the list of published articles) stay inside the copy.
 */
export function temporarySite({
  content = 'content',
  tests = false,
  root = mkdtempSync(join(tmpdir(), 'archiv-build-')),
}: TemporarySiteOptions = {}): {
  root: string;
  remove: () => void;
} {
  for (const name of [
    'src',
    'public',
    'scripts',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    ...(tests ? ['tests'] : []),
  ]) {
    cpSync(join(PROJECT, name), join(root, name), { recursive: true });
  }
  cpSync(resolve(PROJECT, content), join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (!CACHES.includes(name)) symlinkSync(join(PROJECT, 'node_modules', name), join(root, 'node_modules', name));
  }
  return { root, remove: () => removeFolder(root) };
}

/**
 * Deletes a folder whose old builds `npm run build` may still be deleting in
 * the background (scripts/build.ts, discard): a file that the other process
 * removed first is no error; a few attempts cover the race.
 */
function removeFolder(folder: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}

/** `astro build` alone in a site directory: the pages, no search index (quicker, for tests of the content and pages). */
export function astroBuild(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; output: string }> {
  return runInSite(root, [packageBin('astro'), 'build'], env);
}

/** `npm run build` in a site directory (scripts/build.ts): astro build, the search index, the swap into dist/. */
export function siteBuild(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  args: string[] = [],
): Promise<{ code: number | null; output: string }> {
  return runInSite(root, ['scripts/build.ts', ...args], env);
}

/** `npm run check:content` in a site directory. */
export function checkContent(root: string): Promise<{ code: number | null; output: string }> {
  return runInSite(root, ['scripts/check-content.ts']);
}

/**
 * The project's own tests, run by Vitest in a copy made with `tests: true`
 * (`vitest run --config tests/vitest.config.ts` and `args`), free of the
 * environment of the Vitest run that starts it.
 */
export function vitestInSite(root: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  return runInSite(root, [packageBin('vitest'), 'run', '--config', 'tests/vitest.config.ts', ...args], env);
}

/** Runs a Node script in a site directory with the Node that runs the tests, its output collected. */
function runInSite(
  root: string,
  command: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, command, {
      cwd: root,
      env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

/**
 * `npm run build`: builds the site into a fresh folder, then its search
 * index, and only then puts it in place of dist/. A failed build or index
 * leaves the last good site untouched and no half-written one anywhere, so
 * `npm start` never serves a broken build.
 *
 * The index is built after Astro's process has ended, not in an Astro hook:
 * at 10,000 articles Astro keeps about 1.7 GB until it exits and Pagefind
 * needs more than that again; one after the other halves the peak memory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { packageBin } from './package-bin.ts';
import { buildSearchIndex } from './search-index.ts';
import { ARTICLE_DIR } from '../src/routes.ts';

const SITE = 'dist';
const NEXT = '.dist-neu';
const PREVIOUS = '.dist-alt';

function fail(message: string, status = 1): never {
  rmSync(NEXT, { recursive: true, force: true });
  console.error(`${message} ${SITE}/ is unchanged.`);
  process.exit(status);
}

// `astro build`, the CLI (Astro's programmatic build() is documented as
// experimental), in its own process so that its memory is gone before Pagefind runs.
const astro = packageBin('astro');
rmSync(NEXT, { recursive: true, force: true });
const build = spawnSync(process.execPath, [astro, 'build', '--outDir', NEXT, ...process.argv.slice(2)], { stdio: 'inherit' });
if (build.status !== 0) fail('Build failed:', build.status ?? 1);

try {
  const { indexed, ms } = await buildSearchIndex({ siteDir: NEXT, articleDir: ARTICLE_DIR });
  console.log(`[search index] indexed ${indexed} articles in ${ms} ms`);
} catch (error) {
  fail(`Search index failed: ${error instanceof Error ? error.message : String(error)}\n`);
}

// Two renames: dist/ is missing only between them, never half-written.
rmSync(PREVIOUS, { recursive: true, force: true });
if (existsSync(SITE)) renameSync(SITE, PREVIOUS);
renameSync(NEXT, SITE);
rmSync(PREVIOUS, { recursive: true, force: true });

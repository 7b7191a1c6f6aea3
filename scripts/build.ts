/**
 * `npm run build`: builds the site into a fresh folder and only then puts it
 * in place of dist/. A failed build leaves the last good site untouched and
 * no half-written one anywhere, so `npm start` never serves a broken build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE = 'dist';
const NEXT = '.dist-neu';
const PREVIOUS = '.dist-alt';

// astro's CLI is not among its package exports: find it beside its package.json.
const astro = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin/astro.mjs');
rmSync(NEXT, { recursive: true, force: true });
const build = spawnSync(process.execPath, [astro, 'build', '--outDir', NEXT, ...process.argv.slice(2)], { stdio: 'inherit' });
if (build.status !== 0) {
  rmSync(NEXT, { recursive: true, force: true });
  console.error(`Build failed: ${SITE}/ is unchanged.`);
  process.exit(build.status ?? 1);
}
// Two renames: dist/ is missing only between them, never half-written.
rmSync(PREVIOUS, { recursive: true, force: true });
if (existsSync(SITE)) renameSync(SITE, PREVIOUS);
renameSync(NEXT, SITE);
rmSync(PREVIOUS, { recursive: true, force: true });

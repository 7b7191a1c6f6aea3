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
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { packageBin } from './package-bin.ts';
import { publishAddressProblem } from './publish-address.ts';
import { PREVIOUS, restoreInterruptedSwap, SITE, STAGING, takeBuildLock } from './site-folders.ts';
import { buildSearchIndex, searchPageShards } from './search-index.ts';
import { compressWasmAhead } from './wasm-ahead.ts';
import { ARTICLE_DIR } from '../src/routes.ts';
import { SHARD_SIZE_VARIABLE, shardSizeFrom } from '../src/search/shard-plan.ts';
import { forgetPublished, readPublished, type PublishedArticle } from '../src/reader/published-articles.ts';
import { articlePageProblems } from './article-pages.ts';
import { finishJob, jobArguments, JOBS_DIR, mergeJobs, writeSitemap } from './build-jobs.ts';
import { BUILD_JOB_VARIABLE } from '../src/reader/build-job.ts';

const NEXT = STAGING;

/**
 * Deletes folders in a process of its own that this one does not wait for:
 * at 10,000 articles the old site is 34,000 files, and deleting them took
 * longer than indexing the new one (5-50 s, with the disk busy) while the
 * new site was already in place. Folders left by an earlier build, whose
 * deletion was cut short, go the same way.
 */
function discard(folders: string[]): void {
  if (folders.length === 0) return;
  const remove = `for (const folder of process.argv.slice(1)) require('node:fs').rmSync(folder, { recursive: true, force: true });`;
  spawn(process.execPath, ['-e', remove, ...folders], { detached: true, stdio: 'ignore' }).unref();
}

const leftovers = () => readdirSync('.').filter((name) => name.startsWith(`${PREVIOUS}-`));

function fail(message: string, status = 1): never {
  rmSync(NEXT, { recursive: true, force: true });
  console.error(`${message} ${SITE}/ is unchanged.`);
  process.exit(status);
}

// A build for publishing says so, and then needs the site's public address: without it, canonical links,
// feeds, the sitemap and citations would name localhost. CI's test builds have no address and never publish.
const PUBLISH = '--publish';
const publishing = process.argv.includes(PUBLISH);
// A build in jobs (scripts/build-jobs.ts): `--job <n>/<N>` builds one job's part, `--merge <folders>` puts the parts together.
const { job, merge, rest } = (() => {
  try {
    return jobArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}. Nothing was built.`);
    process.exit(1);
  }
})();
const astroArguments = rest.filter((argument) => argument !== PUBLISH);
const publicAddress = publishing ? publishAddressProblem(process.env.ARCHIV_URL) : undefined;
if (publicAddress) {
  console.error(
    `${publicAddress}: ARCHIV_URL=https://<your domain> npm run build -- --publish (docs/operators.md, "Building for publishing"). Nothing was built.`,
  );
  process.exit(1);
}

// One build per project folder: the staging folder and the swap are this build's alone.
const lock = takeBuildLock();
if (!lock.ok) {
  console.error(`${lock.message}. Nothing was built.`);
  process.exit(1);
}
process.on('exit', lock.release);
if (lock.tookOverFrom !== undefined)
  console.warn(`note: took over the build lock of process ${lock.tookOverFrom}, which is gone`);
const restored = restoreInterruptedSwap();
if (restored)
  console.warn(`note: an earlier build was stopped while it swapped the site in: ${restored} is dist/ again`);

if (existsSync(NEXT)) renameSync(NEXT, `${PREVIOUS}-${process.pid}-neu`);
discard(leftovers());
// Pagefind's WebAssembly is compressed on the second core while Astro builds (scripts/wasm-ahead.ts).
const wasmAhead = job ? Promise.resolve() : compressWasmAhead();
let published: PublishedArticle[];
if (merge) {
  try {
    published = mergeJobs(merge, NEXT);
    await writeSitemap(NEXT);
  } catch (error) {
    fail(`Merge failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
} else {
  // `astro build`, the CLI (Astro's programmatic build() is documented as
  // experimental), in its own process so that its memory is gone before Pagefind runs.
  forgetPublished();
  const build = spawnSync(process.execPath, [packageBin('astro'), 'build', '--outDir', NEXT, ...astroArguments], {
    stdio: 'inherit',
    env: job ? { ...process.env, [BUILD_JOB_VARIABLE]: `${job.number}/${job.of}` } : process.env,
  });
  if (build.status !== 0) fail('Build failed:', build.status ?? 1);
  const list = readPublished();
  if (!list)
    fail('Build failed: the content check wrote no list of the articles it published (did the articles loader run?).');
  published = list;
}

// The article pages must be exactly the articles the content check published, each with its text of today.
// A job has the pages of its own articles; the merge, all pages but no renderings (each job checked its texts).
const pageProblems = articlePageProblems(
  NEXT,
  ARTICLE_DIR,
  job ? published.filter((article) => article.job === job.number) : published,
  { text: !merge },
);
if (pageProblems.length > 0) {
  const shown = pageProblems.slice(0, 20).join('\n  ');
  fail(
    `Build failed: the built article pages are not the published articles (${pageProblems.length} problem(s)):\n  ${shown}\n`,
  );
}

if (job) {
  const folder = finishJob(NEXT, job, published);
  console.log(
    `[build job] job ${job.number} of ${job.of} is in ${folder}/; merge all with npm run build -- --merge ${JOBS_DIR}/*`,
  );
  process.exit(0);
}

await wasmAhead;
try {
  const shardSize = shardSizeFrom(process.env[SHARD_SIZE_VARIABLE]);
  const { indexed, ms, manifest, shards } = await buildSearchIndex({
    siteDir: NEXT,
    articleDir: ARTICLE_DIR,
    shardSize,
  });
  // The search page learns the shards from itself: it must name exactly those the index has, or none for one.
  const told = searchPageShards(NEXT);
  const expected = manifest.shards.length > 1 ? manifest : undefined;
  if (JSON.stringify(told) !== JSON.stringify(expected))
    throw new Error(
      `the search page names the shards ${JSON.stringify(told?.shards ?? 'none')}, but the index has ${JSON.stringify(manifest.shards)}`,
    );
  const perShard =
    shards.length > 1
      ? ` (${shards.map((shard) => `${shard.path}: ${shard.indexed} ${shard.kept ? 'kept from the last build' : `in ${shard.ms} ms`}`).join(', ')})`
      : '';
  console.log(`[search index] indexed ${indexed} articles in ${ms} ms${perShard}`);
} catch (error) {
  fail(`Search index failed: ${error instanceof Error ? error.message : String(error)}\n`);
}

// Two renames: dist/ is missing only between them, never half-written.
const previous = `${PREVIOUS}-${process.pid}`;
if (existsSync(SITE)) renameSync(SITE, previous);
renameSync(NEXT, SITE);
discard([previous]);

// Not an error: tests and local previews build without it. A build for publishing has stopped above without it.
if (!process.env.ARCHIV_URL) {
  console.warn(
    'note: ARCHIV_URL is not set, so canonical links, feeds, the sitemap, robots.txt and the citations name the local address ' +
      '(astro.config.mjs); this build is not for publishing. To publish: ARCHIV_URL=https://<your domain> npm run build -- --publish (docs/operators.md, "Building for publishing").',
  );
}

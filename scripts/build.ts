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
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { filesUnder } from './file-links.ts';
import { packageBin } from './package-bin.ts';
import { publishAddressProblem } from './publish-address.ts';
import { PREVIOUS, restoreInterruptedSwap, SITE, STAGING, takeBuildLock } from './site-folders.ts';
import { compressWasmAhead } from './wasm-ahead.ts';
import { ARTICLE_DIR } from '../src/routes.ts';
import { SHARD_SIZE_VARIABLE, shardSizeFrom } from '../src/search/shard-plan.ts';
import { poolThreshold } from '../src/markdown/pool-threshold.ts';
import { forgetPublished, readPublished, type PublishedArticle } from '../src/reader/published-articles.ts';
import { finishJob, jobArguments, JOBS_DIR, mergeJobs, writeSitemap } from './build-jobs.ts';
import { BUILD_JOB_VARIABLE } from '../src/reader/build-job.ts';
import { BASE, seedFromBase, sweepStaging, type SeededFolder } from './site-base.ts';
import { BUILD_INTO_LAST_SITE } from '../src/integrations/astro-outputs.ts';
import { paths } from '../src/routes.ts';

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

/** Where Astro's outputs are listed in a build into the last site (src/integrations/astro-outputs.ts). */
const ASTRO_OUTPUTS = resolve('node_modules/.cache/nachrichtenarchiv/astro-outputs.json');

/**
 * After Astro, in a build into the last site: deletes what the last site had
 * and this build no longer makes (the page of a deleted article, an old bundle).
 * Kept: Astro's outputs, the public files, the permanent addresses of today.
 */
function sweepLastSite(seeded: SeededFolder, published: PublishedArticle[]): void {
  let outputs: string[];
  try {
    outputs = JSON.parse(readFileSync(ASTRO_OUTPUTS, 'utf8')) as string[];
  } catch (error) {
    fail(
      `Build failed: Astro listed no outputs (${ASTRO_OUTPUTS}: ${error instanceof Error ? error.message : String(error)}); without them the build cannot tell what the last site has that this one does not make.`,
    );
  }
  const kept = new Set(outputs);
  for (const file of filesUnder('public')) kept.add(file);
  for (const link of published.flatMap((article) => article.links))
    kept.add(join(`.${paths.permanent(link.id)}`, 'index.html'));
  const deleted = sweepStaging(NEXT, seeded.files, kept);
  console.log(
    `[build] built into the last site: ${seeded.copied} file(s) brought up to date with ${SITE}/ and ${seeded.deleted} deleted before Astro, ${deleted} the build no longer makes deleted after it`,
  );
}

/**
 * Node's flags for Astro's process. Node 24's V8 sizes the young generation by the machine's memory: on a machine of
 * 24 GiB it grows to two halves of 64 MB, against 16 MB each in Node 20, and Astro's process fills it between
 * collections. Held at 16 MB, generated sites built in turn from scratch (docs/benchmarks.md, "The young generation
 * of Astro's process"): at 1,005 articles the peak 815 -> 700 MB, the time 0.97 of it; at 10,005 1,211 -> 1,068 MB,
 * the time 0.93. The render workers run in the same process and share the flag.
 */
const ASTRO_NODE_FLAGS = ['--max-semi-space-size=16'];

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

// The settings the build reads from the environment, checked before it starts: a wrong one would otherwise stop it
// after Astro (the index's shard size) or inside Astro's articles loader (where the articles are rendered).
const shardSize = (() => {
  try {
    poolThreshold();
    return shardSizeFrom(process.env[SHARD_SIZE_VARIABLE]);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}. Nothing was built.`);
    process.exit(1);
  }
})();

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
// The folders of a sharded index beside it (scripts/search-index.ts) that a killed build left go with the other
// leftovers: an index run removes only the folders of its own shard numbers, and a build with fewer shards never would.
for (const [number, name] of readdirSync('.')
  .filter((name) => name.startsWith(`${NEXT}.suchteil`))
  .entries())
  renameSync(name, `${PREVIOUS}-${process.pid}-suchteil-${number}-neu`);
discard(leftovers());
// A whole build starts from the last site (scripts/site-base.ts); a build in jobs and its merge never do, and take the
// base away, as every build that runs Astro must.
const aside = `${PREVIOUS}-${process.pid}-basis`;
let seeded: SeededFolder | undefined;
if (job || merge) {
  if (existsSync(BASE)) {
    renameSync(BASE, aside);
    discard([aside]);
  }
} else {
  try {
    seeded = seedFromBase(SITE, BASE, NEXT, aside);
  } catch (error) {
    // A base half brought up to date (a full disk, say) is set aside: the next build starts afresh.
    mkdirSync(aside, { recursive: true });
    if (existsSync(BASE)) renameSync(BASE, join(aside, BASE));
    discard([aside]);
    fail(
      `Build failed: the last site could not be copied into ${BASE}/ to build into (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (seeded) discard([seeded.discard]);
  if (seeded && !existsSync(NEXT)) seeded = undefined;
}
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
  rmSync(ASTRO_OUTPUTS, { force: true });
  const env = { ...process.env };
  if (job) env[BUILD_JOB_VARIABLE] = `${job.number}/${job.of}`;
  if (seeded) env[BUILD_INTO_LAST_SITE] = ASTRO_OUTPUTS;
  else delete env[BUILD_INTO_LAST_SITE];
  const build = spawnSync(
    process.execPath,
    [...ASTRO_NODE_FLAGS, packageBin('astro'), 'build', '--outDir', NEXT, ...astroArguments],
    {
      stdio: 'inherit',
      env,
    },
  );
  if (build.status !== 0) fail('Build failed:', build.status ?? 1);
  const list = readPublished();
  if (!list)
    fail('Build failed: the content check wrote no list of the articles it published (did the articles loader run?).');
  published = list;
  if (seeded) sweepLastSite(seeded, published);
}

// The modules of the page check and the index (esbuild's API; Zopfli only when its cache lacks the file) are loaded
// only now: held while Astro ran, they were 12 MB more of the build's peak memory (this process: 95 against 83 MB at
// 1,000 articles).
const { articlePageProblems } = await import('./article-pages.ts');
const { buildSearchIndex, searchPageShards } = await import('./search-index.ts');

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
// The replaced site is the base of the next whole build (scripts/site-base.ts); after a merge, Astro's last run was a job's.
// A build that replaced no site leaves no base: copying its site whole for the next build costs more than Astro's
// copies from its cache save (docs/benchmarks.md, "One article added to 10,000").
if (existsSync(previous) && !merge) {
  rmSync(BASE, { recursive: true, force: true });
  renameSync(previous, BASE);
} else discard([previous]);

// Not an error: tests and local previews build without it. A build for publishing has stopped above without it.
if (!process.env.ARCHIV_URL) {
  console.warn(
    'note: ARCHIV_URL is not set, so canonical links, feeds, the sitemap, robots.txt and the citations name the local address ' +
      '(astro.config.mjs); this build is not for publishing. To publish: ARCHIV_URL=https://<your domain> npm run build -- --publish (docs/operators.md, "Building for publishing").',
  );
}

/**
 * The two ends of a build in jobs (src/reader/build-job.ts; docs/operators.md,
 * "Building in jobs"): what a job leaves behind, and the merge of the jobs'
 * parts into one site.
 *
 * A job (`npm run build -- --job 2/4`) leaves `build-jobs/2-of-4/`: its part of
 * the site in `site/`, the list of every article the content check published
 * (`published.json`, the same in every job of the same content) and
 * `job.json` (which job, of how many, and a digest of that list). It is
 * what a CI job uploads. The merge (`npm run build -- --merge build-jobs/*`)
 * checks that the folders are the jobs 1 to N of one build of the same
 * content, puts their files together (hard links; a file two jobs both
 * wrote, such as a stylesheet or the search page, must be the same bytes in
 * both), and writes the sitemap of all pages with the site's own sitemap
 * integration (src/integrations/sitemap-pages.ts). scripts/build.ts then
 * checks the article pages and builds the search index as for any build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import { buildJobFrom, type BuildJob } from '../src/reader/build-job.ts';
import type { PublishedArticle } from '../src/reader/published-articles.ts';
import { filesUnder, linkOrCopy } from './file-links.ts';

/** Where the jobs leave their parts, one folder each. */
export const JOBS_DIR = 'build-jobs';
const PART = 'site';
const MARKER = 'job.json';
const PUBLISHED = 'published.json';

interface JobMarker {
  job: number;
  of: number;
  /** A digest of published.json: the jobs of one build published the same articles. */
  published: string;
  /** The site's address the job built for (ARCHIV_URL; empty for a local build): the merge must have the same. */
  site: string;
  /** A digest of the code that built it (codeDigest): the merge must run the same. */
  code: string;
}

const siteAddress = () => process.env.ARCHIV_URL ?? '';

/** What a build is made of besides content/: the site's code, its static files, its settings and packages' names. */
const CODE = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * A digest of the code in the working folder (CODE, every file by its path
 * and bytes): jobs and the merge of one build must run the same commit, or
 * the parts would not fit (a page of one job naming a stylesheet another
 * job's code calls differently).
 */
export function codeDigest(root = '.'): string {
  const hash = createHash('sha256');
  for (const name of CODE) {
    const path = join(root, name);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? filesUnder(path).map((file) => join(name, file)) : [name];
    for (const file of files.sort())
      hash
        .update(file.split(sep).join('/'))
        .update('\0')
        .update(readFileSync(join(root, file)));
  }
  return hash.digest('hex');
}

/** The job or the folders to merge that `npm run build` is given (`--job <n>/<N>`, `--merge <folder>…`), and its other arguments. */
export function jobArguments(args: readonly string[]): { job?: BuildJob; merge?: string[]; rest: string[] } {
  const at = args.indexOf('--job');
  const from = args.indexOf('--merge');
  if (at >= 0 && from >= 0)
    throw new Error('--job and --merge exclude each other: a job builds a part, the merge puts the parts together');
  if (at >= 0) {
    const job = buildJobFrom(args[at + 1] ?? '');
    if (!job) throw new Error('--job needs the job and the number of jobs, e.g. --job 2/4');
    return { job, rest: args.filter((_, index) => index !== at && index !== at + 1) };
  }
  if (from >= 0) return { merge: args.slice(from + 1), rest: args.slice(0, from) };
  return { rest: [...args] };
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex');

/** The folder a job leaves its part in. */
export const jobFolder = (job: BuildJob, root = JOBS_DIR): string => join(root, `${job.number}-of-${job.of}`);

/** Moves a job's built part (`built`) into its job folder, with the published list and the job's marker. */
export function finishJob(built: string, job: BuildJob, published: readonly PublishedArticle[]): string {
  const folder = jobFolder(job);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const list = JSON.stringify(published);
  writeFileSync(join(folder, PUBLISHED), list);
  renameSync(built, join(folder, PART));
  const marker: JobMarker = {
    job: job.number,
    of: job.of,
    published: digestOf(list),
    site: siteAddress(),
    code: codeDigest(),
  };
  // Written last: a folder with a marker is a finished job.
  writeFileSync(join(folder, MARKER), `${JSON.stringify(marker)}\n`);
  return folder;
}

function readMarker(folder: string): JobMarker {
  const file = join(folder, MARKER);
  if (!existsSync(file))
    throw new Error(
      `${folder} is no finished job of a build in jobs (no ${MARKER}): run npm run build -- --job <n>/<N>`,
    );
  return JSON.parse(readFileSync(file, 'utf8')) as JobMarker;
}

/**
 * Puts the parts of the finished jobs in `folders` together into `into`
 * and returns the articles they published. Throws, naming the folders, when
 * they are not jobs 1 to N of one build, when their content differs, or
 * when two jobs wrote one file with different bytes.
 */
export function mergeJobs(folders: readonly string[], into: string): PublishedArticle[] {
  if (folders.length === 0) throw new Error('--merge needs the folders of the jobs, e.g. build-jobs/*');
  const markers = folders.map(readMarker);
  const of = markers[0]!.of;
  const numbers = markers.map((marker) => marker.job).sort((a, b) => a - b);
  if (
    markers.some((marker) => marker.of !== of) ||
    numbers.join() !== Array.from({ length: of }, (_, i) => i + 1).join()
  )
    throw new Error(
      `the folders are not the jobs 1 to N of one build: ${folders.map((folder, i) => `${folder} is job ${markers[i]!.job} of ${markers[i]!.of}`).join(', ')}`,
    );
  const lists = folders.map((folder) => readFileSync(join(folder, PUBLISHED), 'utf8'));
  const differs = folders.filter((_, i) => digestOf(lists[i]!) !== markers[0]!.published);
  if (differs.length > 0 || markers.some((marker) => marker.published !== markers[0]!.published))
    throw new Error(
      `the jobs were built from different content (their lists of published articles differ): ${folders.join(', ')}; build every job from the same commit`,
    );
  const elsewhere = folders.filter((_, i) => markers[i]!.site !== siteAddress());
  if (elsewhere.length > 0)
    throw new Error(
      `${elsewhere.join(', ')} were built for ${JSON.stringify(markers[folders.indexOf(elsewhere[0]!)]!.site || 'no ARCHIV_URL')}, the merge for ${JSON.stringify(siteAddress() || 'no ARCHIV_URL')}: set the same ARCHIV_URL for every job and the merge`,
    );
  const code = codeDigest();
  const otherCode = folders.filter((_, i) => markers[i]!.code !== code);
  if (otherCode.length > 0)
    throw new Error(
      `${otherCode.join(', ')} were built from other code than the merge runs: build every job and the merge from the same commit`,
    );
  rmSync(into, { recursive: true, force: true });
  const writer = new Map<string, string>();
  for (const folder of folders) {
    const part = join(folder, PART);
    for (const path of filesUnder(part)) {
      const to = join(into, path);
      const earlier = writer.get(path);
      if (earlier !== undefined) {
        if (!readFileSync(join(part, path)).equals(readFileSync(to)))
          throw new Error(
            `${path.split(sep).join('/')} differs between ${earlier} and ${folder}: the jobs must build it alike`,
          );
        continue;
      }
      writer.set(path, folder);
      linkOrCopy(join(part, path), to);
    }
  }
  return JSON.parse(lists[0]!) as PublishedArticle[];
}

/** The pages of a built site as Astro names them to integrations: `artikel/x/` for artikel/x/index.html. */
function pagesOf(siteDir: string): { pathname: string }[] {
  return filesUnder(siteDir)
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({
      pathname: path === 'index.html' ? '' : path.replace(/index\.html$/, '').replace(/\.html$/, '/'),
    }))
    .sort((a, b) => (a.pathname < b.pathname ? -1 : 1));
}

const logger = {
  info: () => {},
  warn: (message: string) => console.warn(`[sitemap] ${message}`),
  error: (message: string) => console.error(`[sitemap] ${message}`),
} as unknown as AstroIntegrationLogger;

/**
 * Writes the sitemap of the merged site: the sitemap integrations of
 * astro.config.mjs (src/integrations/sitemap-pages.ts), given what Astro
 * gives them after a build (the resolved config, the output folder, its
 * pages), so that the sitemap is the one a build in one job writes.
 */
export async function writeSitemap(siteDir: string): Promise<void> {
  const { default: userConfig } = (await import(pathToFileURL('astro.config.mjs').href)) as { default: AstroConfig };
  const config = { ...userConfig, base: userConfig.base ?? '/' };
  const dir = pathToFileURL(`${siteDir}/`);
  const pages = pagesOf(siteDir);
  // Loaded here, not with this module: the build reads the job arguments before Astro and holds its modules meanwhile.
  const { sitemapOfPages } = await import('../src/integrations/sitemap-pages.ts');
  for (const integration of sitemapOfPages()) {
    const hooks = integration.hooks as Record<string, ((options: unknown) => unknown) | undefined>;
    await hooks['astro:routes:resolved']?.({ routes: [], logger });
    await hooks['astro:config:done']?.({ config, logger });
    await hooks['astro:build:done']?.({ dir, pages, logger });
  }
}

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublishedArticle } from '../src/reader/published-articles.ts';
import { finishJob, jobArguments, mergeJobs } from './build-jobs.ts';

const article = (slug: string, job: number): PublishedArticle => ({
  slug,
  title: slug,
  renderKey: `k-${slug}`,
  withdrawn: false,
  links: [],
  job,
});
const PUBLISHED = [article('alt', 1), article('neu', 2)];

let root: string;
let cwd: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'auftraege-'));
  cwd = process.cwd();
  process.chdir(root);
});
afterEach(() => {
  process.chdir(cwd);
  rmSync(root, { recursive: true, force: true });
});

/** A built part of a job: files by path. */
function part(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'teil-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const jobOne = () =>
  finishJob(
    part({ 'index.html': 'Start', 'artikel/alt/index.html': 'Alt', 'suche/index.html': 'Suche' }),
    { number: 1, of: 2 },
    PUBLISHED,
  );
const jobTwo = (search = 'Suche', published = PUBLISHED) =>
  finishJob(part({ 'artikel/neu/index.html': 'Neu', 'suche/index.html': search }), { number: 2, of: 2 }, published);

describe('the merge of a build in jobs', () => {
  it('puts the parts together, a file two jobs wrote alike once, and returns what they published', () => {
    const folders = [jobOne(), jobTwo()];
    expect(folders).toEqual(['build-jobs/1-of-2', 'build-jobs/2-of-2']);
    expect(mergeJobs(folders, 'site')).toEqual(PUBLISHED);
    for (const [path, text] of Object.entries({
      'index.html': 'Start',
      'artikel/alt/index.html': 'Alt',
      'artikel/neu/index.html': 'Neu',
      'suche/index.html': 'Suche',
    }))
      expect(readFileSync(join('site', path), 'utf8')).toBe(text);
  });

  it('refuses a file two jobs wrote differently, naming it and both jobs', () => {
    expect(() => mergeJobs([jobOne(), jobTwo('Suche, anders')], 'site')).toThrow(
      'suche/index.html differs between build-jobs/1-of-2 and build-jobs/2-of-2: the jobs must build it alike',
    );
  });

  it('refuses folders that are not the jobs 1 to N of one build, or of different content', () => {
    expect(() => mergeJobs([jobOne()], 'site')).toThrow(
      'the folders are not the jobs 1 to N of one build: build-jobs/1-of-2 is job 1 of 2',
    );
    expect(() => mergeJobs([jobOne(), 'nirgends'], 'site')).toThrow('nirgends is no finished job of a build in jobs');
    expect(() => mergeJobs([jobOne(), jobTwo('Suche', [...PUBLISHED, article('noch-einer', 2)])], 'site')).toThrow(
      'the jobs were built from different content',
    );
  });

  it('refuses jobs built from other code than the merge runs', () => {
    mkdirSync('src');
    writeFileSync('src/seite.ts', 'export const version = 1;');
    const folders = [jobOne(), jobTwo()];
    writeFileSync('src/seite.ts', 'export const version = 2;');
    expect(() => mergeJobs(folders, 'site')).toThrow(
      'build-jobs/1-of-2, build-jobs/2-of-2 were built from other code than the merge runs: build every job and the merge from the same commit',
    );
    writeFileSync('src/seite.ts', 'export const version = 1;');
    expect(mergeJobs(folders, 'site')).toEqual(PUBLISHED);
  });

  it('refuses jobs built for another site address than the merge', () => {
    const folders = [jobOne(), jobTwo()];
    process.env.ARCHIV_URL = 'https://archiv.example';
    try {
      expect(() => mergeJobs(folders, 'site')).toThrow(
        'build-jobs/1-of-2, build-jobs/2-of-2 were built for "no ARCHIV_URL", the merge for "https://archiv.example"',
      );
    } finally {
      delete process.env.ARCHIV_URL;
    }
  });
});

describe("npm run build's arguments for jobs", () => {
  it('takes --job <n>/<N> or --merge <folders>, not both, and passes the rest on', () => {
    expect(jobArguments(['--job', '2/4', '--verbose'])).toEqual({ job: { number: 2, of: 4 }, rest: ['--verbose'] });
    expect(jobArguments(['--publish', '--merge', 'a', 'b'])).toEqual({ merge: ['a', 'b'], rest: ['--publish'] });
    expect(jobArguments(['--publish'])).toEqual({ rest: ['--publish'] });
    expect(() => jobArguments(['--job'])).toThrow('--job needs the job and the number of jobs, e.g. --job 2/4');
    expect(() => jobArguments(['--job', '5/4'])).toThrow('ARCHIV_BUILD_JOB must be');
    expect(() => jobArguments(['--job', '1/2', '--merge', 'a'])).toThrow('--job and --merge exclude each other');
  });
});

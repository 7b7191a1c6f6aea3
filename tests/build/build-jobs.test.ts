import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSites, formatReport } from '../../bench/site-compare/compare.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { writeGeneratedArchive } from '../support/generated-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';

/**
 * The build in jobs (src/reader/build-job.ts, scripts/build-jobs.ts): the
 * fixture archive with generated articles, built once in one job and once in
 * three jobs, each in a copy of its own as on three machines, then merged in
 * a fourth: the two sites are the same (`npm run compare-sites`), the search
 * index in shards included.
 */
const JOBS = 3;
const env = { ...process.env, ARCHIV_SEARCH_SHARD_SIZE: '8' };

describe('npm run build in jobs', () => {
  it(
    'builds each job its own article pages, job 1 the listings, and the merge the site one job builds',
    { timeout: 600_000 },
    async () => {
      const whole = temporarySite({ content: FIXTURE_ARCHIVE });
      const copies = [whole];
      try {
        writeGeneratedArchive(whole.root, 20, 11);
        const one = await siteBuild(whole.root, env);
        expect(one.code, one.output).toBe(0);

        const folders: string[] = [];
        const articlesOf: string[][] = [];
        for (let job = 1; job <= JOBS; job++) {
          const copy = temporarySite({ content: join(whole.root, 'content') });
          copies.push(copy);
          const built = await siteBuild(copy.root, env, ['--job', `${job}/${JOBS}`]);
          expect(built.code, built.output).toBe(0);
          const folder = join(copy.root, 'build-jobs', `${job}-of-${JOBS}`);
          folders.push(folder);
          articlesOf.push(readdirSync(join(folder, 'site/artikel')));
          // The listings and the permanent addresses are job 1's; no job writes a sitemap or an index, or touches dist/.
          expect(existsSync(join(folder, 'site/index.html')), `job ${job}`).toBe(job === 1);
          expect(existsSync(join(folder, 'site/a')), `job ${job}`).toBe(job === 1);
          expect(existsSync(join(folder, 'site/sitemap-index.xml'))).toBe(false);
          expect(existsSync(join(folder, 'site/pagefind'))).toBe(false);
          expect(existsSync(join(copy.root, 'dist'))).toBe(false);
        }
        // Each article page is built by one job, and every job builds some.
        const all = readdirSync(join(whole.root, 'dist/artikel')).sort();
        expect(articlesOf.flat().sort()).toEqual(all);
        for (const part of articlesOf) expect(part.length).toBeGreaterThan(0);

        const merge = temporarySite({ content: join(whole.root, 'content') });
        copies.push(merge);
        const merged = await siteBuild(merge.root, env, ['--merge', ...folders]);
        expect(merged.code, merged.output).toBe(0);
        const sections = compareSites(join(whole.root, 'dist'), join(merge.root, 'dist'));
        expect(
          sections.filter((section) => section.failures > 0),
          formatReport(sections),
        ).toEqual([]);
        expect(sections.map((section) => section.name)).toContain('index pagefind/teil/1/');

        // Without one of its jobs, the merge stops and leaves dist/ as it was.
        const short = await siteBuild(merge.root, env, ['--merge', ...folders.slice(1)]);
        expect(short.code).toBe(1);
        expect(short.output).toContain('Merge failed: the folders are not the jobs 1 to N of one build');
        expect(short.output).toContain('dist/ is unchanged');
      } finally {
        for (const copy of copies) copy.remove();
      }
    },
  );
});

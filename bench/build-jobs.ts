/**
 * `node bench/build-jobs.ts --size=10000 --jobs=2,4`: the build in jobs
 * (scripts/build-jobs.ts) against the build in one. Writes N generated
 * articles (seed 2024) into a temporary copy of the site and builds it from
 * scratch in one job; then, for each number of jobs J, builds each job from
 * scratch in a copy of its own (as on J machines, one after the other here),
 * merges them in another copy, and compares the merged site with the one-job
 * site (`npm run compare-sites`). Prints each job's and the merge's time and
 * peak memory, the sum (one machine) and the longest job plus the merge (J
 * machines), and the comparison; exits with 1 if a merged site differs.
 *
 *   --site=<dir>  take the content and the one-job site (its dist/) from a
 *                 copy of the site already built, instead of N written here
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeGeneratedArchive } from '../tests/support/generated-archive.ts';
import { temporarySite } from '../tests/support/temporary-site.ts';
import { build } from './archive-build.ts';
import { compareSites, formatReport } from './site-compare/compare.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    jobs: { type: 'string', default: '2,4' },
    site: { type: 'string' },
  },
});

const seconds = (value: number) => `${value.toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

const whole = values.site ? { root: values.site, remove: () => {} } : temporarySite();
let failed = false;
try {
  if (!values.site) {
    writeGeneratedArchive(whole.root, Number(values.size), 2024);
    const one = await build(whole.root);
    console.log(`one job, from scratch: ${seconds(one.seconds)}, peak ${megabytes(one.peakBytes)}\n`);
  }
  for (const jobs of values.jobs.split(',').map(Number)) {
    const copies = [];
    try {
      const rows: string[] = [];
      const folders: string[] = [];
      const times: number[] = [];
      for (let job = 1; job <= jobs; job++) {
        const copy = temporarySite({ content: join(whole.root, 'content') });
        copies.push(copy);
        const run = await build(copy.root, { args: ['--job', `${job}/${jobs}`] });
        const rendered = /\[archiv-articles\] (\d+ articles, of them .*)/.exec(run.output)?.[1] ?? '';
        rows.push(`| job ${job} of ${jobs} | ${seconds(run.seconds)} | ${megabytes(run.peakBytes)} | ${rendered} |`);
        folders.push(join(copy.root, 'build-jobs', `${job}-of-${jobs}`));
        times.push(run.seconds);
      }
      const merge = temporarySite({ content: join(whole.root, 'content') });
      copies.push(merge);
      const merged = await build(merge.root, { args: ['--merge', ...folders] });
      const index = /\[search index\] (.*)/.exec(merged.output)?.[1] ?? '';
      rows.push(`| merge | ${seconds(merged.seconds)} | ${megabytes(merged.peakBytes)} | ${index.slice(0, 80)} |`);
      const sum = times.reduce((total, time) => total + time, 0) + merged.seconds;
      console.log(`## ${jobs} jobs\n\n| step | time | peak | what |\n|---|---:|---:|---|\n${rows.join('\n')}\n`);
      console.log(
        `one machine, one step after the other: ${seconds(sum)}; ${jobs} machines (longest job, then the merge): ${seconds(Math.max(...times) + merged.seconds)}\n`,
      );
      const sections = compareSites(join(whole.root, 'dist'), join(merge.root, 'dist'));
      console.log(`${formatReport(sections)}\n`);
      failed ||= sections.some((section) => section.failures > 0);
    } finally {
      for (const copy of copies) copy.remove();
    }
  }
} finally {
  whole.remove();
}
process.exitCode = failed ? 1 : 0;

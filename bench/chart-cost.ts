/**
 * What the timelines cost at scale: the same generated archive built in two
 * copies of the project, one as it is and one with the charts switched off
 * (src/archive/archive-charts.ts returning no chart: nothing computed, nothing
 * drawn; the month pages stay in both). Builds alternate, with and without,
 * from scratch (dist/ and caches removed), so a busy machine slows both
 * alike; the report gives each run, the medians and their ratio. Bytes are
 * gzip (level 9) of the same page in both builds: the charts' share of it.
 *
 *   node bench/chart-cost.ts                     (10,000 generated articles, 3 pairs)
 *   node bench/chart-cost.ts --count=1000 --pairs=2
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeGeneratedArchive } from '../tests/support/generated-archive.ts';
import { gzippedSize } from '../tests/support/site-measures.ts';
import { siteBuild, temporarySite } from '../tests/support/temporary-site.ts';
import { median } from './statistics.ts';

const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const COUNT = option('count', 10_000);
const PAIRS = option('pairs', 3);
const SEED = 2024;

const withCharts = temporarySite();
const withoutCharts = temporarySite();
try {
  for (const site of [withCharts, withoutCharts]) writeGeneratedArchive(site.root, COUNT, SEED);
  const switchOff = join(withoutCharts.root, 'src/archive/archive-charts.ts');
  const source = readFileSync(switchOff, 'utf8');
  if (!source.includes('archive.axis &&'))
    throw new Error(`${switchOff}: no "archive.axis &&" to switch the charts off with`);
  writeFileSync(switchOff, source.replaceAll('archive.axis &&', 'undefined &&'));

  const times: Record<'with' | 'without', number[]> = { with: [], without: [] };
  for (let pair = 0; pair < PAIRS; pair++) {
    // Alternate which goes first, so neither always meets the machine fresher.
    const order = pair % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
    for (const kind of order) {
      const { root } = kind === 'with' ? withCharts : withoutCharts;
      for (const cache of ['dist', 'node_modules/.astro', 'node_modules/.vite'])
        rmSync(join(root, cache), { recursive: true, force: true });
      const started = performance.now();
      const { code, output } = await siteBuild(root);
      if (code !== 0) throw new Error(`build ${kind} charts failed:\n${output.slice(-3000)}`);
      times[kind].push((performance.now() - started) / 1000);
      console.log(`pair ${pair + 1}: ${kind} charts ${times[kind].at(-1)!.toFixed(1)} s`);
    }
  }

  const page = (root: string, path: string) => gzippedSize(join(root, 'dist', path, 'index.html'));
  const added = (path: string) => page(withCharts.root, path) - page(withoutCharts.root, path);
  const firstPages = (section: string) =>
    readdirSync(join(withCharts.root, 'dist', section), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${section}/${entry.name}`);
  const heaviest = (paths: string[]) =>
    paths.map((path) => ({ path, bytes: added(path) })).sort((a, b) => b.bytes - a.bytes)[0]!;

  const [w, wo] = [median(times.with), median(times.without)];
  console.log(`\n${COUNT} generated articles (seed ${SEED}), ${PAIRS} pairs of builds (npm run build from scratch):`);
  console.log(`  with charts:    ${times.with.map((t) => t.toFixed(1)).join(', ')} s; median ${w.toFixed(1)} s`);
  console.log(`  without charts: ${times.without.map((t) => t.toFixed(1)).join(', ')} s; median ${wo.toFixed(1)} s`);
  console.log(`  ratio of medians: ${(w / wo).toFixed(3)} (${(((w - wo) / wo) * 100).toFixed(1)} %)`);
  console.log('Bytes the charts add to a page (gzip):');
  console.log(`  /archiv/ (the archive's chart): ${added('archiv')} B`);
  console.log(`  /themen/ (all sparklines): ${added('themen')} B`);
  const topic = heaviest(firstPages('themen'));
  const source2 = heaviest(firstPages('quellen'));
  console.log(
    `  heaviest topic page: /${topic.path}/ ${topic.bytes} B; heaviest source page: /${source2.path}/ ${source2.bytes} B`,
  );
} finally {
  withCharts.remove();
  withoutCharts.remove();
}

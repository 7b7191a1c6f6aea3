/**
 * `node bench/publish-diff.ts --size=1000`: what publishing one article
 * costs and changes in dist/, as an upload to object storage and a CDN purge
 * see it. Builds N generated articles (seed 2024) in a temporary copy of the
 * site, then adds one article twice, each time with `npm run build` and the
 * caches kept (incremental build): first the generator's next article (a
 * date somewhere in 2019-2024), then one dated after every other (as a news
 * archive publishes). Each build is measured as the bench measures one (wall
 * time, phases, peak memory of the process tree). After each it compares
 * dist/ with the last one file by file and prints the files added, changed
 * and removed, and their bytes, by part of the site.
 *
 *   --site=<dir>   start from a copy of the site already built (e.g. one kept
 *                  by `BENCH_KEEP_SITE=1`), not from N written and built here
 *   --newest-only  add only the article dated after every other
 *   --compare      then build the same content from scratch in another copy
 *                  and compare the two sites (`npm run compare-sites`): a
 *                  publish must give what a full build gives
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles } from '../tests/support/generate-articles.ts';
import { generatorInput, writeGeneratedArchive, writeGeneratedArticle } from '../tests/support/generated-archive.ts';
import { filesUnder } from '../tests/support/site-measures.ts';
import { temporarySite } from '../tests/support/temporary-site.ts';
import { build } from './archive-build.ts';
import { PHASES } from './build-phases.ts';
import { compareSites, formatReport } from './site-compare/compare.ts';

const SEED = 2024;
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    site: { type: 'string' },
    'newest-only': { type: 'boolean', default: false },
    compare: { type: 'boolean', default: false },
  },
});

type Snapshot = Map<string, { bytes: number; hash: string }>;

function snapshot(dist: string): Snapshot {
  return new Map(
    filesUnder(dist).map(({ path, bytes }) => [
      relative(dist, path),
      { bytes, hash: createHash('sha1').update(readFileSync(path)).digest('hex') },
    ]),
  );
}

/** The part of the site a file belongs to, for the summary. */
function part(path: string): string {
  if (path.startsWith('artikel/')) return 'article pages (artikel/)';
  if (path.startsWith('a/')) return 'permanent links (a/)';
  if (path.startsWith('pagefind/fragment/')) return 'search: result fragments';
  if (path.startsWith('pagefind/index/')) return 'search: word index chunks';
  if (path.startsWith('pagefind/filter/')) return 'search: filter indexes';
  if (path.startsWith('pagefind/')) return 'search: entry, metadata, scripts, wasm';
  if (path === 'index.html' || path.startsWith('seite/')) return 'home listing (/, seite/)';
  if (path.startsWith('themen/') && path.endsWith('.xml')) return 'topic feeds';
  if (path.startsWith('themen/')) return 'topic listings (themen/)';
  if (path.startsWith('quellen/')) return 'source listings (quellen/)';
  if (path.startsWith('archiv/')) return 'year and month listings (archiv/)';
  if (path.startsWith('sitemap')) return 'sitemap';
  if (path.endsWith('.xml')) return 'feeds';
  if (path.startsWith('_astro/')) return 'assets (_astro/)';
  return 'other';
}

function compare(before: Snapshot, after: Snapshot): void {
  const rows = new Map<string, { added: number; changed: number; removed: number; bytes: number }>();
  const row = (name: string) =>
    rows.get(name) ?? rows.set(name, { added: 0, changed: 0, removed: 0, bytes: 0 }).get(name)!;
  for (const [path, file] of after) {
    const old = before.get(path);
    if (!old)
      Object.assign(row(part(path)), { added: row(part(path)).added + 1, bytes: row(part(path)).bytes + file.bytes });
    else if (old.hash !== file.hash)
      Object.assign(row(part(path)), {
        changed: row(part(path)).changed + 1,
        bytes: row(part(path)).bytes + file.bytes,
      });
  }
  for (const path of before.keys()) if (!after.has(path)) row(part(path)).removed++;
  const total = { added: 0, changed: 0, removed: 0, bytes: 0 };
  console.log(`| part | added | changed | removed | bytes to upload (KB) |\n|---|---:|---:|---:|---:|`);
  for (const [name, r] of [...rows].sort((a, b) => b[1].bytes - a[1].bytes)) {
    console.log(`| ${name} | ${r.added} | ${r.changed} | ${r.removed} | ${(r.bytes / 1024).toFixed(1)} |`);
    for (const key of ['added', 'changed', 'removed', 'bytes'] as const) total[key] += r[key];
  }
  console.log(
    `| all (of ${after.size} files, ${([...after.values()].reduce((s, f) => s + f.bytes, 0) / 2 ** 20).toFixed(1)} MB) | ${total.added} | ${total.changed} | ${total.removed} | ${(total.bytes / 1024).toFixed(1)} |\n`,
  );
}

async function measuredBuild(root: string, label: string, keepCaches: boolean): Promise<void> {
  const run = await build(root, { keepCaches });
  const phases = PHASES.map(({ key, label: name }) => `${name} ${run.phases[key].toFixed(1)} s`).join(', ');
  console.log(`${label}: ${run.seconds.toFixed(1)} s, peak ${(run.peakBytes / 2 ** 20).toFixed(0)} MB (${phases})\n`);
}

/** The number of generated articles in a site: the highest testartikel-<n>. */
function generatedCount(root: string): number {
  const numbers = readdirSync(join(root, 'content/articles')).map((name) =>
    Number(/^testartikel-(\d+)\.md$/.exec(name)?.[1] ?? 0),
  );
  return Math.max(0, ...numbers);
}

const site = values.site ? { root: values.site, remove: () => {} } : temporarySite();
try {
  const dist = join(site.root, 'dist');
  if (!values.site) {
    writeGeneratedArchive(site.root, Number(values.size), SEED);
    await measuredBuild(site.root, `N = ${values.size}, from scratch`, false);
  }
  const size = generatedCount(site.root);
  let before = snapshot(dist);
  const next = generateArticles(size + 2, SEED, generatorInput(join(site.root, 'content'))).slice(-2);

  if (!values['newest-only']) {
    writeGeneratedArticle(site.root, next[0]!);
    await measuredBuild(site.root, `one article added, dated ${/value: "([^"]+)"/.exec(next[0]!.text)?.[1]}`, true);
    const after = snapshot(dist);
    compare(before, after);
    before = after;
  }

  // Newer than every generated (at most 2024-12-28) and real article.
  const newest = next[1]!.text.replace(/^date: .*$/m, 'date: { kind: published, basis: printed, value: "2024-12-30" }');
  writeGeneratedArticle(site.root, { ...next[1]!, text: newest });
  await measuredBuild(site.root, 'one article added, dated 2024-12-30 (the newest)', true);
  compare(before, snapshot(dist));

  if (values.compare) {
    const fresh = temporarySite({ content: join(site.root, 'content') });
    try {
      await measuredBuild(fresh.root, 'the same content, from scratch', false);
      const sections = compareSites(dist, join(fresh.root, 'dist'));
      console.log(formatReport(sections));
      if (sections.some((section) => section.failures > 0)) process.exitCode = 1;
    } finally {
      fresh.remove();
    }
  }
} finally {
  site.remove();
}

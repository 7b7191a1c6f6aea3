/**
 * `node bench/publish-diff.ts --size=1000`: what publishing one article
 * changes in dist/, as an upload to object storage and a CDN purge see it.
 * Builds N generated articles (seed 2024) in a temporary copy of the site,
 * then adds one article twice, each time with `npm run build` and Astro's
 * caches kept (incremental build): first the generator's next article (a
 * date somewhere in 2019-2024), then one dated after every other (as a news
 * archive publishes). After each build it compares dist/ with the last one
 * file by file and prints the files added, changed and removed, and their
 * bytes, by part of the site.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles } from '../tests/support/generate-articles.ts';
import { generatorInput, writeGeneratedArchive } from '../tests/support/generated-archive.ts';
import { filesUnder } from '../tests/support/site-measures.ts';
import { siteBuild, temporarySite } from '../tests/support/temporary-site.ts';

const SEED = 2024;
const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' } } });
const SIZE = Number(values.size);

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

async function build(root: string, label: string): Promise<void> {
  const started = performance.now();
  const { code, output } = await siteBuild(root);
  if (code !== 0) throw new Error(`${label}: the build failed:\n${output.slice(-3000)}`);
  const seconds = (performance.now() - started) / 1000;
  const rendered = /(\d+) rendered, (\d+) unchanged/.exec(output)?.[0] ?? 'no incremental summary';
  const pagefind = /\[search index\] indexed .* in (\d+) ms/.exec(output)?.[1];
  console.log(
    `${label}: ${seconds.toFixed(1)} s (Pagefind ${(Number(pagefind) / 1000).toFixed(1)} s); Astro: ${rendered}\n`,
  );
}

const site = temporarySite();
try {
  writeGeneratedArchive(site.root, SIZE, SEED);
  const dist = join(site.root, 'dist');
  await build(site.root, `N = ${SIZE}, from scratch`);
  let before = snapshot(dist);

  const next = generateArticles(SIZE + 2, SEED, generatorInput(join(site.root, 'content'))).slice(-2);
  const add = (article: (typeof next)[number], text: string) => {
    writeFileSync(join(site.root, 'content/articles', `${article.slug}.md`), text);
    writeFileSync(join(site.root, 'content/captures', `${article.capture}.txt`), 'Erzeugt.\n');
  };

  add(next[0]!, next[0]!.text);
  await build(site.root, `one article added, dated ${/value: "([^"]+)"/.exec(next[0]!.text)?.[1]}`);
  let after = snapshot(dist);
  compare(before, after);
  before = after;

  // Newer than every generated (at most 2024-12-28) and real article.
  add(next[1]!, next[1]!.text.replace(/^date: .*$/m, 'date: { kind: published, basis: printed, value: "2024-12-30" }'));
  await build(site.root, 'one more article added, dated 2024-12-30 (the newest)');
  after = snapshot(dist);
  compare(before, after);
} finally {
  site.remove();
}

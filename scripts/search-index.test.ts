import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { arch, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WITHDRAWN_NOTICE_ATTRIBUTE } from '../src/routes.ts';
import { packageBin } from './package-bin.ts';
import { buildSearchIndex, SHARD_MANIFEST_FILE, WASM_STAND_IN } from './search-index.ts';
import { compressWasmAhead, recompressWasm } from './wasm-ahead.ts';
import { indexedPart, pageDigest, shardKey } from './shard-cache.ts';

const page = (body: string) =>
  `<!doctype html><html lang="de"><head><title>T</title></head><body>${body}</body></html>`;
let site: string;
const folders: string[] = [];

/** A folder of its own for the kept shards of one test (and, beside them, what was read of the pages): the project's cache is never touched. */
function cacheFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'suchteile-'));
  folders.push(folder);
  return join(folder, 'teile');
}
let cacheDir: string;

function writeSite(pages: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'suchindex-'));
  folders.push(site);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), html);
  }
  return site;
}
beforeEach(() => {
  cacheDir = cacheFolder();
});
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  it('indexes the article pages only, in German, and publishes only the files the site uses', async () => {
    const dir = writeSite({
      'artikel/eins': page('<article data-pagefind-body><h1>Eins</h1><p>Die Sanktionen gegen Nordkorea.</p></article>'),
      'artikel/zwei': page('<article data-pagefind-body><h1>Zwei</h1><p>Putin besucht Pjöngjang.</p></article>'),
      'themen/russland': page('<main data-pagefind-body><p>Eine Liste, kein Artikel.</p></main>'),
    });
    const report = await buildSearchIndex({ siteDir: dir, articleDir: 'artikel', cacheDir });
    expect(report).toMatchObject({ indexed: 2 });
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/pagefind-ui.js'))).toBe(false);
    // Pagefind runs in its web worker, so that searching never blocks the page.
    expect(existsSync(join(dir, 'pagefind/pagefind-worker.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/wasm.de.pagefind'))).toBe(true);
    // Recompressed by Zopfli: still gzip, still Pagefind's WebAssembly behind its signature.
    expect(
      gunzipSync(readFileSync(join(dir, 'pagefind/wasm.de.pagefind')))
        .subarray(0, 12)
        .toString(),
    ).toBe('pagefind_dcd');
    expect(existsSync(join(dir, 'pagefind/wasm.unknown.pagefind'))).toBe(false);
    // One fragment file per article: a search loads the fragments of the results it shows, not all.
    expect(readdirSync(join(dir, 'pagefind/fragment'))).toHaveLength(2);
  });

  it('fails when an article page would be missing from the index', async () => {
    const dir = writeSite({
      'artikel/eins': page('<article data-pagefind-body><p>Im Index.</p></article>'),
      'artikel/zwei': page('<article><p>Ohne data-pagefind-body.</p></article>'),
    });
    await expect(buildSearchIndex({ siteDir: dir, articleDir: 'artikel', cacheDir })).rejects.toThrow(
      'Pagefind indexed 1 pages, but the site has 2 articles',
    );
  });

  it('leaves the notice of a withdrawn article out of the index, and does not count it as an article', async () => {
    const dir = writeSite({
      'artikel/eins': page('<article data-pagefind-body><p>Im Index.</p></article>'),
      'artikel/zurueckgezogen': page(
        `<article ${WITHDRAWN_NOTICE_ATTRIBUTE}><h1>Zurückgezogen</h1><p>Ohne Text.</p></article>`,
      ),
    });
    expect(await buildSearchIndex({ siteDir: dir, articleDir: 'artikel', cacheDir })).toMatchObject({ indexed: 1 });
  });
});

/** An article page with the sort key and years that the shards are cut by. */
const article = (title: string, sortKey: string, years: string[]) =>
  page(
    `<article data-pagefind-body><h1>${title}</h1><p>Ein Artikel über Sanktionen.</p>` +
      `<div data-pagefind-ignore><span data-pagefind-sort="datum">${sortKey}</span>` +
      years.map((year) => `<span data-pagefind-filter="jahr">${year}</span>`).join('') +
      '</div></article>',
  );

/** The URLs of the pages an index folder holds, read from its fragments. */
function fragmentUrls(outputDir: string): string[] {
  const folder = join(outputDir, 'fragment');
  return readdirSync(folder)
    .map((name) => {
      const json = gunzipSync(readFileSync(join(folder, name)))
        .subarray(12)
        .toString();
      return (JSON.parse(json) as { url: string }).url;
    })
    .sort();
}

describe('buildSearchIndex in shards', () => {
  it('cuts the articles into blocks from the oldest on, newest block in /pagefind/, each indexed on its own', async () => {
    const dir = writeSite({
      'artikel/a-2022': article('A', 's1', ['2022']),
      'artikel/b-2023': article('B', 's2', ['2022', '2023']),
      'artikel/c-2024': article('C', 's3', ['2024']),
      'artikel/d-2025': article('D', 's4', ['2025']),
      'artikel/e-2026': article('E', 's5', ['2026']),
    });
    const report = await buildSearchIndex({ siteDir: dir, articleDir: 'artikel', shardSize: 2, cacheDir });
    expect(report.indexed).toBe(5);
    expect(report.manifest.shards).toEqual([
      { path: '/pagefind/', years: ['2026'], count: 1 },
      { path: '/pagefind/teil/2/', years: ['2024', '2025'], count: 2 },
      { path: '/pagefind/teil/1/', years: ['2022', '2023'], count: 2 },
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', SHARD_MANIFEST_FILE), 'utf8'))).toEqual(report.manifest);
    expect(fragmentUrls(join(dir, 'pagefind'))).toEqual(['/artikel/e-2026/']);
    expect(fragmentUrls(join(dir, 'pagefind/teil/2'))).toEqual(['/artikel/c-2024/', '/artikel/d-2025/']);
    expect(fragmentUrls(join(dir, 'pagefind/teil/1'))).toEqual(['/artikel/a-2022/', '/artikel/b-2023/']);
    // The scripts come from /pagefind/ alone, with the web worker Pagefind runs in; an older shard's WebAssembly is
    // the stand-in.
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/pagefind-worker.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/teil/1/pagefind.js'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind/teil/1/pagefind-worker.js'))).toBe(false);
    expect(readFileSync(join(dir, 'pagefind/teil/1/wasm.de.pagefind'), 'utf8')).toBe(WASM_STAND_IN);
    expect(gunzipSync(readFileSync(join(dir, 'pagefind/wasm.de.pagefind'))).length).toBeGreaterThan(10_000);
    // No folder of links is left beside the site.
    expect(readdirSync(dirname(dir)).filter((name) => name.startsWith(`${basename(dir)}.suchteil`))).toEqual([]);
  });

  it("fails with Pagefind's message when one older shard fails while another is indexed, and leaves no folders beside the site", async () => {
    const dir = writeSite({
      'artikel/a-2022': article('A', 's1', ['2022']),
      'artikel/b-2023': article('B', 's2', ['2023']),
      'artikel/c-2024': article('C', 's3', ['2024']),
      'artikel/d-2025': article('D', 's4', ['2025']),
      'artikel/e-2026': article('E', 's5', ['2026']),
    });
    // Pagefind's npm wrapper runs the binary these variables name: here one that fails for the oldest shard alone
    // (shards are numbered from the newest while they are written: the newest, teil/2, teil/1).
    const real = createRequire(import.meta.url).resolve(
      `@pagefind/${process.platform}-${arch()}/bin/pagefind_extended`,
    );
    const failing = join(dirname(dir), 'pagefind-failing.sh');
    writeFileSync(
      failing,
      `#!/bin/sh\ncase "$*" in *suchteil-2-index*) echo "no room for shard 1" >&2; exit 3;; esac\nexec "${real}" "$@"\n`,
      { mode: 0o755 },
    );
    const saved = { ...process.env };
    const keptBefore = existsSync(cacheDir) ? readdirSync(cacheDir).length : 0;
    process.env.PAGEFIND_BINARY_PATH = failing;
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = failing;
    try {
      await expect(buildSearchIndex({ siteDir: dir, articleDir: 'artikel', shardSize: 2, cacheDir })).rejects.toThrow(
        /Pagefind failed \(exit 3\):\n[^]*no room for shard 1/,
      );
    } finally {
      process.env = saved;
      rmSync(failing);
    }
    // The shard indexed beside it was finished (and kept for the next build), no index was put in the site, and no
    // folder of links or of a shard's index is left beside it.
    expect(readdirSync(cacheDir)).toHaveLength(keptBefore + 1);
    expect(existsSync(join(dir, 'pagefind'))).toBe(false);
    expect(readdirSync(dirname(dir)).filter((name) => name.startsWith(`${basename(dir)}.suchteil`))).toEqual([]);
  });

  it('writes one index and no shard manifest while the articles fit one shard', async () => {
    const dir = writeSite({
      'artikel/a-2022': article('A', 's1', ['2022']),
      'artikel/b-2023': article('B', 's2', ['2023']),
    });
    const report = await buildSearchIndex({ siteDir: dir, articleDir: 'artikel', shardSize: 2, cacheDir });
    expect(report.manifest.shards).toEqual([{ path: '/pagefind/', years: ['2022', '2023'], count: 2 }]);
    expect(existsSync(join(dir, 'pagefind', SHARD_MANIFEST_FILE))).toBe(false);
    expect(existsSync(join(dir, 'pagefind/teil'))).toBe(false);
  });

  it('writes the same index whatever order the pages were written in', async (context) => {
    // A tmpfs lists a folder in the order its entries were made, as Astro's pages written several at a time make them.
    const root = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
    const pages = fiveArticles();
    const inOrder = (names: string[]) => {
      const dir = mkdtempSync(join(root, 'suchindex-'));
      folders.push(dir);
      for (const name of names) {
        mkdirSync(join(dir, name), { recursive: true });
        writeFileSync(join(dir, name, 'index.html'), pages[name as keyof typeof pages]);
      }
      return dir;
    };
    const names = Object.keys(pages);
    const [forward, backward] = [inOrder(names), inOrder(names.toReversed())];
    // Where the file system lists both folders alike, the test would prove nothing. (Node sorts what it lists.)
    const listed = (dir: string) => execFileSync('ls', ['-f', join(dir, 'artikel')], { encoding: 'utf8' });
    if (listed(forward) === listed(backward))
      context.skip(`${root} lists a folder in an order of its own, not in the order its entries were made`);
    for (const shardSize of [10, 2]) {
      const digests = [];
      for (const dir of [forward, backward]) {
        rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
        await buildSearchIndex({ siteDir: dir, articleDir: 'artikel', shardSize, cacheDir: cacheFolder() });
        digests.push(folderDigests(join(dir, 'pagefind')));
      }
      expect(digests[1], `shards of ${shardSize}`).toEqual(digests[0]);
    }
  });

  it('fails, naming the shard, when a page of an older shard would be missing from the index', async () => {
    const dir = writeSite({
      'artikel/a-2022': page('<article><span data-pagefind-sort="datum">s1</span></article>'),
      'artikel/b-2023': article('B', 's2', ['2023']),
      'artikel/c-2024': article('C', 's3', ['2024']),
    });
    await expect(buildSearchIndex({ siteDir: dir, articleDir: 'artikel', shardSize: 2, cacheDir })).rejects.toThrow(
      'Pagefind indexed 1 pages in /pagefind/teil/1/, but the shard has 2 articles',
    );
  });
});

/** Every file of an index folder and its bytes, as one digest per file. */
function folderDigests(dir: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    digests[relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return digests;
}

/** What follows the indexed element on an article page and changes with other articles: related articles. */
const related = (html: string, names: string) =>
  html.replace('</body>', `<aside><h2>Verwandte Artikel</h2><p>${names}</p></aside></body>`);

const fiveArticles = () => ({
  'artikel/a-2022': article('A', 's1', ['2022']),
  'artikel/b-2023': article('B', 's2', ['2023']),
  'artikel/c-2024': article('C', 's3', ['2024']),
  'artikel/d-2025': article('D', 's4', ['2025']),
  'artikel/e-2026': article('E', 's5', ['2026']),
});

const kept = (report: { shards: { path: string; kept: boolean }[] }) =>
  Object.fromEntries(report.shards.map((shard) => [shard.path, shard.kept]));

/** The same site indexed with no kept shards: what the index must be. */
async function indexedAfresh(pages: Record<string, string>): Promise<Record<string, string>> {
  const dir = writeSite(pages);
  await buildSearchIndex({ siteDir: dir, articleDir: 'artikel', shardSize: 2, cacheDir: cacheFolder() });
  return folderDigests(join(dir, 'pagefind'));
}

describe('older shards kept between builds (scripts/shard-cache.ts)', () => {
  it('indexes only the newest shard when a newer article is published, and the index is the one a build from scratch writes', async () => {
    const first = await buildSearchIndex({
      siteDir: writeSite(fiveArticles()),
      articleDir: 'artikel',
      shardSize: 2,
      cacheDir,
    });
    expect(kept(first)).toEqual({ '/pagefind/': false, '/pagefind/teil/2/': false, '/pagefind/teil/1/': false });
    // The new article is listed beside older ones, outside what Pagefind reads: their shards stay as they are.
    const published = {
      ...fiveArticles(),
      'artikel/b-2023': related(article('B', 's2', ['2023']), 'F'),
      'artikel/d-2025': related(article('D', 's4', ['2025']), 'F'),
      'artikel/f-2027': article('F', 's6', ['2027']),
    };
    const dir = writeSite(published);
    const second = await buildSearchIndex({ siteDir: dir, articleDir: 'artikel', shardSize: 2, cacheDir });
    expect(kept(second)).toEqual({ '/pagefind/': false, '/pagefind/teil/2/': true, '/pagefind/teil/1/': true });
    expect(fragmentUrls(join(dir, 'pagefind/teil/1'))).toEqual(['/artikel/a-2022/', '/artikel/b-2023/']);
    expect(folderDigests(join(dir, 'pagefind'))).toEqual(await indexedAfresh(published));
  });

  it('indexes an older shard again when what Pagefind reads of one of its pages changes, and keeps only the shards of the last build', async () => {
    await buildSearchIndex({ siteDir: writeSite(fiveArticles()), articleDir: 'artikel', shardSize: 2, cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(2);
    const corrected = { ...fiveArticles(), 'artikel/b-2023': article('B, berichtigt', 's2', ['2023']) };
    const dir = writeSite(corrected);
    const report = await buildSearchIndex({ siteDir: dir, articleDir: 'artikel', shardSize: 2, cacheDir });
    expect(kept(report)).toEqual({ '/pagefind/': false, '/pagefind/teil/2/': true, '/pagefind/teil/1/': false });
    expect(folderDigests(join(dir, 'pagefind'))).toEqual(await indexedAfresh(corrected));
    // The shard of the uncorrected text is gone from the cache: it holds the two older shards of this build.
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });

  it('does not trust a kept shard whose files were changed or cut short, and replaces it', async () => {
    await buildSearchIndex({ siteDir: writeSite(fiveArticles()), articleDir: 'artikel', shardSize: 2, cacheDir });
    for (const entry of readdirSync(cacheDir)) {
      const fragments = join(cacheDir, entry, 'fragment');
      const [fragment] = readdirSync(fragments);
      const bytes = readFileSync(join(fragments, fragment!));
      writeFileSync(join(fragments, fragment!), bytes.subarray(0, bytes.length >> 1));
    }
    const dir = writeSite(fiveArticles());
    const report = await buildSearchIndex({ siteDir: dir, articleDir: 'artikel', shardSize: 2, cacheDir });
    expect(kept(report)).toEqual({ '/pagefind/': false, '/pagefind/teil/2/': false, '/pagefind/teil/1/': false });
    expect(folderDigests(join(dir, 'pagefind'))).toEqual(await indexedAfresh(fiveArticles()));
    const again = await buildSearchIndex({
      siteDir: writeSite(fiveArticles()),
      articleDir: 'artikel',
      shardSize: 2,
      cacheDir,
    });
    expect(kept(again)).toEqual({ '/pagefind/': false, '/pagefind/teil/2/': true, '/pagefind/teil/1/': true });
  });
});

describe('what Pagefind reads of a page (indexedPart)', () => {
  const head = '<!doctype html><html lang="de"><head><title>T</title></head><body><nav>Menü</nav>';
  it('ends at the close of the indexed element, counting nested elements of its kind', () => {
    const body = '<article data-pagefind-body><h1>A</h1><article><p>Zitat</p></article><p>Text</p></article>';
    expect(indexedPart(`${head}${body}<aside>Verwandt: B</aside></body></html>`)).toBe(`${head}${body}`);
  });
  it("ends there too when a script after the element names data-pagefind attributes in its text, as the highlight loader's does", () => {
    const body = '<article data-pagefind-body><h1>A</h1></article>';
    const script = `<script type="module">new PagefindHighlight({ markOptions: { exclude: ['[data-pagefind-ignore]'] } });</script>`;
    expect(indexedPart(`${head}${body}<aside>Verwandt: B</aside>${script}</body></html>`)).toBe(`${head}${body}`);
  });
  it('is the whole page when something after the element carries a data-pagefind attribute, or no element is marked', () => {
    const page = `${head}<main data-pagefind-body><p>A</p></main><span data-pagefind-filter="jahr">2024</span></body></html>`;
    expect(indexedPart(page)).toBe(page);
    expect(indexedPart(`${head}<p>Ohne Markierung</p></body></html>`)).toBe(
      `${head}<p>Ohne Markierung</p></body></html>`,
    );
  });
  it('keys a shard by its pages in order and by the indexer', () => {
    const pages = [pageDigest('a', 'x'), pageDigest('b', 'y')];
    expect(shardKey('f', pages)).toBe(shardKey('f', [...pages]));
    expect(shardKey('f', pages)).not.toBe(shardKey('f', [...pages].reverse()));
    expect(shardKey('f', pages)).not.toBe(shardKey('g', pages));
    expect(pageDigest('a', 'x')).not.toBe(pageDigest('b', 'x'));
  });
});

describe('the Zopfli cache of the WebAssembly', () => {
  it("uses a cached file only when it decompresses to Pagefind's file, and replaces a truncated one", async () => {
    const original = new TextEncoder().encode('WebAssembly '.repeat(2000));
    const outputDir = mkdtempSync(join(tmpdir(), 'zopfli-site-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'zopfli-cache-'));
    folders.push(outputDir);
    try {
      const { gzipSync } = await import('node:zlib');
      const pagefindWrites = () => writeFileSync(join(outputDir, 'wasm.de.pagefind'), gzipSync(original, { level: 9 }));
      pagefindWrites();
      expect(await recompressWasm(outputDir, cacheDir)).toBe('compressed');
      const [cached] = readdirSync(cacheDir);
      expect(cached).toMatch(/^[0-9a-f]{64}\.gz$/);
      pagefindWrites();
      expect(await recompressWasm(outputDir, cacheDir)).toBe('cached');
      // A build killed while writing the cache left half a file: it is recompressed, not shipped.
      const full = readFileSync(join(cacheDir, cached!));
      writeFileSync(join(cacheDir, cached!), full.subarray(0, full.length >> 1));
      pagefindWrites();
      expect(await recompressWasm(outputDir, cacheDir)).toBe('compressed');
      expect(
        Buffer.from(gunzipSync(readFileSync(join(outputDir, 'wasm.de.pagefind')))).equals(Buffer.from(original)),
      ).toBe(true);
      expect(readFileSync(join(cacheDir, cached!))).toEqual(full);
      expect(readdirSync(cacheDir)).toEqual([cached]);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

describe('the WebAssembly compressed ahead (scripts/wasm-ahead.ts)', () => {
  it("fills the cache with what the index step of a real site then takes, Pagefind's file for one page being the site's", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'zopfli-ahead-'));
    try {
      await compressWasmAhead(cacheDir);
      expect(readdirSync(cacheDir)).toHaveLength(1);
      const dir = writeSite({
        'artikel/eins': page('<article data-pagefind-body><p>Die Sanktionen gegen Nordkorea.</p></article>'),
        'artikel/zwei': page('<article data-pagefind-body><p>Putin besucht Pjöngjang.</p></article>'),
      });
      const { spawnSync } = await import('node:child_process');
      const pagefind = spawnSync(process.execPath, [
        packageBin('pagefind'),
        ...['--site', dir, '--output-path', join(dir, 'index'), '--quiet'],
      ]);
      expect(pagefind.status).toBe(0);
      expect(await recompressWasm(join(dir, 'index'), cacheDir)).toBe('cached');
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

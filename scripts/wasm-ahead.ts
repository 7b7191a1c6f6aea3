/**
 * Pagefind's WebAssembly, compressed by Zopfli while Astro builds.
 *
 * The index step (scripts/search-index.ts) replaces Pagefind's gzip of its
 * WebAssembly by Zopfli's, 2.9 KB smaller, and keeps the result by the file's
 * hash (recompressWasm, below). A build without that cache (a
 * fresh machine, a new Pagefind) spent 1.5 s on it after Astro had ended,
 * with the second core idle. The file depends on Pagefind's version alone:
 * Pagefind writes the same bytes for a site of one German page as for the
 * archive. So `npm run build` starts this script as a process of its own
 * before Astro: it indexes one page, compresses that WebAssembly into the
 * cache, and the index step later finds it there. Should it fail, the index
 * step compresses the file itself; nothing is lost but the time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { packageBin } from './package-bin.ts';

/**
 * Pagefind's WebAssembly is a third of what a reader downloads before the
 * first results. Pagefind writes it gzip-compressed at zlib's best level;
 * Zopfli writes the same gzip format 2.9 KB smaller (58.3 -> 55.4 KB). It
 * takes 1.5 s, so the result is kept by the file's hash: the file changes
 * only with Pagefind's version. Index chunks and fragments are many and
 * change with every build; they stay as Pagefind writes them.
 *
 * The cache is trusted only as far as it is checked: a cached file is used
 * only when it decompresses to exactly Pagefind's WebAssembly (a truncated or
 * damaged file is recompressed and replaced), and it is written under a
 * temporary name and renamed, so a build killed mid-write leaves no half file.
 */
export const WASM = 'wasm.de.pagefind';
export const ZOPFLI_CACHE = 'node_modules/.cache/zopfli';

/** The gzip file decompresses to exactly these bytes. */
function inflatesTo(gzip: Uint8Array, original: Uint8Array): boolean {
  try {
    return Buffer.from(gunzipSync(gzip)).equals(Buffer.from(original));
  } catch {
    return false;
  }
}

/** Replaces the site's WebAssembly by its Zopfli compression, from the cache when a checked copy is there. */
export async function recompressWasm(outputDir: string, cacheDir = ZOPFLI_CACHE): Promise<'cached' | 'compressed'> {
  const file = join(outputDir, WASM);
  const written = await readFile(file);
  const original = gunzipSync(written);
  const cached = join(cacheDir, `${createHash('sha256').update(written).digest('hex')}.gz`);
  const fromCache = await readFile(cached).catch(() => undefined);
  if (fromCache && inflatesTo(fromCache, original)) {
    await writeFile(file, fromCache);
    return 'cached';
  }
  // Loaded only to compress: a build whose cache has the file never loads it.
  const { gzipAsync } = await import('@gfx/zopfli');
  const smaller = Buffer.from(await gzipAsync(original, { numiterations: 15 }));
  if (!inflatesTo(smaller, original))
    throw new Error(`Zopfli's compression of ${WASM} does not decompress to Pagefind's file`);
  await mkdir(cacheDir, { recursive: true });
  const partial = `${cached}.${process.pid}.tmp`;
  await writeFile(partial, smaller);
  await rename(partial, cached);
  await writeFile(file, smaller);
  return 'compressed';
}

const PAGE = '<!doctype html><html lang="de"><head><title>Eins</title></head><body><p>Ein Satz.</p></body></html>';

/** Indexes one German page and compresses its WebAssembly into `cacheDir`. */
export async function compressWasmInto(cacheDir: string): Promise<'cached' | 'compressed'> {
  const folder = mkdtempSync(join(tmpdir(), 'pagefind-wasm-'));
  try {
    mkdirSync(join(folder, 'site'));
    writeFileSync(join(folder, 'site/index.html'), PAGE);
    const output = join(folder, 'index');
    const pagefind = spawnSync(
      process.execPath,
      [packageBin('pagefind'), '--site', join(folder, 'site'), '--output-path', output, '--quiet'],
      { encoding: 'utf8' },
    );
    if (pagefind.status !== 0) throw new Error(`Pagefind failed (exit ${pagefind.status}): ${pagefind.stderr}`);
    return await recompressWasm(output, cacheDir);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Starts the compression in a process of its own and returns at once; the
 * promise settles when that process has ended, never with an error: the
 * index step does the work itself when the cache lacks the file.
 */
export function compressWasmAhead(cacheDir = ZOPFLI_CACHE): Promise<void> {
  return new Promise((settle) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), resolve(cacheDir)], { stdio: 'ignore' });
    // A build that stops early (a content error) takes it along: left running in a project folder deleted after
    // the build (a test's copy), Node's recursive mkdir of its cache looped there for as long as it was let.
    const stop = () => child.kill();
    process.on('exit', stop);
    child.on('error', () => settle());
    child.on('exit', () => {
      process.off('exit', stop);
      settle();
    });
  });
}

if (import.meta.main) await compressWasmInto(process.argv[2] ?? ZOPFLI_CACHE);

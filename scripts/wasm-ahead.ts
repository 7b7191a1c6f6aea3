/**
 * Pagefind's WebAssembly, compressed by Zopfli while Astro builds.
 *
 * The index step replaces Pagefind's gzip of its WebAssembly by Zopfli's,
 * 2.9 KB smaller, and keeps the result by the file's hash
 * (scripts/search-index.ts, recompressWasm). A build without that cache (a
 * fresh machine, a new Pagefind) spent 1.5 s on it after Astro had ended,
 * with the second core idle. The file depends on Pagefind's version alone:
 * Pagefind writes the same bytes for a site of one German page as for the
 * archive. So `npm run build` starts this script as a process of its own
 * before Astro: it indexes one page, compresses that WebAssembly into the
 * cache, and the index step later finds it there. Should it fail, the index
 * step compresses the file itself; nothing is lost but the time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageBin } from './package-bin.ts';
import { recompressWasm, ZOPFLI_CACHE } from './search-index.ts';

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

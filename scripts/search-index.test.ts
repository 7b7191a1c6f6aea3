import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WITHDRAWN_NOTICE_ATTRIBUTE } from '../src/routes.ts';
import { buildSearchIndex } from './search-index.ts';

const page = (body: string) => `<!doctype html><html lang="de"><head><title>T</title></head><body>${body}</body></html>`;
let site: string;

function writeSite(pages: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'suchindex-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), html);
  }
  return site;
}
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('buildSearchIndex', () => {
  it('indexes the article pages only, in German, and publishes only the files the site uses', async () => {
    const dir = writeSite({
      'artikel/eins': page('<article data-pagefind-body><h1>Eins</h1><p>Die Sanktionen gegen Nordkorea.</p></article>'),
      'artikel/zwei': page('<article data-pagefind-body><h1>Zwei</h1><p>Putin besucht Pjöngjang.</p></article>'),
      'themen/russland': page('<main data-pagefind-body><p>Eine Liste, kein Artikel.</p></main>'),
    });
    const report = await buildSearchIndex({ siteDir: dir, articleDir: 'artikel' });
    expect(report).toMatchObject({ indexed: 2 });
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind/wasm.de.pagefind'))).toBe(true);
    // Recompressed by Zopfli: still gzip, still Pagefind's WebAssembly behind its signature.
    expect(gunzipSync(readFileSync(join(dir, 'pagefind/wasm.de.pagefind'))).subarray(0, 12).toString()).toBe('pagefind_dcd');
    expect(existsSync(join(dir, 'pagefind/wasm.unknown.pagefind'))).toBe(false);
    // One fragment file per article: a search loads the fragments of the results it shows, not all.
    expect(readdirSync(join(dir, 'pagefind/fragment'))).toHaveLength(2);
  });

  it('fails when an article page would be missing from the index', async () => {
    const dir = writeSite({
      'artikel/eins': page('<article data-pagefind-body><p>Im Index.</p></article>'),
      'artikel/zwei': page('<article><p>Ohne data-pagefind-body.</p></article>'),
    });
    await expect(buildSearchIndex({ siteDir: dir, articleDir: 'artikel' })).rejects.toThrow('Pagefind indexed 1 pages, but the site has 2 articles');
  });

  it('leaves the notice of a withdrawn article out of the index, and does not count it as an article', async () => {
    const dir = writeSite({
      'artikel/eins': page('<article data-pagefind-body><p>Im Index.</p></article>'),
      'artikel/zurueckgezogen': page(`<article ${WITHDRAWN_NOTICE_ATTRIBUTE}><h1>Zurückgezogen</h1><p>Ohne Text.</p></article>`),
    });
    expect(await buildSearchIndex({ siteDir: dir, articleDir: 'artikel' })).toMatchObject({ indexed: 1 });
  });
});

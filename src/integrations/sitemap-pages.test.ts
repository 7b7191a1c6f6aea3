import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { indexablePages } from './sitemap-pages.ts';

const site = mkdtempSync(join(tmpdir(), 'archiv-sitemap-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function page(path: string, head: string) {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), `<!DOCTYPE html><html lang="de"><head>${head}</head><body></body></html>`);
}

describe('the pages the sitemap lists', () => {
  page('index.html', '<title>Start</title><link rel="canonical" href="/">');
  page('artikel/gelistet/index.html', '<title>Gelistet</title>');
  page('artikel/zurueckgezogen/index.html', '<meta name="robots" content="noindex"><title>Zurückgezogen</title>');
  page('a/005_0123456789abcdef/index.html', '<meta name="robots" content="noindex">');
  page('404.html', '<title>Nicht gefunden</title><meta name="robots" content="noindex">');
  // A head longer than any one read: the noindex comes after 20,000 bytes of it.
  page(
    'artikel/langer-kopf/index.html',
    `<title>Lang</title><meta name="description" content="${'Wort '.repeat(4_000)}"><meta name="robots" content="noindex">`,
  );
  page(
    'artikel/mit-fassungen/index.html',
    '<title>Fassungen</title><meta property="article:modified_time" content="2025-03-02">',
  );

  const { integration, filter, serialize } = indexablePages(join(site, '.facts'));
  const url = (path: string) => `https://archiv.example.org${path}`;

  it('cannot be known before the build is done', () => {
    expect(() => filter(url('/'))).toThrow(/before the build was done/);
  });

  it('are the built pages that let search engines index them', async () => {
    const done = integration.hooks['astro:build:done'] as (options: {
      dir: URL;
      logger: AstroIntegrationLogger;
    }) => void;
    done({ dir: pathToFileURL(`${site}/`), logger: {} as AstroIntegrationLogger });
    expect(filter(url('/'))).toBe(true);
    expect(filter(url('/artikel/gelistet/'))).toBe(true);
    expect(filter(url('/artikel/zurueckgezogen/'))).toBe(false);
    expect(filter(url('/a/005_0123456789abcdef/'))).toBe(false);
    expect(filter(url('/404/'))).toBe(false);
    expect(filter(url('/artikel/langer-kopf/'))).toBe(false);
    // A page that was not built is not listed.
    expect(filter(url('/artikel/nie-gebaut/'))).toBe(false);
  });

  it("give a page that says when it last changed that date, read with the filter's one reading of its head", () => {
    expect(filter(url('/artikel/mit-fassungen/'))).toBe(true);
    rmSync(join(site, 'artikel/mit-fassungen/index.html'));
    expect(serialize({ url: url('/artikel/mit-fassungen/') })).toEqual({
      url: url('/artikel/mit-fassungen/'),
      lastmod: '2025-03-02',
    });
    expect(serialize({ url: url('/artikel/gelistet/') })).toEqual({ url: url('/artikel/gelistet/') });
  });
});

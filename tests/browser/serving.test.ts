import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { securityHeaders } from '../../scripts/site-headers.ts';
import { builtSite } from './site.ts';

/** `npm start` serves the built site as a production static host would (here the fixture archive's). */
const dist = builtSite('fixture');
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ root: dist, port: 0 });
});
afterAll(() => server?.close());

// node:http, not fetch: fetch would decompress and hide Content-Encoding.
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request(new URL(path, server.url), { headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const css = `/_astro/${readdirSync(join(dist, '_astro')).find((name) => name.endsWith('.css'))}`;
const fragment = `/pagefind/fragment/${readdirSync(join(dist, 'pagefind/fragment'))[0]}`;
const meta = `/pagefind/${readdirSync(join(dist, 'pagefind')).find((name) => name.endsWith('.pf_meta'))}`;

describe('the static server', () => {
  it.each([
    ['/', 'text/html;charset=utf-8'],
    ['/artikel/putin-und-kim-freunde-in-not/', 'text/html;charset=utf-8'],
    [css, 'text/css'],
    ['/pagefind/pagefind.js', 'text/javascript'],
    ['/pagefind/wasm.de.pagefind', 'application/octet-stream'],
    [fragment, 'application/octet-stream'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/feed.xml', 'application/xml; charset=utf-8'],
    ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
  ])('sends %s with its content type and the security headers', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    for (const [name, value] of Object.entries(securityHeaders(dist)))
      expect(response.headers[name.toLowerCase()]).toBe(value);
  });

  it('answers paths no site has with the 404 page and keeps running', async () => {
    for (const path of ['/index.html/x', '/%00', '/../../etc/passwd', '/a/..%2f..%2fpackage.json']) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await get('/')).status).toBe(200);
  });

  it('redirects a folder asked without its slash to the address with one, keeping the query', async () => {
    const response = await get('/themen?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/themen/?x=1');
    expect((await get('/themen/')).status).toBe(200);
    // No folder, no redirect: the 404 page; a file keeps its name.
    expect((await get('/gibt-es-nicht')).status).toBe(404);
    expect((await get('/robots.txt')).status).toBe(200);
    expect((await get('/%E0%A4%A')).status).toBe(404);
    // Always to an address on this site, never to "//themen/" (another host), never to a folder beside the site.
    expect((await get('/.//themen')).headers.location).toBe('/themen/');
    // Beside it, named like it ("dist-alt-…"): a prefix of the path is not the folder.
    const beside = mkdtempSync(join(dist, '..', `${basename(dist)}-alt-`));
    try {
      writeFileSync(join(beside, 'index.html'), '<p>nicht Teil der Website</p>');
      const probe = await get(`/..%2F${basename(beside)}`);
      expect(probe.status).toBe(404);
      expect(probe.headers.location).toBeUndefined();
    } finally {
      rmSync(beside, { recursive: true });
    }
  });

  it('answers an unknown path with the German 404 page and status 404', async () => {
    const response = await get('/gibt-es-nicht/');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('compresses text with brotli or gzip, as the browser asks', async () => {
    expect(
      (await get('/artikel/putin-und-kim-freunde-in-not/', { 'Accept-Encoding': 'br, gzip' })).headers[
        'content-encoding'
      ],
    ).toBe('br');
    expect(
      (await get('/artikel/putin-und-kim-freunde-in-not/', { 'Accept-Encoding': 'gzip' })).headers['content-encoding'],
    ).toBe('gzip');
    expect((await get('/artikel/putin-und-kim-freunde-in-not/')).headers['content-encoding']).toBeUndefined();
  });

  it('lets hashed files be cached for good and makes pages revalidate', async () => {
    expect((await get(css)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(fragment)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(meta)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect((await get('/pagefind/pagefind-entry.json')).headers['cache-control']).toBe(
      'public, max-age=0, must-revalidate',
    );
    expect((await get('/pagefind/pagefind.js')).headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it('answers a repeated request with 304 when the file is unchanged', async () => {
    const first = await get('/');
    expect((await get('/', { 'If-None-Match': String(first.headers.etag) })).status).toBe(304);
  });
});

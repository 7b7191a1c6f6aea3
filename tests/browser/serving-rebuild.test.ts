import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { builtSite } from './site.ts';

/**
 * `npm start` / `npm run serve` serve the dist/ that is there now: a rebuild
 * swaps a new site in (two renames, as scripts/build.ts does) while the
 * server runs. Before, the server kept the file list, sizes and CSP of its
 * start: it sent part of a grown page with a stale ETag, answered 404 for new
 * pages and crashed on a page the rebuild removed.
 */
const root = mkdtempSync(join(tmpdir(), 'archiv-neubau-'));
const dist = join(root, 'dist');
let server: RunningServer;
beforeAll(async () => {
  cpSync(builtSite('fixture'), dist, { recursive: true });
  server = await startServer({ root: dist, port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = request(new URL(path, server.url), { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const PAGE = '/artikel/putin-und-kim-freunde-in-not/';
const GONE = '/themen/sanktionen/';
const NEW = '/neu/';

describe('the server across a rebuild', () => {
  it('serves the new site whole: new bodies, lengths and ETags, new pages, removed pages as 404, the new CSP', async () => {
    const before = await get(PAGE, { 'accept-encoding': 'identity' });
    expect(before.status).toBe(200);
    expect((await get(GONE)).status).toBe(200);
    expect((await get(NEW)).status).toBe(404);

    // The rebuild: a new site beside the old, then the two renames.
    const next = join(root, '.dist-neu');
    cpSync(dist, next, { recursive: true });
    const page = join(next, PAGE, 'index.html');
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace('</main>', `<p>${'Ein neuer Absatz. '.repeat(200)}</p></main>`),
    );
    rmSync(join(next, GONE), { recursive: true });
    cpSync(join(next, PAGE), join(next, NEW), { recursive: true });
    const home = join(next, 'index.html');
    writeFileSync(
      home,
      readFileSync(home, 'utf8').replace(
        /(<meta http-equiv="content-security-policy" content=")/i,
        '$1upgrade-insecure-requests; ',
      ),
    );
    renameSync(dist, join(root, '.dist-alt-1'));
    renameSync(next, dist);

    const after = await get(PAGE, { 'accept-encoding': 'identity' });
    expect(after.status).toBe(200);
    expect(after.body).toBe(readFileSync(join(dist, PAGE, 'index.html'), 'utf8'));
    expect(Number(after.headers['content-length'])).toBe(Buffer.byteLength(after.body));
    expect(after.headers.etag).not.toBe(before.headers.etag);
    // The old ETag no longer matches: the client gets the new page, not a 304.
    expect((await get(PAGE, { 'if-none-match': String(before.headers.etag) })).status).toBe(200);
    expect((await get(NEW)).status).toBe(200);
    const gone = await get(GONE);
    expect(gone.status).toBe(404);
    expect(gone.body).toContain('<html');
    expect(String(after.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    // And it still answers.
    expect((await get('/')).status).toBe(200);
  });
});

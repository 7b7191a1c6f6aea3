import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { cspHeader } from '../../scripts/csp-header.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { securityHeaders } from '../../scripts/site-headers.ts';
import { searchParams } from '../../src/routes.ts';
import { launchChromium } from '../support/chromium.ts';
import { NGINX_HINT, nginxBinary, startNginx, type RunningNginx } from '../support/nginx.ts';
import { searchFor } from './search-helpers.ts';
import { builtSite } from './site.ts';

/**
 * The site on Debian's nginx with the server block operators are given
 * (docs/hosting/nginx.conf, docs/operators.md), changed only in where it
 * listens and where the site lies: every header, status and content type
 * of the table in docs/operators.md, "Headers and CSP", the same answers as `npm start` for
 * every file, and a search in Chromium with no violation of the policy.
 * Under CI the test never skips (.ci/run installs nginx); on a machine
 * without nginx it is skipped with the way to get it.
 */
const CONFIG = 'docs/hosting/nginx.conf';
const dist = builtSite('fixture');
const binary = nginxBinary();
let nginx: RunningNginx | undefined;
let projectServer: RunningServer;

/** The operator's file as it is, but listening on the test's port and serving the fixture archive. */
function servedConfig(port: number): string {
  const committed = readFileSync(CONFIG, 'utf8');
  const listens = committed.match(/^ {4}listen .*;\n/gm) ?? [];
  const roots = committed.match(/^ {4}root .*;$/gm) ?? [];
  if (listens.length === 0 || roots.length !== 1)
    throw new Error(`${CONFIG} has no listen or no single root line to point at the test's site`);
  return committed
    .replace(/^ {4}listen .*;\n/gm, '')
    .replace(roots[0], `    listen 127.0.0.1:${port};\n    root ${dist};`);
}

beforeAll(async () => {
  projectServer = await startServer({ root: dist, port: 0 });
  if (binary) nginx = await startNginx(binary, servedConfig);
});
afterAll(async () => {
  await nginx?.close();
  await projectServer?.close();
});

/** The running nginx; skips the test without one, but fails it under CI. */
function running(context: TestContext): RunningNginx {
  if (!nginx) {
    if (process.env.CI) throw new Error(`No nginx under CI. ${NGINX_HINT}`);
    context.skip(NGINX_HINT);
  }
  return nginx;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

// node:http, not fetch: fetch would decompress and hide Content-Encoding.
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const FOREVER = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** The first file of a folder of the built site whose name ends so, as a path. */
function firstFile(folder: string, ending: string): string {
  const name = readdirSync(join(dist, folder)).find((file) => file.endsWith(ending));
  if (!name) throw new Error(`no ${ending} file in ${folder}`);
  return `/${folder}/${name}`;
}

/** Every file of the built site as a reader asks for it: a folder's index.html by the folder's address. */
function sitePaths(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/**
 * What the two servers must agree on. Content types are compared without
 * the space after ";" (`npm start` sends text/html;charset=utf-8), and not
 * for a redirect, whose body is nginx's own note where `npm start` sends none.
 */
function comparable(answer: Answer): Record<string, unknown> {
  const header = (name: string) => answer.headers[name];
  const redirect = answer.status >= 300 && answer.status < 400;
  return {
    status: answer.status,
    contentType: redirect ? undefined : String(header('content-type')).toLowerCase().replace(/;\s*/g, '; '),
    cacheControl: header('cache-control'),
    contentEncoding: header('content-encoding'),
    location: header('location'),
    ...Object.fromEntries(Object.keys(securityHeaders(dist)).map((name) => [name, header(name.toLowerCase())])),
  };
}

describe('the nginx server block operators are given', () => {
  it('names the policy of this build, as the Caddyfile does', () => {
    for (const file of [CONFIG, 'docs/hosting/Caddyfile']) {
      expect(
        readFileSync(file, 'utf8'),
        `${file}: write it again with \`npm run -s server-config\` (docs/operators.md)`,
      ).toContain(`"${cspHeader()}"`);
    }
  });

  it.for([
    ['/', 'text/html; charset=utf-8', REVALIDATE],
    ['/artikel/putin-und-kim-freunde-in-not/', 'text/html; charset=utf-8', REVALIDATE],
    ['/404.html', 'text/html; charset=utf-8', REVALIDATE],
    [firstFile('_astro', '.css'), 'text/css', FOREVER],
    [firstFile('_astro', '.js'), 'text/javascript', FOREVER],
    ['/pagefind/pagefind.js', 'text/javascript', REVALIDATE],
    ['/pagefind/pagefind-entry.json', 'application/json', REVALIDATE],
    ['/pagefind/wasm.de.pagefind', 'application/octet-stream', REVALIDATE],
    [firstFile('pagefind', '.pf_meta'), 'application/octet-stream', FOREVER],
    [firstFile('pagefind/fragment', '.pf_fragment'), 'application/octet-stream', FOREVER],
    [firstFile('pagefind/index', '.pf_index'), 'application/octet-stream', FOREVER],
    [firstFile('pagefind/filter', '.pf_filter'), 'application/octet-stream', FOREVER],
    ['/feed.xml', 'application/xml; charset=utf-8', REVALIDATE],
    ['/themen/russland/feed.xml', 'application/xml; charset=utf-8', REVALIDATE],
    ['/sitemap-index.xml', 'application/xml; charset=utf-8', REVALIDATE],
    ['/favicon.svg', 'image/svg+xml', REVALIDATE],
    ['/robots.txt', 'text/plain', REVALIDATE],
  ] as const)('sends %s as %s, cached by "%s", with every security header', async ([path, type, cache], context) => {
    const response = await get(running(context).url, path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['cache-control']).toBe(cache);
    for (const [name, value] of Object.entries(securityHeaders(dist)))
      expect(response.headers[name.toLowerCase()], name).toBe(value);
  });

  it('answers an unknown path with the 404 page, status 404 and every security header (nginx adds none to a 404 without "always")', async (context) => {
    const { url } = running(context);
    for (const path of [
      '/gibt-es-nicht/',
      '/gibt-es-nicht',
      '/_astro/gibt-es-nicht.js',
      '/themen/gibt-es-nicht/feed.xml',
    ]) {
      const response = await get(url, path);
      expect(response.status, path).toBe(404);
      expect(response.body.equals(readFileSync(join(dist, '404.html'))), `${path}: the body is dist/404.html`).toBe(
        true,
      );
      expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
      // Never "immutable": a hashed file that is missing now may be deployed in a minute.
      expect(response.headers['cache-control'], path).toBe(REVALIDATE);
      for (const [name, value] of Object.entries(securityHeaders(dist)))
        expect(response.headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
    }
  });

  it('redirects a folder asked without its slash to the same host and port: the path only, the query kept', async (context) => {
    const { url, port } = running(context);
    const response = await get(url, '/themen?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/themen/?x=1');
    for (const [name, value] of Object.entries(securityHeaders(dist)))
      expect(response.headers[name.toLowerCase()], name).toBe(value);
    // Behind a proxy the reader's host is another: the redirect must not name nginx's own host or port.
    const proxied = await get(url, '/archiv/2024', { Host: 'archiv.example.org' });
    expect(proxied.headers.location).toBe('/archiv/2024/');
    expect(String(proxied.headers.location)).not.toContain(String(port));
    expect((await get(url, '/themen/')).status).toBe(200);
  });

  it("compresses HTML, CSS, JavaScript and XML with gzip, but not Pagefind's files, which are gzip already", async (context) => {
    const { url } = running(context);
    const gzip = { 'Accept-Encoding': 'gzip' };
    for (const path of [
      '/',
      '/artikel/putin-und-kim-freunde-in-not/',
      firstFile('_astro', '.css'),
      '/pagefind/pagefind.js',
      '/feed.xml',
    ]) {
      const response = await get(url, path, gzip);
      expect(response.headers['content-encoding'], path).toBe('gzip');
      expect(response.headers.vary, path).toBe('Accept-Encoding');
    }
    for (const path of [
      '/pagefind/wasm.de.pagefind',
      firstFile('pagefind/fragment', '.pf_fragment'),
      firstFile('pagefind/index', '.pf_index'),
    ]) {
      expect((await get(url, path, gzip)).headers['content-encoding'], path).toBeUndefined();
    }
    expect((await get(url, '/')).headers['content-encoding']).toBeUndefined();
  });

  it('answers a repeated request with 304 when the file is unchanged', async (context) => {
    const { url } = running(context);
    const first = await get(url, '/');
    const again = await get(url, '/', { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe(REVALIDATE);
  });

  it('answers every file of the site, a 404 and a redirect as `npm start` does', async (context) => {
    const { url } = running(context);
    const paths = [...sitePaths(), '/gibt-es-nicht/', '/themen', '/quellen?x=1'];
    expect(paths.length).toBeGreaterThan(50);
    const differences: string[] = [];
    for (const path of paths) {
      for (const headers of [{}, { 'Accept-Encoding': 'gzip' }]) {
        const [fromNginx, fromProject] = await Promise.all([
          get(url, path, headers),
          get(projectServer.url, path, headers),
        ]);
        const [ours, theirs] = [comparable(fromNginx), comparable(fromProject)];
        for (const key of Object.keys(theirs)) {
          if (ours[key] !== theirs[key])
            differences.push(
              `${path} ${JSON.stringify(headers)} ${key}: nginx ${JSON.stringify(ours[key])}, npm start ${JSON.stringify(theirs[key])}`,
            );
        }
      }
    }
    expect(differences).toEqual([]);
  });

  describe('in Chromium', () => {
    let browser: Browser | undefined;
    afterAll(() => browser?.close());

    /** A page that records what the policy blocks and what the browser refuses to load (a module script sent as another type, a missing file). */
    async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
      browser ??= await launchChromium();
      const page = await browser.newPage();
      const problems: string[] = [];
      await page.exposeFunction('__meldeVerstoss', (text: string) => problems.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { __meldeVerstoss(text: string): void }).__meldeVerstoss(
            `${event.violatedDirective} ${event.blockedURI}`,
          ),
        );
      });
      page.on('console', (message) => {
        if (/Content Security Policy|Failed to load/i.test(message.text())) problems.push(message.text());
      });
      return { page, problems };
    }

    it('lets search run and a result be highlighted under the header policy, with no violation', async (context) => {
      const { url } = running(context);
      const { page, problems } = await watchedPage();
      const response = await page.goto(new URL('/suche/', url).href);
      expect(response?.headers()['content-security-policy']).toBe(cspHeader());
      const [first] = await searchFor(page, 'Limousine');
      expect(first).toBeDefined();
      await Promise.all([
        page.waitForURL(/\/artikel\//, { waitUntil: 'load' }),
        page.click('#suchergebnisse .result h2 a'),
      ]);
      expect(new URL(page.url()).searchParams.get(searchParams.highlight)).toBeTruthy();
      // Loaded: a script the policy blocked has been reported by now; say so rather than wait for its marks in vain.
      expect(problems).toEqual([]);
      await page.waitForSelector('mark.pagefind-highlight');
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});

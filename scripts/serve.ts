/**
 * Serves the built site (dist/) the way a static host does: directory URLs
 * resolve to their index.html, unknown paths get the German 404 page with
 * status 404, and hashed assets under /_astro/ may be cached for good.
 *
 *   node scripts/serve.ts            (npm start builds first, then runs this)
 *   PORT=8080 node scripts/serve.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startServer({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}): Promise<RunningServer> {
  const dir = resolve(root);
  const notFoundPage = join(dir, '404.html');
  if (!existsSync(join(dir, 'index.html')) || !existsSync(notFoundPage)) {
    throw new Error(`${dir} holds no built site: run "npm run build" first`);
  }
  const notFound = readFileSync(notFoundPage);
  const assets = sirv(dir, {
    etag: true,
    // Astro names the files under /_astro/ by their content hash, so they never change.
    setHeaders(response, pathname) {
      response.setHeader('X-Content-Type-Options', 'nosniff');
      if (pathname.startsWith('/_astro/')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const server = createServer((request, response) =>
    assets(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      response.end(notFound);
    }),
  );
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolveListen);
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}/`;
  return {
    url,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

if (import.meta.main) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 4321) });
  console.log(`Das Archiv läuft auf ${url} (beenden mit Strg+C)`);
}

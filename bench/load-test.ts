/**
 * Many concurrent readers against the server behind `npm start`, for 10
 * seconds on 127.0.0.1: home, articles, tag pages, the search page and
 * Pagefind's files, asking for compressed answers as browsers do. Prints
 * requests per second and latency; exits with 1 on any error or non-2xx.
 *
 *   npm run build && npm run load-test
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import autocannon from 'autocannon';

const PORT = Number(process.env.PORT ?? 4399);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 100);
/** 10 s, or LOAD_SECONDS=… to keep readers reading through a rebuild. */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);

const articles = readdirSync('dist/artikel').map((slug) => `/artikel/${slug}/`);
const tags = readdirSync('dist/themen', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `/themen/${entry.name}/`);
const paths = ['/', '/themen/', '/suche/', '/pagefind/pagefind.js', '/pagefind/wasm.de.pagefind', ...articles, ...tags];

const server = spawn(process.execPath, ['scripts/serve.ts'], {
  env: { ...process.env, PORT: String(PORT) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((ready) => server.stdout.once('data', () => ready()));
try {
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'accept-encoding': 'br, gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  console.log(`| measure | value |\n|---|---:|`);
  console.log(`| concurrent connections | ${CONNECTIONS} |`);
  console.log(`| duration | ${SECONDS} s |`);
  console.log(`| requests | ${result.requests.total} |`);
  console.log(`| requests per second (mean) | ${result.requests.average.toFixed(0)} |`);
  console.log(`| latency p50 / p99 | ${result.latency.p50} ms / ${result.latency.p99} ms |`);
  console.log(`| throughput (mean) | ${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s |`);
  console.log(`| errors, timeouts, non-2xx | ${result.errors}, ${result.timeouts}, ${result.non2xx} |`);
  process.exitCode = failed > 0 ? 1 : 0;
} finally {
  server.kill();
}

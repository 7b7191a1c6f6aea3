import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Debian's nginx as a process of a test: a server block (an operator's
 * config, docs/hosting/nginx.conf) inside the http {} that Debian's
 * /etc/nginx/nginx.conf would give it, run in the foreground by the user
 * that runs the tests, with its pid, logs and temporary files in a folder of
 * its own and a free port on 127.0.0.1. The package's own service is never
 * needed.
 */

export const NGINX_HINT =
  'This test serves the site with nginx: apt-get install nginx (Debian/Ubuntu); its service need not run.';

/** The nginx binary: on the PATH, or where Debian puts it (/usr/sbin is not on every user's PATH); undefined when there is none. */
export function nginxBinary(): string | undefined {
  return ['nginx', '/usr/sbin/nginx'].find((binary) => spawnSync(binary, ['-v'], { stdio: 'ignore' }).status === 0);
}

export interface RunningNginx {
  /** The address it serves, with a trailing slash. */
  url: string;
  port: number;
  /** What nginx wrote to stderr and its error log so far. */
  output(): string;
  close(): Promise<void>;
}

/** A port no one listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The nginx.conf around the server block: what Debian's nginx.conf sets at http level, with paths of the test's own. */
function mainConfig(dir: string, serverBlock: string): string {
  const temp = (name: string) => join(dir, name);
  return [
    // As root, nginx would run its workers as "nobody", who cannot read the test's temporary site.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    'daemon off;',
    `pid ${temp('nginx.pid')};`,
    `error_log ${temp('error.log')};`,
    'events { worker_connections 64; }',
    'http {',
    '    sendfile on;',
    '    tcp_nopush on;',
    '    types_hash_max_size 2048;',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    access_log off;',
    '    gzip on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${temp(kind)};`),
    serverBlock,
    '}',
    '',
  ].join('\n');
}

/**
 * Starts nginx with `configFor(port)`, a server block for the port it is
 * given, and resolves once nginx accepts connections on it (it rejects with
 * nginx's own words when nginx stops instead, e.g. on a config error).
 */
export async function startNginx(
  binary: string,
  configFor: (port: number) => string,
  timeoutMs = 10_000,
): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'archiv-nginx-'));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, mainConfig(dir, configFor(port)));
  let stderr = '';
  // -e: errors before the config is read go to stderr, not to /var/log/nginx (which this user may not write).
  const child: ChildProcess = spawn(binary, ['-c', conf, '-p', dir, '-e', 'stderr'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const output = () => {
    try {
      return stderr + readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return stderr; // no log yet
    }
  };
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Wait for the state, not a time: nginx listens, or it has stopped.
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const said = output();
      await close();
      throw new Error(`nginx stopped (${child.exitCode ?? child.signalCode}):\n${said}`);
    }
    if (await accepts(port)) break;
    if (performance.now() > deadline) {
      const said = output();
      await close();
      throw new Error(`nginx did not listen on port ${port} within ${timeoutMs} ms:\n${said}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { url: `http://127.0.0.1:${port}/`, port, output, close };
}

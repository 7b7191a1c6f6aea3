import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bare,
  caddyfile,
  COMPRESSED_TYPES,
  DEFAULT_OPTIONS,
  nginxConfig,
  pattern,
  quoted,
  serverConfig,
  SERVER_KINDS,
  type ServerKind,
} from './server-config.ts';
import { CONTENT_TYPES, SECURITY_HEADERS } from './site-headers.ts';

const FILES: Record<ServerKind, string> = { nginx: 'docs/hosting/nginx.conf', caddy: 'docs/hosting/Caddyfile' };
const CSP = "default-src 'self'; script-src 'self' 'sha256-abc+/='; frame-ancestors 'none'";

/** The policy a config file names (the browser test checks that it is the build's). */
function policyIn(config: string): string {
  const policy = config.match(/Content-Security-Policy\s+"([^"]*)"/)?.[1];
  if (!policy) throw new Error('no Content-Security-Policy in the config');
  return policy;
}

/** The lines of an nginx config with the depth of braces each stands at: 1 in the server block, 2 in its locations. */
function nginxLines(config: string): { line: string; depth: number }[] {
  let depth = 0;
  return config.split('\n').map((raw) => {
    const line = raw.replace(/#.*$/, '').trim();
    const entry = { line, depth };
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    return entry;
  });
}

describe('docs/hosting/', () => {
  it.each(SERVER_KINDS)(
    'holds what `npm run -s server-config -- %s` writes (but for the policy, which needs a build)',
    (kind) => {
      const committed = readFileSync(FILES[kind], 'utf8');
      expect(
        committed,
        `${FILES[kind]}: write it again with \`npm run -s server-config -- ${kind} > ${FILES[kind]}\``,
      ).toBe(serverConfig(kind, { ...DEFAULT_OPTIONS, csp: policyIn(committed) }));
    },
  );
});

describe('the nginx server block', () => {
  const config = nginxConfig({ ...DEFAULT_OPTIONS, csp: CSP });
  const lines = nginxLines(config);

  it('sends every security header and the cache rule on every answer, 404s included ("always")', () => {
    const added = lines.filter(({ line }) => line.startsWith('add_header '));
    expect(added.map(({ line }) => line.split(/\s+/)[1])).toEqual([
      ...Object.keys(SECURITY_HEADERS),
      'Content-Security-Policy',
      'Cache-Control',
    ]);
    for (const { line } of added) expect(line).toMatch(/ always;$/);
    expect(config).toContain(`add_header Content-Security-Policy    "${CSP}" always;`);
  });

  it('sets headers in the server block only, so that no location drops them', () => {
    expect(lines.filter(({ line }) => line.startsWith('add_header ')).every(({ depth }) => depth === 1)).toBe(true);
    expect(lines.filter(({ line }) => line.startsWith('location ')).length).toBe(CONTENT_TYPES.length);
  });

  it('redirects by path, never naming its own host and port, and answers unknown paths with the 404 page', () => {
    expect(lines).toContainEqual({ line: 'absolute_redirect off;', depth: 1 });
    expect(lines).toContainEqual({ line: 'error_page 404 /404.html;', depth: 1 });
  });

  it("compresses the site's text but never Pagefind's files, which are gzip already", () => {
    expect(lines).toContainEqual({ line: `gzip_types ${COMPRESSED_TYPES.join(' ')};`, depth: 1 });
    for (const type of ['text/css', 'text/javascript', 'application/json', 'application/xml', 'image/svg+xml'])
      expect(COMPRESSED_TYPES).toContain(type);
    expect(COMPRESSED_TYPES).not.toContain('application/octet-stream');
  });

  it('names the root, the host and the addresses it is given', () => {
    const custom = nginxConfig({ root: '/srv/archiv', serverName: 'archiv.example.de', listen: ['8080'], csp: CSP });
    expect(custom).toContain('    root /srv/archiv;\n');
    expect(custom).toContain('    server_name archiv.example.de;\n');
    expect(custom).toContain('    listen 8080;\n    server_name');
  });
});

describe('the Caddyfile', () => {
  const config = caddyfile({ ...DEFAULT_OPTIONS, csp: CSP });

  it('sends the security headers on every answer and on errors, and each content type rule', () => {
    expect(config.match(/import archiv_headers/g)).toHaveLength(2);
    expect(config).toContain(`Content-Security-Policy "${CSP}"`);
    for (const rule of CONTENT_TYPES) expect(config).toContain(`@${rule.name} path_regexp ${rule.files.source}`);
    expect(config).toContain(`\n${DEFAULT_OPTIONS.serverName} {\n\troot * ${DEFAULT_OPTIONS.root}\n`);
  });
});

describe('writing values into a config', () => {
  it('refuses what nginx or Caddy would read as a variable, a placeholder or the end of the string', () => {
    expect(quoted("default-src 'self'")).toBe(`"default-src 'self'"`);
    for (const value of ['a"b', 'a$b', 'a{b}', 'a\\b', 'a\nb'])
      expect(() => quoted(value), value).toThrow('cannot write');
    expect(pattern('\\.xml$')).toBe('\\.xml$');
    for (const source of ['a"b', '\\n', '\\t']) expect(() => pattern(source), source).toThrow('cannot write');
    expect(bare('/var/www/archiv')).toBe('/var/www/archiv');
    for (const value of ['/srv/mein archiv', '/srv/a;b', 'a{b', '#x', '$host'])
      expect(() => bare(value), value).toThrow('cannot write');
  });
});

/**
 * Ready server configs for the built site: an nginx server block and a
 * Caddyfile that send what `npm start` sends (scripts/site-headers.ts: the
 * security headers with the build's Content Security Policy, the cache rule
 * of each path, the content types MIME tables get wrong), answer unknown
 * paths with the 404 page and compress text. docs/operators.md explains
 * them; docs/hosting/ holds them as written with the defaults below, and a
 * test keeps those files equal to this output.
 *
 *   npm run -s server-config -- nginx > archiv.conf        (after npm run build; for /etc/nginx/sites-available/)
 *   npm run -s server-config -- caddy --root /srv/archiv --server-name archiv.example.de > Caddyfile
 *
 * Options: --root (where dist/ is copied to on the server), --server-name
 * (nginx's server_name; Caddy's site address), --listen (nginx, repeatable,
 * e.g. "443 ssl"), --site (the built site the policy is read from; dist).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cspHeader } from './csp-header.ts';
import {
  CACHE_FOREVER,
  CACHE_REVALIDATE,
  CONTENT_TYPES,
  contentTypeHeader,
  HASHED,
  SECURITY_HEADERS,
} from './site-headers.ts';

export const SERVER_KINDS = ['nginx', 'caddy'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

export interface ServerConfigOptions {
  /** The folder on the server that holds the built site (a copy of dist/). */
  root: string;
  /** nginx: the server_name; Caddy: the site address (a domain gets HTTPS by itself; ":8080" is plain HTTP). */
  serverName: string;
  /** nginx's listen addresses. */
  listen: readonly string[];
  /** The full Content-Security-Policy header of the build (scripts/csp-header.ts). */
  csp: string;
}

/** The options docs/hosting/ is written with. */
export const DEFAULT_OPTIONS: Omit<ServerConfigOptions, 'csp'> = {
  root: '/var/www/archiv',
  serverName: 'archiv.example.org',
  listen: ['80', '[::]:80'],
};

/**
 * Types compressed on the fly (HTML always is): the text the site sends.
 * Pagefind's files are not among them: they are gzip already, and sent as
 * application/octet-stream (scripts/site-headers.ts), which is never compressed.
 */
export const COMPRESSED_TYPES = [
  'text/plain',
  'text/css',
  'text/javascript',
  'application/javascript',
  'application/json',
  'application/xml',
  'image/svg+xml',
];

/** The headers every answer carries, the policy last. */
function headersOf(csp: string): [string, string][] {
  return [...Object.entries(SECURITY_HEADERS), ['Content-Security-Policy', csp]];
}

/** A header value as a double-quoted string that nginx and Caddy both take literally: neither may find a variable or placeholder in it. */
export function quoted(value: string): string {
  if (/["\\${}\n]/.test(value))
    throw new Error(
      `cannot write ${JSON.stringify(value)} into a server config: it holds a quote, backslash, $, brace or line break`,
    );
  return `"${value}"`;
}

/** A path, host name or address as a bare word of either config: nothing that ends it, quotes it, comments it out or names a variable. */
export function bare(value: string): string {
  if (!/^[^\s;{}"'$#\\]+$/.test(value))
    throw new Error(`cannot write ${JSON.stringify(value)} into a server config as a path, name or address`);
  return value;
}

/** A regular expression as both servers read it: nginx would turn \t, \n, \r, \\ and an escaped quote into other characters. */
export function pattern(source: string): string {
  if (/["\n]|\\[tnr"'\\]/.test(source)) throw new Error(`cannot write the pattern ${source} into a server config`);
  return source;
}

/** Where old hashed files are discussed; the same words head both configs. */
const DEPLOY_NOTE = [
  "Deploying: keep the previous deploy's hashed files (/_astro/, /pagefind/) for a while: pages opened",
  'before a deploy still load scripts and search chunks by their old names. This deletes removed pages only:',
  "  rsync -a --checksum --delay-updates --delete-delay --filter='P /_astro/***' --filter='P /pagefind/***' dist/ host:<root>/",
  'docs/operators.md says when and how to clear out the old hashed files.',
];

export function nginxConfig(options: ServerConfigOptions): string {
  const headers = headersOf(options.csp);
  const width = Math.max(...headers.map(([name]) => name.length));
  // `charset utf-8` below names the charset; these types get it too (text/html always does).
  const charsets = [...new Set(CONTENT_TYPES.filter((rule) => rule.charset).map((rule) => rule.type))];
  const lines = [
    '# The Nachrichtenarchiv on nginx: a server block for /etc/nginx/sites-available/ (Debian: link it',
    '# into sites-enabled/, then `nginx -t && systemctl reload nginx`). It sends what `npm start` sends.',
    '# Written by `npm run -s server-config -- nginx` (scripts/server-config.ts) from the built site:',
    '# write it again after an Astro update, since the policy names the hashes of the inline scripts.',
    '# docs/operators.md explains every part.',
    '#',
    ...DEPLOY_NOTE.map((line) => `# ${line}`),
    '',
    '# The cache rule of each path. A map lives at http level, which is where Debian includes this file.',
    'map $uri $archiv_cache_control {',
    `    "~${pattern(HASHED.source)}" ${quoted(CACHE_FOREVER)};`,
    `    default ${quoted(CACHE_REVALIDATE)};`,
    '}',
    '',
    'server {',
    ...options.listen.map((address) => `    listen ${address.trim().split(/\s+/).map(bare).join(' ')};`),
    `    server_name ${bare(options.serverName)};`,
    `    root ${bare(options.root)};`,
    '    index index.html;',
    '    error_page 404 /404.html;',
    '',
    '    # Redirects ("/themen" to "/themen/") name the path only, never this server\'s own host and',
    '    # port, which behind a proxy or in a container are not the ones readers use.',
    '    absolute_redirect off;',
    '    server_tokens off;',
    '    # HTML says its charset, as `npm start` sends it; the types below name theirs too.',
    '    charset utf-8;',
    `    charset_types ${charsets.join(' ')};`,
    '',
    '    # Every answer carries these, 404s included: without "always" nginx adds them to 2xx and 3xx only.',
    "    # nginx drops ALL of a server's add_header lines in a location that has an add_header of its own:",
    '    # no location below has one. A location that needs one must repeat every line here.',
    ...headers.map(([name, value]) => `    add_header ${name.padEnd(width)} ${quoted(value)} always;`),
    `    add_header ${'Cache-Control'.padEnd(width)} $archiv_cache_control always;`,
    '',
    "    # Debian compresses HTML only. Pagefind's files are gzip already: their type is left out.",
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_proxied any;',
    '    gzip_min_length 1024;',
    `    gzip_types ${COMPRESSED_TYPES.join(' ')};`,
    '',
    '    # Content types that /etc/nginx/mime.types gets wrong or lacks (these locations add no header).',
    ...CONTENT_TYPES.flatMap((rule) => [
      `    location ~ "${pattern(rule.files.source)}" {`,
      `        # ${rule.why}`,
      '        types { }',
      `        default_type ${rule.type};`,
      '    }',
    ]),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

export function caddyfile(options: ServerConfigOptions): string {
  const hashed = pattern(HASHED.source);
  const lines = [
    '# The Nachrichtenarchiv on Caddy (2.6 or newer): it sends what `npm start` sends.',
    '# Written by `npm run -s server-config -- caddy` (scripts/server-config.ts) from the built site:',
    '# write it again after an Astro update, since the policy names the hashes of the inline scripts.',
    '# docs/operators.md explains every part.',
    '#',
    ...DEPLOY_NOTE.map((line) => `# ${line}`),
    '',
    '# The headers of every answer, 404s included (handle_errors imports them again).',
    '(archiv_headers) {',
    '\theader {',
    ...headersOf(options.csp).map(([name, value]) => `\t\t${name} ${quoted(value)}`),
    '\t}',
    '}',
    '',
    `${bare(options.serverName)} {`,
    `\troot * ${bare(options.root)}`,
    '\timport archiv_headers',
    '',
    '\t# The cache rule of each path: two matchers that exclude each other, since Caddy orders',
    '\t# header directives by their matchers, not as written.',
    `\t@hashed path_regexp ${hashed}`,
    `\theader @hashed Cache-Control ${quoted(CACHE_FOREVER)}`,
    `\t@revalidated not path_regexp ${hashed}`,
    `\theader @revalidated Cache-Control ${quoted(CACHE_REVALIDATE)}`,
    '',
    '\t# Content types that the MIME table gets wrong or lacks (file_server keeps a type set before it).',
    ...CONTENT_TYPES.flatMap((rule) => [
      `\t# ${rule.why}`,
      `\t@${rule.name} path_regexp ${pattern(rule.files.source)}`,
      `\theader @${rule.name} Content-Type ${quoted(contentTypeHeader(rule))}`,
    ]),
    '',
    "\t# Caddy's own list leaves out application/xml (the feeds, the sitemap).",
    '\tencode zstd gzip {',
    '\t\tmatch {',
    ...['text/', ...COMPRESSED_TYPES.filter((type) => !type.startsWith('text/'))].map(
      (type) => `\t\t\theader Content-Type ${type}*`,
    ),
    '\t\t}',
    '\t}',
    '\tfile_server',
    '',
    '\t# An unknown path: the 404 page with status 404, revalidated and as HTML, whatever the path set.',
    '\thandle_errors {',
    '\t\timport archiv_headers',
    `\t\theader Cache-Control ${quoted(CACHE_REVALIDATE)}`,
    '\t\t@notFound expression {err.status_code} == 404',
    '\t\thandle @notFound {',
    '\t\t\theader Content-Type "text/html; charset=utf-8"',
    '\t\t\trewrite * /404.html',
    '\t\t\tfile_server',
    '\t\t}',
    '\t}',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

export function serverConfig(kind: ServerKind, options: ServerConfigOptions): string {
  return kind === 'nginx' ? nginxConfig(options) : caddyfile(options);
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      root: { type: 'string', default: DEFAULT_OPTIONS.root },
      'server-name': { type: 'string', default: DEFAULT_OPTIONS.serverName },
      listen: { type: 'string', multiple: true, default: [...DEFAULT_OPTIONS.listen] },
      site: { type: 'string', default: 'dist' },
    },
  });
  const kind = positionals[0];
  if (positionals.length !== 1 || !SERVER_KINDS.includes(kind as ServerKind)) {
    console.error(
      'usage: npm run -s server-config -- nginx|caddy [--root /var/www/archiv] [--server-name archiv.example.org] [--listen 80 …] [--site dist]',
    );
    process.exit(2);
  }
  if (!existsSync(join(values.site, 'index.html'))) {
    console.error(`${values.site} holds no built site, and the policy is read from it: run "npm run build" first`);
    process.exit(1);
  }
  try {
    const csp = cspHeader(values.site);
    process.stdout.write(
      serverConfig(kind as ServerKind, {
        root: values.root,
        serverName: values['server-name'],
        listen: values.listen,
        csp,
      }),
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

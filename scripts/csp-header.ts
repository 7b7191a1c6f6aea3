/**
 * The built site's Content Security Policy as one HTTP header, for
 * `npm start` and for operators of other hosts (docs/operators.md, "Headers and CSP"):
 *
 *   npm run -s csp-header               (after npm run build)
 *
 * (An npm script, since Node runs .ts files only from version 22.18 on; npm
 * puts the project's Node 24 first on the path of its scripts.) The server
 * configs of scripts/server-config.ts carry the same header.
 *
 * Every page carries the same policy in a <meta> tag (astro.config.mjs hashes
 * its inline scripts site-wide); the header repeats it and adds what a <meta>
 * tag cannot say. It is read from the built home page rather than written
 * out here, since the hashes of Astro's own scripts change with Astro.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Directives that a policy in a <meta> tag ignores, and so only a header can set. */
const HEADER_ONLY = "frame-ancestors 'none'";
/** For pages without a policy of their own (a test strips it to try the sanitizer alone): what needs no hashes. */
const WITHOUT_PAGE_POLICY = [HEADER_ONLY, "object-src 'none'", "base-uri 'self'"].join('; ');

export function cspHeader(root = 'dist'): string {
  const home = readFileSync(join(resolve(root), 'index.html'), 'utf8');
  const meta = home.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i)?.[1];
  if (!meta) return WITHOUT_PAGE_POLICY;
  const directives = meta
    .replace(/&#39;/g, "'")
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
  return [...directives, HEADER_ONLY].join('; ');
}

if (import.meta.main) console.log(cspHeader(process.argv[2]));

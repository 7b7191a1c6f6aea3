/**
 * What a host must send with the built site besides the files, in one
 * place: the security headers with the Content Security Policy, the cache
 * rule of each path and the content types no MIME table gets right. Read by
 * scripts/serve.ts (`npm start`) and by scripts/server-config.ts (the nginx
 * and Caddy configs in docs/hosting/), so that the project's own server and
 * the configs operators copy never differ. docs/operators.md, "Headers and CSP", lists them.
 */
import { cspHeader } from './csp-header.ts';

/**
 * Headers for every answer but the Content-Security-Policy, which comes from
 * the built pages (securityHeaders).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * SECURITY_HEADERS and the full CSP of the built site: the pages' own
 * site-wide <meta> policy with its hashes, plus frame-ancestors, so that the
 * site works when a host sends the policy as a header, as CDNs usually do.
 */
export function securityHeaders(root = 'dist'): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': cspHeader(root) };
}

/** Astro names the files under /_astro/ and Pagefind its index chunks and its metadata (pagefind.de_<hash>.pf_meta) by their content hash. */
export const HASHED = /^\/(_astro\/|pagefind\/(fragment|index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/;

/** For a hashed file: a new version has a new name, so a browser may keep this one for good. */
export const CACHE_FOREVER = 'public, max-age=31536000, immutable';
/** For everything else: asked again each time (a 304 when unchanged), so a rebuild is seen at once. */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

export function cacheControl(pathname: string): string {
  return HASHED.test(pathname) ? CACHE_FOREVER : CACHE_REVALIDATE;
}

/** A content type a host must send for the files a pattern matches, whatever its MIME table says. */
export interface ContentTypeRule {
  /** A short name for the files, for the configs' matchers. */
  name: string;
  /** Matched against the path; the same pattern works in JavaScript, nginx (PCRE) and Caddy (RE2). */
  files: RegExp;
  type: string;
  /** Only UTF-8: the site writes nothing else, and the nginx config names it once for all types. */
  charset?: 'utf-8';
  why: string;
}

export const CONTENT_TYPES: readonly ContentTypeRule[] = [
  {
    name: 'pagefind',
    files: /\.(pagefind|pf_[a-z]+)$/,
    type: 'application/octet-stream',
    why: "Pagefind's index and WebAssembly, which no MIME table knows; already gzip-compressed by Pagefind, so never compressed again",
  },
  {
    name: 'xml',
    files: /\.xml$/,
    type: 'application/xml',
    charset: 'utf-8',
    why: 'Feeds and the sitemap: "text/xml", as MIME tables say, names no charset, and feed validators advise against it',
  },
  {
    name: 'javascript',
    files: /\.js$/,
    type: 'text/javascript',
    why: 'The type RFC 9239 names; older MIME tables (Debian\'s nginx) still say "application/javascript"',
  },
];

/** The Content-Type header of a rule: its type, with its charset where it names one. */
export function contentTypeHeader(rule: ContentTypeRule): string {
  return rule.charset ? `${rule.type}; charset=${rule.charset}` : rule.type;
}

/** The content type a path must be sent with whatever the MIME table says, or undefined to leave it to the table. */
export function contentTypeFor(pathname: string): string | undefined {
  const rule = CONTENT_TYPES.find((candidate) => candidate.files.test(pathname));
  return rule && contentTypeHeader(rule);
}

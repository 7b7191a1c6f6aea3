import { createHash } from 'node:crypto';
import { paths, searchParams } from '../routes.ts';

/**
 * The inline script of an article page that loads Pagefind's highlighter,
 * only for a reader who comes from a search result (…?markiert=…): every
 * other visit requests no script file. Written from routes.ts, so the
 * parameter the search page sets and the one read here cannot drift apart.
 * Its styles come from global.css: an injected <style> would break the CSP.
 */
const highlight = searchParams.highlight;
/**
 * Whole words only ("UN" not in "und"), in a hyphenated word too
 * ("UN-Sicherheitsrat"): the search page names every printed form it found
 * (src/search/client/render.ts). mark.js would otherwise mark the letters
 * anywhere in a word, and a compound and its part one inside the other.
 */
const MARK_OPTIONS = {
  className: 'pagefind-highlight',
  exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
  accuracy: { value: 'exactly', limiters: [...',.;:!?-–—/()[]"\'„“”‚‘’»«…'] },
};
export const HIGHLIGHT_LOADER = `if (new URLSearchParams(location.search).has('${highlight}')) import('${paths.pagefind}pagefind-highlight.js').then(() => new PagefindHighlight({ highlightParam: '${highlight}', addStyles: false, markOptions: ${JSON.stringify(MARK_OPTIONS)} }));`;

/**
 * Its hash for the CSP's script-src (astro.config.mjs): one site-wide policy
 * that allows it, so the same policy works as a <meta> tag and as an HTTP
 * header, where no "a meta policy starts only below it" can let it through.
 */
export const HIGHLIGHT_LOADER_HASH =
  `sha256-${createHash('sha256').update(HIGHLIGHT_LOADER).digest('base64')}` as const;

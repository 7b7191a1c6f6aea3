/**
 * What may change between two builds of the same site without a reader
 * noticing: the content hashes in the names of bundled files (Vite writes
 * `/_astro/Name.Abc123_-.css`) and the script and style hashes of the
 * Content-Security-Policy. Both are replaced by a placeholder before pages and
 * files are compared; the raw names are kept apart to report renamings.
 */

/** `/_astro/<name>.<8-character hash>.<ext>`: Vite's default `[name].[hash].[ext]` for Astro's bundles. */
const HASHED_ASSET =
  /(\/_astro\/(?:[^\s"'()<>,/]+\/)*[^\s"'()<>,/]+?)\.[A-Za-z0-9_-]{8}(\.[A-Za-z0-9]+)(?=$|[\s"'()<>,?#])/g;
const CSP_HASH = /'sha(256|384|512)-[A-Za-z0-9+/=]+'/g;

/** The text with every hashed asset name and CSP hash replaced by a placeholder. */
export function normalizeAssetRefs(text: string): string {
  return text.replace(HASHED_ASSET, '$1.[hash]$2').replace(CSP_HASH, "'sha$1-[hash]'");
}

/** The hashed asset names and CSP hashes in a text, in order: what `normalizeAssetRefs` hides. */
export function assetRefsOf(text: string): string[] {
  return [...text.matchAll(HASHED_ASSET), ...text.matchAll(CSP_HASH)].map((match) => match[0]);
}

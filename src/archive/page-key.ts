import { createHash } from 'node:crypto';

/** A collection entry as getCollection() returns it: Astro's content store adds a digest of the file. */
interface EntryLike {
  collection: string;
  id: string;
  data: unknown;
  digest?: string | number;
}

function isEntry(value: unknown): value is EntryLike {
  return typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'data' in value;
}

/**
 * A page's `cacheKey` for Astro's incremental build (astro.config.mjs,
 * experimental.incrementalBuild): a digest of everything the page shows
 * besides its code, which Astro hashes itself. Collection entries count by
 * id and the digest of their file (an article's file holds its data and
 * text), or by their data where they have no digest; everything else by its
 * value. Two builds give a page the same key exactly when it would show the
 * same: Astro then keeps the page of the last build instead of rendering it.
 */
export function pageKey(value: unknown): string {
  const json = JSON.stringify(value, (_key, field: unknown) =>
    isEntry(field) ? `${field.collection}/${field.id}@${field.digest ?? JSON.stringify(field.data)}` : field,
  );
  return createHash('sha256').update(json).digest('base64url');
}

/**
 * The search index: the same pages (by URL) with the same fragment (content,
 * meta, filters, anchors, word count), the same words on the same pages at the
 * same positions, the same filter values and sort orders.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSearchIndex, type SearchIndexContent } from './search-index.ts';
import { DETAILS_SHOWN, indent, listed, type Section } from './section.ts';
import { shortDiff, splitKeys } from './text-diff.ts';

/** Keys only before, only after, and in both with a different value (with a short diff each, the first DETAILS_SHOWN). */
function compareMaps<V>(before: Map<string, V>, after: Map<string, V>, lines: (value: V) => string[]) {
  const { onlyBefore, onlyAfter, both } = splitKeys(before.keys(), after.keys());
  const changed = both.filter((key) => lines(before.get(key)!).join('\n') !== lines(after.get(key)!).join('\n'));
  const diffs = changed
    .slice(0, DETAILS_SHOWN)
    .map((key) => [`${key}:`, ...indent(shortDiff(lines(before.get(key)!), lines(after.get(key)!)))].join('\n'));
  return { onlyBefore, onlyAfter, both, changed, diffs };
}

/** A fragment's fields as lines `field: value`, so that a short diff names the field. */
const fieldLines = (fields: Record<string, string>) =>
  Object.keys(fields)
    .sort()
    .map((field) => `${field}: ${fields[field]}`);
const same = (lines: string[]) => lines;

export function compareSearchIndexes(before: SearchIndexContent, after: SearchIndexContent): Section {
  const pages = compareMaps(before.pages, after.pages, fieldLines);
  const words = compareMaps(before.words, after.words, same);
  const filters = compareMaps(before.filters, after.filters, same);
  const sorts = compareMaps(before.sorts, after.sorts, same);
  const settings = shortDiff(before.settings, after.settings);
  const count = (result: typeof pages) => result.onlyBefore.length + result.onlyAfter.length + result.changed.length;
  return {
    name: 'index',
    summary:
      `${before.pages.size} pages, ${before.words.size} words before; pages: ${pages.onlyBefore.length} missing, ${pages.onlyAfter.length} added, ${pages.changed.length} with a different fragment; ` +
      `words: ${words.onlyBefore.length} missing, ${words.onlyAfter.length} added, ${words.changed.length} on different pages or positions; ` +
      `filter values: ${count(filters)} different; sorts: ${count(sorts)} different`,
    failures: count(pages) + count(words) + count(filters) + count(sorts) + (settings.length > 0 ? 1 : 0),
    details: [
      ...(settings.length > 0 ? [['index settings:', ...indent(settings)].join('\n')] : []),
      ...listed('pages only before', pages.onlyBefore),
      ...listed('pages only after', pages.onlyAfter),
      ...pages.diffs.map((diff) => `page ${diff}`),
      ...listed('words only before', words.onlyBefore, 30),
      ...listed('words only after', words.onlyAfter, 30),
      ...words.diffs.map((diff) => `word ${diff}`),
      ...listed('filter values only before', filters.onlyBefore),
      ...listed('filter values only after', filters.onlyAfter),
      ...filters.diffs.map((diff) => `filter ${diff}`),
      ...listed('sorts only before', sorts.onlyBefore),
      ...listed('sorts only after', sorts.onlyAfter),
      ...sorts.diffs.map((diff) => `sort ${diff}`),
    ],
    notes: [],
  };
}

/** The folders of a site's search index, relative to it: pagefind/ and, for an index in shards, pagefind/teil/<n>/. */
function indexFolders(dist: string): string[] {
  const shards = join(dist, 'pagefind', 'teil');
  const older = existsSync(shards) ? readdirSync(shards).map((name) => `pagefind/teil/${name}`) : [];
  return ['pagefind', ...older.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))];
}

/** One index section for two dist/ folders, also when one or both have no index. */
function compareIndexFolder(beforeDist: string, afterDist: string, folder: string): Section {
  const [before, after] = [readSearchIndex(join(beforeDist, folder)), readSearchIndex(join(afterDist, folder))];
  const name = folder === 'pagefind' ? 'index' : `index ${folder}/`;
  if (before && after) return { ...compareSearchIndexes(before, after), name };
  if (!before && !after)
    return { name, summary: `no search index (${folder}/) on either side`, failures: 0, details: [], notes: [] };
  return {
    name,
    summary: `search index only ${before ? 'before' : 'after'}`,
    failures: 1,
    details: [`${folder}/pagefind-entry.json missing ${before ? 'after' : 'before'}`],
    notes: [],
  };
}

/** The index sections for two dist/ folders: one per shard of the index either has (src/search/shard-plan.ts). */
export function compareSearchIndexesOf(beforeDist: string, afterDist: string): Section[] {
  const folders = [...new Set([...indexFolders(beforeDist), ...indexFolders(afterDist)])];
  return folders.map((folder) => compareIndexFolder(beforeDist, afterDist, folder));
}

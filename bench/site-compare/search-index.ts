/**
 * Reads the search index Pagefind 1.6 writes to dist/pagefind/ back into
 * words and pages, so that two builds can be compared by what a search finds
 * rather than by file names (each file is named by a hash of its content, and
 * pages are numbered in the order Pagefind met them).
 *
 * Every data file is gzip-compressed and starts with the signature
 * `pagefind_dcd`. pagefind.<hash>.pf_meta (CBOR) lists the pages [fragment
 * hash, word count, …], the index chunks, the filters and the sorts;
 * index/*.pf_index (CBOR) is [[word, [[page number, positions, …], …], …], …];
 * filter/*.pf_filter (CBOR) is [filter, [[value, [page numbers]], …]];
 * fragment/*.pf_fragment is JSON with the page's url, content, meta and filters.
 * Page numbers are replaced by the page's URL before anything is compared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { normalizeAssetRefs } from './assets.ts';
import { decodeCbor, type CborValue } from './cbor.ts';
import { stableJson } from './text-diff.ts';

const SIGNATURE = 'pagefind_dcd';

export interface SearchIndexContent {
  version: string;
  /** Per page URL: each fragment field and the meta file's word count, as stable JSON. */
  pages: Map<string, Record<string, string>>;
  /** Per word: the pages it is on with its positions (`url positions …`), sorted by URL. */
  words: Map<string, string[]>;
  /** Per `filter = value`: the URLs of its pages, sorted. */
  filters: Map<string, string[]>;
  /** Per sort: the URLs in sorted order. */
  sorts: Map<string, string[]>;
  /** Everything else: the entry file without its hashes, the meta file's further fields. */
  settings: string[];
}

/** The decompressed payload of a Pagefind data file, its signature checked. */
export function pagefindPayload(bytes: Uint8Array, file: string): Buffer {
  const data = gunzipSync(bytes);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE)
    throw new Error(`${file}: no "${SIGNATURE}" signature after gunzip`);
  return data.subarray(SIGNATURE.length);
}

const list = (value: CborValue, what: string): CborValue[] => {
  if (!Array.isArray(value)) throw new Error(`Pagefind index: ${what} is not an array`);
  return value;
};
const text = (value: CborValue, what: string): string => {
  if (typeof value !== 'string') throw new Error(`Pagefind index: ${what} is not a string`);
  return value;
};
const json = (value: unknown) => normalizeAssetRefs(stableJson(value));

/** The index in `pagefindDir` (dist/pagefind), or undefined if there is none. */
export function readSearchIndex(pagefindDir: string): SearchIndexContent | undefined {
  const entryFile = join(pagefindDir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return undefined;
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    version: string;
    languages: Record<string, { hash: string }>;
  };
  const languages = Object.keys(entry.languages).sort();
  const withoutHashes = {
    ...entry,
    languages: Object.fromEntries(
      languages.map((language) => [language, { ...entry.languages[language], hash: '[hash]' }]),
    ),
  };
  const content: SearchIndexContent = {
    version: entry.version,
    pages: new Map(),
    words: new Map(),
    filters: new Map(),
    sorts: new Map(),
    settings: [`pagefind-entry.json ${json(withoutHashes)}`],
  };
  const read = (path: string) => decodeCbor(pagefindPayload(readFileSync(join(pagefindDir, path)), path));

  for (const language of languages) {
    const prefix = languages.length > 1 ? `${language}/` : '';
    const [version, pages, chunks, filters, sorts, ...metaRest] = list(
      read(`pagefind.${entry.languages[language]!.hash}.pf_meta`),
      'pf_meta',
    );
    if (version !== entry.version)
      throw new Error(`Pagefind index: pf_meta version ${json(version)}, entry ${entry.version}`);
    content.settings.push(`${prefix}pf_meta further fields ${json(metaRest)}`);

    const urls = list(pages, 'pages').map((page, number) => {
      const [hash, wordCount, ...rest] = list(page, `page ${number}`);
      const fragmentFile = `fragment/${text(hash, 'page hash')}.pf_fragment`;
      const fragment = JSON.parse(
        pagefindPayload(readFileSync(join(pagefindDir, fragmentFile)), fragmentFile).toString('utf8'),
      ) as Record<string, unknown>;
      const url = `${prefix}${String(fragment.url)}`;
      const fields: Record<string, string> = { 'word count (meta)': json(wordCount), 'page extra (meta)': json(rest) };
      for (const [key, value] of Object.entries(fragment)) fields[key] = json(value);
      content.pages.set(url, fields);
      return url;
    });
    const urlOf = (number: CborValue) => {
      const url = typeof number === 'number' ? urls[number] : undefined;
      if (url === undefined) throw new Error(`Pagefind index: page number ${json(number)} out of range`);
      return url;
    };

    for (const chunk of list(chunks, 'index chunks')) {
      const hash = text(list(chunk, 'index chunk')[2], 'index chunk hash');
      const [words] = list(read(`index/${hash}.pf_index`), `index chunk ${hash}`);
      for (const word of list(words, `words of ${hash}`)) {
        const [name, wordPages, ...wordRest] = list(word, 'word');
        const locations = list(wordPages, 'word pages').map((page) => {
          const [number, ...positions] = list(page, 'word page');
          return `${urlOf(number)} ${JSON.stringify(positions)}`;
        });
        const extra = wordRest.some((value) => !Array.isArray(value) || value.length > 0)
          ? [`(word extra) ${JSON.stringify(wordRest)}`]
          : [];
        content.words.set(`${prefix}${text(name, 'word')}`, [...locations.sort(), ...extra]);
      }
    }

    for (const filter of list(filters, 'filters')) {
      const hash = text(list(filter, 'filter')[1], 'filter hash');
      const [name, values] = list(read(`filter/${hash}.pf_filter`), `filter ${hash}`);
      for (const value of list(values, 'filter values')) {
        const [label, valuePages] = list(value, 'filter value');
        content.filters.set(
          `${prefix}${text(name, 'filter')} = ${text(label, 'filter value')}`,
          list(valuePages, 'filter pages').map(urlOf).sort(),
        );
      }
    }

    for (const sort of list(sorts ?? [], 'sorts')) {
      const [name, order] = list(sort, 'sort');
      content.sorts.set(`${prefix}${text(name, 'sort')}`, list(order, 'sort pages').map(urlOf));
    }
  }
  return content;
}

import { removeStopwords, deu } from 'stopword';
import type { LoadedArchive } from '../archive/load-archive.ts';
import type { Tag } from '../schema/tag.ts';
import type { SourceEntry } from '../schema/source.ts';
import { de } from '../i18n/de.ts';
import { paths, searchFields } from '../routes.ts';
import { shortcutKey, type Shortcut } from './client/shortcuts.ts';
import { wordsOf } from './words.ts';

/** The keys of some names, each once: "Bündnis" and "Buendnis" have one. */
function keysOf(names: readonly string[]): string[] {
  return [...new Set(names.map(shortcutKey))];
}

/** What the shortcuts are made of: tags with their article counts, sources with theirs. */
export interface ShortcutInput {
  tags: readonly { id: string; data: Tag; count: number }[];
  sources: readonly { id: string; data: SourceEntry; published: number; cited: number }[];
}

/** The input of the shortcuts from the archive: every tag and source with listed articles. */
export function shortcutInput(archive: LoadedArchive): ShortcutInput {
  return {
    tags: archive.tagsByKind.flatMap(({ tags }) => tags.map(({ tag, count }) => ({ ...tag, count }))),
    sources: [...archive.sourcesById.values()].flatMap((source) => {
      const listing = archive.bySource.get(source.id);
      return listing ? [{ ...source, published: listing.published.length, cited: listing.cited.length }] : [];
    }),
  };
}

/**
 * The topics and sources a search may name, for the search page: a tag by
 * its label, aliases, related words and the content words of its label
 * ("Munition" of "Waffen und Munition"; never a stop word such as "und" or
 * "gegen"), a source by its names. Only those with listed articles.
 */
export function searchShortcuts({ tags, sources }: ShortcutInput): Shortcut[] {
  const { filters } = searchFields;
  const topics = tags
    .filter(({ count }) => count > 0)
    .map(({ id, data, count }): Shortcut => {
      const { label, kind, aliases, related } = data;
      const contentWords = removeStopwords(wordsOf(label), deu).filter((word) => word.length > 1);
      return {
        text: de.search.shortcut.topic(de.topics.kindSingular[kind], label, count),
        href: paths.topic(id),
        filter: [filters.topic, label],
        keys: keysOf([label, ...aliases, ...related, ...contentWords]),
      };
    });
  const named = sources
    .filter(({ published, cited }) => published + cited > 0)
    .map(({ id, data, published, cited }): Shortcut => {
      const { name, shortName, aliases } = data;
      return {
        text: de.search.shortcut.source(shortName ?? name, published, cited),
        href: paths.source(id),
        filter: [filters.source, name],
        keys: keysOf([name, ...(shortName ? [shortName] : []), ...aliases]),
      };
    });
  return [...topics, ...named];
}

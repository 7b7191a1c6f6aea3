import { distance } from 'fastest-levenshtein';
import { z } from 'zod';

/**
 * The ids an article may point to: tags, sources and captures. Astro's
 * `reference()` does not check that a referenced entry exists, so the article
 * schema is built from the ids that do exist and rejects any other.
 */
export interface Vocabulary {
  tags: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  captures: ReadonlySet<string>;
  /** The names of tags and sources, when their files were read (not from a folder listing): an error then names the id meant. */
  names?: VocabularyNames;
}

/** The kinds of entries an article points to by id. */
export type IdKind = Exclude<keyof Vocabulary, 'names'>;

/**
 * The names editors know an entry by (a tag's label and aliases, a source's
 * name, short name and aliases), each to its id, keyed by `nameKey`: an
 * editor who writes `tags: [Waffen und Munition]` or `publication: FAZ` is
 * told the id. A name two entries share is left out: it means neither for sure.
 */
export interface VocabularyNames {
  tags: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
}

/** How names are compared: case and runs of spaces do not matter. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

/** The map of names to ids for `VocabularyNames`, from each entry's names. */
export function namesToIds(entries: Iterable<{ id: string; names: readonly string[] }>): Map<string, string> {
  const ids = new Map<string, string>();
  const shared = new Set<string>();
  for (const { id, names } of entries) {
    for (const key of names.map(nameKey)) {
      if ((ids.get(key) ?? id) !== id) shared.add(key);
      else ids.set(key, id);
    }
  }
  for (const key of shared) ids.delete(key);
  return ids;
}

/**
 * An id that exists, or the error naming the one meant: an entry's name
 * (`names`), else a known id near it.
 */
export function knownId(known: ReadonlySet<string>, what: string, folder: string, names?: ReadonlyMap<string, string>) {
  return z.string().refine((id) => known.has(id), {
    error: (issue) => {
      const id = String(issue.input);
      return `unknown ${what} "${id}": there is no file ${folder}/${id}.*${didYouMean(id, known, names)}`;
    },
  });
}

/** ' (did you mean "faz"?)' for the id an unknown one was meant to be, or '' when there is no likely one. */
export function didYouMean(id: string, known: ReadonlySet<string>, names?: ReadonlyMap<string, string>): string {
  const guess = idMeant(id, known, names);
  return guess ? ` (did you mean "${guess}"?)` : '';
}

/**
 * The id an unknown one was meant to be: the entry it names, else the
 * nearest id. A name's id counts only while its file exists (`astro dev`
 * changes the ids when a file comes or goes, not the names).
 */
function idMeant(id: string, known: ReadonlySet<string>, names?: ReadonlyMap<string, string>): string | undefined {
  const named = names?.get(nameKey(id));
  return named !== undefined && known.has(named) ? named : closest(id, known);
}

/** The known id nearest to a misspelt one, if it is near enough to be a likely typo (Levenshtein distance). */
export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of known) {
    const candidateDistance = distance(id, candidate);
    if (!best || candidateDistance < best.distance) best = { id: candidate, distance: candidateDistance };
  }
  return best && best.distance <= Math.max(2, Math.floor(id.length / 4)) ? best.id : undefined;
}

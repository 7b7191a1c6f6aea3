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
}

export function knownId(known: ReadonlySet<string>, what: string, folder: string) {
  return z.string().refine((id) => known.has(id), {
    error: (issue) => {
      const id = String(issue.input);
      const guess = closest(id, known);
      return `unknown ${what} "${id}": there is no file ${folder}/${id}.*${guess ? ` (did you mean "${guess}"?)` : ''}`;
    },
  });
}

/** The known id nearest to a misspelt one, if it is near enough to be a likely typo. */
export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (!best || distance < best.distance) best = { id: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(id.length / 4)) ? best.id : undefined;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

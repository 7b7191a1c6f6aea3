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

/** The known id nearest to a misspelt one, if it is near enough to be a likely typo (Levenshtein distance). */
export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of known) {
    const candidateDistance = distance(id, candidate);
    if (!best || candidateDistance < best.distance) best = { id: candidate, distance: candidateDistance };
  }
  return best && best.distance <= Math.max(2, Math.floor(id.length / 4)) ? best.id : undefined;
}

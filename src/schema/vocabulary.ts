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
    error: (issue) => `unknown ${what} ${JSON.stringify(issue.input)}: expected a file ${folder}/<id> (known: ${[...known].sort().join(', ')})`,
  });
}

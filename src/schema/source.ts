import { z } from 'zod';
import { didYouMean, knownId } from './vocabulary.ts';

/** What kind of outlet a source is. */
export const SOURCE_KINDS = ['nachrichtenagentur', 'zeitung', 'sender', 'onlinemedium'] as const;

/**
 * One entry of the source vocabulary (content/sources/<slug>.yaml): a
 * publication or agency that articles appear in or cite. One entry per outlet,
 * so "dpa" and "Deutsche Presse-Agentur" are the same source.
 */
export const sourceEntrySchema = z.strictObject({
  name: z.string().trim().min(1),
  shortName: z.string().trim().min(1).optional(),
  kind: z.enum(SOURCE_KINDS),
  aliases: z.array(z.string().trim().min(1)).default([]),
});

/** The literal that says a text does not identify its publication. */
export const UNSTATED = 'unstated';

/**
 * Where an article comes from, as far as its text tells: the publication or
 * its explicit absence, the byline as printed, and the sources the article
 * itself names. Nothing is guessed from layout or style.
 */
export function articleSourceSchema(sources: ReadonlySet<string>, names?: ReadonlyMap<string, string>) {
  const sourceId = knownId(sources, 'source', 'content/sources', names);
  return z.strictObject({
    /** Left out only in a draft, where it is still open (src/schema/article.ts). */
    publication: z
      .string({ error: `expected "${UNSTATED}" or the id of a file in content/sources` })
      .refine((id) => id === UNSTATED || sources.has(id), {
        error: (issue) =>
          `unknown publication ${JSON.stringify(issue.input)}: expected "${UNSTATED}" or the id of a file in content/sources${didYouMean(String(issue.input), sources, names)}`,
      })
      .optional(),
    byline: z.string().trim().min(1).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    cited: z
      .array(
        z.strictObject({
          source: sourceId,
          /** How the article names it, word for word ("wie die Deutsche Presse-Agentur berichtete"). */
          mention: z.string().trim().min(1),
        }),
      )
      .default([]),
  });
}

export type SourceEntry = z.output<typeof sourceEntrySchema>;
export type ArticleSource = z.output<ReturnType<typeof articleSourceSchema>>;

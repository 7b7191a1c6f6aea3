import { z } from 'zod';
import { articleDateSchema } from './article-date.ts';
import { provenanceSchema } from './provenance.ts';
import { articleSourceSchema } from './source.ts';
import { translationSchema } from './translation.ts';
import { knownId, type Vocabulary } from './vocabulary.ts';
import { withdrawalSchema } from './withdrawal.ts';

/** The longest teaser a listing shows in full. */
export const TEASER_MAX_LENGTH = 400;

/** A printed text, or an editorial one the archive wrote where the capture has none. */
const editableText = (maxLength: number, howToShorten: string) =>
  z.strictObject({
    text: z
      .string()
      .trim()
      .min(1)
      .max(maxLength, {
        error: (issue) => {
          const { length } = String(issue.input);
          return `${length} characters, ${length - maxLength} too many (at most ${maxLength}): ${howToShorten}`;
        },
      }),
    editorial: z.boolean({ error: 'expected editorial: true (written by the archive) or false (as printed)' }),
  });

/**
 * The frontmatter of an article in content/articles/. Strict: an unknown key
 * is an error, so a misspelt field never vanishes silently.
 */
export function articleSchema(vocabulary: Vocabulary) {
  return z.strictObject({
    title: editableText(200, 'shorten the headline').extend({
      /** The printed kicker above the headline ("Putin in Nordkorea"). */
      kicker: z.string().trim().min(1).optional(),
    }),
    teaser: editableText(TEASER_MAX_LENGTH, 'cut the printed lead after a sentence and mark the cut with "[…]" ("Erster Satz. Zweiter Satz. […]")'),
    date: articleDateSchema,
    source: articleSourceSchema(vocabulary.sources),
    translation: translationSchema,
    provenance: provenanceSchema(vocabulary.captures),
    tags: z
      .array(knownId(vocabulary.tags, 'tag', 'content/tags'))
      .min(1)
      .max(10)
      .refine((tags) => new Set(tags).size === tags.length, { error: 'a tag is listed twice' }),
    /** Set when the article is taken off the site: its page becomes a notice. */
    withdrawn: withdrawalSchema.optional(),
  });
}

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;

import { z } from 'zod';

/**
 * Whether the text is a translation, and the evidence in the text that shows
 * it (an English word left in brackets, English date order, a correspondent
 * writing "mit mir" under a republisher's generic author box). `false` says
 * that nothing in the text points to a translation.
 */
export const translationSchema = z.union(
  [
    z.literal(false),
    z.strictObject({
      /** ISO 639-1 code of the original language, only where the evidence shows it. */
      from: z.enum(['en', 'ru', 'ko', 'fr']).optional(),
      evidence: z.array(z.string().trim().min(1)).min(1),
    }),
  ],
  { error: 'expected false or { evidence: [...] } with the evidence for a translation' },
);

export type Translation = z.output<typeof translationSchema>;

import { z } from 'zod';

/** One group of the reviewed variants list (content/varianten.yaml): spellings of one name. */
export const spellingVariantSchema = z.strictObject({
  /** The group's name; Astro's file() loader hands it in with the data. */
  id: z.string().trim().min(1),
  spellings: z.array(z.string().trim().min(1)).min(2),
});

export type SpellingVariant = z.output<typeof spellingVariantSchema>;

import { z } from 'zod';

/** What a tag names; the tag index groups tags by it. */
export const TAG_KINDS = ['thema', 'person', 'land', 'ort', 'organisation'] as const;

/** One entry of the tag vocabulary (content/tags/<slug>.yaml; the file name is the slug). */
export const tagSchema = z.strictObject({
  label: z.string().trim().min(1),
  description: z.string().trim().min(1).max(300),
  kind: z.enum(TAG_KINDS),
  /** Other spellings of the name ("Kim Jong-un", "Kim Jong Un"): search finds them all. */
  aliases: z.array(z.string().trim().min(1)).default([]),
});

export type Tag = z.output<typeof tagSchema>;
export type TagKind = (typeof TAG_KINDS)[number];

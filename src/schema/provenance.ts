import { z } from 'zod';
import { knownId } from './vocabulary.ts';

/**
 * Where an edition comes from: the raw capture it was edited from
 * (content/captures/<capture>.txt, kept unchanged), what the editor removed
 * from it, and the editor's notes on the text (an obvious garble is noted,
 * never silently fixed).
 */
export function provenanceSchema(captures: ReadonlySet<string>) {
  return z.strictObject({
    capture: knownId(captures, 'capture', 'content/captures'),
    removed: z.array(z.string().trim().min(1)).default([]),
    notes: z.array(z.string().trim().min(1)).default([]),
  });
}

export type Provenance = z.output<ReturnType<typeof provenanceSchema>>;

import { z } from 'zod';
import { CAPTURE_ID, CAPTURE_ID_RULE } from './capture-id.ts';
import { knownId } from './vocabulary.ts';

/**
 * One piece of page furniture the editor removed: what readers are told
 * ("Datumszeile „Stand: …“ (als Datum übernommen)") and the lines of the
 * capture it was, word for word, so that a test can prove the edition lost
 * nothing else. A line is a whole line of the capture, or its start or end
 * where the page glued furniture to the journalism ("… rücken zusammen
 * Stand: 19.06.2024 14:27 Uhr"); a line removed three times is listed three times.
 */
const removedFurniture = z.strictObject(
  {
    description: z.string().trim().min(1),
    lines: z.array(z.string().trim().min(1)).min(1),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type' && issue.input !== undefined
        ? 'expected { description, lines }: the German description readers see and the removed lines of the capture, word for word'
        : undefined,
  },
);

/**
 * Where an edition comes from: the raw capture it was edited from
 * (content/captures/<capture>.txt, or .html for a saved page; kept unchanged), what the editor removed
 * from it, and the editor's notes on the text (an obvious garble is noted,
 * never silently fixed).
 */
export function provenanceSchema(captures: ReadonlySet<string>) {
  return z.strictObject({
    capture: z
      .string()
      .regex(CAPTURE_ID, { error: CAPTURE_ID_RULE })
      .pipe(knownId(captures, 'capture', 'content/captures')),
    removed: z.array(removedFurniture).default([]),
    notes: z.array(z.string().trim().min(1)).default([]),
  });
}

export type Provenance = z.output<ReturnType<typeof provenanceSchema>>;
export type RemovedFurniture = Provenance['removed'][number];

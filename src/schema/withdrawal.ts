import { z } from 'zod';
import { parseCalendarDate, type CalendarDate } from './calendar-date.ts';

/**
 * An article taken off the site (the page "Rechte und Entfernung" promises
 * it): the day it was withdrawn and why, in German, for readers. The
 * article's page becomes a short notice and it leaves listings, feeds,
 * search and the sitemap; its capture stays in the archive.
 */
const withdrawalDay = z
  .string({ error: 'expected the day of the withdrawal as a quoted string such as "2025-03-01"' })
  .transform((text, ctx): CalendarDate => {
    const parsed = parseCalendarDate(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    if (parsed.value.precision !== 'day') {
      ctx.addIssue({ code: 'custom', message: `a withdrawal names its day as "YYYY-MM-DD" (found: "${text}")` });
      return z.NEVER;
    }
    return parsed.value;
  });

export const withdrawalSchema = z.strictObject({
  date: withdrawalDay,
  /** Shown to readers on the notice: why the article is no longer here. */
  reason: z.string().trim().min(1),
});

export type Withdrawal = z.output<typeof withdrawalSchema>;

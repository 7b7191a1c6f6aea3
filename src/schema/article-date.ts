import { z } from 'zod';
import { parseCalendarDate, type CalendarDate } from './calendar-date.ts';

/**
 * When an article appeared, as precise as the evidence and no more.
 * - kind: 'published' (a publication date), 'updated' (a "Stand", the last
 *   update as tagesschau prints it) or 'inferred' (no date in the text; the
 *   period is worked out from the text's own evidence).
 * - basis: where the date comes from.
 * - value (one date) or from/to (a period, only for inferred dates). A
 *   period may be open-ended ("from" alone: "ab 2024") where the evidence
 *   sets only the earliest date.
 */
export const DATE_KINDS = ['published', 'updated', 'inferred'] as const;
export const DATE_BASES = ['printed', 'capture-metadata', 'text-evidence'] as const;

const calendarDateSchema = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'write the date as a quoted string ("2024-06-19"): YAML turns unquoted dates into timestamps'
        : 'expected a date as a quoted string such as "2024-06-19"',
  })
  .transform((text, ctx): CalendarDate => {
    const parsed = parseCalendarDate(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed.value;
  });

const writtenDateSchema = z
  .strictObject({
    kind: z.enum(DATE_KINDS),
    basis: z.enum(DATE_BASES),
    value: calendarDateSchema.optional(),
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
    reasoning: z.string().trim().min(1).optional(),
    note: z.string().trim().min(1).optional(),
  })
  .superRefine((date, ctx) => {
    const isRange = date.from !== undefined || date.to !== undefined;
    if (date.value === undefined && !isRange) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a date needs a value (or from/to for a period)',
        input: undefined,
      });
    }
    if (date.value !== undefined && isRange) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'give either value or from/to, not both',
        input: date.value?.iso,
      });
    }
    if (isRange) checkRange(date, ctx);
    if (date.kind === 'inferred') {
      if (date.reasoning === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['reasoning'],
          message: 'an inferred date must show its reasoning',
          input: undefined,
        });
      }
      if (date.basis !== 'text-evidence') {
        ctx.addIssue({
          code: 'custom',
          path: ['basis'],
          message: 'an inferred date rests on "text-evidence"',
          input: date.basis,
        });
      }
    } else if (date.basis === 'text-evidence') {
      ctx.addIssue({
        code: 'custom',
        path: ['basis'],
        message: `a ${date.kind} date is "printed" or from "capture-metadata"; evidence makes it "inferred"`,
        input: date.basis,
      });
    }
    if (date.kind === 'updated' && date.value?.precision !== 'datetime' && date.value?.precision !== 'day') {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a "Stand" names at least a day',
        input: date.value?.iso,
      });
    }
  });

function checkRange(
  date: { kind: string; from?: CalendarDate | undefined; to?: CalendarDate | undefined },
  ctx: z.RefinementCtx,
): void {
  if (date.from === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['from'],
      message: 'a period needs its start (from); to may be left out for "no earlier than"',
      input: undefined,
    });
    return;
  }
  if (date.kind !== 'inferred') {
    ctx.addIssue({
      code: 'custom',
      path: ['from'],
      message: 'only an inferred date may be a period',
      input: date.from.iso,
    });
  }
  if (date.to === undefined) return;
  if (date.from.precision !== date.to.precision || date.from.precision === 'datetime') {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'from and to must be years, months or days of the same precision',
      input: date.to.iso,
    });
  } else if (date.from.iso >= date.to.iso) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `the period must end after it starts (${date.from.iso} to ${date.to.iso})`,
      input: date.to.iso,
    });
  }
}

export const articleDateSchema = writtenDateSchema.transform(({ value, from, to, ...rest }) => {
  const start = (value ?? from)!;
  /** The last date the article may be from; undefined for an open-ended period. */
  const end: CalendarDate | undefined = value ?? to;
  return { ...rest, precision: start.precision, start, end, isRange: value === undefined };
});

export type ArticleDate = z.output<typeof articleDateSchema>;
export type DateKind = (typeof DATE_KINDS)[number];

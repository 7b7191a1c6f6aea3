import { de } from '../i18n/de.ts';
import type { ArticleDate } from '../schema/article-date.ts';
import { instantOf, type CalendarDate } from '../schema/calendar-date.ts';

/** A time printed in German local time is shown, and sorted, in Germany's time zone. */
export const DISPLAY_TIME_ZONE = 'Europe/Berlin';

// A date without a time names a calendar day, not an instant: format it in UTC
// so that no reader's or build machine's time zone shifts it by a day.
const dayFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthNameFormat = new Intl.DateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' });
const localDayFormat = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: DISPLAY_TIME_ZONE,
});
const localTimeFormat = new Intl.DateTimeFormat('de-DE', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: DISPLAY_TIME_ZONE,
});

/** "Juli" for 7. */
export function monthName(month: number): string {
  return monthNameFormat.format(new Date(Date.UTC(2000, month - 1, 1)));
}

function utcDay(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** "2024", "Juli 2024", "19. Juni 2024" or "19. Juni 2024, 14:27 Uhr". */
export function formatCalendarDate(date: CalendarDate): string {
  // Listings name the same dates again and again: each is formatted once (Intl's formatting took 0.6 s at 10,000 articles).
  const key = `${date.precision} ${date.iso}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = formatAnew(date)));
  return text;
}

/** Formatted dates by precision and ISO form, which together fix every field the formatting reads. */
const formatted = new Map<string, string>();

function formatAnew(date: CalendarDate): string {
  switch (date.precision) {
    case 'year':
      return String(date.year);
    case 'month':
      return monthFormat.format(utcDay(date));
    case 'day':
      return dayFormat.format(utcDay(date));
    case 'datetime': {
      const instant = new Date(instantOf(date)!);
      return `${localDayFormat.format(instant)}, ${localTimeFormat.format(instant)} ${de.date.clock}`;
    }
  }
}

export interface TimePiece {
  /** Value of the `datetime` attribute, at the date's own precision. */
  datetime: string;
  text: string;
}

/** An article's date ready for a page: one `<time>` per date, with its German wording around it. */
export interface DateDisplay {
  prefix?: string;
  /** "ab" before an open-ended period. */
  since?: string;
  times: [TimePiece] | [TimePiece, TimePiece];
  qualifier?: string;
  /** The whole date as plain text, e.g. for a meta tag. */
  text: string;
}

function rangeStartText(start: CalendarDate, end: CalendarDate | undefined): string {
  if (end === undefined) return formatCalendarDate(start);
  // "Juli bis Dezember 2023": the year is said once when both ends share it.
  if (start.precision === 'month' && start.year === end.year) return monthNameFormat.format(utcDay(start));
  return formatCalendarDate(start);
}

export function displayArticleDate(date: ArticleDate): DateDisplay {
  const first = { datetime: date.start.iso, text: rangeStartText(date.start, date.isRange ? date.end : undefined) };
  const times: DateDisplay['times'] =
    date.isRange && date.end ? [first, { datetime: date.end.iso, text: formatCalendarDate(date.end) }] : [first];
  const since = date.isRange && !date.end ? de.date.since : undefined;
  const prefix = date.kind === 'updated' ? `${de.date.stand}:` : undefined;
  const qualifier =
    date.kind === 'inferred'
      ? de.date.inferred
      : date.basis === 'capture-metadata'
        ? de.date.captureMetadata
        : undefined;
  const body = times.map((time) => time.text).join(` ${de.date.until} `);
  const text = [prefix, since, body, qualifier && `(${qualifier})`].filter(Boolean).join(' ');
  return { ...(prefix && { prefix }), ...(since && { since }), times, ...(qualifier && { qualifier }), text };
}

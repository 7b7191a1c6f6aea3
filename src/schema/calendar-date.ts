/**
 * A date as precise as its evidence: a year, a month, a day, or a day with a
 * time and its UTC offset. Written as an ISO 8601 prefix ("2024", "2024-07",
 * "2024-06-19", "2024-06-19T14:27+02:00") and parsed here rather than by YAML,
 * which would turn an unquoted 2024-02-30 silently into 1 March.
 */
export type DatePrecision = 'year' | 'month' | 'day' | 'datetime';

export interface CalendarDate {
  precision: DatePrecision;
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** Offset from UTC in minutes, only for precision 'datetime'. */
  offsetMinutes?: number;
  /** The value in the form an HTML `datetime` attribute takes, at its own precision. */
  iso: string;
}

export type ParseResult = { ok: true; value: CalendarDate } | { ok: false; error: string };

const PATTERN =
  /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2})(?<offset>Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const EXPECTED = 'expected "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM+HH:MM" (a time needs its UTC offset)';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseOffset(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  return sign * (hours * 60 + minutes);
}

export function parseCalendarDate(text: string): ParseResult {
  const match = PATTERN.exec(text);
  if (!match?.groups) return { ok: false, error: `"${text}" is not a date: ${EXPECTED}` };
  const { year, month, day, hour, minute, offset } = match.groups;
  const value: CalendarDate = { precision: 'year', year: Number(year), iso: text };

  if (month === undefined) return { ok: true, value };
  value.month = Number(month);
  if (value.month < 1 || value.month > 12) {
    return { ok: false, error: `"${text}" has no month ${month}` };
  }
  value.precision = 'month';

  if (day === undefined) return { ok: true, value };
  value.day = Number(day);
  if (value.day < 1 || value.day > daysInMonth(value.year, value.month)) {
    return { ok: false, error: `"${text}" is not a day of the calendar` };
  }
  value.precision = 'day';

  if (hour === undefined) return { ok: true, value };
  if (offset === undefined) {
    return { ok: false, error: `"${text}" has a time without its UTC offset: ${EXPECTED}` };
  }
  value.hour = Number(hour);
  value.minute = Number(minute);
  value.offsetMinutes = parseOffset(offset);
  if (value.hour > 23 || value.minute > 59 || Math.abs(value.offsetMinutes) > 14 * 60) {
    return { ok: false, error: `"${text}" is not a time of day with a valid offset` };
  }
  value.precision = 'datetime';
  return { ok: true, value };
}

/** The first calendar day a date denotes, as UTC midnight in milliseconds. */
export function firstDayOf(date: CalendarDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The last calendar day a date denotes, as UTC midnight in milliseconds. */
export function lastDayOf(date: CalendarDate): number {
  if (date.day !== undefined) return firstDayOf(date);
  if (date.month !== undefined) return Date.UTC(date.year, date.month, 0);
  return Date.UTC(date.year, 11, 31);
}

/** The instant of a date with a time, in milliseconds since the epoch. */
export function instantOf(date: CalendarDate): number | undefined {
  if (date.precision !== 'datetime') return undefined;
  const local = Date.UTC(date.year, date.month! - 1, date.day, date.hour, date.minute);
  return local - date.offsetMinutes! * 60_000;
}

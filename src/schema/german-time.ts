/**
 * German local time: the zone the archive shows times in, and the UTC offset
 * a printed local time had on its day (UTC+1 in winter, UTC+2 in summer
 * time), computed by the platform's time zone data rather than typed.
 */
export const GERMAN_TIME_ZONE = 'Europe/Berlin';

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: GERMAN_TIME_ZONE, timeZoneName: 'longOffset' });

/** The offset from UTC in minutes in Germany at an instant ("GMT+02:00" -> 120). */
function offsetAtInstant(instant: number): number {
  const name =
    offsetFormat.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * The UTC offset of a German wall-clock time. In the hour the clocks go back
 * (it happens twice) the earlier, summer-time reading is taken; a time in the
 * hour skipped in spring does not exist and gets the winter offset.
 */
export function germanUtcOffset({ year, month, day, hour, minute }: LocalTime): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset of the instant one hour (the widest shift) before and after: equal except around a change.
  const before = offsetAtInstant(asUtc - 3 * 3_600_000);
  const after = offsetAtInstant(asUtc + 3 * 3_600_000);
  if (before === after) return before;
  // Around a change: the larger offset if the time read with it falls before the change.
  const larger = Math.max(before, after);
  const smaller = Math.min(before, after);
  return offsetAtInstant(asUtc - larger * 60_000) === larger ? larger : smaller;
}

/** "+02:00" for 120 minutes. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

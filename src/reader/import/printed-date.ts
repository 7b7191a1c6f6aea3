import { formatUtcOffset, germanUtcOffset } from '../../schema/german-time.ts';

/**
 * Dates a capture prints, found by their form: a "Stand" (tagesschau's last
 * update), a publication or update line, a day alone on its line in German
 * or English order ("19. Juni 2024", "19.06.2024", "Juni 19, 2024", "June
 * 19, 2024"), or a capture's metadata ("date 2024-07"). Times are German
 * local time; the offset is that of the day (summer or winter time).
 */
export type FoundDateKind = 'published' | 'updated';

export interface FoundDate {
  kind: FoundDateKind;
  basis: 'printed' | 'capture-metadata';
  /** As the schema writes it: "2024-06-19T14:27+02:00", "2024-06-19", "2024-07". */
  value: string;
  /** The text that printed it, word for word. */
  printed: string;
  /** Month before day ("Juni 19, 2024"): English order, a hint that the text is translated. */
  englishOrder: boolean;
  /** For a time: whether it is summer time (UTC+2). */
  summerTime?: boolean;
}

const MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  january: 1,
  jan: 1,
  februar: 2,
  february: 2,
  feb: 2,
  märz: 3,
  maerz: 3,
  march: 3,
  mär: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  december: 12,
  dez: 12,
  dec: 12,
};
const MONTH = '([A-Za-z\\u00c0-\\u00ff]{3,9})\\.?';
const WEEKDAY =
  '(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';
// A time after the day, also after a dash or bar ("12.03.2025 - 16:48 Uhr").
const TIME = '(?:,?\\s*(?:[-–|·]\\s*)?(?:um\\s+)?(\\d{1,2})[:.](\\d{2})(?:\\s*Uhr)?)?';

/** The words that say what kind of date follows. */
const UPDATED_WORDS = /^(Stand|Aktualisiert|Zuletzt aktualisiert|Updated|Last updated)(?:\s+am)?\s*:?\s*/i;
const PUBLISHED_WORDS = /^(Veröffentlicht|Erstellt|Erschienen|Datum|Published|Posted)(?:\s+am)?\s*:?\s*/i;

interface Day {
  year: number;
  month: number;
  day: number;
  englishOrder: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day at the start of a text, and how long its printed form is. */
function dayAtStart(text: string): { day: Day; length: number; hour?: number; minute?: number } | undefined {
  const forms: { pattern: RegExp; read: (m: RegExpExecArray) => Day | undefined }[] = [
    // 19.06.2024
    {
      pattern: new RegExp(`^${WEEKDAY}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME}`),
      read: (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]!, englishOrder: false }),
    },
    // 19. Juni 2024
    {
      pattern: new RegExp(`^${WEEKDAY}(\\d{1,2})\\.\\s*${MONTH}\\s+(\\d{4})${TIME}`),
      read: (m) => month(m[2]!, (mo) => ({ day: +m[1]!, month: mo, year: +m[3]!, englishOrder: false })),
    },
    // Juni 19, 2024 / June 19, 2024
    {
      pattern: new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}`),
      read: (m) => month(m[1]!, (mo) => ({ day: +m[2]!, month: mo, year: +m[3]!, englishOrder: true })),
    },
    // 2024-06-19
    {
      pattern: new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}`),
      read: (m) => ({ day: +m[3]!, month: +m[2]!, year: +m[1]!, englishOrder: false }),
    },
  ];
  for (const { pattern, read } of forms) {
    const match = pattern.exec(text);
    if (!match) continue;
    const day = read(match);
    if (!day || !validDay(day.year, day.month, day.day)) continue;
    const [hour, minute] = match.slice(-2).map((part) => (part === undefined ? undefined : Number(part)));
    if (hour === undefined || minute === undefined) return { day, length: match[0].length };
    if (hour > 23 || minute > 59) return undefined;
    return { day, length: match[0].length, hour, minute };
  }
  return undefined;
}

function month(name: string, build: (month: number) => Day): Day | undefined {
  const number = MONTHS[name.toLowerCase()];
  return number === undefined ? undefined : build(number);
}

function valueOf(found: { day: Day; hour?: number; minute?: number }): { value: string; summerTime?: boolean } {
  const { year, month: mo, day } = found.day;
  const date = `${year}-${pad(mo)}-${pad(day)}`;
  if (found.hour === undefined || found.minute === undefined) return { value: date };
  const offset = germanUtcOffset({ year, month: mo, day, hour: found.hour, minute: found.minute });
  return {
    value: `${date}T${pad(found.hour)}:${pad(found.minute)}${formatUtcOffset(offset)}`,
    summerTime: offset === 120,
  };
}

/**
 * A printed date that is a whole line, or the start or end of one: what it
 * says and the part of the line that printed it. Undefined when the line
 * holds no date in one of the known forms, or holds more than a date (a
 * sentence that mentions a day is journalism).
 */
export function printedDateIn(
  line: string,
): { date: FoundDate; part: string; position: 'line' | 'start' | 'end'; updated?: string } | undefined {
  const trimmed = line.trim();
  // "Veröffentlicht: 03.02.2025, 11:15 Uhr | Aktualisiert: 03.02.2025, 13:02 Uhr", "11. Februar 2025 um 17:30 Uhr · 4 Min":
  // dates (and a reading time) side by side; the publication is the date, a later update is noted.
  const parts = trimmed.split(/\s+[|·]\s+/);
  if (parts.length > 1) {
    const dates = parts.map(labelledDate);
    if (
      dates.every(
        (date, index) => date !== undefined || /^\d{1,3}\s*(Min\.?|Minuten)(\s+Lesezeit)?$/i.test(parts[index]!),
      )
    ) {
      const found = dates.filter((date): date is FoundDate => date !== undefined);
      const published = found.find((date) => date.kind === 'published') ?? found[0];
      const updated = found.find((date) => date.kind === 'updated' && date !== published);
      if (published)
        return { date: published, part: trimmed, position: 'line', ...(updated ? { updated: updated.printed } : {}) };
    }
  }
  // "… rücken zusammen Stand: 19.06.2024 14:27 Uhr": a "Stand" at the end of the headline line.
  const tail = /\s((?:Stand|Aktualisiert|Zuletzt aktualisiert|Veröffentlicht)(?:\s+am)?:?\s+\S.*)$/.exec(trimmed);
  if (tail) {
    const date = labelledDate(tail[1]!);
    if (date && date.printed === tail[1]) return { date, part: tail[1], position: 'end' };
  }
  const date = labelledDate(trimmed);
  if (date && date.printed === trimmed) return { date, part: trimmed, position: 'line' };
  return undefined;
}

/** A date with or without its label ("Stand:", "Veröffentlicht am"), when the text is nothing else. */
function labelledDate(text: string): FoundDate | undefined {
  let kind: FoundDateKind = 'published';
  let rest = text;
  const updated = UPDATED_WORDS.exec(text);
  const published = PUBLISHED_WORDS.exec(text);
  if (updated) {
    kind = 'updated';
    rest = text.slice(updated[0].length);
  } else if (published) rest = text.slice(published[0].length);
  const found = dayAtStart(rest);
  if (!found) return undefined;
  const after = rest.slice(found.length).trim();
  if (after !== '' && !/^Uhr$/.test(after)) return undefined;
  const { value, summerTime } = valueOf(found);
  return {
    kind,
    basis: 'printed',
    value,
    printed: text.trim(),
    englishOrder: found.day.englishOrder,
    ...(summerTime !== undefined && { summerTime }),
  };
}

/**
 * Capture metadata at the very start of a capture: "date 2024-07" (a year,
 * month or day the capturing tool recorded), and "url https://…".
 */
export function captureMetadataIn(line: string): { date?: FoundDate; url?: string; part: string } | undefined {
  const match = /^\s*((?:(?:date|url)\s+\S+\s*)+)/.exec(line);
  if (!match) return undefined;
  const part = match[1]!.trim();
  const result: { date?: FoundDate; url?: string; part: string } = { part };
  for (const [, key, value] of part.matchAll(/(date|url)\s+(\S+)/g)) {
    if (key === 'date' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value!)) {
      result.date = {
        kind: 'published',
        basis: 'capture-metadata',
        value: value!,
        printed: `date ${value}`,
        englishOrder: false,
      };
    } else if (key === 'url' && /^https?:\/\/\S+$/.test(value!)) result.url = value!;
    else return undefined;
  }
  return result;
}

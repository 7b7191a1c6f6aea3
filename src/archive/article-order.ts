import type { ArticleDate } from '../schema/article-date.ts';
import { firstDayOf, instantOf, type CalendarDate, type DatePrecision } from '../schema/calendar-date.ts';
import { DISPLAY_TIME_ZONE } from '../format/german-date.ts';

/**
 * The archive's one order, newest first, used by every list.
 *
 * Dates come at mixed precision, so the rule is:
 * 1. Later first calendar day first. A month or year counts from its first
 *    day, a period from its start: "Juli 2024" sorts with 1 July. A time
 *    counts on the day it is shown on, its day in German time.
 * 2. On the same first day, the more precise date first: a day before the
 *    month that begins on it, a day with a time before the same day without
 *    one. So within July, every dated day comes before an article known only
 *    as "Juli 2024": it cannot claim to be newer than any of them.
 * 3. Two times on the same day: the later instant first.
 * 4. Otherwise (e.g. two articles on the same day): by title, A to Z, in
 *    German collation, and finally by slug, so the order never depends on
 *    the order files are read in.
 * A draft whose date is still open (only `npm run dev` lists drafts) comes
 * first: it is the newest work of the archive.
 */
const PRECISION_RANK: Record<DatePrecision, number> = { datetime: 3, day: 2, month: 1, year: 0 };

export interface Orderable {
  id: string;
  data: { title: { text: string }; date?: ArticleDate | undefined };
}

// en-CA writes a date as YYYY-MM-DD.
const germanDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function dayKey(date: CalendarDate): number {
  const instant = instantOf(date);
  return instant === undefined ? firstDayOf(date) : Date.parse(`${germanDay.format(instant)}T00:00Z`);
}

const titleCollator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

function compareDates(dateA: CalendarDate, dateB: CalendarDate): number {
  return (
    dayKey(dateB) - dayKey(dateA) ||
    PRECISION_RANK[dateB.precision] - PRECISION_RANK[dateA.precision] ||
    (instantOf(dateB) ?? 0) - (instantOf(dateA) ?? 0)
  );
}

export function compareNewestFirst(a: Orderable, b: Orderable): number {
  const dateA = a.data.date?.start;
  const dateB = b.data.date?.start;
  const byDate =
    dateA && dateB ? compareDates(dateA, dateB) : Number(dateA !== undefined) - Number(dateB !== undefined);
  return (
    byDate || titleCollator.compare(a.data.title.text, b.data.title.text) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortNewestFirst<T extends Orderable>(items: readonly T[]): T[] {
  return [...items].sort(compareNewestFirst);
}

const DAY_MS = 86_400_000;
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The part of an article's sort key that its date alone decides (compareDates, as text). */
function dateKey(date: CalendarDate): string {
  // Days and seconds shifted to stay positive back to the year -700; fixed width, so that text order is number order.
  const day = pad(Math.round(dayKey(date) / DAY_MS) + 1_000_000, 7);
  const instant = pad(Math.floor((instantOf(date) ?? 0) / 1000) + 100_000_000_000, 12);
  return `${day}${PRECISION_RANK[date.precision]}${instant}`;
}

/**
 * Sort keys for the search index (`data-pagefind-sort`): compared as text,
 * the larger key is the newer article, in the archive's order. A key
 * depends on the article's date and on the articles of the same date alone
 * (title order breaks their tie), never on the archive's size or an
 * article's place in it: adding an article changes no other article's key
 * but those of its own date, so their pages stay as they are (Astro's
 * incremental build keeps them). `articles` come newest first.
 */
export function sortKeys(articles: readonly Orderable[]): Map<string, string> {
  const keys = new Map<string, string>();
  const groups = new Map<string, Orderable[]>();
  for (const article of articles) {
    // "s" keeps every key a word, so that Pagefind compares them as text, not as numbers.
    const group = article.data.date ? `s${dateKey(article.data.date.start)}` : 'z';
    const members = groups.get(group);
    if (members) members.push(article);
    else groups.set(group, [article]);
  }
  for (const [group, members] of groups)
    members.forEach((article, index) => keys.set(article.id, `${group}${pad(members.length - index, 6)}`));
  return keys;
}

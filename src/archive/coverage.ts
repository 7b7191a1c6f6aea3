import type { Orderable } from './article-order.ts';
import { monthOf } from './archive-time.ts';

/**
 * Coverage over time: how many articles fall in each month of one time axis
 * shared by every chart of the site. A month is a number, `year * 12 +
 * month - 1`, so that a span of months is a range of integers.
 *
 * An article is counted in a month only where its date names that month
 * (archive-time.ts's monthOf, the rule the year pages follow: a day or a
 * month, or an inferred period inside one month). Every other article (a
 * year alone, an inferred period over several months, an open "ab …") is
 * kept apart with the span of months it may fall in: a year is its January
 * to December, a period its first to last month, an open one runs to the end
 * of the axis. Spans are grouped, so a chart draws one band per distinct
 * span, never one per article. One linear pass per set of articles.
 */
export type MonthIndex = number;

export const monthIndex = (year: number, month: number): MonthIndex => year * 12 + month - 1;
export const yearOfIndex = (index: MonthIndex) => Math.floor(index / 12);
export const monthOfIndex = (index: MonthIndex) => (index % 12) + 1;

/** The months every chart shows: from January of the archive's first year to its newest month. */
export interface TimeAxis {
  first: MonthIndex;
  last: MonthIndex;
}

/** Articles that name no single month, grouped by the months they may fall in. */
export interface ApartSpan {
  from: MonthIndex;
  to: MonthIndex;
  /** "ab …": no last month known; `to` is the end of the axis. */
  open: boolean;
  /** A year alone (`from` its January, `to` its December). */
  yearOnly: boolean;
  count: number;
}

export interface Coverage {
  axis: TimeAxis;
  /** Articles per month of the axis, `perMonth[0]` for `axis.first`. */
  perMonth: number[];
  /** Spans of the articles without a month, earliest first, the longer first on one start. */
  apart: ApartSpan[];
  /** Every article counted: the months' sum plus the spans'. */
  total: number;
}

function startIndex(article: Orderable): MonthIndex | undefined {
  const start = article.data.date?.start;
  return start && monthIndex(start.year, start.month ?? 1);
}

/**
 * The axis of an archive: January of the year of its earliest article to
 * the newest month an article is placed in (an article apart counts by its
 * first month, so a year alone or an open period does not stretch it).
 */
export function timeAxis(articles: readonly Orderable[]): TimeAxis | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const article of articles) {
    const start = startIndex(article);
    if (start === undefined) continue;
    first = Math.min(first, start);
    last = Math.max(last, start);
  }
  if (first === Infinity) return undefined;
  return { first: monthIndex(yearOfIndex(first), 1), last };
}

/** The span of months an article apart may fall in, clipped to the axis. */
function spanOf(article: Orderable, axis: TimeAxis): Omit<ApartSpan, 'count'> {
  const date = article.data.date!;
  const from = startIndex(article)!;
  const yearOnly = !date.isRange && date.precision === 'year';
  const end = date.isRange ? date.end : date.start;
  const to =
    end === undefined
      ? axis.last
      : end.precision === 'year'
        ? monthIndex(end.year, 12)
        : monthIndex(end.year, end.month!);
  return { from, to: Math.min(to, axis.last), open: end === undefined, yearOnly };
}

/** Counts articles (any subset of the archive: a topic's, a source's) on the archive's axis. */
export function coverage(articles: readonly Orderable[], axis: TimeAxis): Coverage {
  const perMonth = new Array<number>(axis.last - axis.first + 1).fill(0);
  const spans = new Map<string, ApartSpan>();
  let total = 0;
  for (const article of articles) {
    const start = startIndex(article);
    // A draft with its date still open (`npm run dev`) has no place in time yet.
    if (start === undefined) continue;
    total++;
    const month = monthOf(article);
    if (month !== undefined) {
      perMonth[monthIndex(article.data.date!.start.year, month) - axis.first]!++;
      continue;
    }
    const span = spanOf(article, axis);
    const key = `${span.from}:${span.to}:${span.open}:${span.yearOnly}`;
    const group = spans.get(key);
    if (group) group.count++;
    else spans.set(key, { ...span, count: 1 });
  }
  const apart = [...spans.values()].sort((a, b) => a.from - b.from || b.to - a.to);
  return { axis, perMonth, apart, total };
}

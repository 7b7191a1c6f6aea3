import type { Orderable } from './article-order.ts';

/**
 * The archive by time: years, and in each year its months. An article sits
 * at the level its date supports: a day or a month in that month; a year, an
 * inferred period or an open-ended one ("ab 2024") in the year it starts,
 * outside the months, and marked so on the page. Lists keep the archive's
 * order (newest first); build them from articles already in that order.
 */
export interface ArchiveYear<A> {
  year: number;
  /** Months with articles, newest first. */
  months: { month: number; articles: A[] }[];
  /** Articles whose date names no month of this year. */
  withoutMonth: A[];
  count: number;
}

/** True if the date names a single month, so the article can sit in it. */
function namesMonth(article: Orderable): boolean {
  const { date } = article.data;
  if (date?.start.month === undefined) return false;
  if (!date.isRange) return true;
  return date.end !== undefined && date.end.year === date.start.year && date.end.month === date.start.month;
}

/** The month an article sits in within its year; undefined for one that sits at the year. */
export function monthOf(article: Orderable): number | undefined {
  return namesMonth(article) ? article.data.date?.start.month : undefined;
}

/** A run of a year page's articles under one heading: a month, or (month undefined) the articles without one. */
export interface MonthSection<T> {
  month: number | undefined;
  items: T[];
}

/**
 * One page of a year's listing under its headings. The page is a slice of
 * the year in page order (its months newest first, then the articles
 * without a month), so it may begin or end inside a month: each run of
 * articles of one month, or without one, becomes a section.
 */
export function monthSections<T>(items: readonly T[], articleOf: (item: T) => Orderable): MonthSection<T>[] {
  const sections: MonthSection<T>[] = [];
  for (const item of items) {
    const month = monthOf(articleOf(item));
    const last = sections.at(-1);
    if (last && last.month === month) last.items.push(item);
    else sections.push({ month, items: [item] });
  }
  return sections;
}

export function archiveByYear<A extends Orderable>(articlesNewestFirst: readonly A[]): ArchiveYear<A>[] {
  const years = new Map<number, ArchiveYear<A>>();
  for (const article of articlesNewestFirst) {
    // A draft with its date still open (`npm run dev`) belongs to no year yet.
    if (!article.data.date) continue;
    const { start } = article.data.date;
    let year = years.get(start.year);
    if (!year) {
      year = { year: start.year, months: [], withoutMonth: [], count: 0 };
      years.set(start.year, year);
    }
    year.count++;
    const monthNumber = monthOf(article);
    if (monthNumber === undefined) {
      year.withoutMonth.push(article);
      continue;
    }
    let month = year.months.find((entry) => entry.month === monthNumber);
    if (!month) {
      month = { month: monthNumber, articles: [] };
      year.months.push(month);
    }
    month.articles.push(article);
  }
  for (const year of years.values()) year.months.sort((a, b) => b.month - a.month);
  return [...years.values()].sort((a, b) => b.year - a.year);
}

import { describe, expect, it } from 'vitest';
import { withoutMonthUrl } from './listings.ts';
import { ARTICLES_PER_PAGE } from './page-numbers.ts';

const year = (monthCounts: number[], withoutMonth: number) => ({
  year: 2024,
  months: monthCounts.map((count, index) => ({
    month: 12 - index,
    articles: Array.from({ length: count }, () => ({})),
  })),
  withoutMonth: Array.from({ length: withoutMonth }, () => ({})),
  count: monthCounts.reduce((a, b) => a + b, withoutMonth),
});

describe('withoutMonthUrl', () => {
  it("links to the page of the year's listing where its articles without a month begin", () => {
    expect(withoutMonthUrl(year([3, 2], 4))).toBe('/archiv/2024/#ohne-monat');
    expect(withoutMonthUrl(year([ARTICLES_PER_PAGE + 5], 4))).toBe('/archiv/2024/#ohne-monat');
    // 45 articles: the listing shows the newest 25, so the first without a month (the 41st) is on page 1.
    expect(withoutMonthUrl(year([ARTICLES_PER_PAGE * 2], 5))).toBe('/archiv/2024/blatt/1/#ohne-monat');
    // 149 articles: the listing shows the newest 29, pages 6 to 1 the rest; the first without a month is the oldest.
    expect(withoutMonthUrl(year([ARTICLES_PER_PAGE * 7 + 5, 3], 1))).toBe('/archiv/2024/blatt/1/#ohne-monat');
    // 143 articles: the first without a month is the 40th oldest, the last of page 2.
    expect(withoutMonthUrl(year([ARTICLES_PER_PAGE * 5, 3], 40))).toBe('/archiv/2024/blatt/2/#ohne-monat');
  });
});

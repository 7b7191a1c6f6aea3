import { describe, expect, it } from 'vitest';
import { withoutMonthUrl } from './listings.ts';
import { ARTICLES_PER_PAGE } from './paging.ts';

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
    expect(withoutMonthUrl(year([ARTICLES_PER_PAGE - 1], 4))).toBe('/archiv/2024/#ohne-monat');
    expect(withoutMonthUrl(year([ARTICLES_PER_PAGE], 4))).toBe('/archiv/2024/seite/2/#ohne-monat');
    expect(withoutMonthUrl(year([ARTICLES_PER_PAGE * 7 + 5, 3], 1))).toBe('/archiv/2024/seite/8/#ohne-monat');
  });
});

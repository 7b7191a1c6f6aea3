import { describe, expect, it } from 'vitest';
import { sortNewestFirst } from './article-order.ts';
import { archiveByYear, monthSections } from './archive-time.ts';
import { articleDate, inferred, published, updated } from '../schema/test-dates.ts';

const article = (id: string, date: ReturnType<typeof published>) => ({ id, data: { title: { text: id }, date } });

describe('archiveByYear', () => {
  const years = archiveByYear(
    sortNewestFirst([
      article('stand', updated('2024-06-19T14:27+02:00')),
      article('tag', published('2024-06-19')),
      article('monat', published('2024-07')),
      article('ab-2024', articleDate({ kind: 'inferred', basis: 'text-evidence', from: '2024', reasoning: 'r' })),
      article('halbjahr', inferred('2023-07', '2023-12')),
      article('august', published('2023-08-03')),
    ]),
  );

  it('lists years newest first with their counts', () => {
    expect(years.map((y) => [y.year, y.count])).toEqual([
      [2024, 4],
      [2023, 2],
    ]);
  });

  it('puts day and month dates in their month, newest month first, in the archive order', () => {
    expect(years[0]!.months.map((m) => [m.month, m.articles.map((a) => a.id)])).toEqual([
      [7, ['monat']],
      [6, ['stand', 'tag']],
    ]);
  });

  it('keeps a year, a period or an open-ended date at the year, outside the months', () => {
    expect(years[0]!.withoutMonth.map((a) => a.id)).toEqual(['ab-2024']);
    expect(years[1]!.withoutMonth.map((a) => a.id)).toEqual(['halbjahr']);
    expect(years[1]!.months.map((m) => m.month)).toEqual([8]);
  });
});

describe('monthSections', () => {
  const year = archiveByYear(
    sortNewestFirst([
      article('juli-2', published('2024-07-20')),
      article('juli-1', published('2024-07-02')),
      article('juni', published('2024-06-19')),
      article('mai', published('2024-05')),
      article('jahr', inferred('2024')),
      article('ab-2024', articleDate({ kind: 'inferred', basis: 'text-evidence', from: '2024', reasoning: 'r' })),
    ]),
  )[0]!;
  // The year in page order, as its listing pages it: months newest first, then the articles without a month.
  const inPageOrder = [...year.months.flatMap((month) => month.articles), ...year.withoutMonth];
  const sections = (items: typeof inPageOrder) =>
    monthSections(items, (item) => item).map((s) => [s.month, s.items.map((a) => a.id)]);

  it("puts a page's articles under their months, newest first, then those without a month", () => {
    expect(sections(inPageOrder)).toEqual([
      [7, ['juli-2', 'juli-1']],
      [6, ['juni']],
      [5, ['mai']],
      [undefined, ['ab-2024', 'jahr']],
    ]);
  });

  it("begins and ends a page's sections inside a month when the page does", () => {
    expect(sections(inPageOrder.slice(1, 3))).toEqual([
      [7, ['juli-1']],
      [6, ['juni']],
    ]);
    expect(sections(inPageOrder.slice(4))).toEqual([[undefined, ['ab-2024', 'jahr']]]);
  });

  it('finds the article of each item through the accessor', () => {
    const wrapped = inPageOrder.slice(0, 3).map((a) => ({ listed: a }));
    expect(monthSections(wrapped, (item) => item.listed).map((s) => s.items.length)).toEqual([2, 1]);
  });

  it('has no section for an empty page', () => {
    expect(monthSections([], (item) => item)).toEqual([]);
  });
});

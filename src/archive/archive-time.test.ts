import { describe, expect, it } from 'vitest';
import { sortNewestFirst } from './article-order.ts';
import { archiveByYear } from './archive-time.ts';
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
    expect(years.map((y) => [y.year, y.count])).toEqual([[2024, 4], [2023, 2]]);
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

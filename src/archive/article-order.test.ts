import { describe, expect, it } from 'vitest';
import type { ArticleDate } from '../schema/article-date.ts';
import { sortKeys, sortNewestFirst } from './article-order.ts';
import { inferred, published, updated } from '../schema/test-dates.ts';

const article = (id: string, date: ArticleDate, title = id) => ({ id, data: { title: { text: title }, date } });
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('sortNewestFirst', () => {
  it('puts later days first', () => {
    const sorted = sortNewestFirst([article('a', published('2024-06-18')), article('b', published('2024-06-20'))]);
    expect(ids(sorted)).toEqual(['b', 'a']);
  });

  it('puts every dated day of a month before an article known only by that month', () => {
    const sorted = sortNewestFirst([
      article('juli', published('2024-07')),
      article('1-juli', published('2024-07-01')),
      article('10-juli', published('2024-07-10')),
      article('30-juni', published('2024-06-30')),
    ]);
    expect(ids(sorted)).toEqual(['10-juli', '1-juli', 'juli', '30-juni']);
  });

  it('puts a year-only article after its months, and an inferred period at its start', () => {
    const sorted = sortNewestFirst([
      article('jahr-2024', inferred('2024')),
      article('januar-2024', published('2024-01')),
      article('2023-h2', inferred('2023-07', '2023-12')),
      article('august-2023', published('2023-08-15')),
    ]);
    expect(ids(sorted)).toEqual(['januar-2024', 'jahr-2024', 'august-2023', '2023-h2']);
  });

  it('orders a day with a time before the same day without one, and later times first', () => {
    const sorted = sortNewestFirst([
      article('tag', published('2024-06-19')),
      article('morgens', updated('2024-06-19T08:00+02:00')),
      article('mittags', updated('2024-06-19T14:27+02:00')),
    ]);
    expect(ids(sorted)).toEqual(['mittags', 'morgens', 'tag']);
  });

  it('counts a time on its day in German time, the day the page shows, not its UTC day', () => {
    // 00:30 German summer time on 20 June is still 19 June in UTC.
    const sorted = sortNewestFirst([
      article('19', published('2024-06-19')),
      article('20-nachts', published('2024-06-20T00:30+02:00')),
    ]);
    expect(ids(sorted)).toEqual(['20-nachts', '19']);
    // 06:00 in Seoul on 20 June is 23:00 on 19 June in Berlin: a time on the 19th, so before the day-only 19th.
    const seoul = sortNewestFirst([
      article('19', published('2024-06-19')),
      article('seoul', published('2024-06-20T06:00+09:00')),
    ]);
    expect(ids(seoul)).toEqual(['seoul', '19']);
  });

  it('orders two articles of the same day by title in German collation, then by slug', () => {
    const sorted = sortNewestFirst([
      article('z', published('2024-06-19'), 'Zwei Freunde'),
      article('b', published('2024-06-19'), 'Über Bündnisse'),
      article('a', published('2024-06-19'), 'Abkommen'),
      article('a2', published('2024-06-19'), 'Abkommen'),
    ]);
    expect(ids(sorted)).toEqual(['a', 'a2', 'b', 'z']);
  });

  it('gives the same order whatever order the files were read in', () => {
    const items = [
      article('a', published('2024-07')),
      article('b', published('2024-07-01')),
      article('c', inferred('2024')),
      article('d', updated('2024-07-01T09:00+02:00')),
    ];
    const expected = ids(sortNewestFirst(items));
    expect(ids(sortNewestFirst([...items].reverse()))).toEqual(expected);
    expect(expected).toEqual(['d', 'b', 'a', 'c']);
  });
});

describe('sortKeys', () => {
  const archive = sortNewestFirst([
    article('tag', published('2024-06-19')),
    article('morgens', updated('2024-06-19T08:00+02:00')),
    article('mittags', updated('2024-06-19T14:27+02:00')),
    article('b-titel', published('2024-06-18'), 'Beta'),
    article('a-titel', published('2024-06-18'), 'Alpha'),
    article('juni', published('2024-06')),
    article('jahr', inferred('2024')),
    article('alt', published('1912-04-15')),
  ]);

  it('orders the articles as the archive does when compared as text, the newest highest', () => {
    const keys = sortKeys(archive);
    const byKey = [...archive].sort((a, b) => (keys.get(a.id)! < keys.get(b.id)! ? 1 : -1));
    expect(ids(byKey)).toEqual(ids(archive));
    // Words, not numbers: Pagefind compares them as text.
    for (const key of keys.values()) expect(key).toMatch(/^s\d+$/);
  });

  it('changes no key when an article of another date joins, and only those of its own date when one of its date does', () => {
    const keys = sortKeys(archive);
    const withNewDay = sortKeys(sortNewestFirst([...archive, article('neu', published('2024-06-01'))]));
    expect(archive.filter((a) => withNewDay.get(a.id) !== keys.get(a.id))).toEqual([]);
    const withSameDay = sortKeys(sortNewestFirst([...archive, article('neu', published('2024-06-18'), 'Zeta')]));
    expect(ids(archive.filter((a) => withSameDay.get(a.id) !== keys.get(a.id)))).toEqual(['a-titel', 'b-titel']);
  });
});

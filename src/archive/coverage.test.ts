import { describe, expect, it } from 'vitest';
import { articleDateSchema } from '../schema/article-date.ts';
import { splitArticle } from '../schema/article-file.ts';
import { articleDate, inferred, published, updated } from '../schema/test-dates.ts';
import { generateArticles } from '../../tests/support/generate-articles.ts';
import { FIXTURE_ARCHIVE } from '../../tests/support/fixture-archive.ts';
import { generatorInput } from '../../tests/support/generated-archive.ts';
import { coverage, monthIndex, timeAxis, type Coverage } from './coverage.ts';

const article = (id: string, date: ReturnType<typeof published>) => ({ id, data: { title: { text: id }, date } });
const countIn = (result: Coverage, year: number, month: number) =>
  result.perMonth[monthIndex(year, month) - result.axis.first];

describe('coverage by month, at every precision of a date', () => {
  const articles = [
    article('monat', published('2024-07')),
    article('tag', published('2024-06-19')),
    article('stand', updated('2024-06-19T14:27+02:00')),
    article('jahr', inferred('2023')),
    article('halbjahr', inferred('2023-07', '2023-12')),
    article('tage-im-august', inferred('2023-08-03', '2023-08-20')),
    article(
      'ab-februar',
      articleDate({ kind: 'inferred', basis: 'text-evidence', from: '2024-02-20', reasoning: 'r' }),
    ),
  ];
  const axis = timeAxis(articles)!;
  const result = coverage(articles, axis);

  it('runs the axis from January of the first year to the newest month', () => {
    expect(axis).toEqual({ first: monthIndex(2023, 1), last: monthIndex(2024, 7) });
    expect(result.perMonth).toHaveLength(19);
  });

  it('counts a month-only article in its month, and a day or a time in its month', () => {
    expect(countIn(result, 2024, 7)).toBe(1);
    expect(countIn(result, 2024, 6)).toBe(2);
  });

  it('counts an inferred period inside one month in that month, as the year page lists it', () => {
    expect(countIn(result, 2023, 8)).toBe(1);
  });

  it('keeps a year alone, a period over months and an open "ab …" apart, with the months each may fall in', () => {
    expect(result.apart).toEqual([
      { from: monthIndex(2023, 1), to: monthIndex(2023, 12), open: false, yearOnly: true, count: 1 },
      { from: monthIndex(2023, 7), to: monthIndex(2023, 12), open: false, yearOnly: false, count: 1 },
      { from: monthIndex(2024, 2), to: monthIndex(2024, 7), open: true, yearOnly: false, count: 1 },
    ]);
  });

  it('adds up: the months plus the spans apart are every article', () => {
    const sum = result.perMonth.reduce((a, b) => a + b, 0) + result.apart.reduce((a, span) => a + span.count, 0);
    expect(sum).toBe(articles.length);
    expect(result.total).toBe(articles.length);
  });

  it("counts a subset (a topic) on the archive's axis", () => {
    const topic = coverage([articles[0]!, articles[3]!], axis);
    expect(topic.axis).toBe(axis);
    expect(topic.perMonth).toHaveLength(19);
    expect(topic.perMonth.reduce((a, b) => a + b, 0)).toBe(1);
    expect(topic.apart.map((span) => span.count)).toEqual([1]);
  });
});

describe('coverage of the generated archive of the paging tests', () => {
  // The paging build test's articles (320, seed 7) from the fixture archive's vocabulary.
  const generated = generateArticles(320, 7, generatorInput(FIXTURE_ARCHIVE)).map((entry) => {
    const split = splitArticle(entry.text);
    if (!split.ok) throw new Error(entry.slug);
    return {
      id: entry.slug,
      data: { title: { text: entry.slug }, date: articleDateSchema.parse(split.frontmatter.date) },
    };
  });
  const axis = timeAxis(generated)!;
  const result = coverage(generated, axis);

  it("spans the generator's years", () => {
    expect(axis.first).toBe(monthIndex(2019, 1));
    expect(axis.last).toBeLessThanOrEqual(monthIndex(2024, 12));
  });

  it('puts each dated day or month in its month and each year alone apart, and loses none', () => {
    const expected = new Map<number, number>();
    let yearsAlone = 0;
    for (const { data } of generated) {
      if (data.date.precision === 'year') yearsAlone++;
      else {
        const index = monthIndex(data.date.start.year, data.date.start.month!);
        expected.set(index, (expected.get(index) ?? 0) + 1);
      }
    }
    result.perMonth.forEach((count, offset) =>
      expect(count, `month ${offset}`).toBe(expected.get(axis.first + offset) ?? 0),
    );
    expect(yearsAlone).toBeGreaterThan(0);
    expect(result.apart.every((span) => span.yearOnly && span.to - span.from <= 11)).toBe(true);
    expect(result.apart.reduce((sum, span) => sum + span.count, 0)).toBe(yearsAlone);
    expect(result.total).toBe(320);
  });
});

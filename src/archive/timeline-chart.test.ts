import { describe, expect, it } from 'vitest';
import { articleDate, inferred, published } from '../schema/test-dates.ts';
import { coverage, monthIndex, timeAxis } from './coverage.ts';
import { archiveChart, BAR_AREA, filteredChart, sparkline, strokePath } from './timeline-chart.ts';

const article = (id: string, date: ReturnType<typeof published>) => ({ id, data: { title: { text: id }, date } });
const articles = [
  article('juli', published('2024-07')),
  article('juni-1', published('2024-06-19')),
  article('juni-2', published('2024-06-03')),
  article('jahr', inferred('2023')),
  article('halbjahr', inferred('2023-07', '2023-12')),
  article('ab-februar', articleDate({ kind: 'inferred', basis: 'text-evidence', from: '2024-02-20', reasoning: 'r' })),
];
const axis = timeAxis(articles)!;
const all = coverage(articles, axis);

describe('strokePath', () => {
  it('draws each bar as a vertical stroke from the baseline, moving relatively between bars', () => {
    expect(
      strokePath(
        [
          { x: 2, height: 5 },
          { x: 5, height: 10 },
        ],
        100,
      ),
    ).toBe('M2.5 100v-5m3 5v-10');
    expect(strokePath([], 100)).toBe('');
  });
});

describe('archiveChart', () => {
  const chart = archiveChart(all);

  it('draws a bar for each month with articles, scaled to the busiest, linking to the month page', () => {
    expect(chart.months).toBe(19);
    expect(chart.bars.map(({ x, height, count, label, href }) => ({ x, height, count, label, href }))).toEqual([
      { x: 17, height: BAR_AREA, count: 2, label: 'Juni 2024: 2 Artikel', href: '/archiv/2024/06/' },
      { x: 18, height: BAR_AREA / 2, count: 1, label: 'Juli 2024: 1 Artikel', href: '/archiv/2024/07/' },
    ]);
    expect(chart.maxLabel).toBe('2 Artikel');
    expect(chart.caption).toBe('Artikel je Monat, Januar 2023 bis Juli 2024');
  });

  it('puts overlapping spans apart in separate lanes, with their German labels', () => {
    expect(chart.bands.map(({ lane, label }) => [lane, label])).toEqual([
      [0, '2023 (nur Jahr): 1 Artikel'],
      [1, 'Juli bis Dezember 2023: 1 Artikel'],
      [0, 'ab Februar 2024: 1 Artikel'],
    ]);
    expect(chart.lanes).toBe(2);
  });

  it('labels the years in per cent of the width, and draws a line at each new year', () => {
    expect(chart.years.map(({ year, x, labelled }) => [year, x, labelled])).toEqual([
      [2023, 0, true],
      [2024, 63.16, true],
    ]);
    expect(chart.gridPath).toBe(`M0 0H19M0 ${BAR_AREA}H19M12 0v${BAR_AREA}`);
  });

  it('labels at most six years of a long archive', () => {
    const ends = [article('alt', published('2005-03')), article('neu', published('2024-12'))];
    const long = archiveChart(coverage(ends, timeAxis(ends)!));
    expect(long.years).toHaveLength(20);
    expect(long.years.filter((year) => year.labelled).map((year) => year.year)).toEqual([2005, 2009, 2013, 2017, 2021]);
  });
});

describe('filteredChart', () => {
  const topic = coverage([articles[0]!, articles[3]!], axis);
  const chart = filteredChart(topic, { key: 'thema', value: 'Sanktionen' });

  it('links each year with articles to the search filtered by the topic and the year', () => {
    expect(chart.years.map((year) => year.link)).toEqual([
      { href: '/suche/?thema=Sanktionen&jahr=2023', label: 'Sanktionen, 2023: Artikel in der Suche' },
      { href: '/suche/?thema=Sanktionen&jahr=2024', label: 'Sanktionen, 2024: Artikel in der Suche' },
    ]);
  });

  it('leaves a year without articles unlinked, and draws its bars as one path on its own count axis', () => {
    const july = filteredChart(coverage([articles[0]!], axis), { key: 'quelle', value: 'dpa' });
    expect(july.years.map((year) => year.link?.href)).toEqual([undefined, '/suche/?quelle=dpa&jahr=2024']);
    expect(july.max).toBe(1);
    expect(july.bars.every((bar) => bar.href === undefined)).toBe(true);
    expect(july.barPath).toBe(`M18.5 ${BAR_AREA}v-${BAR_AREA}`);
  });
});

describe('sparkline', () => {
  it('draws the months in whole units of a box ten high', () => {
    expect(sparkline(all)).toEqual({ months: 19, path: 'M17.5 10v-10m1 10v-5' });
    expect(monthIndex(2024, 6) - axis.first).toBe(17);
  });
});

import { monthName } from '../format/german-date.ts';
import { de } from '../i18n/de.ts';
import { filteredSearchUrl, paths, searchFields, type FilterKey } from '../routes.ts';
import { monthOfIndex, yearOfIndex, type ApartSpan, type Coverage, type MonthIndex } from './coverage.ts';

/**
 * The geometry of a timeline, computed at build time so that a component
 * only draws it (inline SVG, no script). Own arithmetic, no d3: the only
 * scales are "month number minus the axis's first" along x and "count over
 * the chart's largest count" up y, each one line here; d3-scale and
 * d3-shape would add dependencies for less code than they replace.
 *
 * Coordinates: x in months from the axis's first (a chart's viewBox is the
 * axis's months wide, stretched to the page's width), y in hundredths of the
 * bar area, 0 at the top. Year labels are placed in per cent of the width,
 * so text keeps its size from 320 px up. Bars are drawn 0.8 of a month wide.
 */
export const BAR_AREA = 100;
/** The fewest units a month with articles gets: a single article in a busy archive stays visible. */
const MIN_BAR = 2;
/** At most this many year labels: at 320 px each keeps about 45 px. */
const MAX_YEAR_LABELS = 6;
/** Sparklines are this many units high; heights are whole units, so their paths stay short. */
export const SPARK_HEIGHT = 10;

export interface ChartBar {
  x: number;
  height: number;
  count: number;
  /** "Juni 2024". */
  month: string;
  /** "Juni 2024: 2 Artikel". */
  label: string;
  /** The month's page (archive chart only). */
  href?: string;
}

export interface ChartYear {
  year: number;
  /** Start and width in per cent of the axis. */
  x: number;
  width: number;
  /** Its label is printed (not every year's when there are many). */
  labelled: boolean;
  /** The search for this year (topic and source charts only), with its accessible name. */
  link?: { href: string; label: string };
}

export interface ChartBand extends ApartSpan {
  x: number;
  width: number;
  lane: number;
  /** "2023 (nur Jahr): 1 Artikel", "ab Februar 2024: 1 Artikel". */
  label: string;
}

export interface TimelineChart {
  caption: string;
  months: number;
  max: number;
  maxLabel: string;
  bars: ChartBar[];
  /** The bars as one path of vertical strokes (charts whose bars are not links). */
  barPath: string;
  years: ChartYear[];
  /** The top and bottom lines of the bar area and a line at each new year, in the bars' coordinates. */
  gridPath: string;
  bands: ChartBand[];
  lanes: number;
  total: number;
}

const round = (value: number) => Math.round(value * 100) / 100;
const monthText = (index: MonthIndex) => `${monthName(monthOfIndex(index))} ${yearOfIndex(index)}`;

function spanText(span: ApartSpan): string {
  if (span.yearOnly) return de.charts.yearOnly(yearOfIndex(span.from));
  if (span.open) return de.charts.since(monthText(span.from));
  // "August bis Dezember 2023": the year is said once when both ends share it.
  const from =
    yearOfIndex(span.from) === yearOfIndex(span.to) ? monthName(monthOfIndex(span.from)) : monthText(span.from);
  return de.charts.period(from, monthText(span.to));
}

/** Bands in lanes: each goes into the first lane whose bands all end before it starts. */
function bandsInLanes(apart: readonly ApartSpan[], axis: Coverage['axis']): ChartBand[] {
  const laneEnds: number[] = [];
  return apart.map((span) => {
    let lane = laneEnds.findIndex((end) => end < span.from);
    if (lane === -1) lane = laneEnds.push(span.to) - 1;
    else laneEnds[lane] = span.to;
    const label = `${spanText(span)}: ${de.topics.articleCount(span.count)}`;
    return { ...span, x: span.from - axis.first + 0.1, width: span.to - span.from + 0.8, lane, label };
  });
}

function yearsOf(coverage: Coverage, link?: (year: number) => ChartYear['link']): ChartYear[] {
  const { first, last } = coverage.axis;
  const firstYear = yearOfIndex(first);
  const count = yearOfIndex(last) - firstYear + 1;
  const months = last - first + 1;
  const step = Math.ceil(count / MAX_YEAR_LABELS);
  return Array.from({ length: count }, (_, offset) => {
    const year = firstYear + offset;
    const start = offset * 12;
    const width = Math.min(12, months - start);
    const href = link?.(year);
    return {
      year,
      x: round((start / months) * 100),
      width: round((width / months) * 100),
      labelled: offset % step === 0,
      ...(href && { link: href }),
    };
  });
}

function gridPath({ first, last }: Coverage['axis']): string {
  const months = last - first + 1;
  let path = `M0 0H${months}M0 ${BAR_AREA}H${months}`;
  for (let x = 12; x < months; x += 12) path += `M${x} 0v${BAR_AREA}`;
  return path;
}

/** The bars' heights, and the same bars as one path of strokes 0.8 wide (relative moves keep it short). */
function barsOf(coverage: Coverage, max: number, scale: number, href?: (index: MonthIndex) => string) {
  const bars: ChartBar[] = [];
  coverage.perMonth.forEach((count, x) => {
    if (count === 0) return;
    const index = coverage.axis.first + x;
    const height = Math.max(MIN_BAR, Math.round((count / max) * scale));
    bars.push({
      x,
      height,
      count,
      month: monthText(index),
      label: `${monthText(index)}: ${de.topics.articleCount(count)}`,
      ...(href && { href: href(index) }),
    });
  });
  return bars;
}

/** Vertical strokes from the baseline `base`, one per bar, as a path with relative moves. */
export function strokePath(bars: readonly { x: number; height: number }[], base: number): string {
  let path = '';
  let previous: { x: number; height: number } | undefined;
  for (const bar of bars) {
    path += previous
      ? `m${bar.x - previous.x} ${previous.height}v-${bar.height}`
      : `M${bar.x + 0.5} ${base}v-${bar.height}`;
    previous = bar;
  }
  return path;
}

function chart(
  coverage: Coverage,
  options: { barHref?: (index: MonthIndex) => string; yearLink?: (year: number) => ChartYear['link'] },
): TimelineChart {
  const months = coverage.axis.last - coverage.axis.first + 1;
  const max = Math.max(1, ...coverage.perMonth);
  const bars = barsOf(coverage, max, BAR_AREA, options.barHref);
  const bands = bandsInLanes(coverage.apart, coverage.axis);
  return {
    caption: de.charts.caption(monthText(coverage.axis.first), monthText(coverage.axis.last)),
    months,
    max,
    maxLabel: de.topics.articleCount(max),
    bars,
    barPath: options.barHref ? '' : strokePath(bars, BAR_AREA),
    years: yearsOf(coverage, options.yearLink),
    gridPath: gridPath(coverage.axis),
    bands,
    lanes: Math.max(0, ...bands.map((band) => band.lane + 1)),
    total: coverage.total,
  };
}

/** The archive's chart: each month's bar links to the month's page. */
export function archiveChart(coverage: Coverage): TimelineChart {
  return chart(coverage, { barHref: (index) => paths.month(yearOfIndex(index), monthOfIndex(index)) });
}

/**
 * A topic's or a source's timeline on the archive's axis: each year with
 * articles links to the search filtered by the topic or source and the year.
 */
export function filteredChart(coverage: Coverage, filter: { key: FilterKey; value: string }): TimelineChart {
  const { first } = coverage.axis;
  const years = new Set<number>();
  coverage.perMonth.forEach((count, x) => count > 0 && years.add(yearOfIndex(first + x)));
  for (const span of coverage.apart)
    for (let year = yearOfIndex(span.from); year <= yearOfIndex(span.to); year++) years.add(year);
  return chart(coverage, {
    yearLink: (year) =>
      years.has(year)
        ? {
            href: filteredSearchUrl({ [filter.key]: filter.value, [searchFields.filters.year]: String(year) }),
            label: de.charts.yearSearch(filter.value, year),
          }
        : undefined,
  });
}

/** A sparkline: the months' bars as one path in a box `months` wide and SPARK_HEIGHT high. */
export function sparkline(coverage: Coverage): { months: number; path: string } {
  const max = Math.max(1, ...coverage.perMonth);
  const bars = barsOf(coverage, max, SPARK_HEIGHT).map((bar) => ({
    x: bar.x,
    height: Math.max(1, Math.round((bar.count / max) * SPARK_HEIGHT)),
  }));
  return { months: coverage.perMonth.length, path: strokePath(bars, SPARK_HEIGHT) };
}

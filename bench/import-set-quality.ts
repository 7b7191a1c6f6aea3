import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { splitArticle } from '../src/schema/article-file.ts';
import { applyImport, planImport, readArchiveState } from '../src/reader/import/import-capture.ts';
import { normalise, sentencesOf } from '../src/reader/import/text.ts';
import type { DateFields, FrontmatterFields } from './frontmatter-fields.ts';
import type { Label, LabelledPage } from './import-set.ts';

/**
 * How good a draft of `npm run import` is on a page of the labelled test
 * set, scored as extraction benchmarks score extractors: the headline,
 * kicker and lead exactly; the furniture lines the draft lists as removed
 * (precision and recall against the lines labelled furniture or date line;
 * a line labelled "either" or the byline counts neither way); every
 * sentence of the journalism kept; the date and byline exactly; the cited
 * sources found.
 */
export interface SetScore {
  name: string;
  format: 'text' | 'html';
  refused?: string;
  headline: { right: boolean; found: string; expected: string };
  kicker: { right: boolean; found?: string | undefined; expected?: string | undefined };
  lead: { right: boolean; found?: string | undefined; expected?: string | undefined };
  date: { right: boolean; found?: string | undefined; expected?: string | undefined };
  byline: { right: boolean; found?: string | undefined; expected?: string | undefined };
  furniture: {
    truePositives: number;
    predicted: number;
    found: number;
    expected: number;
    wrong: string[];
    missed: string[];
  };
  journalism: { kept: number; expected: number; missing: string[] };
  cited: { found: number; expected: number; missing: string[]; extra: string[] };
}

const FURNITURE: ReadonlySet<Label> = new Set(['F', 'D']);
const NEUTRAL: ReadonlySet<Label> = new Set(['E', 'B']);
const JOURNALISM: ReadonlySet<Label> = new Set(['H', 'K', 'L', 'J']);

/** The label of the line a removed item is, or is the start or end of; undefined for an item that is no line's. */
function labelOf(item: string, lines: readonly { label: Label; text: string }[]): Label | undefined {
  // A line the page prints twice ("Helgoland" in the menu and as the kicker) counts as furniture if either is.
  const exact = lines.filter((line) => normalise(line.text) === item);
  if (exact.length > 0) return (exact.find((line) => FURNITURE.has(line.label)) ?? exact[0]!).label;
  return lines.find((line) => {
    const text = normalise(line.text);
    return text.startsWith(`${item} `) || text.endsWith(` ${item}`);
  })?.label;
}

const same = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b === undefined : b !== undefined && normalise(a) === normalise(b);

function dateText(date: DateFields | undefined): string | undefined {
  return date === undefined
    ? undefined
    : `${date.kind} ${date.basis} ${date.value ?? `${date.from ?? ''}..${date.to ?? ''}`}`;
}

function emptyScore(page: LabelledPage, refused: string): SetScore {
  const journalism = page.lines.filter((line) => JOURNALISM.has(line.label));
  const furniture = page.lines.filter((line) => FURNITURE.has(line.label));
  return {
    name: page.name,
    format: page.format,
    refused,
    headline: { right: false, found: '', expected: page.lines.find((line) => line.label === 'H')!.text },
    kicker: { right: false },
    lead: { right: false },
    date: { right: false },
    byline: { right: false },
    furniture: {
      truePositives: 0,
      predicted: 0,
      found: 0,
      expected: furniture.length,
      wrong: [],
      missed: furniture.map((line) => line.text),
    },
    journalism: {
      kept: 0,
      expected: journalism.flatMap((line) => sentencesOf(normalise(line.text))).length,
      missing: [],
    },
    cited: { found: 0, expected: page.cited.length, missing: page.cited, extra: [] },
  };
}

/** Imports a page of the set into a copy of `contentDir` with the set's sources, and scores the draft. */
export function scoreSetPage(page: LabelledPage, contentDir: string, setSources: string): SetScore {
  const dir = mkdtempSync(join(tmpdir(), 'archiv-import-set-'));
  try {
    cpSync(contentDir, dir, { recursive: true });
    cpSync(setSources, join(dir, 'sources'), { recursive: true });
    const bytes = readFileSync(page.captureFile);
    const state = readArchiveState(dir);
    const plan = planImport(bytes, state, { fileName: basename(page.captureFile) });
    if (!plan.ok) return emptyScore(page, plan.message);
    applyImport(bytes, plan, state);
    const split = splitArticle(readFileSync(plan.draftFile, 'utf8'));
    if (!split.ok) return emptyScore(page, `unreadable draft: ${String(split.error)}`);
    const fm = split.frontmatter as FrontmatterFields;
    const expect = (label: Label) => page.lines.find((line) => line.label === label)?.text;

    const removed = (fm.provenance?.removed ?? [])
      .flatMap((item) => (typeof item === 'string' ? [] : item.lines))
      .map(normalise);
    let truePositives = 0;
    let predicted = 0;
    const wrong: string[] = [];
    for (const item of removed) {
      const label = labelOf(item, page.lines);
      if (label !== undefined && NEUTRAL.has(label)) continue;
      predicted++;
      if (label !== undefined && FURNITURE.has(label)) truePositives++;
      else wrong.push(`${label ?? '?'} ${item}`);
    }
    const left = new Map<string, number>();
    for (const item of removed) left.set(item, (left.get(item) ?? 0) + 1);
    const missed: string[] = [];
    let found = 0;
    const expectedFurniture = page.lines.filter((line) => FURNITURE.has(line.label));
    for (const line of expectedFurniture) {
      const text = normalise(line.text);
      const count = left.get(text) ?? 0;
      if (count > 0) {
        found++;
        left.set(text, count - 1);
      } else missed.push(line.text);
    }

    const cited = fm.source?.cited ?? [];
    const editionText = normalise(
      [fm.title?.kicker, fm.title?.text, fm.teaser?.text, split.body, ...cited.map((item) => item.mention)]
        .filter((part) => typeof part === 'string')
        .join('\n'),
    );
    const sentences = page.lines
      .filter((line) => JOURNALISM.has(line.label))
      .flatMap((line) => sentencesOf(normalise(line.text)));
    const missing = sentences.filter((sentence) => !editionText.includes(sentence));
    const citedIds = cited.map((item) => item.source);

    const teaser = fm.teaser?.editorial === false ? fm.teaser.text : undefined;
    const headline = { found: String(fm.title?.text ?? ''), expected: expect('H')! };
    return {
      name: page.name,
      format: page.format,
      headline: { ...headline, right: same(headline.found, headline.expected) && fm.title?.editorial === false },
      kicker: { found: fm.title?.kicker, expected: expect('K'), right: same(fm.title?.kicker, expect('K')) },
      lead: { found: teaser, expected: expect('L'), right: same(teaser, expect('L')) },
      date: {
        found: dateText(fm.date),
        expected: dateText(page.date),
        right: dateText(fm.date) === dateText(page.date),
      },
      byline: { found: fm.source?.byline, expected: page.byline, right: same(fm.source?.byline, page.byline) },
      furniture: { truePositives, predicted, found, expected: expectedFurniture.length, wrong, missed },
      journalism: { kept: sentences.length - missing.length, expected: sentences.length, missing },
      cited: {
        found: page.cited.filter((id) => citedIds.includes(id)).length,
        expected: page.cited.length,
        missing: page.cited.filter((id) => !citedIds.includes(id)),
        extra: citedIds.filter((id) => !page.cited.includes(id)),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const SET_TARGETS = { furniturePrecision: 0.98, furnitureRecall: 0.95, citedRecall: 0.9 };

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fixed = (value: number) => value.toFixed(2);
const mark = (right: boolean) => (right ? 'yes' : 'NO');

export interface SetTotals {
  pages: number;
  headlines: number;
  kickers: number;
  leads: number;
  dates: number;
  bylines: number;
  precision: number;
  recall: number;
  journalism: number;
  journalismExpected: number;
  citedRecall: number;
}

export function setTotals(scores: readonly SetScore[]): SetTotals {
  const sum = (pick: (score: SetScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const count = (pick: (score: SetScore) => boolean) => scores.filter(pick).length;
  return {
    pages: scores.length,
    headlines: count((s) => s.headline.right),
    kickers: count((s) => s.kicker.right),
    leads: count((s) => s.lead.right),
    dates: count((s) => s.date.right),
    bylines: count((s) => s.byline.right),
    precision: ratio(
      sum((s) => s.furniture.truePositives),
      sum((s) => s.furniture.predicted),
    ),
    recall: ratio(
      sum((s) => s.furniture.found),
      sum((s) => s.furniture.expected),
    ),
    journalism: sum((s) => s.journalism.kept),
    journalismExpected: sum((s) => s.journalism.expected),
    citedRecall: ratio(
      sum((s) => s.cited.found),
      sum((s) => s.cited.expected),
    ),
  };
}

/** Whether the set meets the targets of issue 25. */
export function meetsSetTargets(t: SetTotals): boolean {
  return (
    t.headlines === t.pages &&
    t.kickers === t.pages &&
    t.leads === t.pages &&
    t.dates === t.pages &&
    t.precision >= SET_TARGETS.furniturePrecision &&
    t.recall >= SET_TARGETS.furnitureRecall &&
    t.journalism === t.journalismExpected &&
    t.citedRecall >= SET_TARGETS.citedRecall
  );
}

/** The table, as Markdown: one row per page and the totals. */
export function setTable(scores: readonly SetScore[]): string {
  const rows = scores.map((s) =>
    [
      s.refused ? `${s.name} (refused)` : s.name,
      mark(s.headline.right),
      mark(s.kicker.right),
      mark(s.lead.right),
      `${fixed(ratio(s.furniture.truePositives, s.furniture.predicted))} (${s.furniture.truePositives}/${s.furniture.predicted})`,
      `${fixed(ratio(s.furniture.found, s.furniture.expected))} (${s.furniture.found}/${s.furniture.expected})`,
      `${s.journalism.kept}/${s.journalism.expected}`,
      mark(s.date.right),
      mark(s.byline.right),
      `${s.cited.found}/${s.cited.expected}${s.cited.extra.length > 0 ? ` (+${s.cited.extra.join(', ')})` : ''}`,
    ].join(' | '),
  );
  const t = setTotals(scores);
  const total = [
    'all',
    `${t.headlines}/${t.pages}`,
    `${t.kickers}/${t.pages}`,
    `${t.leads}/${t.pages}`,
    fixed(t.precision),
    fixed(t.recall),
    `${t.journalism}/${t.journalismExpected}`,
    `${t.dates}/${t.pages}`,
    `${t.bylines}/${t.pages}`,
    fixed(t.citedRecall),
  ].join(' | ');
  return [
    '| page | headline | kicker | lead | furniture P | furniture R | journalism kept | date | byline | cited |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    `| ${total} |`,
  ].join('\n');
}

/** What went wrong on a page, one line each, for the report under the table. */
export function setFindings(score: SetScore): string[] {
  const out: string[] = [];
  const say = (what: string) => out.push(`  ${score.name}: ${what}`);
  if (score.refused) say(`refused: ${score.refused}`);
  if (!score.headline.right)
    say(`headline ${JSON.stringify(score.headline.found)}, expected ${JSON.stringify(score.headline.expected)}`);
  if (!score.kicker.right)
    say(
      `kicker ${JSON.stringify(score.kicker.found ?? null)}, expected ${JSON.stringify(score.kicker.expected ?? null)}`,
    );
  if (!score.lead.right)
    say(
      `lead ${JSON.stringify(score.lead.found?.slice(0, 60) ?? null)}, expected ${JSON.stringify(score.lead.expected?.slice(0, 60) ?? null)}`,
    );
  if (!score.date.right) say(`date ${score.date.found ?? 'none'}, expected ${score.date.expected ?? 'none'}`);
  if (!score.byline.right)
    say(
      `byline ${JSON.stringify(score.byline.found ?? null)}, expected ${JSON.stringify(score.byline.expected ?? null)}`,
    );
  for (const line of score.furniture.wrong) say(`removed, not furniture: ${line}`);
  for (const line of score.furniture.missed) say(`furniture left: ${line}`);
  for (const sentence of score.journalism.missing) say(`journalism lost: ${sentence}`);
  for (const id of score.cited.missing) say(`cited source not found: ${id}`);
  return out;
}

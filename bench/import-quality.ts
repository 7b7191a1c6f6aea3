import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitArticle } from '../src/schema/article-file.ts';
import { SUGGESTED_TAGS } from '../src/reader/import/draft.ts';
import { applyImport, planImport, readArchiveState } from '../src/reader/import/import-capture.ts';
import { normalise, sentencesOf } from '../src/reader/import/text.ts';
import type { DateFields, FrontmatterFields } from './frontmatter-fields.ts';

/**
 * How good a draft of `npm run import` is, against the edition an editor
 * made of the same capture: the furniture lines it found (precision and
 * recall against the edition's removed lines), the date (exact where the
 * capture prints one; left open where the edition had to infer it), the
 * cited sources, the tags the editor chose among the first eight
 * suggestions, and the sentences of the journalism the draft keeps.
 *
 * Leave-one-out: each archived capture is imported into a temporary copy of
 * content/ without its edition and its capture, so the import cannot see
 * the answer; a capture written for the tests is scored the same way.
 */
export interface Edition {
  frontmatter: FrontmatterFields;
  body: string;
}

export interface Score {
  name: string;
  furniture: { found: number; predicted: number; expected: number };
  /** "exact", "open" (rightly: the edition infers it), or what went wrong. */
  date: string;
  dateExact: boolean;
  cited: { found: number; expected: number; missing: string[]; extra: string[] };
  tags: { found: number; expected: number };
  sentences: { kept: number; expected: number; missing: string[] };
}

function readEdition(text: string): Edition {
  const split = splitArticle(text);
  if (!split.ok) throw new Error(`unreadable edition: ${String(split.error)}`);
  return { frontmatter: split.frontmatter, body: split.body };
}

/** The removed lines of an edition, in either shape of provenance.removed: { description, lines } (lines) or a string (none known). */
export function removedLines(frontmatter: FrontmatterFields): string[] | undefined {
  const removed = frontmatter.provenance?.removed ?? [];
  if (removed.some((item) => typeof item === 'string')) return undefined;
  return removed.flatMap((item) => (typeof item === 'string' ? [] : item.lines));
}

/** Matches two lists of lines as multisets (an "Anzeige" removed three times counts three times). */
export function matchedLines(predicted: readonly string[], expected: readonly string[]): number {
  const left = new Map<string, number>();
  for (const line of expected.map(normalise)) left.set(line, (left.get(line) ?? 0) + 1);
  let found = 0;
  for (const line of predicted.map(normalise)) {
    const count = left.get(line) ?? 0;
    if (count > 0) {
      found++;
      left.set(line, count - 1);
    }
  }
  return found;
}

/** The journalism of an edition as normalised sentences: printed title and teaser, body, and the mentions of cited sources. */
export function journalism(edition: Edition, { printedOnly }: { printedOnly: boolean }): string[] {
  const { title, teaser, source } = edition.frontmatter;
  const parts = [
    title?.kicker,
    !printedOnly || title?.editorial === false ? title?.text : undefined,
    !printedOnly || teaser?.editorial === false ? teaser?.text : undefined,
    edition.body,
    ...(source?.cited ?? []).map((cited) => cited.mention),
  ];
  // Part by part: a mention is a clause, and must not merge with the body's last sentence.
  return parts
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .flatMap((part) => sentencesOf(normalise(part)));
}

function compareDate(draft: DateFields | undefined, edition: DateFields): { text: string; exact: boolean } {
  if (edition.kind === 'inferred') {
    return draft === undefined
      ? { text: 'open (inferred in edition)', exact: true }
      : { text: `claimed ${draft.value} where none is printed`, exact: false };
  }
  if (draft === undefined) return { text: `missed ${edition.value}`, exact: false };
  const same = draft.kind === edition.kind && draft.basis === edition.basis && draft.value === edition.value;
  return same
    ? { text: `exact ${draft.value}`, exact: true }
    : {
        text: `${draft.kind} ${draft.value} (${draft.basis}), edition ${edition.kind} ${edition.value} (${edition.basis})`,
        exact: false,
      };
}

/** Imports a capture into a copy of `contentDir` without `leaveOut` (an edition and its capture) and scores the draft against `editionText`. */
export function scoreImport(
  name: string,
  captureBytes: Uint8Array,
  editionText: string,
  contentDir: string,
  leaveOut: string[] = [],
): Score {
  const dir = mkdtempSync(join(tmpdir(), 'archiv-import-'));
  try {
    cpSync(contentDir, dir, { recursive: true });
    for (const path of leaveOut) rmSync(join(dir, path));
    const state = readArchiveState(dir);
    const plan = planImport(captureBytes, state);
    if (!plan.ok) throw new Error(`${name}: ${plan.message}`);
    applyImport(captureBytes, plan, state);
    const draft = readEdition(readFileSync(plan.draftFile, 'utf8'));
    const edition = readEdition(editionText);

    const predicted = removedLines(draft.frontmatter) ?? [];
    const expected = removedLines(edition.frontmatter) ?? [];
    if (edition.frontmatter.date === undefined) throw new Error(`${name}: the edition has no date`);
    const date = compareDate(draft.frontmatter.date, edition.frontmatter.date);
    const citedIds = (frontmatter: FrontmatterFields) => (frontmatter.source?.cited ?? []).map((cited) => cited.source);
    const draftCited = citedIds(draft.frontmatter);
    const editionCited = citedIds(edition.frontmatter);
    const suggested = plan.draft.tagSuggestions.slice(0, SUGGESTED_TAGS).map((tag) => tag.id);
    const editionTags = edition.frontmatter.tags ?? [];
    const kept = journalism(draft, { printedOnly: false }).join('\n');
    const sentences = journalism(edition, { printedOnly: true });
    const missing = sentences.filter((sentence) => !kept.includes(sentence));
    return {
      name,
      furniture: { found: matchedLines(predicted, expected), predicted: predicted.length, expected: expected.length },
      date: date.text,
      dateExact: date.exact,
      cited: {
        found: editionCited.filter((id) => draftCited.includes(id)).length,
        expected: editionCited.length,
        missing: editionCited.filter((id) => !draftCited.includes(id)),
        extra: draftCited.filter((id) => !editionCited.includes(id)),
      },
      tags: { found: editionTags.filter((id) => suggested.includes(id)).length, expected: editionTags.length },
      sentences: { kept: sentences.length - missing.length, expected: sentences.length, missing },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each archived edition, scored leave-one-out. */
export function leaveOneOut(contentDir: string): Score[] {
  return readdirSync(join(contentDir, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const editionText = readFileSync(join(contentDir, 'articles', name), 'utf8');
      const capture = readEdition(editionText).frontmatter.provenance?.capture;
      if (capture === undefined) throw new Error(`${name}: no provenance.capture`);
      const bytes = readFileSync(join(contentDir, 'captures', `${capture}.txt`));
      return scoreImport(capture, bytes, editionText, contentDir, [
        join('articles', name),
        join('captures', `${capture}.txt`),
      ]);
    });
}

export const TARGETS = { furniturePrecision: 0.9, furnitureRecall: 0.9, tagRecall: 0.7 };

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fixed = (value: number) => value.toFixed(2);

export interface Totals {
  precision: number;
  recall: number;
  datesExact: number;
  cited: number;
  citedExpected: number;
  tagRecall: number;
  sentences: number;
  sentencesExpected: number;
}

export function totalsOf(scores: readonly Score[]): Totals {
  const sum = (pick: (score: Score) => number) => scores.reduce((total, score) => total + pick(score), 0);
  return {
    precision: ratio(
      sum((s) => s.furniture.found),
      sum((s) => s.furniture.predicted),
    ),
    recall: ratio(
      sum((s) => s.furniture.found),
      sum((s) => s.furniture.expected),
    ),
    datesExact: scores.filter((score) => score.dateExact).length,
    cited: sum((s) => s.cited.found),
    citedExpected: sum((s) => s.cited.expected),
    tagRecall: ratio(
      sum((s) => s.tags.found),
      sum((s) => s.tags.expected),
    ),
    sentences: sum((s) => s.sentences.kept),
    sentencesExpected: sum((s) => s.sentences.expected),
  };
}

/** Whether the scores meet the targets of issue 12. */
export function meetsTargets(totals: Totals, count: number): boolean {
  return (
    totals.precision >= TARGETS.furniturePrecision &&
    totals.recall >= TARGETS.furnitureRecall &&
    totals.datesExact === count &&
    totals.cited === totals.citedExpected &&
    totals.tagRecall >= TARGETS.tagRecall &&
    totals.sentences === totals.sentencesExpected
  );
}

/** The table, as Markdown. */
export function table(scores: readonly Score[]): string {
  const rows = scores.map((s) =>
    [
      s.name,
      `${fixed(ratio(s.furniture.found, s.furniture.predicted))} (${s.furniture.found}/${s.furniture.predicted})`,
      `${fixed(ratio(s.furniture.found, s.furniture.expected))} (${s.furniture.found}/${s.furniture.expected})`,
      s.date,
      `${s.cited.found}/${s.cited.expected}${s.cited.extra.length > 0 ? ` (+${s.cited.extra.join(', ')})` : ''}`,
      `${fixed(ratio(s.tags.found, s.tags.expected))} (${s.tags.found}/${s.tags.expected})`,
      `${s.sentences.kept}/${s.sentences.expected}`,
    ].join(' | '),
  );
  const t = totalsOf(scores);
  const total = [
    'all',
    fixed(t.precision),
    fixed(t.recall),
    `${t.datesExact}/${scores.length} right`,
    `${t.cited}/${t.citedExpected}`,
    fixed(t.tagRecall),
    `${t.sentences}/${t.sentencesExpected}`,
  ].join(' | ');
  return [
    '| capture | furniture P | furniture R | date | cited sources | tag recall @8 | sentences kept |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    `| ${total} |`,
  ].join('\n');
}

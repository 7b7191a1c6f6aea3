/**
 * How well the compound splitter (src/search/decompound.ts) does on the
 * hand-labelled list tests/fixtures/decompound-labelled.tsv (its header says
 * how it was chosen and labelled). A produced part is right when a labelled
 * part of the same word has the same Snowball German stem ("Waffen" = "Waffe",
 * "Sätze" = "Satz"), as search compares words.
 * - precision: right parts / parts produced, over every word of the list;
 * - recall: labelled parts found / labelled parts, over all labelled
 *   compounds; and how many compounds are found completely.
 */
import { readFileSync } from 'node:fs';
import { stemmer } from '@orama/stemmers/german';

export const LABELLED_LIST = 'tests/fixtures/decompound-labelled.tsv';
export const TARGETS = { precision: 0.95, recall: 0.9 };

export interface Labelled {
  word: string;
  parts: string[];
}

export function readLabelled(path = LABELLED_LIST): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [word, parts] = line.split('\t');
      return { word: word!, parts: parts ? parts.split(',') : [] };
    });
}

export interface DecompoundScore {
  words: number;
  compounds: number;
  produced: number;
  right: number;
  labelledParts: number;
  found: number;
  compoundsFoundCompletely: number;
  precision: number;
  recall: number;
  /** "word -> part" for each part produced that no label has. */
  wrong: string[];
  /** "word: part" for each labelled part not produced. */
  missed: string[];
}

const stemOf = (word: string) => stemmer(word.toLowerCase());

export function scoreSplitter(labelled: readonly Labelled[], split: (word: string) => string[]): DecompoundScore {
  const score: DecompoundScore = {
    words: labelled.length,
    compounds: 0,
    produced: 0,
    right: 0,
    labelledParts: 0,
    found: 0,
    compoundsFoundCompletely: 0,
    precision: 0,
    recall: 0,
    wrong: [],
    missed: [],
  };
  for (const { word, parts } of labelled) {
    const produced = split(word);
    const labelledStems = new Set(parts.map(stemOf));
    const producedStems = new Set(produced.map(stemOf));
    score.produced += produced.length;
    for (const part of produced) {
      if (labelledStems.has(stemOf(part))) score.right++;
      else score.wrong.push(`${word} -> ${part}`);
    }
    if (parts.length === 0) continue;
    score.compounds++;
    score.labelledParts += parts.length;
    const missed = parts.filter((part) => !producedStems.has(stemOf(part)));
    score.found += parts.length - missed.length;
    if (missed.length === 0) score.compoundsFoundCompletely++;
    score.missed.push(...missed.map((part) => `${word}: ${part}`));
  }
  score.precision = score.produced === 0 ? 1 : score.right / score.produced;
  score.recall = score.labelledParts === 0 ? 1 : score.found / score.labelledParts;
  return score;
}

export function summary(score: DecompoundScore): string {
  return (
    `${score.words} words, ${score.compounds} compounds; ` +
    `precision ${score.precision.toFixed(3)} (${score.right}/${score.produced}), ` +
    `recall ${score.recall.toFixed(3)} (${score.found}/${score.labelledParts} labelled parts), ` +
    `${score.compoundsFoundCompletely}/${score.compounds} compounds found completely`
  );
}

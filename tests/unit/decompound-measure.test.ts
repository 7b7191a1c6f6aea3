import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateArticleFile } from '../../src/schema/article-file.ts';
import { listVocabulary as readVocabulary } from '../../src/reader/read-content.ts';
import { compoundTails, nounsOfText } from '../../src/search/decompound.ts';
import { wordsOf } from '../../src/search/words.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';

/**
 * The splitter measured on a hand-labelled list of words of the five
 * articles of the fixture archive (tests/fixtures/decompound-labelled.tsv;
 * the splitter's nouns are those of the same five texts): precision over every
 * tail it produces, recall over the compounds whose tail is a word of the
 * archive (the only tails it may split off, by design), and, for the
 * record, recall over all labelled compounds.
 */
const vocabulary = readVocabulary(FIXTURE_ARCHIVE);
const texts = readdirSync(`${FIXTURE_ARCHIVE}/articles`).map((name) => {
  const result = validateArticleFile(name, readFileSync(`${FIXTURE_ARCHIVE}/articles/${name}`, 'utf8'), vocabulary);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  // As the build does (src/archive/load-archive.ts): kicker, title, teaser, body.
  return [result.data.title.kicker, result.data.title.text, result.data.teaser?.text, result.body].filter(Boolean).join('\n');
});
const nouns = new Map<string, string>();
for (const text of texts) nounsOfText(text, nouns);
const archiveWords = new Set(texts.flatMap(wordsOf).map((word) => word.toLowerCase()));

const labelled = readFileSync('tests/fixtures/decompound-labelled.tsv', 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [word, tails] = line.split('\t');
    return { word: word!, tails: tails ? tails.split(',') : [] };
  });

let produced = 0;
let correct = 0;
let inScope = 0;
let foundInScope = 0;
let compounds = 0;
let foundAll = 0;
const wrong: string[] = [];
for (const { word, tails } of labelled) {
  const split = compoundTails(word, nouns);
  produced += split.length;
  for (const tail of split) {
    if (tails.includes(tail)) correct++;
    else wrong.push(`${word} -> ${tail}`);
  }
  if (tails.length === 0) continue;
  compounds++;
  const found = tails.every((tail) => split.includes(tail));
  if (found) foundAll++;
  if (tails.every((tail) => archiveWords.has(tail.toLowerCase()) && tail.length >= 4)) {
    inScope++;
    if (found) foundInScope++;
    else wrong.push(`${word}: missed ${tails.join(', ')}`);
  }
}
const precision = correct / produced;
const recall = foundInScope / inScope;

describe('the splitter on a labelled list of words of the archive', () => {
  it('has at least 100 labelled words, compounds and others, all from the texts', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(100);
    expect(labelled.filter((entry) => entry.tails.length === 0).length).toBeGreaterThan(30);
    expect(labelled.filter((entry) => !archiveWords.has(entry.word.toLowerCase()))).toEqual([]);
  });

  it('reaches precision and recall of at least 0.9', () => {
    console.log(
      `decompounding: ${labelled.length} words, ${compounds} compounds (${inScope} with a tail that is a word of the archive); ` +
        `precision ${precision.toFixed(3)} (${correct}/${produced}), recall ${recall.toFixed(3)} (${foundInScope}/${inScope}), ` +
        `recall over all compounds ${(foundAll / compounds).toFixed(3)} (${foundAll}/${compounds})`,
    );
    expect(wrong.length <= produced * 0.1 + inScope * 0.1, wrong.join('; ')).toBe(true);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * The compound splitter on the labelled list: precision, recall, the wrong
 * and the missed parts, and how long the lexicon takes to load. Exits with 1
 * when a target of issue 13 is missed.
 *
 *   npm run decompound:measure
 */
import { compoundParts, loadLexicon } from '../src/search/decompound.ts';
import { readLabelled, scoreSplitter, summary, TARGETS } from './decompound-quality.ts';

const started = performance.now();
const lexicon = loadLexicon();
const loading = performance.now() - started;
const score = scoreSplitter(readLabelled(), (word) => compoundParts(word, lexicon));

console.log(
  `Lexicon (dictionary-de): loaded in ${Math.round(loading)} ms; ${lexicon.nouns.size} noun forms, ${lexicon.heads.size} heads, ${lexicon.middles.size} middles, ${lexicon.tails.size} tail forms.`,
);
console.log(summary(score));
console.log(`\nWrong parts (${score.wrong.length}):\n${score.wrong.map((line) => `  ${line}`).join('\n')}`);
console.log(`\nMissed parts (${score.missed.length}):\n${score.missed.map((line) => `  ${line}`).join('\n')}`);
const met = score.precision >= TARGETS.precision && score.recall >= TARGETS.recall;
console.log(`\nTargets: precision >= ${TARGETS.precision}, recall >= ${TARGETS.recall}: ${met ? 'met' : 'NOT met'}.`);
process.exitCode = met ? 0 : 1;

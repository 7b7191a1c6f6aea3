/**
 * The quality of `npm run import`, measured leave-one-out on the archive's
 * editions and on the test capture tests/fixtures/import/ (written after
 * the rules, not used to write them). Prints a Markdown table and whether
 * the targets of issue 12 are met; exits with 1 when they are not.
 *
 *   npm run import:measure
 */
import { readFileSync } from 'node:fs';
import { leaveOneOut, meetsTargets, scoreImport, table, totalsOf, TARGETS, type Score } from './import-quality.ts';

const FIXTURE = 'tests/fixtures/import/nordkorea-soldaten';

const archive = leaveOneOut('content');
const fixture = scoreImport('test capture', readFileSync(`${FIXTURE}.txt`), readFileSync(`${FIXTURE}.edition.md`, 'utf8'), 'content');

function report(title: string, scores: Score[]): boolean {
  console.log(`\n${title}\n\n${table(scores)}`);
  for (const score of scores) {
    for (const sentence of score.sentences.missing) console.log(`  ${score.name}: sentence not kept: ${sentence}`);
    for (const id of score.cited.missing) console.log(`  ${score.name}: cited source not found: ${id}`);
  }
  return meetsTargets(totalsOf(scores), scores.length);
}

const archiveMet = report('Leave-one-out over the archive', archive);
const fixtureMet = report('The test capture', [fixture]);
console.log(
  `\nTargets: furniture P and R >= ${TARGETS.furniturePrecision}, every printed date exact, every cited source, tag recall >= ${TARGETS.tagRecall}, every sentence.` +
    `\nArchive: ${archiveMet ? 'met' : 'NOT met'}; test capture: ${fixtureMet ? 'met' : 'NOT met'}.`,
);
process.exit(archiveMet && fixtureMet ? 0 : 1);

/**
 * Imports raw captures of news pages: each is kept unchanged in
 * content/captures/ under a new id, and a draft edition is written to
 * content/articles/<slug>.md with `draft: true`, with a checklist of what
 * the editor must still decide. Refuses a capture already in the archive, a
 * near-copy of an archived story and a file that is no UTF-8 text; never
 * replaces a file. Exits with 1 if any capture was refused.
 *
 *   npm run import -- <capture.txt> [...]
 */
import { readFileSync } from 'node:fs';
import { checklist } from '../src/reader/import/checklist.ts';
import { applyImport, planImport, readArchiveState } from '../src/reader/import/import-capture.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run import -- <capture.txt> [...]');
  process.exit(2);
}

const contentDir = 'content';
const state = readArchiveState(contentDir);
let refused = 0;
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    refused++;
    continue;
  }
  const plan = planImport(bytes, state);
  if (!plan.ok) {
    console.error(`${file}: ${plan.message}`);
    refused++;
    continue;
  }
  applyImport(bytes, plan, state);
  console.log(`${file}: capture ${plan.captureId}\n  ${plan.captureFile}\n  ${plan.draftFile} (draft)\nStill to decide:`);
  for (const line of checklist(plan.draft)) console.log(`  - ${line}`);
}
process.exit(refused > 0 ? 1 : 0);

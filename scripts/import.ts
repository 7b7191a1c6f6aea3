/**
 * Imports raw captures of news pages: each is kept unchanged in
 * content/captures/ under a new id, and a draft edition is written to
 * content/articles/<slug>.md with `draft: true`, with a checklist of what
 * the editor must still decide. Refuses a capture already in the archive, a
 * near-copy of an archived story and a file that is no UTF-8 text; never
 * replaces a file. Exits with 1 if any capture was refused.
 *
 *   npm run import -- <capture.txt | page.html> [...]
 */
import { readFileSync } from 'node:fs';
import { checklist } from '../src/reader/import/checklist.ts';
import { applyImport, planImport, readArchiveState } from '../src/reader/import/import-capture.ts';

const USAGE = `usage: npm run import -- <capture.txt | page.html> [...]

Imports captures of news pages: a text capture (.txt, the text copied from the page)
or a page saved as HTML (.html, .htm). Each is kept byte for byte in content/captures/
under a new id, and a draft is written to content/articles/<slug>.md with draft: true;
it prints the files and a checklist of what is still to decide. Never replaces a file.
Refuses, and writes nothing, for a capture already in the archive (the same bytes), a
near-copy of an archived story, a file that is not UTF-8, and an empty or
navigation-only page. Exits with 1 if any was refused, with 2 on a wrong argument.

To take back a draft and its capture: npm run discard -- <slug>

  -h, --help   print this help`;

const files = process.argv.slice(2);
if (files.includes('--help') || files.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
// An option this command does not know is refused, not read as a file name.
const unknown = files.find((file) => file.startsWith('-'));
if (files.length === 0 || unknown !== undefined) {
  console.error(`${unknown === undefined ? '' : `unknown option "${unknown}"\n`}${USAGE}`);
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
  const plan = planImport(bytes, state, { fileName: file });
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

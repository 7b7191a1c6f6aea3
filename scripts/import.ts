/**
 * Imports raw captures of news pages: each is kept unchanged in
 * content/captures/ under a new id, and a draft edition is written to
 * content/articles/<slug>.md with `draft: true`, with a checklist of what
 * the editor must still decide. Refuses a capture already in the archive, a
 * near-copy of an archived story and a file that is no UTF-8 text; never
 * replaces a file. Exits with 1 if any capture was refused. A later capture
 * of an archived story (named with --version-of, or recognised as the same
 * page) becomes a draft version, content/versions/<slug>/<capture id>.md.
 *
 *   npm run import -- [--version-of <slug>] <capture.txt | page.html> [...]
 */
import { readFileSync } from 'node:fs';
import { checklist } from '../src/reader/import/checklist.ts';
import { applyImport, planImport, readArchiveState } from '../src/reader/import/import-capture.ts';

const USAGE = `usage: npm run import -- [--version-of <slug>] <capture.txt | page.html> [...]

Imports captures of news pages: a text capture (.txt, the text copied from the page)
or a page saved as HTML (.html, .htm). Each is kept byte for byte in content/captures/
under a new id, and a draft is written to content/articles/<slug>.md with draft: true;
it prints the files and a checklist of what is still to decide. Never replaces a file.
Refuses, and writes nothing, for a capture already in the archive (the same bytes), a
near-copy of an archived story, a file that is not UTF-8, and an empty or
navigation-only page. Exits with 1 if any was refused, with 2 on a wrong argument.

A later capture of an archived story (a "Stand" moved, a number corrected, a paragraph
added) becomes a new version of it: the capture is kept the same way, and a draft version
is written to content/versions/<slug>/<capture id>.md (draft: true) for review, while the
published version stays online. The import does so by itself for a near-copy of a story
from the same address or publication; name the story to import any capture as its version.

To take back a draft and its capture: npm run discard -- <slug> (a version: <slug>/<capture id>)

  --version-of <slug>   import the captures as later versions of that story
  -h, --help            print this help`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const versionAt = args.indexOf('--version-of');
const versionOf = versionAt >= 0 ? args[versionAt + 1] : undefined;
const files = versionAt >= 0 ? args.filter((_arg, index) => index !== versionAt && index !== versionAt + 1) : args;
if (versionAt >= 0 && (versionOf === undefined || versionOf.startsWith('-'))) {
  console.error(`--version-of needs the slug of an archived story\n${USAGE}`);
  process.exit(2);
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
  const plan = planImport(bytes, state, { fileName: file, ...(versionOf !== undefined && { versionOf }) });
  if (!plan.ok) {
    console.error(`${file}: ${plan.message}`);
    refused++;
    continue;
  }
  applyImport(bytes, plan, state);
  const what = plan.versionOf
    ? `draft version of ${plan.slug}${plan.versionOf === 'same-page' ? ', a later capture of the same page' : ''}`
    : 'draft';
  console.log(
    `${file}: capture ${plan.captureId}\n  ${plan.captureFile}\n  ${plan.draftFile} (${what})\nStill to decide:`,
  );
  // A version's source, tags and translation are its story's: only what it can change is left to decide.
  const lines = plan.versionOf
    ? checklist(plan.draft).filter((line) => !/^(source\.|tags:|translation|\s)/.test(line))
    : checklist(plan.draft);
  for (const line of lines) console.log(`  - ${line}`);
}
process.exit(refused > 0 ? 1 : 0);

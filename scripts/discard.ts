/**
 * Discards a draft the editor does not want: deletes content/articles/<slug>.md
 * and its capture, unless another article names that capture. Refuses a
 * published or withdrawn article (its permanent address stays; withdraw it
 * instead), an unknown slug and a file whose frontmatter cannot be read, and
 * then deletes nothing. Exits with 1 if any was refused.
 *
 * A version of a story in review (<slug>/<capture id>) is discarded the
 * same way, and its story's published version stays.
 *
 *   npm run discard -- <slug | content/articles/<slug>.md | <slug>/<capture id>> [...]
 */
import { applyDiscard, planDiscard } from '../src/reader/import/discard.ts';

const USAGE = `usage: npm run discard -- <slug | content/articles/<slug>.md | <slug>/<capture id>> [...]

Discards drafts (draft: true), such as one that \`npm run import\` wrote by mistake:
deletes content/articles/<slug>.md and its capture content/captures/<id>.txt or .html
(the id in provenance.capture), the capture only if no other article names it.
Refuses, and deletes nothing, for an article that is published or withdrawn (its
address /a/<capture id>/ is permanent: withdraw it with withdrawn: { date, reason }),
an unknown slug and a file whose frontmatter cannot be read.
A later version of a story still in review, <slug>/<capture id> (its file
content/versions/<slug>/<capture id>.md), is discarded with its capture; the
story's published version stays; a published version is refused.
Exits with 1 if any was refused, with 2 on a wrong argument.

  -h, --help   print this help`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = args.find((arg) => arg.startsWith('-'));
if (args.length === 0 || unknown !== undefined) {
  console.error(`${unknown === undefined ? '' : `unknown option "${unknown}"\n`}${USAGE}`);
  process.exit(2);
}

const contentDir = 'content';
let refused = 0;
for (const arg of args) {
  const plan = planDiscard(contentDir, arg);
  if (!plan.ok) {
    console.error(plan.message);
    refused++;
    continue;
  }
  console.log(`${plan.slug}: deleted`);
  for (const file of applyDiscard(plan)) console.log(`  ${file}`);
  if (plan.captureNote) console.log(`  (${plan.captureNote})`);
}
process.exit(refused > 0 ? 1 : 0);

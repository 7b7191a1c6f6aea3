import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The import's test set (tests/fixtures/import/set/): captures written for
 * the tests, each with a labels file that names every line of its text
 * (headline, kicker, lead, byline, journalism, furniture, date line or
 * either) and the date, byline and cited sources the draft should carry.
 * The format is described in that folder's README.
 */
export const LABELS = {
  H: 'headline',
  K: 'kicker',
  L: 'lead',
  B: 'byline',
  J: 'journalism',
  F: 'furniture',
  D: 'date line',
  E: 'either',
} as const;
export type Label = keyof typeof LABELS;

export interface LabelledLine {
  label: Label;
  text: string;
}

export interface LabelledPage {
  name: string;
  /** The capture file: <name>.txt or <name>.html. */
  captureFile: string;
  format: 'text' | 'html';
  page: string;
  /** "published printed 2025-03-12T14:27+01:00" as { kind, basis, value }, or undefined for none. */
  date?: { kind: string; basis: string; value: string };
  byline?: string;
  cited: string[];
  publication?: string;
  url?: string;
  lines: LabelledLine[];
}

const none = (value: string | undefined) => (value === undefined || value === 'none' ? undefined : value);

/** Parses a labels file; throws with the file and line on anything it cannot read. */
export function parseLabels(name: string, captureFile: string, text: string): LabelledPage {
  const header = new Map<string, string>();
  const lines: LabelledLine[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${name}.labels.txt:${index + 1}`;
    const key = /^#\s*([a-z]+):\s*(.*)$/.exec(line);
    if (key) {
      header.set(key[1]!, key[2]!.trim());
      return;
    }
    const labelled = /^([A-Z]) (.*)$/.exec(line);
    if (!labelled || !(labelled[1]! in LABELS))
      throw new Error(
        `${where}: expected "<letter> <line>" with a letter of ${Object.keys(LABELS).join(' ')}: ${JSON.stringify(line)}`,
      );
    lines.push({ label: labelled[1] as Label, text: labelled[2]!.replace(/\s+$/, '') });
  });
  for (const required of ['page', 'date', 'byline', 'cited', 'publication']) {
    if (!header.has(required)) throw new Error(`${name}.labels.txt: the header has no "# ${required}:" line`);
  }
  const date = none(header.get('date'));
  let parsedDate: LabelledPage['date'];
  if (date !== undefined) {
    const [kind, basis, value, ...rest] = date.split(/\s+/);
    if (!kind || !basis || !value || rest.length > 0)
      throw new Error(
        `${name}.labels.txt: date: expected "<kind> <basis> <value>" or none, found ${JSON.stringify(date)}`,
      );
    parsedDate = { kind, basis, value };
  }
  const cited = none(header.get('cited'));
  const page: LabelledPage = {
    name,
    captureFile,
    format: captureFile.endsWith('.html') ? 'html' : 'text',
    page: header.get('page')!,
    cited: cited === undefined ? [] : cited.split(/\s*,\s*/).filter(Boolean),
    lines,
  };
  if (parsedDate) page.date = parsedDate;
  const byline = none(header.get('byline'));
  if (byline) page.byline = byline;
  const publication = none(header.get('publication'));
  if (publication) page.publication = publication;
  const url = none(header.get('url'));
  if (url) page.url = url;
  return page;
}

/** The lines of a text capture as the labels name them: every line that is not blank, trailing spaces cut. */
export function labelledLinesOf(capture: string): string[] {
  return capture
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '');
}

/** Every page of the set in a folder, sorted by name. */
export function readSet(dir: string): LabelledPage[] {
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.labels.txt'))
    .sort();
  return names.map((labelsFile) => {
    const name = labelsFile.replace(/\.labels\.txt$/, '');
    const captureFile = readdirSync(dir).find((file) => file === `${name}.txt` || file === `${name}.html`);
    if (!captureFile) throw new Error(`${join(dir, labelsFile)}: no capture ${name}.txt or ${name}.html beside it`);
    return parseLabels(name, join(dir, captureFile), readFileSync(join(dir, labelsFile), 'utf8'));
  });
}

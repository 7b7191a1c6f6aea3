import type { ContentProblem } from '../schema/validation-message.ts';
import { htmlTextView } from './import/html-text.ts';

/**
 * The integrity rule of an edition, checked against its capture: every
 * line of the capture is in the edition (typography and Markdown aside)
 * unless the edition lists it as removed furniture (provenance.removed[].lines),
 * each removed line really is a line of the capture (or its start or end,
 * where the page glued furniture to the journalism), the edition keeps none
 * of them, nothing in the body is absent from the capture, and printed
 * titles and teasers are the capture's own words. One function for
 * `npm run check:content`, every build and the editions test, so they can
 * never disagree. A draft's findings are warnings: it is under review.
 */
export interface EditionForIntegrity {
  /** The article file, as problems name it. */
  file: string;
  draft?: boolean | undefined;
  title: { text: string; editorial: boolean; kicker?: string | undefined };
  teaser?: { text: string; editorial: boolean } | undefined;
  byline?: string | undefined;
  cited: readonly { mention: string }[];
  removed: readonly { lines: readonly string[] }[];
  body: string;
}

export interface CaptureForIntegrity {
  /** The capture file, as problems name it: content/captures/<id>.txt or .html. */
  file: string;
  /** Its lines as the rule reads them (captureLines). */
  lines: readonly string[];
}

/** The lines of a capture: a text capture's lines, or the text view of a saved HTML page (src/reader/import/html-text.ts). */
export function captureLines(fileName: string, text: string): string[] {
  return fileName.endsWith('.html') ? htmlTextView(text) : text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

const TYPOGRAPHY: Record<string, string> = {
  '„': '"',
  '“': '"',
  '”': '"',
  '»': '"',
  '«': '"',
  '‚': "'",
  '‘': "'",
  '’': "'",
  '›': "'",
  '‹': "'",
  '…': '...',
};

/** Same text whatever the typography: quotes, ellipses, Markdown marks and spacing. */
export function normaliseForIntegrity(text: string): string {
  return (
    text
      .replace(/[„“”»«‚‘’›‹…]/g, (mark) => TYPOGRAPHY[mark]!)
      .replace(/\\([\\\x60*_[\]<>#&~|+=.!()-])/g, '$1')
      // A list's glyph in the capture is the Markdown list's "- " in the edition.
      .replace(/^(#+ |> ?|- |[–*•·▪■] )/gm, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Spacing aside (a capture may hold a no-break space), a removed line is compared character for character. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where a sentence ends inside a line: after . ! ? : or a closing quote, before a capital or an opening quote. */
// \u0022 is the straight quote; Ä Ö Ü are \u00c4 \u00d6 \u00dc.
const SENTENCE_END = /([.!?:\u0022])\s+(?=[A-Z\u00c4\u00d6\u00dc\u0022])/g;

/** The sentences of a normalised text (a replace and a split: faster than a split at a lookbehind, at 10,000 articles). */
const sentencesOf = (text: string) => text.replace(SENTENCE_END, '$1\n').split('\n');

/**
 * Sentences in order, and a test whether a text is one of them or a run of
 * whole neighbouring ones ("Das Wichtigste in Kürze Russland will …" where a
 * capture glued a heading to a list): never a part of one, so a dropped
 * "Nein." inside a later sentence, or "Die Steuer sinkt" cut from "Die
 * Steuer sinkt nicht.", is found.
 */
function sentenceRuns(sentences: readonly string[]): (text: string) => boolean {
  const whole = new Set(sentences);
  const joined = sentences.join(' ');
  const starts = new Set<number>();
  const ends = new Set<number>();
  let at = 0;
  for (const sentence of sentences) {
    starts.add(at);
    ends.add(at + sentence.length);
    at += sentence.length + 1;
  }
  return (text) => {
    if (whole.has(text)) return true;
    for (let found = joined.indexOf(text); found >= 0; found = joined.indexOf(text, found + 1)) {
      if (starts.has(found) && ends.has(found + text.length)) return true;
    }
    return false;
  };
}

/** A one-word line ("Anzeige") is also an ordinary word: it counts as kept only when it stands alone as a line of the body. */
const MIN_WORDS_TO_SEARCH_INSIDE = 2;

const quoted = (text: string) => JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);

/** Every breach of the integrity rule by one edition, as problems naming its file and field. */
export function editionIntegrity(edition: EditionForIntegrity, capture: CaptureForIntegrity): ContentProblem[] {
  const level = edition.draft === true ? 'warning' : 'error';
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) => problems.push({ level, file: edition.file, field, message });
  const removed = edition.removed.flatMap((furniture, item) =>
    furniture.lines.map((line, index) => ({ line, field: `provenance.removed.${item}.lines.${index}` })),
  );

  // Each removed line is a line of the capture, or its start or end at a word boundary, as often as listed.
  if (removed.length > 0) {
    const captureLines = capture.lines.map(squeeze).filter((line) => line !== '');
    const occurrences = (line: string) =>
      captureLines.filter(
        (candidate) => candidate === line || candidate.startsWith(`${line} `) || candidate.endsWith(` ${line}`),
      ).length;
    const listed = new Map<string, number>();
    for (const { line, field } of removed) {
      const count = (listed.get(squeeze(line)) ?? 0) + 1;
      listed.set(squeeze(line), count);
      const found = occurrences(squeeze(line));
      if (found === 0) report(field, `${quoted(line)} is not a line of ${capture.file} (nor the start or end of one)`);
      else if (found < count)
        report(field, `${quoted(line)} is listed ${count} times, ${capture.file} has it ${found} times`);
    }
  }

  // Each text normalised once, line by line (the Markdown marks are marks at a line's start).
  const captureNormalised = capture.lines.map(normaliseForIntegrity);
  const printed = captureNormalised.filter((line) => line !== '').join(' ');
  const bodyLines = edition.body.split('\n').map(normaliseForIntegrity);
  const headParts = [
    edition.title.kicker,
    edition.title.text,
    edition.teaser?.text,
    edition.byline,
    ...edition.cited.map((cited) => cited.mention),
  ]
    .filter((part) => part !== undefined)
    .map(normaliseForIntegrity);

  // Every line of the capture is in the edition, or listed as removed. Furniture is a whole line
  // or its start or end; longest first, so an author bio goes before the author's name that starts it.
  const items = [...new Set(removed.map(({ line }) => normaliseForIntegrity(line)))].sort(
    (a, b) => b.length - a.length,
  );
  const itemSet = new Set(items);
  // At a word's edge only: a removed "Verbraucher" never cuts "Verbraucherpreise".
  const stripFurniture = (line: string) =>
    items.reduce((rest, item) => {
      if (rest.startsWith(`${item} `)) return rest.slice(item.length).trim();
      if (rest.endsWith(` ${item}`)) return rest.slice(0, -item.length).trim();
      return rest;
    }, line);
  // Most lines are a line of the other text as they are: only the rest is split into sentences (at 10,000 articles, seconds).
  const editionLines = new Set([...headParts, ...bodyLines]);
  const captureLines = new Set(captureNormalised);
  let inEditionRuns: ((text: string) => boolean) | undefined;
  const inEdition = (text: string) =>
    (inEditionRuns ??= sentenceRuns(
      [...headParts, ...bodyLines].flatMap(sentencesOf).filter((sentence) => sentence !== ''),
    ))(text);
  const allInEdition = (line: string) => sentencesOf(line).every((sentence) => sentence === '' || inEdition(sentence));
  for (const line of captureNormalised) {
    // The line as printed, a removed line, or what is left once the furniture glued to it is cut off.
    if (line === '' || editionLines.has(line) || itemSet.has(line) || allInEdition(line)) continue;
    for (const sentence of sentencesOf(stripFurniture(line))) {
      if (sentence !== '' && !inEdition(sentence)) {
        report(
          '(body)',
          `not in the edition and not listed in provenance.removed: ${quoted(sentence)} (${capture.file})`,
        );
      }
    }
  }

  // Nothing in the body that the capture does not print; a paragraph's end is a sentence's end
  // (a subhead with no full stop must not run into the paragraph below it).
  // The capture's sentences as printed, and as left once glued furniture is cut off ("… Uhr | Aktualisiert: …").
  let inCaptureRuns: ((text: string) => boolean) | undefined;
  const inCapture = (text: string) =>
    (inCaptureRuns ??= sentenceRuns(
      captureNormalised
        .flatMap((line) =>
          items.length > 0 && stripFurniture(line) !== line
            ? [...sentencesOf(line), ...sentencesOf(stripFurniture(line))]
            : sentencesOf(line),
        )
        .filter((sentence) => sentence !== ''),
    ))(text);
  // Sentences of the body lines the capture does not print as they are; their neighbours stay beside them.
  const bodySentences = bodyLines.every((line) => line === '' || captureLines.has(line))
    ? []
    : bodyLines.flatMap(sentencesOf).filter((sentence) => sentence !== '');
  // A body sentence may be part of a capture's sentence that the edition split into lines (a heading glued to a list): with its neighbours it is whole.
  const wholeWithNeighbours = (index: number) =>
    [0, 1, 2].some((before) =>
      [0, 1, 2].some(
        (after) =>
          index - before >= 0 &&
          index + after < bodySentences.length &&
          inCapture(bodySentences.slice(index - before, index + after + 1).join(' ')),
      ),
    );
  for (const [index, sentence] of bodySentences.entries()) {
    if (!wholeWithNeighbours(index)) report('(body)', `not printed in ${capture.file}: ${quoted(sentence)}`);
  }

  // A printed title and teaser are the capture's words; a teaser may be shortened with […].
  if (!edition.title.editorial && !printed.includes(normaliseForIntegrity(edition.title.text))) {
    report('title.text', `a printed title (editorial: false) is not in ${capture.file}: ${quoted(edition.title.text)}`);
  }
  if (
    edition.title.kicker !== undefined &&
    !printed.includes(normaliseForIntegrity(edition.title.kicker)) &&
    !edition.title.editorial
  ) {
    report('title.kicker', `the kicker is not in ${capture.file}: ${quoted(edition.title.kicker)}`);
  }
  if (edition.teaser && !edition.teaser.editorial) {
    for (const part of edition.teaser.text.split('[…]')) {
      if (!printed.includes(normaliseForIntegrity(part)))
        report('teaser.text', `a printed teaser (editorial: false) is not in ${capture.file}: ${quoted(part.trim())}`);
    }
  }

  // A cited source's mention is the text's own words.
  edition.cited.forEach((cited, index) => {
    if (!printed.includes(normaliseForIntegrity(cited.mention)))
      report(
        `source.cited.${index}.mention`,
        `the mention is not printed in ${capture.file}: ${quoted(cited.mention)}`,
      );
  });

  // The edition keeps none of the furniture it lists as removed: a line the capture prints
  // twice ("Tostedt" in the menu and as a subhead) may be removed once and kept once.
  const count = (lines: readonly string[], item: string, inside: boolean) =>
    lines.reduce((sum, line) => sum + (line === item ? 1 : inside ? line.split(item).length - 1 : 0), 0);
  const removedCount = new Map<string, number>();
  for (const { line } of removed) {
    const item = normaliseForIntegrity(line);
    removedCount.set(item, (removedCount.get(item) ?? 0) + 1);
  }
  // The title, kicker and teaser are kept lines too: a kicker moved into title.kicker leaves removed.
  const headLines = [edition.title.kicker, edition.title.text, edition.teaser?.text]
    .filter((part) => part !== undefined)
    .map(normaliseForIntegrity);
  for (const { line, field } of removed) {
    const item = normaliseForIntegrity(line);
    const inside = item.split(' ').length >= MIN_WORDS_TO_SEARCH_INSIDE;
    const kept = count(bodyLines, item, inside) + count(headLines, item, false);
    if (kept > 0 && kept + removedCount.get(item)! > count(captureNormalised, item, inside)) {
      report(field, `${quoted(line)} is listed as removed but still in the text`);
    }
  }
  return problems;
}

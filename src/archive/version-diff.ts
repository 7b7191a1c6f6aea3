import { printedSentences } from '../reader/import/text.ts';

/**
 * What changed between two versions of a story, sentence by sentence, as a
 * reader of NewsDiffs or diffengine sees it: sentences added, removed, and
 * changed, the changed ones word by word. Both levels are the longest common
 * subsequence of two lists (sentences, then words), computed by the textbook
 * dynamic programme: O(n × m) for n and m sentences, a few thousand cells for
 * a news article, and only for the stories that have versions. A library
 * (jsdiff) would add a dependency for these 30 lines and split sentences
 * its own way; the sentences here are split where the import splits them.
 *
 * A removed sentence and an added one at the same place are one changed
 * sentence when at least half of their words are shared ("12 Kampfflugzeuge"
 * corrected to "14 Kampfflugzeuge"); otherwise they stay a removal and an
 * addition, since marking every word of a rewritten sentence helps nobody.
 */

export type WordPart = { kind: 'same' | 'added' | 'removed'; text: string };

export type SentenceChange =
  { kind: 'added'; text: string } | { kind: 'removed'; text: string } | { kind: 'changed'; parts: WordPart[] };

/** The parts of a story that a reader compares: its headline, its lead and its text. */
export interface VersionText {
  title: string;
  teaser?: string | undefined;
  /** Markdown, as the version's file holds it. */
  body: string;
}

export interface VersionChanges {
  title?: SentenceChange[];
  teaser?: SentenceChange[];
  body: SentenceChange[];
}

/** A matched pair of indices, or an element of one list alone, in order. */
type Step = { a: number; b: number } | { a: number; b?: undefined } | { a?: undefined; b: number };

/** The longest common subsequence of two lists, as the steps that walk both. */
export function alignment<T>(a: readonly T[], b: readonly T[]): Step[] {
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const steps: Step[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) steps.push({ a: i++, b: j++ });
    // What goes before what comes: "12" removed, then "14" added.
    else if (i < a.length && (j === b.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) steps.push({ a: i++ });
    else steps.push({ b: j++ });
  }
  return steps;
}

/** The text a reader reads of a Markdown body: its blocks without their marks, as sentences. */
export function sentencesOfBody(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/^(#+ |> ?|- |\* |\d+\. )/gm, '')
        .replace(/\\([\\`*_[\]<>#&~|+=.!()-])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((block) => block !== '')
    .flatMap(printedSentences);
}

const wordsOf = (sentence: string) => sentence.split(/(\s+)/).filter((word) => word !== '');

/** The words of two sentences, marked: the same, removed from the first, added in the second. */
export function wordChanges(before: string, after: string): WordPart[] {
  const [a, b] = [wordsOf(before), wordsOf(after)];
  const parts: WordPart[] = [];
  for (const step of alignment(a, b)) {
    const part: WordPart =
      step.b === undefined
        ? { kind: 'removed', text: a[step.a]! }
        : step.a === undefined
          ? { kind: 'added', text: b[step.b]! }
          : { kind: 'same', text: a[step.a]! };
    const last = parts.at(-1);
    // Neighbouring words of one kind are one mark; a space between two changed words joins them.
    if (last && last.kind === part.kind) last.text += part.text;
    else parts.push(part);
  }
  return parts;
}

/** Whether two sentences are one sentence changed: half of the words of the longer one are in both. */
function isChange(before: string, after: string): boolean {
  const [a, b] = [before.split(' '), after.split(' ')];
  const shared = alignment(a, b).filter((step) => step.a !== undefined && step.b !== undefined).length;
  return shared * 2 >= Math.max(a.length, b.length);
}

/** The changes from one list of sentences to another; sentences that stayed are left out. */
export function sentenceChanges(before: readonly string[], after: readonly string[]): SentenceChange[] {
  const changes: SentenceChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    // Removed and added sentences of one place, paired in order while they are alike.
    while (removed.length > 0 && added.length > 0 && isChange(removed[0]!, added[0]!)) {
      changes.push({ kind: 'changed', parts: wordChanges(removed.shift()!, added.shift()!) });
    }
    changes.push(
      ...removed.map((text) => ({ kind: 'removed' as const, text })),
      ...added.map((text) => ({ kind: 'added' as const, text })),
    );
    [removed, added] = [[], []];
  };
  for (const step of alignment(before, after)) {
    if (step.b === undefined) removed.push(before[step.a]!);
    else if (step.a === undefined) added.push(after[step.b]!);
    else flush();
  }
  flush();
  return changes;
}

/** What changed from one version to the next: headline, lead and text, each only where it changed. */
export function versionChanges(before: VersionText, after: VersionText): VersionChanges {
  const list = (text: string | undefined) => (text === undefined ? [] : printedSentences(text));
  const title = sentenceChanges(list(before.title), list(after.title));
  const teaser = sentenceChanges(list(before.teaser), list(after.teaser));
  return {
    ...(title.length > 0 && { title }),
    ...(teaser.length > 0 && { teaser }),
    body: sentenceChanges(sentencesOfBody(before.body), sentencesOfBody(after.body)),
  };
}

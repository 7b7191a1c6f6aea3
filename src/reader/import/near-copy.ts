import { normalise, sentencesOf } from './text.ts';

/**
 * A later version or a near-copy of an archived story: most of the new
 * capture's sentences are already in one edition. Short sentences ("Das ist
 * keine Alternative.") recur by chance and do not count.
 */
export interface EditionSentences {
  slug: string;
  capture: string;
  sentences: ReadonlySet<string>;
}

export interface NearCopy {
  slug: string;
  capture: string;
  /** The share of the new text's sentences found in the edition. */
  share: number;
}

const MIN_WORDS = 6;
export const NEAR_COPY_SHARE = 0.5;

export function comparableSentences(text: string): string[] {
  return sentencesOf(normalise(text)).filter((sentence) => sentence.split(' ').length >= MIN_WORDS);
}

export function nearCopyOf(text: string, editions: readonly EditionSentences[]): NearCopy | undefined {
  const sentences = comparableSentences(text);
  if (sentences.length === 0) return undefined;
  let best: NearCopy | undefined;
  for (const edition of editions) {
    const share = sentences.filter((sentence) => edition.sentences.has(sentence)).length / sentences.length;
    if (share >= NEAR_COPY_SHARE && (!best || share > best.share))
      best = { slug: edition.slug, capture: edition.capture, share };
  }
  return best;
}

/**
 * Boxes of page furniture that take several lines: a photo's caption above
 * its credit, a box of other articles' headlines and teasers, a newsletter
 * box. Each function says how many lines from a given one the box takes, so
 * the separation can list them word for word.
 */
import {
  BYLINE,
  DURATION,
  IMAGE_CREDIT,
  NEWSLETTER_FORM,
  NEWSLETTER_HEADING,
  NEWSLETTER_LEGAL,
  PHOTO_CREDIT,
  RANK,
} from './furniture-patterns.ts';
import { isBlockHeading, isFurnitureStart, isHeadlineLike, isParagraph, type Block } from './line-kinds.ts';
import { printedDateIn } from './printed-date.ts';

/** Who credits a photo: agencies and photographers' marks ("picture alliance/dpa/…", "IMAGO", "Getty Images", "Foto"). */
const PHOTO_AGENCY = /\b(dpa|picture[- ]alliance|IMAGO|Getty|AP|AFP|Reuters|Keystone|EPA|Foto|Bild|photothek)\b|\//i;

/** The longest caption the import takes for one: captions are a sentence or two. */
export const CAPTION_MAX = 300;
/** The longest teaser of another article in a box of them: a sentence or two. */
export const TEASER_MAX = 260;

/** A caption: a line or two of text about a photo, right above its credit. */
export function isCaptionBefore(caption: Block, creditBlock: Block | undefined, after: string | undefined): boolean {
  // The credit stands right under its caption, with no blank line between.
  if (creditBlock === undefined || creditBlock.line !== caption.line + 1) return false;
  const text = caption.text;
  const trimmed = creditBlock.text.trim();
  if (!PHOTO_CREDIT.test(trimmed) && !IMAGE_CREDIT.test(trimmed)) return false;
  // "Quelle: dpa" also credits the text, or a figure ("Quelle: Bundesagentur für Arbeit"): only a photo's credit makes a caption.
  if (/^Quelle/i.test(trimmed) && (after === undefined || !isParagraph(after) || !PHOTO_AGENCY.test(trimmed)))
    return false;
  // A caption says something in words: a figure of a table above its source line is none.
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return (
    words.length >= 3 &&
    text.trim().length <= CAPTION_MAX &&
    text.split(/(?<=[.!?])\s+/).length <= 2 &&
    !BYLINE.test(text.trim())
  );
}

/**
 * The lines a box of other articles takes after its heading: their
 * headlines, the teaser under each, ranks, dates and "mehr" links. It ends
 * where the article goes on: a long paragraph, a paragraph with no headline
 * above it, or a subhead with a long paragraph below.
 */
export function teaserBoxLength(all: readonly Block[], from: number): number {
  let index = from;
  let afterHeadline = false;
  while (index < all.length) {
    const text = all[index]!.text.trim();
    const next = all[index + 1]?.text.trim();
    if (isBlockHeading(text) && index > from) break;
    if (
      RANK.test(text) ||
      DURATION.test(text) ||
      /^(mehr|weiterlesen|zum artikel)$/i.test(text) ||
      printedDateIn(text)?.position === 'line'
    ) {
      index++;
      continue;
    }
    if (isHeadlineLike(text) && !isFurnitureStart(text)) {
      // A subhead of the article: a long paragraph below it.
      if (next !== undefined && isParagraph(next) && next.length > TEASER_MAX) break;
      afterHeadline = true;
      index++;
      continue;
    }
    if (afterHeadline && isParagraph(text) && text.length <= TEASER_MAX) {
      afterHeadline = false;
      index++;
      continue;
    }
    break;
  }
  return index - from;
}

/** A teaser of another article: a paragraph of a sentence or two. */
export const isTeaser = (text: string) => isParagraph(text) && text.trim().length <= TEASER_MAX;

/** Whether a box line (rank, date, duration) or another headline with its teaser starts at `index`. */
export function startsPair(all: readonly Block[], index: number): boolean {
  const text = all[index]?.text.trim();
  if (text === undefined) return false;
  if (RANK.test(text) || DURATION.test(text) || printedDateIn(text)?.position === 'line') return true;
  const teaser = all[index + 1];
  return (
    isHeadlineLike(text) &&
    !isFurnitureStart(text) &&
    teaser !== undefined &&
    teaser.line === all[index]!.line + 1 &&
    isTeaser(teaser.text)
  );
}

/** Whether what follows a box's later teaser ends the pair: another item, furniture, or the capture's end. */
export function endsPair(all: readonly Block[], index: number): boolean {
  const text = all[index]?.text;
  return text === undefined || isHeadlineLike(text) || isFurnitureStart(text);
}

/** A newsletter box: its heading, a sentence or two, the form's field and button; undefined when no form follows. */
export function newsletterBoxLength(all: readonly Block[], from: number): number | undefined {
  const heading = all[from]!.text.trim();
  if (!NEWSLETTER_HEADING.test(heading) || !isHeadlineLike(heading) || heading.length > 80) return undefined;
  for (let index = from + 1; index < Math.min(all.length, from + 6); index++) {
    const text = all[index]!.text.trim();
    if (NEWSLETTER_FORM.test(text) || NEWSLETTER_LEGAL.test(text)) {
      if (NEWSLETTER_LEGAL.test(text)) return index - from + 1;
      // The legal line under the button: "Mit der Anmeldung stimmen Sie … zu."
      const after = all[index + 1]?.text.trim();
      const legal = after !== undefined && NEWSLETTER_LEGAL.test(after) ? 1 : 0;
      return index - from + 1 + legal;
    }
    if (!(isParagraph(text) && text.length <= TEASER_MAX) && !/^E-Mail/i.test(text)) return undefined;
    // A box with no form in the copy ends with its invitation: "… jeden Morgen in Ihrem Postfach."
    const following = all[index + 1]?.text.trim();
    if (
      /\b(Postfach|Posteingang|per E-Mail|abonnieren|anmelden|bestellen)\b/i.test(text) &&
      (following === undefined || (!NEWSLETTER_FORM.test(following) && !NEWSLETTER_LEGAL.test(following)))
    ) {
      return index - from + 1;
    }
  }
  return undefined;
}

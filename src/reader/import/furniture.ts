import { de } from '../../i18n/de.ts';
import {
  ADVERT,
  AGENCY_CREDIT,
  AUDIO,
  AUTHOR_BOX_HEADING,
  BACK_TO_TOP,
  BIOGRAPHY,
  BREADCRUMB_SEPARATORS,
  BREADCRUMB_START,
  BYLINE,
  CAPTION_WITH_CREDIT,
  COMMENTS,
  CONSENT_BUTTON,
  COOKIE_NOTICE,
  COPYRIGHT,
  DURATION,
  FOOTER_LINK,
  GLUED_LINKS,
  IMAGE_CREDIT,
  LINK_BLOCK_HEADING,
  LINK_ITEM,
  LINK_LINE,
  NEWSLETTER,
  NEWSLETTER_FORM,
  NEWSLETTER_HEADING,
  NEWSLETTER_LEGAL,
  PAYWALL,
  PAGE_TOOLS,
  PERSON_NAME,
  PHOTO_CREDIT,
  PREVIOUS_NEXT,
  PROGRAMME_HEADING,
  PROGRAMME_LINE,
  PROGRAMME_NOTE,
  RANK,
  READING_TIME,
  SECTION_NAME,
  SHORTCODE,
  SITE_CONTROL,
  SKIP_LINK,
  SOCIAL_HANDLE,
  SOCIAL_LINE,
  SOCIAL_ROW,
  SOURCE_LINE,
  SOURCES_HEADING,
  TEASER_BOX_HEADING,
  VIDEO,
  VIDEO_CONTROL,
  VIDEO_DURATION,
} from './furniture-patterns.ts';
import { captureMetadataIn, printedDateIn, type FoundDate } from './printed-date.ts';

/**
 * Separates a capture's page furniture from its journalism, line by line.
 * A capture is text copied from a news page: one paragraph per line, with
 * whatever the page printed around the article (adverts, video teasers,
 * link lists, share buttons, the site's author box, a date line). Every
 * line the importer removes is recorded word for word with a German
 * description, so nothing is dropped silently; where furniture is glued to
 * the journalism (a "Stand" at the end of the headline, metadata before the
 * lead), only that part of the line is removed.
 */

/** One line of a capture with text on it; blank lines only separate. */
export interface Block {
  /** Line number in the capture, from 1. */
  line: number;
  text: string;
  /** For a saved page: the element that printed it ("h2", "li", "blockquote"), which gives the edition its structure. */
  tag?: string;
}

/** What a saved page's markup already told about its lines (src/reader/import/html-draft.ts). */
export interface PageLines {
  /** The lines of the text view the markup did not mark as furniture. */
  blocks: Block[];
  /** The lines the markup marked as furniture (navigation, footer, captions, …), with `at` the first line's number. */
  removed: (RemovedFurniture & { at: number })[];
  /** The page's headline (its h1). */
  headline?: string;
}

export interface RemovedFurniture {
  description: string;
  /** The removed lines (or the removed start or end of a line), word for word. */
  lines: string[];
}

export interface SeparatedCapture {
  /** The lines of the journalism, with any glued furniture cut off. */
  blocks: Block[];
  removed: RemovedFurniture[];
  /** The first printed date, or the capture's metadata date. */
  date?: FoundDate;
  /** A later update printed beside the publication date ("Aktualisiert am …"), word for word. */
  updated?: string;
  /** An address from the capture's metadata. */
  url?: string;
  /** Lines of a list of sources ("Verwendete Quellen:"), kept for the cited sources. */
  sourceLines: Block[];
  /** Agency credits removed from the text ("(AFP/jbr)"): their agencies are cited. */
  creditLines: string[];
  /** The printed byline, and its names as source.byline holds them (without "Von"). */
  byline?: { line: string; names: string };
  /** The article's own headline and kicker, when the page around it showed where it starts. */
  headline?: Block;
  kicker?: Block;
}

/** The lines of a capture that have text, in order. */
export function blocksOf(text: string): Block[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, text: line.replace(/\s+$/, '') }))
    .filter((block) => block.text.trim() !== '');
}

/** A line that looks like a headline: short, no full stop, colon or comma at the end. */
export function isHeadlineLike(text: string): boolean {
  const trimmed = text.trim();
  // An ellipsis may end a headline ("Nordkorea unterstützt Russland ..."); a full stop may not.
  return trimmed.length <= 200 && trimmed.split(/\s+/).length <= 25 && !/[.,;:]$/.test(trimmed.replace(/(\.\.\.|…)$/, ''));
}

type SingleKind =
  | 'advert'
  | 'readingTime'
  | 'backToTop'
  | 'imageCredit'
  | 'social'
  | 'newsletter'
  | 'video'
  | 'linkLine'
  | 'control'
  | 'consent'
  | 'audio'
  | 'comments'
  | 'tools'
  | 'previousNext'
  | 'footer'
  | 'programmeNote'
  | 'rank'
  | 'paywall';

/** Furniture that is one line on its own, by kind. */
function singleLineKind(text: string): SingleKind | undefined {
  const trimmed = text.trim();
  if (ADVERT.test(trimmed)) return 'advert';
  if (READING_TIME.test(trimmed)) return 'readingTime';
  if (BACK_TO_TOP.test(trimmed)) return 'backToTop';
  if (SOCIAL_ROW.test(trimmed) || SOCIAL_LINE.test(trimmed) || SOCIAL_HANDLE.test(trimmed) || SHORTCODE.test(trimmed)) return 'social';
  if (NEWSLETTER.test(trimmed)) return 'newsletter';
  if (VIDEO.test(trimmed) || VIDEO_DURATION.test(trimmed) || VIDEO_CONTROL.test(trimmed)) return 'video';
  // "© NDR 2025", "© Verlag … Alle Rechte vorbehalten": the site's copyright, not a photo's.
  if (COPYRIGHT.test(trimmed) && /\b(19|20)\d{2}\b|Alle Rechte|GmbH|Verlag/i.test(trimmed)) return 'footer';
  if (IMAGE_CREDIT.test(trimmed)) return 'imageCredit';
  // A link with its heading on one line, unless the heading stands alone (a link block).
  if (LINK_LINE.test(trimmed) && !LINK_BLOCK_HEADING.test(trimmed)) return 'linkLine';
  if (SKIP_LINK.test(trimmed) || SITE_CONTROL.test(trimmed)) return 'control';
  if (COOKIE_NOTICE.test(trimmed) || CONSENT_BUTTON.test(trimmed)) return 'consent';
  if (AUDIO.test(trimmed) || DURATION.test(trimmed)) return 'audio';
  if (COMMENTS.test(trimmed)) return 'comments';
  if (PAGE_TOOLS.test(trimmed)) return 'tools';
  if (PREVIOUS_NEXT.test(trimmed)) return 'previousNext';
  if (FOOTER_LINK.test(trimmed) || COPYRIGHT.test(trimmed)) return 'footer';
  if (PROGRAMME_NOTE.test(trimmed)) return 'programmeNote';
  if (RANK.test(trimmed)) return 'rank';
  if (PAYWALL.test(trimmed) && trimmed.length <= 300) return 'paywall';
  return undefined;
}

/** Whether a line starts a block of furniture that takes the lines after it. */
function isBlockHeading(text: string): boolean {
  const trimmed = text.trim();
  return (
    LINK_BLOCK_HEADING.test(trimmed) ||
    TEASER_BOX_HEADING.test(trimmed) ||
    PROGRAMME_HEADING.test(trimmed) ||
    SOURCES_HEADING.test(trimmed) ||
    AUTHOR_BOX_HEADING.test(trimmed)
  );
}

function isFurnitureStart(text: string): boolean {
  return singleLineKind(text) !== undefined || isBlockHeading(text) || printedDateIn(text)?.position === 'line';
}

/** Ends as a sentence, a question or a quotation does: "Wie geht es weiter?", „Wir geben nicht auf!“. */
function endsSentence(text: string): boolean {
  return /[.!?…]["“”»‘’)]*$/.test(text.trim());
}

/** Prose: eight words or more with a sentence's end in them ("… gegen Nordkorea. (dpa/bb)"); never cut as the page's end. */
function isProse(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).length >= 8 && /[.!?]["“”»)]?(\s|$)/u.test(text.trim());
}

/** A paragraph of journalism: ends as a sentence does and is longer than a headline. */
function isParagraph(text: string): boolean {
  return /[.!?:"“”)…]$/.test(text.trim()) && !isHeadlineLike(text);
}

/** Whether a line is a breadcrumb trail: only before the headline, with separators, "Startseite" or glued link texts. */
function isBreadcrumb(text: string, next: Block | undefined): boolean {
  const trimmed = text.trim();
  if (!isHeadlineLike(trimmed) || /[.!?]$/.test(trimmed) || next === undefined || !isHeadlineLike(next.text)) return false;
  return BREADCRUMB_START.test(trimmed) || (BREADCRUMB_SEPARATORS.test(trimmed) && trimmed.length <= 120) || GLUED_LINKS.test(trimmed);
}

function describeSingle(kind: SingleKind, lines: string[]): string {
  const { removed } = de.edition;
  const first = lines[0]!.trim();
  const all = lines.map((line) => line.trim());
  switch (kind) {
    case 'advert':
      return removed.advert(first, lines.length);
    case 'readingTime':
      return removed.readingTime(first);
    case 'backToTop':
      return removed.backToTop(BACK_TO_TOP.exec(first)?.[2] ?? first);
    case 'social':
      return removed.social(all);
    case 'newsletter':
      return removed.newsletter(first);
    case 'video':
      return removed.video(all);
    case 'imageCredit':
      return removed.imageCredit(first);
    case 'linkLine':
      return removed.linkLine(first);
    case 'control':
      return removed.siteControls(all);
    case 'consent':
      return removed.consent(all);
    case 'audio':
      return removed.audio(all);
    case 'comments':
      return removed.comments(all);
    case 'tools':
      return removed.pageTools(all);
    case 'previousNext':
      return removed.previousNext(first);
    case 'footer':
      return removed.footer(all);
    case 'programmeNote':
      return removed.programmeNote(first);
    case 'rank':
      return removed.rank(first);
    case 'paywall':
      return removed.paywall(all);
  }
}

/** Kinds whose neighbouring lines belong to one element: adverts in a row, a video teaser and its duration, a row of share buttons, a menu. */
const GROUPED: ReadonlySet<SingleKind> = new Set(['advert', 'social', 'video', 'control', 'consent', 'audio', 'comments', 'tools', 'footer', 'paywall']);

/** Who credits a photo: agencies and photographers' marks ("picture alliance/dpa/…", "IMAGO", "Getty Images", "Foto"). */
const PHOTO_AGENCY = /\b(dpa|picture[- ]alliance|IMAGO|Getty|AP|AFP|Reuters|Keystone|EPA|Foto|Bild|photothek)\b|\//i;

/** The longest caption the import takes for one: captions are a sentence or two. */
const CAPTION_MAX = 300;
/** The longest teaser of another article in a box of them: a sentence or two. */
const TEASER_MAX = 260;

/** A caption: a line or two of text about a photo, right above its credit. */
function isCaptionBefore(caption: Block, creditBlock: Block | undefined, after: string | undefined): boolean {
  // The credit stands right under its caption, with no blank line between.
  if (creditBlock === undefined || creditBlock.line !== caption.line + 1) return false;
  const text = caption.text;
  const trimmed = creditBlock.text.trim();
  if (!PHOTO_CREDIT.test(trimmed) && !IMAGE_CREDIT.test(trimmed)) return false;
  // "Quelle: dpa" also credits the text, or a figure ("Quelle: Bundesagentur für Arbeit"): only a photo's credit makes a caption.
  if (/^Quelle/i.test(trimmed) && (after === undefined || !isParagraph(after) || !PHOTO_AGENCY.test(trimmed))) return false;
  // A caption says something in words: a figure of a table above its source line is none.
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 3 && text.trim().length <= CAPTION_MAX && text.split(/(?<=[.!?])\s+/).length <= 2 && !BYLINE.test(text.trim());
}

/**
 * The lines a box of other articles takes after its heading: their
 * headlines, the teaser under each, ranks, dates and "mehr" links. It ends
 * where the article goes on: a long paragraph, a paragraph with no headline
 * above it, or a subhead with a long paragraph below.
 */
function teaserBoxLength(all: readonly Block[], from: number): number {
  let index = from;
  let afterHeadline = false;
  while (index < all.length) {
    const text = all[index]!.text.trim();
    const next = all[index + 1]?.text.trim();
    if (isBlockHeading(text) && index > from) break;
    if (RANK.test(text) || DURATION.test(text) || /^(mehr|weiterlesen|zum artikel)$/i.test(text) || printedDateIn(text)?.position === 'line') {
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
const isTeaser = (text: string) => isParagraph(text) && text.trim().length <= TEASER_MAX;

/** Whether a box line (rank, date, duration) or another headline with its teaser starts at `index`. */
function startsPair(all: readonly Block[], index: number): boolean {
  const text = all[index]?.text.trim();
  if (text === undefined) return false;
  if (RANK.test(text) || DURATION.test(text) || printedDateIn(text)?.position === 'line') return true;
  const teaser = all[index + 1];
  return isHeadlineLike(text) && !isFurnitureStart(text) && teaser !== undefined && teaser.line === all[index]!.line + 1 && isTeaser(teaser.text);
}

/** Whether what follows a box's later teaser ends the pair: another item, furniture, or the capture's end. */
function endsPair(all: readonly Block[], index: number): boolean {
  const text = all[index]?.text;
  return text === undefined || isHeadlineLike(text) || isFurnitureStart(text);
}

/** A newsletter box: its heading, a sentence or two, the form's field and button; undefined when no form follows. */
function newsletterBoxLength(all: readonly Block[], from: number): number | undefined {
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
    if (/\b(Postfach|Posteingang|per E-Mail|abonnieren|anmelden|bestellen)\b/i.test(text) && (following === undefined || (!NEWSLETTER_FORM.test(following) && !NEWSLETTER_LEGAL.test(following)))) {
      return index - from + 1;
    }
  }
  return undefined;
}

/** Separates furniture from journalism. */
export function separateFurniture(captureText: string, archivedTitles: ReadonlySet<string> = new Set(), page?: PageLines): SeparatedCapture {
  const all = page ? [...page.blocks] : blocksOf(captureText);
  const removed: (RemovedFurniture & { at: number })[] = page ? [...page.removed] : [];
  const blocks: Block[] = [];
  const sourceLines: Block[] = [];
  const creditLines: string[] = [];
  const result: SeparatedCapture = { blocks, removed, sourceLines, creditLines };
  const remove = (description: string, lines: string[], at: number) => removed.push({ description, lines: lines.map((line) => line.trim()), at });
  let takenDateAt = -1;

  // Capture metadata before the first words: "date 2024-07 Russland und …".
  const first = all[0];
  const metadata = page ? undefined : first && captureMetadataIn(first.text);
  if (first && metadata) {
    if (metadata.date) result.date = metadata.date;
    if (metadata.url) result.url = metadata.url;
    // Described at the end, when it is known whether a printed date took precedence.
    remove('', [metadata.part], first.line);
    const rest = first.text.trim().slice(metadata.part.length).trim();
    if (rest === '') all.shift();
    else all[0] = { line: first.line, text: rest };
  }

  let seenJournalism = false;
  let paragraphsSeen = 0;
  for (let index = 0; index < all.length; index++) {
    const block = all[index]!;
    const text = block.text.trim();
    const next = all[index + 1];

    const date = printedDateIn(text);
    if (date) {
      const current = result.date;
      // A publication date printed next to the update taken before it wins: the article appeared then.
      const publishedBesideUpdate =
        current !== undefined && current.kind === 'updated' && current.basis === 'printed' && date.date.kind === 'published' && index - takenDateAt <= 3;
      const taken = current === undefined || (current.basis === 'capture-metadata' && date.date.basis === 'printed') || publishedBesideUpdate;
      if (taken && date.updated) result.updated = date.updated;
      if (publishedBesideUpdate) result.updated = current.printed;
      else if (!taken && current !== undefined && date.date.kind === 'updated' && index - takenDateAt <= 3 && result.updated === undefined) result.updated = date.date.printed;
      if (taken) {
        result.date = date.date;
        takenDateAt = index;
      }
      remove(de.edition.removed.dateLine(date.part, taken), [date.part], block.line);
      if (date.position === 'end') {
        const rest = text.slice(0, text.length - date.part.length).trim();
        blocks.push({ line: block.line, text: rest });
        seenJournalism = true;
      }
      continue;
    }

    // A byline stands at the head of the article: before the lead or right after it.
    const byline = paragraphsSeen <= 1 && result.byline === undefined ? BYLINE.exec(text) : null;
    if (byline) {
      result.byline = { line: text, names: byline[1]!.trim() };
      remove(de.edition.removed.byline(text), [text], block.line);
      continue;
    }

    // An agency's credit at the end of the last paragraph: "… gegen Nordkorea. (dpa/bb)".
    const gluedCredit = /[.!?"“”]\s+(\(\s*[A-Za-z]{2,8}(\s*[/,]\s*[A-Za-z]{2,8}){0,4}\s*\))$/.exec(text);
    if (gluedCredit) {
      const credit = gluedCredit[1]!;
      creditLines.push(credit);
      remove(de.edition.removed.agencyCredit(credit), [credit], block.line);
      blocks.push({ ...block, text: text.slice(0, text.length - credit.length).trim() });
      seenJournalism = true;
      if (isParagraph(text)) paragraphsSeen++;
      continue;
    }

    if (AGENCY_CREDIT.test(text) && !SOURCES_HEADING.test(text)) {
      creditLines.push(text);
      remove(de.edition.removed.agencyCredit(text), [text], block.line);
      continue;
    }

    if (CAPTION_WITH_CREDIT.test(text) && text.length <= CAPTION_MAX + 80) {
      remove(de.edition.removed.caption([text]), [text], block.line);
      continue;
    }
    if (isCaptionBefore(block, next, all[index + 2]?.text)) {
      remove(de.edition.removed.caption([text, next!.text.trim()]), [text, next!.text], block.line);
      index++;
      continue;
    }

    const newsletterBox = newsletterBoxLength(all, index);
    if (newsletterBox !== undefined) {
      const lines = all.slice(index, index + newsletterBox).map((item) => item.text.trim());
      remove(de.edition.removed.newsletterBox(text), lines, block.line);
      index += newsletterBox - 1;
      continue;
    }

    const subheadWord = /^\p{Lu}\p{Ll}+$/u.test(text) && (FOOTER_LINK.test(text) || text === 'Kommentar') && next !== undefined && isParagraph(next.text) && next.text.length >= 200;
    const kind = subheadWord ? undefined : singleLineKind(text);
    if (kind) {
      const lines = [text];
      while (GROUPED.has(kind) && index + 1 < all.length) {
        const nextKind = singleLineKind(all[index + 1]!.text);
        // A video teaser takes the duration after it; adverts and share buttons take their kind.
        if (nextKind !== kind) break;
        if (kind === 'video' && lines.length > 0 && VIDEO.test(all[index + 1]!.text.trim()) && VIDEO.test(lines[0]!)) break;
        lines.push(all[++index]!.text.trim());
      }
      // A video player's title and the sentence under it: short lines before the text goes on.
      if (kind === 'video' && VIDEO_CONTROL.test(text)) {
        while (index + 1 < all.length && lines.length < 5) {
          const following = all[index + 1]!.text.trim();
          const below = all[index + 2]?.text.trim() ?? '';
          const isTitle = isHeadlineLike(following) && following.length <= 120 && !isFurnitureStart(following) && (DURATION.test(below) || VIDEO_DURATION.test(below));
          const isLabel = DURATION.test(following) || VIDEO_DURATION.test(following) || VIDEO_CONTROL.test(following);
          const isCaption = isParagraph(following) && following.length <= 160 && following.split(/(?<=[.!?])\s+/).length === 1;
          if (!isTitle && !isLabel && !isCaption) break;
          lines.push(all[++index]!.text.trim());
          if (isCaption) break;
        }
      }
      remove(describeSingle(kind, lines), lines, block.line);
      continue;
    }

    if (SOURCES_HEADING.test(text)) {
      remove(de.edition.removed.sourcesHeading(text), [text], block.line);
      while (index + 1 < all.length && SOURCE_LINE.test(all[index + 1]!.text.trim()) && !isFurnitureStart(all[index + 1]!.text)) {
        sourceLines.push(all[++index]!);
      }
      continue;
    }

    if (PROGRAMME_HEADING.test(text)) {
      const lines = [text];
      while (index + 1 < all.length && PROGRAMME_LINE.test(all[index + 1]!.text) && all[index + 1]!.text.trim().length <= 150) {
        lines.push(all[++index]!.text.trim());
      }
      remove(de.edition.removed.programme(lines), lines, block.line);
      continue;
    }

    const boxLength = TEASER_BOX_HEADING.test(text) && !LINK_BLOCK_HEADING.test(text) ? teaserBoxLength(all, index + 1) : undefined;
    // A box's heading with nothing of a box under it, and the text going on, is the article's subhead ("Weitere Informationen").
    if (boxLength !== undefined && !(boxLength === 0 && next !== undefined && isParagraph(next.text))) {
      const length = boxLength;
      const lines = all.slice(index, index + 1 + length).map((item) => item.text.trim());
      remove(de.edition.removed.teaserBox(text.replace(/\s*:$/, ''), lines.length), lines, block.line);
      index += length;
      continue;
    }

    if (LINK_BLOCK_HEADING.test(text)) {
      const links: string[] = [];
      let pairs = 0;
      while (index + 1 < all.length) {
        const following = all[index + 1]!.text.trim();
        // A box of other articles prints ranks, dates and durations beside their headlines.
        const boxLine = RANK.test(following) || DURATION.test(following) || (result.date !== undefined && printedDateIn(following)?.position === 'line');
        if (boxLine && links.length > 0) {
          links.push(following);
          index++;
          continue;
        }
        if (isFurnitureStart(following) && !(RANK.test(following) && links.length === 0)) break;
        if (RANK.test(following)) {
          links.push(following);
          index++;
          continue;
        }
        const glyph = LINK_ITEM.test(following);
        // A headline-like line that a paragraph follows is the article's next subhead, not a link,
        // unless it closes the block: right below the line before it, with a blank line after it
        // (the block's lines stand together). The headline of an archived article is a link wherever it stands.
        // A short paragraph under a link is its teaser when another link or the end follows it.
        const [here, below, after] = [all[index]!, all[index + 1]!, all[index + 2]];
        const closesBlock = below.line === here.line + 1 && (after === undefined || after.line > below.line + 1);
        // The first teaser needs a second pair, a rank or a date after it (a box of other articles, not the article going on).
        const teaserBelow = after !== undefined && after.line === below.line + 1 && isTeaser(after.text) && (pairs > 0 ? endsPair(all, index + 3) : startsPair(all, index + 3));
        const article = !archivedTitles.has(following) && (!isHeadlineLike(following) || (after !== undefined && isParagraph(after.text) && !closesBlock && !teaserBelow));
        if (!glyph && article) break;
        links.push(following);
        index++;
        if (teaserBelow && !glyph) {
          links.push(all[++index]!.text.trim());
          pairs++;
        }
      }
      // A box of headlines with teasers or ranks is described as one; a list of links names its links.
      const description =
        pairs > 0 || links.some((link) => RANK.test(link))
          ? de.edition.removed.teaserBox(text.replace(/\s*:$/, ''), links.length + 1)
          : de.edition.removed.linkBlock(text.replace(/\s*:$/, ''), links.map((link) => link.replace(LINK_ITEM_GLYPH, '')));
      remove(description, [text, ...links], block.line);
      continue;
    }

    if (AUTHOR_BOX_HEADING.test(text)) {
      const lines = [text];
      // The box: a name and a biography, in either order, or the biography alone.
      while (index + 1 < all.length && lines.length < 3 && !isFurnitureStart(all[index + 1]!.text)) lines.push(all[++index]!.text.trim());
      const name = lines.slice(1).find((line) => PERSON_NAME.test(line)) ?? text;
      remove(de.edition.removed.authorBox(name), lines, block.line);
      continue;
    }

    // The site's author box without a heading: a name alone, then a biography that begins with it.
    if (PERSON_NAME.test(text) && next && startsBiography(next.text, text)) {
      remove(de.edition.removed.authorBox(text), [text, next.text.trim()], block.line);
      index++;
      continue;
    }

    if (!seenJournalism && isBreadcrumb(text, next)) {
      remove(de.edition.removed.breadcrumb(text), [text], block.line);
      continue;
    }

    seenJournalism = true;
    if (isParagraph(text)) paragraphsSeen++;
    blocks.push({ ...block, text });
  }
  if (metadata) {
    const taken = metadata.date !== undefined && result.date === metadata.date;
    removed[0]!.description = de.edition.removed.captureMetadata(metadata.part, taken);
  }
  trimToArticle(result, removed, page?.headline);
  removed.sort((a, b) => a.at - b.at);
  result.removed = removed.map(({ description, lines }) => ({ description, lines }));
  return result;
}

/**
 * The article runs from its headline to its last paragraph: what the page
 * prints above the headline (menus, rubrics the patterns do not know) and
 * below the last paragraph (boxes of other articles, footers) is furniture.
 * The text starts at its first paragraph that another paragraph follows;
 * the headline is the headline-like line nearest above it, past a lead, and
 * the kicker the line right above the headline, unless it is a breadcrumb
 * or a section's name. Where no headline stands above the text (a lead
 * printed above the headline, a capture that starts with the text), nothing
 * is cut at the start.
 */
function trimToArticle(result: SeparatedCapture, removed: (RemovedFurniture & { at: number })[], printedHeadline?: string): void {
  const { blocks } = result;
  const paragraph = (index: number) => blocks[index] !== undefined && isParagraph(blocks[index]!.text);
  let headline: number;
  const marked = printedHeadline === undefined ? -1 : blocks.findIndex((block) => block.text.trim() === printedHeadline);
  if (marked >= 0) headline = marked;
  else {
    const start = blocks.findIndex((_block, index) => paragraph(index) && (blocks.slice(index + 1, index + 5).some((_b, offset) => paragraph(index + 1 + offset)) || blocks[index]!.text.length >= 200));
    if (start < 0) return;
    // Past the lead: the headline may stand above one paragraph (the lead, when it comes first).
    headline = start - 1;
    if (headline >= 0 && !isHeadlineLike(blocks[headline]!.text) && paragraph(headline) && headline - 1 >= 0 && isHeadlineLike(blocks[headline - 1]!.text)) headline--;
    if (headline < 0 || !isHeadlineLike(blocks[headline]!.text)) return;
  }
  let kicker: number | undefined = headline - 1;
  const above = blocks[kicker];
  if (
    above === undefined ||
    !isHeadlineLike(above.text) ||
    above.text.trim().length > 80 ||
    // A section's name, alone or beside one other word ("Oldenburg Region"), is the menu's; "Wirtschaft in der Lausitz" is a kicker.
    (above.text.trim().split(/\s+/).length <= 2 && above.text.trim().split(/\s+/).some((word) => SECTION_NAME.test(word))) ||
    BREADCRUMB_SEPARATORS.test(above.text) ||
    BREADCRUMB_START.test(above.text.trim())
  ) {
    kicker = undefined;
  }
  const first = kicker ?? headline;
  if (first > 0) {
    const lines = blocks.slice(0, first).map((block) => block.text.trim());
    removed.push({ description: de.edition.removed.siteHeader(lines), lines, at: blocks[0]!.line });
  }
  result.headline = blocks[headline]!;
  if (kicker !== undefined) result.kicker = blocks[kicker]!;

  // The end: the last paragraph, list item, quotation or sentence; short lines after it are the site's.
  let end = blocks.length - 1;
  while (end > headline && !paragraph(end) && !isProse(blocks[end]!.text) && !endsSentence(blocks[end]!.text) && !/^([-–*•·▪■]\s|>)/.test(blocks[end]!.text.trim())) end--;
  const after = blocks.slice(end + 1);
  if (after.length > 0 && end > headline) {
    const lines = after.map((block) => block.text.trim());
    removed.push({ description: de.edition.removed.pageEnd(lines), lines, at: after[0]!.line });
  } else end = blocks.length - 1;
  result.blocks = blocks.slice(first, end + 1);
}

const LINK_ITEM_GLYPH = /^(⋙|»|›|►|▶|→|⇒|•|·|■|▪|>>)\s*/;

/** "Sophie Müller ist eine gebürtige …" after "Sophie Müller": the name, or its first word, then a biography's verb. */
function startsBiography(text: string, name: string): boolean {
  const trimmed = text.trim();
  const firstName = name.split(/\s+/)[0]!;
  for (const start of [name, firstName]) {
    if (trimmed.startsWith(`${start} `) && BIOGRAPHY.test(trimmed.slice(start.length))) return true;
  }
  return false;
}

import { de } from '../../i18n/de.ts';
import {
  ADVERT,
  AUTHOR_BOX_HEADING,
  BACK_TO_TOP,
  BIOGRAPHY,
  BREADCRUMB_SEPARATORS,
  BREADCRUMB_START,
  GLUED_LINKS,
  IMAGE_CREDIT,
  LINK_BLOCK_HEADING,
  LINK_ITEM,
  LINK_LINE,
  NEWSLETTER,
  PERSON_NAME,
  PROGRAMME_HEADING,
  PROGRAMME_LINE,
  READING_TIME,
  SHORTCODE,
  SOCIAL_LINE,
  SOCIAL_ROW,
  SOURCE_LINE,
  SOURCES_HEADING,
  VIDEO,
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
  /** An address from the capture's metadata. */
  url?: string;
  /** Lines of a list of sources ("Verwendete Quellen:"), kept for the cited sources. */
  sourceLines: Block[];
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

type SingleKind = 'advert' | 'readingTime' | 'backToTop' | 'imageCredit' | 'social' | 'newsletter' | 'video' | 'linkLine';

/** Furniture that is one line on its own, by kind. */
function singleLineKind(text: string): SingleKind | undefined {
  const trimmed = text.trim();
  if (ADVERT.test(trimmed)) return 'advert';
  if (READING_TIME.test(trimmed)) return 'readingTime';
  if (BACK_TO_TOP.test(trimmed)) return 'backToTop';
  if (SOCIAL_ROW.test(trimmed) || SOCIAL_LINE.test(trimmed) || SHORTCODE.test(trimmed)) return 'social';
  if (NEWSLETTER.test(trimmed)) return 'newsletter';
  if (VIDEO.test(trimmed) || VIDEO_DURATION.test(trimmed)) return 'video';
  if (IMAGE_CREDIT.test(trimmed)) return 'imageCredit';
  // A link with its heading on one line, unless the heading stands alone (a link block).
  if (LINK_LINE.test(trimmed) && !LINK_BLOCK_HEADING.test(trimmed)) return 'linkLine';
  return undefined;
}

/** Whether a line starts a block of furniture that takes the lines after it. */
function isBlockHeading(text: string): boolean {
  const trimmed = text.trim();
  return LINK_BLOCK_HEADING.test(trimmed) || PROGRAMME_HEADING.test(trimmed) || SOURCES_HEADING.test(trimmed) || AUTHOR_BOX_HEADING.test(trimmed);
}

function isFurnitureStart(text: string): boolean {
  return singleLineKind(text) !== undefined || isBlockHeading(text) || printedDateIn(text)?.position === 'line';
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
  switch (kind) {
    case 'advert':
      return removed.advert(first, lines.length);
    case 'readingTime':
      return removed.readingTime(first);
    case 'backToTop':
      return removed.backToTop(BACK_TO_TOP.exec(first)?.[2] ?? first);
    case 'social':
      return removed.social(lines.map((line) => line.trim()));
    case 'newsletter':
      return removed.newsletter(first);
    case 'video':
      return removed.video(lines.map((line) => line.trim()));
    case 'imageCredit':
      return removed.imageCredit(first);
    case 'linkLine':
      return removed.linkLine(first);
  }
}

/** Kinds whose neighbouring lines belong to one element: adverts in a row, a video teaser and its duration, a row of share buttons. */
const GROUPED: ReadonlySet<SingleKind> = new Set(['advert', 'social', 'video']);

/** Separates furniture from journalism. */
export function separateFurniture(captureText: string, archivedTitles: ReadonlySet<string> = new Set()): SeparatedCapture {
  const all = blocksOf(captureText);
  const removed: RemovedFurniture[] = [];
  const blocks: Block[] = [];
  const sourceLines: Block[] = [];
  const result: SeparatedCapture = { blocks, removed, sourceLines };
  const remove = (description: string, lines: string[]) => removed.push({ description, lines: lines.map((line) => line.trim()) });

  // Capture metadata before the first words: "date 2024-07 Russland und …".
  const first = all[0];
  const metadata = first && captureMetadataIn(first.text);
  if (first && metadata) {
    if (metadata.date) result.date = metadata.date;
    if (metadata.url) result.url = metadata.url;
    // Described at the end, when it is known whether a printed date took precedence.
    remove('', [metadata.part]);
    const rest = first.text.trim().slice(metadata.part.length).trim();
    if (rest === '') all.shift();
    else all[0] = { line: first.line, text: rest };
  }

  let seenJournalism = false;
  for (let index = 0; index < all.length; index++) {
    const block = all[index]!;
    const text = block.text.trim();

    const date = printedDateIn(text);
    if (date) {
      const taken = result.date === undefined || (result.date.basis === 'capture-metadata' && date.date.basis === 'printed');
      if (taken) result.date = date.date;
      remove(de.edition.removed.dateLine(date.part, taken), [date.part]);
      if (date.position === 'end') {
        const rest = text.slice(0, text.length - date.part.length).trim();
        blocks.push({ line: block.line, text: rest });
        seenJournalism = true;
      }
      continue;
    }

    const kind = singleLineKind(text);
    if (kind) {
      const lines = [text];
      while (GROUPED.has(kind) && index + 1 < all.length) {
        const nextKind = singleLineKind(all[index + 1]!.text);
        // A video teaser takes the duration after it; adverts and share buttons take their kind.
        if (nextKind !== kind) break;
        if (kind === 'video' && lines.length > 0 && VIDEO.test(all[index + 1]!.text.trim()) && VIDEO.test(lines[0]!)) break;
        lines.push(all[++index]!.text.trim());
      }
      remove(describeSingle(kind, lines), lines);
      continue;
    }

    if (SOURCES_HEADING.test(text)) {
      remove(de.edition.removed.sourcesHeading(text), [text]);
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
      remove(de.edition.removed.programme(lines), lines);
      continue;
    }

    if (LINK_BLOCK_HEADING.test(text)) {
      const links: string[] = [];
      while (index + 1 < all.length) {
        const next = all[index + 1]!.text.trim();
        if (isFurnitureStart(next)) break;
        const glyph = LINK_ITEM.test(next);
        // A headline-like line that a paragraph follows is the article's next subhead, not a link,
        // unless it closes the block: right below the line before it, with a blank line after it
        // (the block's lines stand together). The headline of an archived article is a link wherever it stands.
        const [here, below, after] = [all[index]!, all[index + 1]!, all[index + 2]];
        const closesBlock = below.line === here.line + 1 && (after === undefined || after.line > below.line + 1);
        const article = !archivedTitles.has(next) && (!isHeadlineLike(next) || (after !== undefined && isParagraph(after.text) && !closesBlock));
        if (!glyph && article) break;
        links.push(next);
        index++;
      }
      remove(de.edition.removed.linkBlock(text.replace(/\s*:$/, ''), links.map((link) => link.replace(LINK_ITEM_GLYPH, ''))), [text, ...links]);
      continue;
    }

    if (AUTHOR_BOX_HEADING.test(text)) {
      const lines = [text];
      // The box: a name and a biography, in either order, or the biography alone.
      while (index + 1 < all.length && lines.length < 3 && !isFurnitureStart(all[index + 1]!.text)) lines.push(all[++index]!.text.trim());
      const name = lines.slice(1).find((line) => PERSON_NAME.test(line)) ?? text;
      remove(de.edition.removed.authorBox(name), lines);
      continue;
    }

    // The site's author box without a heading: a name alone, then a biography that begins with it.
    const next = all[index + 1];
    if (PERSON_NAME.test(text) && next && startsBiography(next.text, text)) {
      remove(de.edition.removed.authorBox(text), [text, next.text.trim()]);
      index++;
      continue;
    }

    if (!seenJournalism && isBreadcrumb(text, next)) {
      remove(de.edition.removed.breadcrumb(text), [text]);
      continue;
    }

    seenJournalism = true;
    blocks.push({ line: block.line, text });
  }
  if (metadata) {
    const taken = metadata.date !== undefined && result.date === metadata.date;
    removed[0]!.description = de.edition.removed.captureMetadata(metadata.part, taken);
  }
  return result;
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

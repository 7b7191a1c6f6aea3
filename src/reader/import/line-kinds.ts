/**
 * What one line of a capture is: the lines of a capture, and the tests the
 * furniture separation asks of each line (a headline's shape, a paragraph's,
 * a sentence's end, and the kinds of furniture that are one line on their own
 * with the German description readers see for each).
 */
import { de } from '../../i18n/de.ts';
import {
  ADVERT,
  AUDIO,
  AUTHOR_BOX_HEADING,
  BACK_TO_TOP,
  BREADCRUMB_SEPARATORS,
  BREADCRUMB_START,
  COMMENTS,
  CONSENT_BUTTON,
  COOKIE_NOTICE,
  COPYRIGHT,
  DURATION,
  FOOTER_LINK,
  GLUED_LINKS,
  IMAGE_CREDIT,
  LINK_BLOCK_HEADING,
  LINK_LINE,
  NEWSLETTER,
  PAYWALL,
  PAGE_TOOLS,
  PREVIOUS_NEXT,
  PROGRAMME_HEADING,
  PROGRAMME_NOTE,
  RANK,
  READING_TIME,
  SHORTCODE,
  SITE_CONTROL,
  SKIP_LINK,
  SOCIAL_HANDLE,
  SOCIAL_LINE,
  SOCIAL_ROW,
  SOURCES_HEADING,
  TEASER_BOX_HEADING,
  VIDEO,
  VIDEO_CONTROL,
  VIDEO_DURATION,
} from './furniture-patterns.ts';
import { printedDateIn } from './printed-date.ts';

/** One line of a capture with text on it; blank lines only separate. */
export interface Block {
  /** Line number in the capture, from 1. */
  line: number;
  text: string;
  /**
   * For a saved page: the element that printed it ("h2", "li", "blockquote"), which gives the edition its structure.
   */
  tag?: string;
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
  return (
    trimmed.length <= 200 && trimmed.split(/\s+/).length <= 25 && !/[.,;:]$/.test(trimmed.replace(/(\.\.\.|…)$/, ''))
  );
}

export type SingleKind =
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
export function singleLineKind(text: string): SingleKind | undefined {
  const trimmed = text.trim();
  if (ADVERT.test(trimmed)) return 'advert';
  if (READING_TIME.test(trimmed)) return 'readingTime';
  if (BACK_TO_TOP.test(trimmed)) return 'backToTop';
  if (SOCIAL_ROW.test(trimmed) || SOCIAL_LINE.test(trimmed) || SOCIAL_HANDLE.test(trimmed) || SHORTCODE.test(trimmed)) {
    return 'social';
  }
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
export function isBlockHeading(text: string): boolean {
  const trimmed = text.trim();
  return (
    LINK_BLOCK_HEADING.test(trimmed) ||
    TEASER_BOX_HEADING.test(trimmed) ||
    PROGRAMME_HEADING.test(trimmed) ||
    SOURCES_HEADING.test(trimmed) ||
    AUTHOR_BOX_HEADING.test(trimmed)
  );
}

export function isFurnitureStart(text: string): boolean {
  return singleLineKind(text) !== undefined || isBlockHeading(text) || printedDateIn(text)?.position === 'line';
}

/** Ends as a sentence, a question or a quotation does: "Wie geht es weiter?", „Wir geben nicht auf!“. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["“”»‘’)]*$/.test(text.trim());
}

/**
 * Prose: eight words or more with a sentence's end in them ("… gegen Nordkorea. (dpa/bb)"); never cut as the page's
 * end.
 */
export function isProse(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).length >= 8 && /[.!?]["“”»)]?(\s|$)/u.test(text.trim());
}

/** A paragraph of journalism: ends as a sentence does and is longer than a headline. */
export function isParagraph(text: string): boolean {
  return /[.!?:"“”)…]$/.test(text.trim()) && !isHeadlineLike(text);
}

/**
 * Whether a line is a breadcrumb trail: only before the headline, with separators, "Startseite" or glued link texts.
 */
export function isBreadcrumb(text: string, next: Block | undefined): boolean {
  const trimmed = text.trim();
  if (!isHeadlineLike(trimmed) || /[.!?]$/.test(trimmed) || next === undefined || !isHeadlineLike(next.text)) {
    return false;
  }
  return (
    BREADCRUMB_START.test(trimmed) ||
    (BREADCRUMB_SEPARATORS.test(trimmed) && trimmed.length <= 120) ||
    GLUED_LINKS.test(trimmed)
  );
}

export function describeSingle(kind: SingleKind, lines: string[]): string {
  const { removed } = de.edition;
  const first = lines[0]!.trim();
  const all = lines.map((line) => line.trim());
  switch (kind) {
    case 'advert':
      return removed.advert(first, lines.length);
    case 'readingTime':
      return removed.readingTime(first);
    case 'backToTop':
      return removed.backToTop(BACK_TO_TOP.exec(first)?.[1] ?? first);
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

/**
 * Kinds whose neighbouring lines belong to one element: adverts in a row, a video teaser and its duration, a row of
 * share buttons, a menu.
 */
export const GROUPED: ReadonlySet<SingleKind> = new Set([
  'advert',
  'social',
  'video',
  'control',
  'consent',
  'audio',
  'comments',
  'tools',
  'footer',
  'paywall',
]);

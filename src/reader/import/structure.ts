import { TEASER_MAX_LENGTH } from '../../schema/article.ts';
import { DATELINE } from './cited-sources.ts';
import { isHeadlineLike, type Block } from './line-kinds.ts';
import { LINK_ITEM, QUOTATION_LEAD, SUMMARY_HEADING } from './furniture-patterns.ts';
import { escapeMarkdown, germanQuotes, printedSentences } from './text.ts';

/**
 * The journalism of a capture as an edition: its headline, its lead as the
 * teaser, and the rest as Markdown with the structure the editions give it
 * (subheads as `##`, a summary box and bulleted lines as `-` lists, a long
 * quotation after "…, sagte er:" as `>`). Every line keeps its words; only
 * Markdown's marks are added, and characters Markdown would read as markup
 * are escaped.
 */
export interface EditionText {
  title: { text: string; editorial: boolean; kicker?: string };
  /** How the title was found: printed, or (editorial) the first subhead or first sentence standing in until the editor writes one. */
  titleFrom: 'printed' | 'subhead' | 'first-sentence';
  teaser?: { text: string; editorial: false };
  /** The length of a printed lead too long for a teaser (kept in the body; the editor shortens it with […]). */
  longLead?: number;
  body: string;
}

/** A lead long enough to be one, and short enough for a teaser; a one-line opener ("Beide haben viel gemeinsam.") is text. */
const TEASER_MIN_LENGTH = 80;

/** The text without closing quotes and brackets at its end. */
function core(text: string): string {
  return text.trim().replace(/["“”'’)\]]+$/, '');
}

/** Ends as a sentence does. */
function endsSentence(text: string): boolean {
  return /[.!?:…]$/.test(core(text)) || /[.!?]["“”]$/.test(text.trim());
}

/** A subhead: one short line, no sentence end but a question mark or ellipsis, not a quotation. */
export function isSubhead(text: string): boolean {
  const trimmed = text.trim();
  if (!isHeadlineLike(trimmed) || trimmed.length > 120) return false;
  if (/^["„“‚'»]/.test(trimmed)) return false;
  if (/[.!,;:]$/.test(core(trimmed).replace(/(\.\.\.|…)$/, ''))) return false;
  // One sentence: no full stop, question or exclamation mark inside but an ellipsis.
  return !/[.!?](?=\s+\p{Lu})/u.test(trimmed.replace(/\.\.\.|…/g, ''));
}

function isLead(text: string): boolean {
  const length = text.trim().length;
  return endsSentence(text) && length >= TEASER_MIN_LENGTH;
}

/** Whether a quotation opened in a text is still open at its end („ without “, or an odd number of ").  */
function leavesQuoteOpen(text: string): boolean {
  const opened = (text.match(/„/g) ?? []).length;
  const closed = (text.match(/“/g) ?? []).length;
  if (opened > 0) return opened > closed;
  return (text.match(/"/g) ?? []).length % 2 === 1;
}

const LONG_QUOTATION = 200;
const BULLET = /^([-–*•·▪■])\s+/;

function markdownBody(blocks: readonly Block[]): { markdown: string; subheads: string[] } {
  const out: string[] = [];
  const subheads: string[] = [];
  let lastWasHeading = false;
  for (let index = 0; index < blocks.length; index++) {
    const text = blocks[index]!.text.trim();
    const previous = blocks[index - 1]?.text.trim();

    // A saved page's markup says what a line is: a subhead, a list item, a quotation.
    const tag = blocks[index]!.tag;
    if (tag === 'h2') {
      out.push(`## ${escapeMarkdown(text)}`);
      subheads.push(text);
      lastWasHeading = true;
      continue;
    }
    if (tag === 'li' || tag === 'blockquote') {
      const items = [text];
      while (index + 1 < blocks.length && blocks[index + 1]!.tag === tag) items.push(blocks[++index]!.text.trim());
      out.push(
        tag === 'li'
          ? items.map((item) => `- ${escapeMarkdown(item)}`).join('\n')
          : items.map((item) => `> ${escapeMarkdown(item)}`).join('\n>\n'),
      );
      lastWasHeading = false;
      continue;
    }

    const summary = SUMMARY_HEADING.exec(text);
    if (summary) {
      const items: string[] = [];
      const firstItem = text.slice(summary[0].length).trim();
      if (firstItem !== '') items.push(firstItem);
      while (index + 1 < blocks.length && items.length < 10) {
        const next = blocks[index + 1]!.text.trim();
        if (printedSentences(next).length !== 1 || !endsSentence(next) || next.length > 250) break;
        items.push(next);
        index++;
      }
      out.push(`## ${escapeMarkdown(summary[0].replace(/\s*:$/, ''))}`);
      if (items.length > 0) out.push(items.map((item) => `- ${escapeMarkdown(item)}`).join('\n'));
      lastWasHeading = items.length === 0;
      continue;
    }

    if (BULLET.test(text) || LINK_ITEM.test(text)) {
      const items = [text];
      while (
        index + 1 < blocks.length &&
        (BULLET.test(blocks[index + 1]!.text.trim()) || LINK_ITEM.test(blocks[index + 1]!.text.trim()))
      ) {
        items.push(blocks[++index]!.text.trim());
      }
      out.push(items.map((item) => `- ${escapeMarkdown(item.replace(BULLET, ''))}`).join('\n'));
      lastWasHeading = false;
      continue;
    }

    if (
      previous !== undefined &&
      QUOTATION_LEAD.test(previous) &&
      (text.length >= LONG_QUOTATION || leavesQuoteOpen(text))
    ) {
      const paragraphs = [text];
      let open = leavesQuoteOpen(text);
      while (open && index + 1 < blocks.length) {
        const next = blocks[index + 1]!.text.trim();
        if (!/^["„]/.test(next)) break;
        paragraphs.push(next);
        index++;
        open = !/["“”]$/.test(next);
      }
      out.push(paragraphs.map((paragraph) => `> ${escapeMarkdown(paragraph)}`).join('\n>\n'));
      lastWasHeading = false;
      continue;
    }

    // A subhead stands between paragraphs: never right after another, never last.
    if (!lastWasHeading && index + 1 < blocks.length && isSubhead(text)) {
      out.push(`## ${escapeMarkdown(text)}`);
      subheads.push(text);
      lastWasHeading = true;
      continue;
    }

    out.push(escapeMarkdown(text));
    lastWasHeading = false;
  }
  return { markdown: out.join('\n\n'), subheads };
}

/** Headline, lead and body of the journalism of a capture; `found` names the headline and kicker where the page around them showed them. */
export function structureEdition(
  blocks: readonly Block[],
  found: { headline?: Block | undefined; kicker?: Block | undefined } = {},
): EditionText {
  // The headline: the first headline-like line, with at most one paragraph (a lead printed above it) before it.
  let titleIndex: number | undefined = found.headline ? blocks.indexOf(found.headline) : undefined;
  if (titleIndex === -1) titleIndex = undefined;
  for (let index = 0; titleIndex === undefined && index < Math.min(blocks.length, 2); index++) {
    const text = blocks[index]!.text.trim();
    if (isHeadlineLike(text) && !SUMMARY_HEADING.test(text) && !BULLET.test(text) && !/[!]$/.test(text)) {
      titleIndex = index;
      break;
    }
    if (!isLead(text)) break;
  }

  // A kicker (Dachzeile) on its own line above the headline: two headline-like lines before any paragraph.
  let kickerIndex: number | undefined = found.kicker ? blocks.indexOf(found.kicker) : undefined;
  if (kickerIndex === -1) kickerIndex = undefined;
  const below = titleIndex === undefined ? undefined : blocks[titleIndex + 1];
  if (
    found.headline === undefined &&
    titleIndex !== undefined &&
    below &&
    blocks[titleIndex + 2] &&
    isHeadlineLike(below.text) &&
    !SUMMARY_HEADING.test(below.text) &&
    !BULLET.test(below.text)
  ) {
    kickerIndex = titleIndex;
    titleIndex += 1;
  }
  const rest = blocks.filter((_block, index) => index !== titleIndex && index !== kickerIndex);
  let teaserIndex: number | undefined;
  let longLead: number | undefined;
  // The lead: printed above the headline, or the first paragraph after it; either way the first of the rest.
  const lead = rest[0];
  // A dateline ("Moskau (AFP) – …") opens the text, not a lead: the same dateline the cited sources read.
  if (lead && isLead(lead.text) && !SUMMARY_HEADING.test(lead.text) && !DATELINE.test(lead.text.trim())) {
    if (lead.text.trim().length <= TEASER_MAX_LENGTH) teaserIndex = 0;
    else longLead = lead.text.trim().length;
  }
  const bodyBlocks = rest.filter((_block, index) => index !== teaserIndex);
  const { markdown: body, subheads } = markdownBody(bodyBlocks);

  const edition: EditionText = { title: { text: '', editorial: true }, titleFrom: 'printed', body };
  if (titleIndex !== undefined) {
    edition.title = { text: germanQuotes(blocks[titleIndex]!.text.trim()), editorial: false };
    if (kickerIndex !== undefined) edition.title.kicker = germanQuotes(blocks[kickerIndex]!.text.trim());
  } else {
    // No printed headline: the first subhead, or else the first sentence, stands in until the editor writes the title.
    const subhead = subheads[0];
    const firstSentence = printedSentences(rest[0]?.text ?? '')[0] ?? '';
    const text = subhead ?? shorten(firstSentence, 200);
    edition.title = { text: germanQuotes(text), editorial: true };
    edition.titleFrom = subhead !== undefined ? 'subhead' : 'first-sentence';
  }
  if (teaserIndex !== undefined)
    edition.teaser = { text: germanQuotes(rest[teaserIndex]!.text.trim()), editorial: false };
  if (longLead !== undefined) edition.longLead = longLead;
  return edition;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max - 2))} …`;
}

import { BREADCRUMB_SEPARATORS, BREADCRUMB_START, SECTION_NAME } from './furniture-patterns.ts';
import { endsSentence, isHeadlineLike, isParagraph, isProse, type Block } from './line-kinds.ts';

/** Where the article stands among a capture's lines: indexes of its headline, kicker, first and last line. */
export interface ArticleBounds {
  headline: number;
  kicker?: number;
  /** The kicker, or else the headline: lines before it are the site's. */
  first: number;
  /** The last line of the article: lines after it are the site's. */
  end: number;
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
export function articleBounds(blocks: readonly Block[], printedHeadline?: string): ArticleBounds | undefined {
  const paragraph = (index: number) => blocks[index] !== undefined && isParagraph(blocks[index].text);
  let headline: number;
  const marked =
    printedHeadline === undefined ? -1 : blocks.findIndex((block) => block.text.trim() === printedHeadline);
  if (marked >= 0) headline = marked;
  else {
    const start = blocks.findIndex(
      (_block, index) =>
        paragraph(index) &&
        (blocks.slice(index + 1, index + 5).some((_b, offset) => paragraph(index + 1 + offset)) ||
          blocks[index]!.text.length >= 200),
    );
    if (start < 0) return undefined;
    // Past the lead: the headline may stand above one paragraph (the lead, when it comes first).
    headline = start - 1;
    if (
      headline >= 0 &&
      !isHeadlineLike(blocks[headline]!.text) &&
      paragraph(headline) &&
      headline - 1 >= 0 &&
      isHeadlineLike(blocks[headline - 1]!.text)
    )
      headline--;
    if (headline < 0 || !isHeadlineLike(blocks[headline]!.text)) return undefined;
  }
  let kicker: number | undefined = headline - 1;
  const above = blocks[kicker];
  if (
    above === undefined ||
    !isHeadlineLike(above.text) ||
    above.text.trim().length > 80 ||
    // A section's name, alone or beside one other word ("Oldenburg Region"), is the menu's; "Wirtschaft in der Lausitz" is a kicker.
    (above.text.trim().split(/\s+/).length <= 2 &&
      above.text
        .trim()
        .split(/\s+/)
        .some((word) => SECTION_NAME.test(word))) ||
    BREADCRUMB_SEPARATORS.test(above.text) ||
    BREADCRUMB_START.test(above.text.trim())
  ) {
    kicker = undefined;
  }
  const first = kicker ?? headline;

  // The end: the last paragraph, list item, quotation or sentence; short lines after it are the site's.
  let end = blocks.length - 1;
  while (
    end > headline &&
    !paragraph(end) &&
    !isProse(blocks[end]!.text) &&
    !endsSentence(blocks[end]!.text) &&
    !/^([-–*•·▪■]\s|>)/.test(blocks[end]!.text.trim())
  )
    end--;
  if (end <= headline) end = blocks.length - 1;
  return { headline, ...(kicker === undefined ? {} : { kicker }), first, end };
}

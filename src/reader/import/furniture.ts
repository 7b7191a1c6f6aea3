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
import { de } from '../../i18n/de.ts';
import {
  AGENCY_CREDIT,
  AUTHOR_BOX_HEADING,
  BIOGRAPHY,
  BYLINE,
  CAPTION_WITH_CREDIT,
  DURATION,
  FOOTER_LINK,
  LINK_BLOCK_HEADING,
  LINK_ITEM,
  PERSON_NAME,
  PROGRAMME_HEADING,
  PROGRAMME_LINE,
  RANK,
  SOURCE_LINE,
  SOURCES_HEADING,
  TEASER_BOX_HEADING,
  VIDEO,
  VIDEO_CONTROL,
  VIDEO_DURATION,
} from './furniture-patterns.ts';
import { articleBounds, type ArticleBounds } from './article-bounds.ts';
import {
  CAPTION_MAX,
  isCaptionBefore,
  isTeaser,
  newsletterBoxLength,
  startsPair,
  endsPair,
  teaserBoxLength,
} from './furniture-boxes.ts';
import {
  blocksOf,
  describeSingle,
  GROUPED,
  isBreadcrumb,
  isFurnitureStart,
  isHeadlineLike,
  isParagraph,
  singleLineKind,
  type Block,
} from './line-kinds.ts';
import { captureMetadataIn, printedDateIn, type FoundDate } from './printed-date.ts';

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

/** Separates furniture from journalism. */
export function separateFurniture(
  captureText: string,
  archivedTitles: ReadonlySet<string> = new Set(),
  page?: PageLines,
): SeparatedCapture {
  const all = page ? [...page.blocks] : blocksOf(captureText);
  const removed: (RemovedFurniture & { at: number })[] = page ? [...page.removed] : [];
  const blocks: Block[] = [];
  const sourceLines: Block[] = [];
  const creditLines: string[] = [];
  const result: SeparatedCapture = { blocks, removed, sourceLines, creditLines };
  const remove = (description: string, lines: string[], at: number) =>
    removed.push({ description, lines: lines.map((line) => line.trim()), at });
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
        current !== undefined &&
        current.kind === 'updated' &&
        current.basis === 'printed' &&
        date.date.kind === 'published' &&
        index - takenDateAt <= 3;
      const taken =
        current === undefined ||
        (current.basis === 'capture-metadata' && date.date.basis === 'printed') ||
        publishedBesideUpdate;
      if (taken && date.updated) result.updated = date.updated;
      if (publishedBesideUpdate) result.updated = current.printed;
      else if (
        !taken &&
        current !== undefined &&
        date.date.kind === 'updated' &&
        index - takenDateAt <= 3 &&
        result.updated === undefined
      )
        result.updated = date.date.printed;
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

    const subheadWord =
      /^\p{Lu}\p{Ll}+$/u.test(text) &&
      (FOOTER_LINK.test(text) || text === 'Kommentar') &&
      next !== undefined &&
      isParagraph(next.text) &&
      next.text.length >= 200;
    const kind = subheadWord ? undefined : singleLineKind(text);
    if (kind) {
      const lines = [text];
      while (GROUPED.has(kind) && index + 1 < all.length) {
        const nextKind = singleLineKind(all[index + 1]!.text);
        // A video teaser takes the duration after it; adverts and share buttons take their kind.
        if (nextKind !== kind) break;
        if (kind === 'video' && lines.length > 0 && VIDEO.test(all[index + 1]!.text.trim()) && VIDEO.test(lines[0]!))
          break;
        lines.push(all[++index]!.text.trim());
      }
      // A video player's title and the sentence under it: short lines before the text goes on.
      if (kind === 'video' && VIDEO_CONTROL.test(text)) {
        while (index + 1 < all.length && lines.length < 5) {
          const following = all[index + 1]!.text.trim();
          const below = all[index + 2]?.text.trim() ?? '';
          const isTitle =
            isHeadlineLike(following) &&
            following.length <= 120 &&
            !isFurnitureStart(following) &&
            (DURATION.test(below) || VIDEO_DURATION.test(below));
          const isLabel = DURATION.test(following) || VIDEO_DURATION.test(following) || VIDEO_CONTROL.test(following);
          const isCaption =
            isParagraph(following) && following.length <= 160 && following.split(/(?<=[.!?])\s+/).length === 1;
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
      while (
        index + 1 < all.length &&
        SOURCE_LINE.test(all[index + 1]!.text.trim()) &&
        !isFurnitureStart(all[index + 1]!.text)
      ) {
        sourceLines.push(all[++index]!);
      }
      continue;
    }

    if (PROGRAMME_HEADING.test(text)) {
      const lines = [text];
      while (
        index + 1 < all.length &&
        PROGRAMME_LINE.test(all[index + 1]!.text) &&
        all[index + 1]!.text.trim().length <= 150
      ) {
        lines.push(all[++index]!.text.trim());
      }
      remove(de.edition.removed.programme(lines), lines, block.line);
      continue;
    }

    const boxLength =
      TEASER_BOX_HEADING.test(text) && !LINK_BLOCK_HEADING.test(text) ? teaserBoxLength(all, index + 1) : undefined;
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
        const boxLine =
          RANK.test(following) ||
          DURATION.test(following) ||
          (result.date !== undefined && printedDateIn(following)?.position === 'line');
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
        const teaserBelow =
          after !== undefined &&
          after.line === below.line + 1 &&
          isTeaser(after.text) &&
          (pairs > 0 ? endsPair(all, index + 3) : startsPair(all, index + 3));
        const article =
          !archivedTitles.has(following) &&
          (!isHeadlineLike(following) ||
            (after !== undefined && isParagraph(after.text) && !closesBlock && !teaserBelow));
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
          : de.edition.removed.linkBlock(
              text.replace(/\s*:$/, ''),
              links.map((link) => link.replace(LINK_ITEM_GLYPH, '')),
            );
      remove(description, [text, ...links], block.line);
      continue;
    }

    if (AUTHOR_BOX_HEADING.test(text)) {
      const lines = [text];
      // The box: a name and a biography, in either order, or the biography alone.
      while (index + 1 < all.length && lines.length < 3 && !isFurnitureStart(all[index + 1]!.text))
        lines.push(all[++index]!.text.trim());
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
  const bounds = articleBounds(result.blocks, page?.headline);
  if (bounds) cutToArticle(result, removed, bounds);
  removed.sort((a, b) => a.at - b.at);
  result.removed = removed.map(({ description, lines }) => ({ description, lines }));
  return result;
}

/** Lists what stands before and after the article's bounds as the site's, and keeps the rest. */
function cutToArticle(
  result: SeparatedCapture,
  removed: (RemovedFurniture & { at: number })[],
  bounds: ArticleBounds,
): void {
  const { blocks } = result;
  if (bounds.first > 0) {
    const lines = blocks.slice(0, bounds.first).map((block) => block.text.trim());
    removed.push({ description: de.edition.removed.siteHeader(lines), lines, at: blocks[0]!.line });
  }
  const after = blocks.slice(bounds.end + 1);
  if (after.length > 0) {
    const lines = after.map((block) => block.text.trim());
    removed.push({ description: de.edition.removed.pageEnd(lines), lines, at: after[0]!.line });
  }
  result.headline = blocks[bounds.headline]!;
  if (bounds.kicker !== undefined) result.kicker = blocks[bounds.kicker]!;
  result.blocks = blocks.slice(bounds.first, bounds.end + 1);
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

import { Readability } from '@mozilla/readability';
import { de } from '../../i18n/de.ts';
import type { PageLines } from './furniture.ts';
import { htmlTextLines, parsePage, textLinesOf, type TextLine } from './html-text.ts';
import { germanDateValue, pageMetadata, type PageMetadata } from './page-metadata.ts';

/**
 * What a saved page's markup tells the import before any rule on its text:
 * which lines of its text view (src/reader/import/html-text.ts) are the
 * site's (navigation, footer, side boxes, captions, forms, a consent
 * banner), which are the article's according to Mozilla's Readability (the
 * library of Firefox's reader view), which element printed each line (a
 * subhead, a list item, a quotation), the headline (h1) and the page's own
 * metadata. The text rules then run on the rest, as on a text capture.
 *
 * Readability decides nothing alone: it keeps some furniture and drops
 * some journalism (issue 25 measured 0.88 of the journalism kept). A line
 * is taken as the site's by its landmark (nav, footer, aside, form,
 * figcaption, button), and by a class name (cookie, newsletter, comments,
 * share, …) only where Readability did not take it into the article; every
 * other line goes to the text rules, which keep what they cannot place.
 */
export interface HtmlPage {
  lines: PageLines;
  metadata: PageMetadata;
}

/** Words of class names and ids that sites give their boxes; only lines Readability left out are taken by them. */
const SITE_CLASS_WORDS = new Set([
  'cookie',
  'cookies',
  'consent',
  'newsletter',
  'comment',
  'comments',
  'share',
  'sharing',
  'social',
  'related',
  'recommended',
  'recommendations',
  'paywall',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'footer',
  'navigation',
  'menu',
  'advert',
  'advertisement',
  'promo',
  'banner',
  'subscribe',
  'subscription',
  'login',
  'toolbar',
  'tags',
  'mostread',
  'meistgelesen',
  'outbrain',
  'taboola',
]);

type SiteElement =
  | 'captionElement'
  | 'navigationElement'
  | 'footerElement'
  | 'asideElement'
  | 'formElement'
  | 'headerElement'
  | 'boxElement';

/** Which of the site's elements a line is in, for the German description readers see; undefined for a line the text rules look at. */
function siteReason(line: TextLine, inArticle: boolean, inArticleElement: boolean): SiteElement | undefined {
  const has = (name: string) => line.context.includes(name);
  if (line.tag === 'figcaption' || has('figcaption')) return 'captionElement';
  if (has('nav')) return 'navigationElement';
  if (has('footer') && !inArticleElement) return 'footerElement';
  // A box inside the article may be the article's own (a fact box): there it is the site's only where Readability left it out.
  if (has('aside') && (!inArticleElement || !inArticle)) return 'asideElement';
  if (has('form') || has('dialog') || has('button')) return 'formElement';
  if (has('header') && !inArticleElement && !inArticle) return 'headerElement';
  if (!inArticle && line.context.some((word) => SITE_CLASS_WORDS.has(word))) return 'boxElement';
  return undefined;
}

/** The structure a line's element gives it in the edition. */
function structureTag(line: TextLine): string | undefined {
  if (/^h[2-6]$/.test(line.tag)) return 'h2';
  if (line.tag === 'li') return 'li';
  if (line.context.includes('blockquote')) return 'blockquote';
  return undefined;
}

/** Normalised for comparing a line of the page with a line of Readability's article. */
const comparable = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The lines of Readability's article; empty when it finds none or fails on the page. Readability changes the document it reads: call it last. */
function readabilityLines(document: ReturnType<typeof parsePage>): Set<string> {
  try {
    const article = new Readability(document, { charThreshold: 200 }).parse();
    if (!article?.content) return new Set();
    return new Set(htmlTextLines(`<html><body>${article.content}</body></html>`).map((line) => comparable(line.text)));
  } catch {
    // A page Readability cannot read is read by the text rules alone.
    return new Set();
  }
}

/** Reads a saved page: its text view sorted into the site's lines and the rest, and its metadata. */
export function readHtmlPage(html: string): HtmlPage {
  // One parse of the page for its lines, its metadata and, last since it changes the document, Readability.
  const document = parsePage(html);
  const root = document.body ?? document.documentElement;
  const textLines = root ? textLinesOf(root) : [];
  const metadata = pageMetadata(document, html);
  const article = readabilityLines(document);
  const blocks: PageLines['blocks'] = [];
  const removed: (PageLines['removed'][number] & { element: SiteElement })[] = [];
  textLines.forEach((line, index) => {
    const number = index + 1;
    // The headline is never the site's, whatever box a page puts it in.
    const reason = line.tag === 'h1' ? undefined : siteReason(line, article.has(comparable(line.text)), line.inArticle);
    if (reason === undefined) {
      const tag = structureTag(line);
      blocks.push({ line: number, text: line.text, ...(tag ? { tag } : {}) });
      return;
    }
    // Neighbouring lines of one element go together under one description.
    const last = removed.at(-1);
    if (last && last.element === reason && last.at + last.lines.length === number) last.lines.push(line.text);
    else removed.push({ element: reason, description: '', lines: [line.text], at: number });
  });
  for (const item of removed) item.description = de.edition.removed[item.element](item.lines);
  const h1 = textLines.find((line) => line.tag === 'h1');
  const lines: PageLines = {
    blocks,
    removed: removed.map(({ description, lines: removedLines, at }) => ({ description, lines: removedLines, at })),
  };
  if (h1) lines.headline = h1.text;
  return { lines, metadata };
}

/** The page's publication time as the schema's date, when its metadata has one. */
export function metadataDate(metadata: PageMetadata): string | undefined {
  return metadata.published === undefined ? undefined : germanDateValue(metadata.published);
}

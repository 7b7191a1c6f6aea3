import { parseHTML } from 'linkedom';

/**
 * The text view of a saved HTML page: the one function that says what an
 * HTML capture "prints", so that the import, the integrity check of every
 * build and the tests read an HTML capture the same way a text capture is
 * read, one line per block of text.
 *
 * - The page is parsed by linkedom, a DOM without a browser: it runs no
 *   script, loads nothing and has no layout, so a hostile page is inert text.
 * - What a reader never sees is left out: script, style, noscript, template,
 *   svg, math, iframe, object, canvas, select, the head, and elements with
 *   the `hidden` attribute.
 * - Each block element (p, h1-h6, li, blockquote, figcaption, div, …) and
 *   each `<br>` starts a new line; inline elements join their text; spaces
 *   collapse to one; lines are trimmed and empty ones dropped.
 * - The walk is iterative, so a deeply nested page cannot overflow the stack.
 */

/** The largest HTML capture the import takes: SingleFile inlines images, and a page of text is far smaller. */
export const HTML_MAX_BYTES = 8 * 1024 * 1024;

/** The deepest nesting the import takes: real news pages nest a few dozen levels; a page nested deeper is refused before parsing. */
export const HTML_MAX_DEPTH = 1000;

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SELECT',
  'HEAD',
  'TITLE',
  'DATALIST',
]);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BUTTON',
  'OPTION',
  'LABEL',
  'TIME',
]);

/** The nodes of linkedom's DOM this module reads. */
interface ViewNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<ViewNode>;
  hasAttribute?(name: string): boolean;
}

const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;

/** Elements whose end tag HTML lets a page leave out: the next one of their kind closes them. */
const OPTIONAL_END: Record<string, readonly string[]> = {
  p: ['p'],
  li: ['li'],
  option: ['option', 'optgroup'],
  optgroup: ['optgroup'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  rt: ['rt', 'rp'],
  rp: ['rt', 'rp'],
  thead: ['tbody', 'tfoot'],
  tbody: ['tbody', 'tfoot'],
  tfoot: ['tbody'],
  colgroup: ['colgroup'],
  caption: [],
};

/**
 * The nesting depth of a page's markup, counted on its tags without parsing:
 * void and self-closed tags do not nest, an element whose end tag may be
 * left out (p, li, option, td, …) is closed by the next of its kind, and a
 * closing tag closes up to its element. Comments, scripts and styles are
 * skipped. Cheap enough to refuse a page before the parser sees it.
 */
export function markupDepth(html: string): number {
  const open: string[] = [];
  let deepest = 0;
  const text = html.replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  for (const match of text.matchAll(/<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g)) {
    const name = match[2]!.toLowerCase();
    if (match[1]) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (match[3] || VOID.test(name)) continue;
    const top = open.at(-1);
    if (top !== undefined && OPTIONAL_END[top]?.includes(name)) open.pop();
    open.push(name);
    deepest = Math.max(deepest, open.length);
  }
  return deepest;
}

/** The document of an HTML capture (parsed, never run). */
export function parsePage(html: string) {
  return parseHTML(html).document;
}

/** The lines of text a reader of the page sees, one per block, in document order. */
export function htmlTextView(html: string): string[] {
  return htmlTextLines(html).map((line) => line.text);
}

/** A line of the text view, and where on the page it stands. */
export interface TextLine {
  text: string;
  /** The block element that holds it: "h1", "p", "li", "figcaption", … */
  tag: string;
  /** What holds the block inside the article or main element, or on the whole page outside one: landmark elements ("nav", "aside", "footer", "header", "figure", "form", "blockquote") and words of class names and ids ("cookie", "teaser"). */
  context: readonly string[];
  /** Whether an article or main element holds it. */
  inArticle: boolean;
}

/** The text view with each line's place on the page, for the import of a saved page. */
export function htmlTextLines(html: string): TextLine[] {
  const document = parsePage(html);
  const root = (document.body ?? document.documentElement) as unknown as ViewNode | null;
  return root ? textLinesOf(root) : [];
}

const LANDMARKS = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEADER',
  'FIGURE',
  'FIGCAPTION',
  'FORM',
  'ARTICLE',
  'MAIN',
  'BLOCKQUOTE',
  'DIALOG',
  'BUTTON',
  'TABLE',
  'UL',
  'OL',
]);

/** Words of an element's class and id, and its role: what sites call their boxes. */
function namesOf(node: ViewNode): string[] {
  const attribute = (name: string) =>
    (node as unknown as { getAttribute?(name: string): string | null }).getAttribute?.(name) ?? '';
  return `${attribute('class')} ${attribute('id')} ${attribute('role')}`
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 3);
}

/** Whether an element holds the page's headline (a form around the whole page does). */
function containsHeadline(node: ViewNode): boolean {
  return (node as unknown as { querySelector?(selector: string): unknown }).querySelector?.('h1') != null;
}

interface Frame {
  node: ViewNode | 'end';
  tag: string;
  context: readonly string[];
  inArticle: boolean;
}

/** The text lines of a DOM subtree, as htmlTextView makes them. */
export function textLinesOf(root: ViewNode): TextLine[] {
  const lines: TextLine[] = [];
  let current = '';
  let place: { tag: string; context: readonly string[]; inArticle: boolean } = {
    tag: 'body',
    context: [],
    inArticle: false,
  };
  const breakLine = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push({ text: line, ...place });
    current = '';
  };
  // An explicit stack of nodes and "end of block" marks instead of recursion.
  const stack: Frame[] = [{ node: root, tag: 'body', context: [], inArticle: false }];
  while (stack.length > 0) {
    const { node, tag, context, inArticle } = stack.pop()!;
    if (node === 'end') {
      breakLine();
      continue;
    }
    if (node.nodeType === 3) {
      if (current.trim() === '') place = { tag, context, inArticle };
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || node.hasAttribute?.('hidden')) continue;
    if (name === 'BR') {
      breakLine();
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      breakLine();
      stack.push({ node: 'end', tag, context, inArticle });
    }
    // The page's own body and html classes ("has-sidebar") say nothing of one box; an article or main
    // element starts afresh, so a wrapper around the whole page (an ASP.NET form) does not mark the article.
    const names = node.nodeType === 1 && name !== 'BODY' && name !== 'HTML' ? namesOf(node) : [];
    const landmark = LANDMARKS.has(name) && !(name === 'FORM' && containsHeadline(node)) ? [name.toLowerCase()] : [];
    const base = name === 'ARTICLE' || name === 'MAIN' ? [] : context;
    const inner = {
      tag: block ? name.toLowerCase() : tag,
      context: landmark.length > 0 || names.length > 0 || base !== context ? [...base, ...landmark, ...names] : context,
      inArticle: inArticle || name === 'ARTICLE' || name === 'MAIN',
    };
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, ...inner });
  }
  breakLine();
  return lines;
}

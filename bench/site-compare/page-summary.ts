/**
 * What a built page says, as lists of lines that two builds can be compared
 * by: title, meta and head links, headings, the running text (one line per
 * block), links (target and text), images, scripts and the element structure
 * without text. Whitespace between tags, attribute order and hashed asset
 * names (see assets.ts) do not count; everything a reader or a crawler sees does.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { assetRefsOf, normalizeAssetRefs } from './assets.ts';
import { shortDiff } from './text-diff.ts';

export const PAGE_PARTS = ['title', 'meta', 'headings', 'text', 'links', 'images', 'scripts', 'markup'] as const;
export type PagePart = (typeof PAGE_PARTS)[number];

export interface PageSummary extends Record<PagePart, string[]> {
  /** Hashed asset names and CSP hashes as written: a change here alone is a renaming, not a difference. */
  assetRefs: string[];
  /** Element ids (and `<a name>`): the targets of `#fragment` links. */
  ids: string[];
  /** Every URL the page refers to (href, src, srcset, action), as written. */
  references: string[];
}

/** Elements that end a line of running text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
const NOT_TEXT = new Set(['script', 'style', 'template']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster'] as const;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && NOT_TEXT.has(node.tagName)) return '';
  return node.children.map((child) => textOf(child as ElementContent)).join('');
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** `tag key="value" …` with attributes sorted and asset names normalized. */
function describe(element: Element): string {
  const attributes = Object.keys(element.properties)
    .sort()
    .map((key) => `${key}="${normalizeAssetRefs(attribute(element, key) ?? '')}"`);
  return [element.tagName, ...attributes].join(' ');
}

export function summarizePage(html: string): PageSummary {
  const tree = fromHtml(html);
  const summary: PageSummary = {
    title: [],
    meta: [],
    headings: [],
    text: [],
    links: [],
    images: [],
    scripts: [],
    markup: [],
    assetRefs: assetRefsOf(html),
    ids: [],
    references: [],
  };
  let line = '';
  const endLine = () => {
    const text = collapse(line);
    if (text) summary.text.push(text);
    line = '';
  };

  const visit = (node: ElementContent, depth: number, inBody: boolean) => {
    if (node.type === 'text') {
      if (inBody) line += node.value;
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    summary.markup.push(`${'  '.repeat(depth)}${describe(node)}`);
    const id = attribute(node, 'id') ?? (tag === 'a' ? attribute(node, 'name') : undefined);
    if (id) summary.ids.push(id);
    for (const name of URL_ATTRIBUTES) {
      const value = attribute(node, name);
      if (value !== undefined) summary.references.push(value);
    }
    const srcset = attribute(node, 'srcSet');
    if (srcset)
      summary.references.push(
        ...srcset
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/)[0]!)
          .filter(Boolean),
      );

    if (tag === 'title') summary.title.push(collapse(textOf(node)));
    if (tag === 'meta' || tag === 'link') summary.meta.push(describe(node));
    if (/^h[1-6]$/.test(tag)) summary.headings.push(`${tag} ${collapse(textOf(node))}`);
    if (tag === 'a' && attribute(node, 'href') !== undefined) {
      const text = collapse(textOf(node)) || attribute(node, 'ariaLabel') || '';
      summary.links.push(`${normalizeAssetRefs(attribute(node, 'href')!)} → ${text}`);
    }
    if (tag === 'img' || tag === 'source') summary.images.push(describe(node));
    if (tag === 'script') {
      const content = collapse(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
      summary.scripts.push(`${describe(node)} ${normalizeAssetRefs(content)}`.trim());
    }

    const block = BLOCKS.has(tag);
    if (block && inBody) endLine();
    if (!NOT_TEXT.has(tag)) for (const child of node.children) visit(child, depth + 1, inBody || tag === 'body');
    if (block && inBody) endLine();
  };
  for (const child of tree.children) if (child.type === 'element') visit(child, 0, false);
  endLine();
  return summary;
}

export interface PageDifference {
  part: PagePart;
  diff: string[];
}

/** The parts of two summaries of the same page that differ, with a short diff of each, in PAGE_PARTS order. */
export function comparePageSummaries(before: PageSummary, after: PageSummary): PageDifference[] {
  return PAGE_PARTS.flatMap((part) => {
    const diff = shortDiff(before[part], after[part]);
    return diff.length > 0 ? [{ part, diff }] : [];
  });
}

/** True if the hashed asset names or CSP hashes differ (reported as renamings, not as differences). */
export const assetNamesChanged = (before: PageSummary, after: PageSummary) =>
  before.assetRefs.join('\n') !== after.assetRefs.join('\n');

/**
 * Feeds (RSS 2.0 and Atom) and sitemaps read into comparable entries: a feed
 * is its channel fields and its items keyed by guid (or link, or Atom id); a
 * sitemap (urlset or sitemapindex) is its URLs with their further fields.
 */
import { XMLParser } from 'fast-xml-parser';
import { normalizeAssetRefs } from './assets.ts';
import { stableJson } from './text-diff.ts';

export interface Feed {
  /** The channel's own fields (title, link, description, …) as stable JSON, items left out. */
  channel: string;
  /** Per item key: each field as stable JSON. */
  items: Map<string, Record<string, string>>;
}

export type XmlDocument =
  { kind: 'feed'; feed: Feed } | { kind: 'sitemap'; entries: Map<string, string>; index: boolean } | { kind: 'other' };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'url', 'sitemap'].includes(name),
});

const json = (value: unknown) => normalizeAssetRefs(stableJson(value));

/** The text of a parsed element that may carry attributes (`{ '#text': …, '@isPermaLink': … }`). */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '#text' in value)
    return String((value as Record<string, unknown>)['#text']);
  if (value && typeof value === 'object' && '@href' in value)
    return String((value as Record<string, unknown>)['@href']);
  return undefined;
}

function itemKey(item: Record<string, unknown>, position: number): string {
  return (
    textOf(item.guid) ??
    textOf(item.id) ??
    textOf(Array.isArray(item.link) ? item.link[0] : item.link) ??
    `item ${position + 1}`
  );
}

function feedOf(container: Record<string, unknown>, itemName: 'item' | 'entry'): Feed {
  const { [itemName]: items = [], ...channel } = container;
  const feed: Feed = { channel: json(channel), items: new Map() };
  (items as Record<string, unknown>[]).forEach((item, position) => {
    feed.items.set(
      itemKey(item, position),
      Object.fromEntries(Object.entries(item).map(([field, value]) => [field, json(value)])),
    );
  });
  return feed;
}

/** What an XML file of the site is: a feed, a sitemap or something else. */
export function readXmlDocument(xml: string): XmlDocument {
  const parsed = parser.parse(xml) as Record<string, Record<string, unknown> | undefined>;
  if (parsed.rss?.channel) return { kind: 'feed', feed: feedOf(parsed.rss.channel as Record<string, unknown>, 'item') };
  if (parsed.feed) return { kind: 'feed', feed: feedOf(parsed.feed, 'entry') };
  const urlset = parsed.urlset ?? parsed.sitemapindex;
  if (urlset) {
    const index = Boolean(parsed.sitemapindex);
    const entries = new Map<string, string>();
    for (const { loc, ...rest } of (urlset.url ?? urlset.sitemap ?? []) as Record<string, unknown>[])
      entries.set(String(loc), json(rest));
    return { kind: 'sitemap', entries, index };
  }
  return { kind: 'other' };
}

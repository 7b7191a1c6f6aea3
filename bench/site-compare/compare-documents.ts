/**
 * Feeds and sitemaps: every feed of the before site against the same path
 * after (channel fields, items by guid, each item's fields, item order), and
 * the URLs of all sitemaps together (a build may split them differently).
 */
import { readXmlDocument, type Feed } from './feeds.ts';
import { DETAILS_SHOWN, indent, listed, type Section } from './section.ts';
import type { SiteFiles } from './site-files.ts';
import { shortDiff, splitKeys } from './text-diff.ts';

export interface SiteDocuments {
  feeds: Map<string, Feed>;
  sitemapUrls: Map<string, string>;
  sitemapIndexEntries: Map<string, string>;
  /** The XML files that are feeds or sitemaps: not compared again as plain files. */
  paths: Set<string>;
}

export function siteDocuments(site: SiteFiles): SiteDocuments {
  const documents: SiteDocuments = {
    feeds: new Map(),
    sitemapUrls: new Map(),
    sitemapIndexEntries: new Map(),
    paths: new Set(),
  };
  for (const path of site.paths.filter((name) => name.endsWith('.xml'))) {
    const document = readXmlDocument(site.read(path).toString('utf8'));
    if (document.kind === 'other') continue;
    documents.paths.add(path);
    if (document.kind === 'feed') documents.feeds.set(path, document.feed);
    else
      for (const [url, rest] of document.entries)
        (document.index ? documents.sitemapIndexEntries : documents.sitemapUrls).set(url, rest);
  }
  return documents;
}

export interface FeedDifferences {
  missing: number;
  added: number;
  /** Changed items, a changed item order, changed channel fields. */
  changed: number;
  /** Each difference in a few lines. */
  details: string[];
}

/** The differences between two versions of one feed. */
export function compareFeed(before: Feed, after: Feed): FeedDifferences {
  const details: string[] = [];
  let changed = 0;
  const channel = shortDiff([before.channel], [after.channel]);
  if (channel.length > 0) {
    changed++;
    details.push(['channel fields:', ...indent(channel)].join('\n'));
  }
  const { onlyBefore, onlyAfter, both } = splitKeys(before.items.keys(), after.items.keys());
  details.push(...listed('items only before', onlyBefore, 5), ...listed('items only after', onlyAfter, 5));
  for (const key of both) {
    const [itemBefore, itemAfter] = [before.items.get(key)!, after.items.get(key)!];
    const fields = [...new Set([...Object.keys(itemBefore), ...Object.keys(itemAfter)])].filter(
      (field) => itemBefore[field] !== itemAfter[field],
    );
    if (fields.length > 0) {
      changed++;
      details.push(
        [
          `item ${key}:`,
          ...fields.flatMap((field) => [
            `  ${field}:`,
            ...indent(shortDiff([itemBefore[field] ?? '(none)'], [itemAfter[field] ?? '(none)'])),
          ]),
        ].join('\n'),
      );
    }
  }
  const orderBefore = [...before.items.keys()].filter((key) => after.items.has(key));
  const orderAfter = [...after.items.keys()].filter((key) => before.items.has(key));
  if (orderBefore.join('\n') !== orderAfter.join('\n')) {
    changed++;
    details.push(['item order:', ...indent(shortDiff(orderBefore, orderAfter))].join('\n'));
  }
  return { missing: onlyBefore.length, added: onlyAfter.length, changed, details };
}

export function compareFeeds(before: SiteDocuments, after: SiteDocuments): Section {
  const { onlyBefore, onlyAfter, both } = splitKeys(before.feeds.keys(), after.feeds.keys());
  const section: Section = {
    name: 'feeds',
    summary: '',
    failures: onlyBefore.length + onlyAfter.length,
    details: [...listed('feeds only before', onlyBefore), ...listed('feeds only after', onlyAfter)],
    notes: [],
  };
  const totals = { items: 0, missing: 0, added: 0, changed: 0 };
  for (const path of both) {
    const [feedBefore, feedAfter] = [before.feeds.get(path)!, after.feeds.get(path)!];
    const { missing, added, changed, details } = compareFeed(feedBefore, feedAfter);
    totals.items += feedBefore.items.size;
    totals.missing += missing;
    totals.added += added;
    totals.changed += changed;
    if (details.length > 0)
      section.details.push([`/${path}`, ...indent(details.join('\n').split('\n'), '  ')].join('\n'));
  }
  section.failures += totals.missing + totals.added + totals.changed;
  section.summary = `${both.length} in both, ${onlyBefore.length} only before, ${onlyAfter.length} only after; items: ${totals.items} before, ${totals.missing} missing after, ${totals.added} added, ${totals.changed} changed (or feed fields, item order)`;
  return section;
}

export function compareSitemaps(before: SiteDocuments, after: SiteDocuments): Section {
  const urls = splitKeys(before.sitemapUrls.keys(), after.sitemapUrls.keys());
  const changed = urls.both.filter((url) => before.sitemapUrls.get(url) !== after.sitemapUrls.get(url));
  const sitemaps = splitKeys(before.sitemapIndexEntries.keys(), after.sitemapIndexEntries.keys());
  const details = [
    ...listed('URLs only before', urls.onlyBefore),
    ...listed('URLs only after', urls.onlyAfter),
    ...changed
      .slice(0, DETAILS_SHOWN)
      .map((url) =>
        [`${url}:`, ...indent(shortDiff([before.sitemapUrls.get(url)!], [after.sitemapUrls.get(url)!]))].join('\n'),
      ),
  ];
  const notes = [
    ...listed('sitemap files listed only before', sitemaps.onlyBefore),
    ...listed('sitemap files listed only after', sitemaps.onlyAfter),
  ];
  return {
    name: 'sitemap',
    summary: `${urls.both.length} URLs in both, ${urls.onlyBefore.length} only before, ${urls.onlyAfter.length} only after, ${changed.length} with changed fields`,
    failures: urls.onlyBefore.length + urls.onlyAfter.length + changed.length,
    details,
    notes,
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { builtSite } from './site.ts';

/**
 * The built feeds of the fixture archive (known articles), read as feed
 * readers read them, by a feed library the project did not write
 * (@rowanmanning/feed-parser), and as XML (fast-xml-parser) for the form of
 * each date: each names itself with atom:link rel="self", links its channel
 * to the page of its articles, and dates an item only as precisely as the
 * article does.
 */

const site = process.env.ARCHIV_URL ?? 'http://localhost:4321';
const dist = builtSite('fixture');
const tagIds = readdirSync(join(FIXTURE_ARCHIVE, 'tags')).map((name) => name.replace(/\.ya?ml$/, ''));
const feeds = [
  { file: join(dist, 'feed.xml'), path: '/feed.xml', page: '/' },
  ...tagIds.map((tag) => ({
    file: join(dist, `themen/${tag}/feed.xml`),
    path: `/themen/${tag}/feed.xml`,
    page: `/themen/${tag}/`,
  })),
];

interface Item {
  link: string;
  pubDate?: string;
  'dc:date'?: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => name === 'item' || name === 'atom:link',
});

function readFeed(file: string) {
  const xml = readFileSync(file, 'utf8');
  const { rss } = parser.parse(xml) as {
    rss: {
      'xmlns:atom': string;
      'xmlns:dc': string;
      channel: { link: string; 'atom:link': { href: string; rel: string; type: string }[]; item?: Item[] };
    };
  };
  return rss;
}

const RFC_822_WITH_TIME = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('the feeds', () => {
  it.each(feeds)('$path names itself and links its channel to $page', ({ file, path, page }) => {
    const feed = parseFeed(readFileSync(file, 'utf8'));
    expect(feed.meta.type).toBe('rss');
    expect(feed.self).toBe(new URL(path, site).href);
    expect(feed.url).toBe(new URL(page, site).href);
    const rss = readFeed(file);
    expect(rss['xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(rss.channel.link).toBe(new URL(page, site).href);
    expect(rss.channel['atom:link']).toEqual([
      { href: new URL(path, site).href, rel: 'self', type: 'application/rss+xml' },
    ]);
  });

  it.each(feeds)('$path dates items by a time with pubDate, by a day with dc:date alone', ({ file }) => {
    const rss = readFeed(file);
    for (const item of rss.channel.item ?? []) {
      expect(item.pubDate && item['dc:date'], item.link).toBeFalsy();
      if (item.pubDate) expect(item.pubDate).toMatch(RFC_822_WITH_TIME);
      if (item['dc:date']) expect(String(item['dc:date'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('carries each article of the archive with the date it prints, and none it does not', () => {
    const file = join(dist, 'feed.xml');
    const items = new Map(readFeed(file).channel.item!.map((item) => [new URL(item.link).pathname, item]));
    // What a feed reader makes of each: a day alone reads as its midnight UTC (docs/architecture.md, "Feeds").
    const published = new Map(
      parseFeed(readFileSync(file, 'utf8')).items.map((item) => [
        new URL(item.url!).pathname,
        item.published?.toISOString(),
      ]),
    );
    const dateOf = (slug: string) => {
      const item = items.get(`/artikel/${slug}/`)!;
      return { pubDate: item.pubDate, dcDate: item['dc:date'], read: published.get(`/artikel/${slug}/`) };
    };
    // "Stand: 19.06.2024 14:27 Uhr", German summer time.
    expect(dateOf('putin-in-nordkorea-zwei-innige-freunde-ruecken-zusammen')).toEqual({
      pubDate: 'Wed, 19 Jun 2024 12:27:00 GMT',
      dcDate: undefined,
      read: '2024-06-19T12:27:00.000Z',
    });
    // A printed day only: no midnight invented.
    expect(dateOf('putin-und-kim-staerken-allianz-bei-historischem-besuch')).toEqual({
      pubDate: undefined,
      dcDate: '2024-06-19',
      read: '2024-06-19T00:00:00.000Z',
    });
    // A month from the capture's metadata, and an inferred period: no date at all.
    expect(dateOf('russland-will-sanktionen-gegen-nordkorea-lockern')).toEqual({
      pubDate: undefined,
      dcDate: undefined,
      read: undefined,
    });
    expect(dateOf('putin-und-kim-freunde-in-not')).toEqual({ pubDate: undefined, dcDate: undefined, read: undefined });
  });
});

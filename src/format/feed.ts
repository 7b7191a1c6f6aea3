import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { ArticleDate } from '../schema/article-date.ts';
import { instantOf } from '../schema/calendar-date.ts';
import { paths } from '../routes.ts';

/** Articles a feed carries: the newest of its listing. */
export const FEED_SIZE = 20;

/** The namespaces a feed uses beyond RSS 2.0: Atom for its self link, Dublin Core for a day without a time. */
export const FEED_NAMESPACES = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' };

/** DCMI terms, for `dcterms:modified`: a story updated by a later version (declared only by a feed that has one). */
export const MODIFIED_NAMESPACE = { dcterms: 'http://purl.org/dc/terms/' };

/**
 * The date a feed may state: a time or a day that the article prints. RSS's
 * `pubDate` (RFC 822) needs a time, so a printed day goes as Dublin Core's
 * `dc:date` (W3CDTF allows a bare day) rather than as an invented midnight.
 * A month, a year or an inferred period has no honest feed date at all: the
 * item goes without one rather than with an invented day.
 */
export type FeedDate = { instant: Date } | { day: string } | undefined;

export function feedDate(date: ArticleDate): FeedDate {
  if (date.kind === 'inferred' || date.isRange) return undefined;
  if (date.precision === 'datetime') return { instant: new Date(instantOf(date.start)!) };
  if (date.precision === 'day') return { day: date.start.iso };
  return undefined;
}

export interface FeedArticle {
  id: string;
  data: {
    draft?: boolean | undefined;
    title: { text: string; kicker?: string | undefined };
    teaser?: { text: string } | undefined;
    date?: ArticleDate | undefined;
  };
}

interface Feedable extends FeedArticle {
  data: FeedArticle['data'] & { teaser: { text: string }; date: ArticleDate };
}

/** Drafts are listed only by `npm run dev`; a feed is for readers, there too. */
function isFeedable(article: FeedArticle): article is Feedable {
  return article.data.draft !== true && article.data.teaser !== undefined && article.data.date !== undefined;
}

/**
 * The items of a feed. A story updated by a later version (`modifiedOf`, its
 * newest version's date) keeps its item: its link (the guid), its first date
 * as `pubDate` or `dc:date` and its place, with the newest headline and lead,
 * and says when it changed as `dcterms:modified` (W3CDTF, a time or a day).
 */
export function feedItems<A extends FeedArticle>(
  articles: readonly A[],
  categories: (article: A) => string[],
  modifiedOf: (article: A) => ArticleDate | undefined = () => undefined,
): RSSFeedItem[] {
  return articles
    .filter((article): article is A & Feedable => isFeedable(article))
    .slice(0, FEED_SIZE)
    .map((article) => {
      const date = feedDate(article.data.date);
      const modified = modifiedOf(article);
      const modifiedDate = modified && feedDate(modified);
      const customData = [
        date && 'day' in date && `<dc:date>${date.day}</dc:date>`,
        modifiedDate && `<dcterms:modified>${modified.start.iso}</dcterms:modified>`,
      ].filter(Boolean);
      return {
        title: [article.data.title.kicker, article.data.title.text].filter(Boolean).join(': '),
        link: paths.article(article.id),
        description: article.data.teaser.text,
        categories: categories(article),
        ...(date && 'instant' in date && { pubDate: date.instant }),
        ...(customData.length > 0 && { customData: customData.join('') }),
      };
    });
}

/** Whether items say when a story changed: their feed declares the namespace of `dcterms:modified`. */
export function hasModified(items: readonly RSSFeedItem[]): boolean {
  return items.some((item) => item.customData?.includes('<dcterms:modified>'));
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A channel's own addresses: `<link>` is the page whose articles the feed
 * carries (the home page, or a topic's page), and `atom:link rel="self"` the
 * feed's URL, as the RSS Advisory Board recommends.
 */
export function feedChannel(
  site: URL,
  page: string,
  feed: string,
  modified = false,
): Pick<RSSOptions, 'site' | 'xmlns' | 'customData'> {
  const self = new URL(feed, site).href;
  return {
    site: new URL(page, site).href,
    xmlns: modified ? { ...FEED_NAMESPACES, ...MODIFIED_NAMESPACE } : FEED_NAMESPACES,
    customData: `<language>de-de</language><atom:link href="${escapeAttribute(self)}" rel="self" type="application/rss+xml"/>`,
  };
}

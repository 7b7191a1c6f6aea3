import type { RSSFeedItem } from '@astrojs/rss';
import type { ArticleDate } from '../schema/article-date.ts';
import { instantOf } from '../schema/calendar-date.ts';
import { paths } from '../routes.ts';

/** Articles a feed carries: the newest of its listing. */
export const FEED_SIZE = 20;

/**
 * The date a feed may state: a day or a time that the article prints. A
 * month, a year or an inferred period has no honest RSS date, so the item
 * goes without one rather than with an invented day.
 */
export function feedDate(date: ArticleDate): Date | undefined {
  if (date.kind === 'inferred' || date.isRange) return undefined;
  if (date.precision === 'datetime') return new Date(instantOf(date.start)!);
  if (date.precision === 'day') return new Date(Date.UTC(date.start.year, date.start.month! - 1, date.start.day!));
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

export function feedItems<A extends FeedArticle>(articles: readonly A[], categories: (article: A) => string[]): RSSFeedItem[] {
  return articles.filter((article): article is A & Feedable => isFeedable(article)).slice(0, FEED_SIZE).map((article) => {
    const pubDate = feedDate(article.data.date);
    return {
      title: [article.data.title.kicker, article.data.title.text].filter(Boolean).join(': '),
      link: paths.article(article.id),
      description: article.data.teaser.text,
      categories: categories(article),
      ...(pubDate && { pubDate }),
    };
  });
}

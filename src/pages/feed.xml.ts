import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { de } from '../i18n/de.ts';
import { feedChannel, feedItems, hasModified } from '../format/feed.ts';
import { paths } from '../routes.ts';
import { loadArchive } from '../archive/load-archive.ts';

/** The newest articles of the whole archive. */
export async function GET(context: APIContext) {
  const archive = await loadArchive();
  const items = feedItems(
    archive.articles,
    (article) => archive.tagsOf(article).map((tag) => tag.data.label),
    (article) => archive.histories.get(article.id)?.newest.date,
  );
  return rss({
    title: de.siteName,
    description: de.siteTagline,
    ...feedChannel(context.site!, paths.home, paths.feed, hasModified(items)),
    items,
  });
}

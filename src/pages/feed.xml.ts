import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { de } from '../i18n/de.ts';
import { feedItems } from '../format/feed.ts';
import { loadArchive } from '../archive/load-archive.ts';

/** The newest articles of the whole archive. */
export async function GET(context: APIContext) {
  const archive = await loadArchive();
  return rss({
    title: de.siteName,
    description: de.siteTagline,
    site: context.site!,
    items: feedItems(archive.articles, (article) => archive.tagsOf(article).map((tag) => tag.data.label)),
    customData: '<language>de-de</language>',
  });
}

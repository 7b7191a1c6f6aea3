import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { de } from '../../../i18n/de.ts';
import { feedChannel, feedItems, hasModified } from '../../../format/feed.ts';
import { paths } from '../../../routes.ts';
import { loadArchive, type TagEntry } from '../../../archive/load-archive.ts';
import { buildsSitePages } from '../../../reader/build-job.ts';

export async function getStaticPaths() {
  // In a build in jobs, job 1 builds the listings and their feeds (src/reader/build-job.ts).
  if (!buildsSitePages()) return [];
  const archive = await loadArchive();
  return [...archive.tagsById.values()].map((tag) => ({ params: { tag: tag.id }, props: { tag } }));
}

/** The newest articles of one tag. */
export async function GET(context: APIContext) {
  const archive = await loadArchive();
  const { tag } = context.props as { tag: TagEntry };
  const items = feedItems(
    archive.articlesByTag.get(tag.id)!,
    (article) => archive.tagsOf(article).map((t) => t.data.label),
    (article) => archive.histories.get(article.id)?.newest.date,
  );
  return rss({
    title: `${de.siteName}: ${tag.data.label}`,
    description: tag.data.description,
    ...feedChannel(context.site!, paths.topic(tag.id), paths.topicFeed(tag.id), hasModified(items)),
    items,
  });
}

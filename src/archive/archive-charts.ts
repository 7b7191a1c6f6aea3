import { searchFields } from '../routes.ts';
import { coverage } from './coverage.ts';
import type { LoadedArchive, TagEntry } from './load-archive.ts';
import type { SourceTopic } from './listings.ts';
import { archiveChart, filteredChart, sparkline, type TimelineChart } from './timeline-chart.ts';

/**
 * The timelines of the pages, from the archive loaded once: the archive's
 * chart, a topic's or a source's, the topic index's sparklines. Each is one
 * pass over its articles; undefined while no article is dated.
 */
export function archiveTimeline(archive: LoadedArchive): TimelineChart | undefined {
  return archive.axis && archiveChart(coverage(archive.articles, archive.axis));
}

export function tagTimeline(archive: LoadedArchive, tag: TagEntry): TimelineChart | undefined {
  const articles = archive.articlesByTag.get(tag.id)!;
  return (
    archive.axis &&
    filteredChart(coverage(articles, archive.axis), { key: searchFields.filters.topic, value: tag.data.label })
  );
}

export function sourceTimeline(archive: LoadedArchive, topic: SourceTopic): TimelineChart | undefined {
  const articles = archive.bySource.get(topic.slug)!.all;
  return (
    archive.axis &&
    filteredChart(coverage(articles, archive.axis), { key: searchFields.filters.source, value: topic.name })
  );
}

export function tagSparkline(archive: LoadedArchive, tag: TagEntry): ReturnType<typeof sparkline> | undefined {
  return archive.axis && sparkline(coverage(archive.articlesByTag.get(tag.id)!, archive.axis));
}

import type { StoryVersion } from '../schema/article-version.ts';
import { paths, versionPath } from '../routes.ts';
import { versionChanges, type SentenceChange, type VersionChanges } from './version-diff.ts';

/**
 * The history of a story with later versions, computed once per build: each
 * version with its page (the newest is the article's own page, an older one
 * /artikel/<slug>/fassung/<n>/), its permanent address (/a/<its capture id>/)
 * and what changed from the version before it (src/archive/version-diff.ts).
 */
export interface HistoryVersion extends StoryVersion {
  /** The page that shows this version. */
  path: string;
  /** What changed from the version before; undefined for the first. */
  changes?: VersionChanges;
}

export interface StoryHistory {
  /** Oldest first. */
  versions: HistoryVersion[];
  newest: HistoryVersion;
}

/** The number of changed, added and removed sentences, headline and lead included. */
export function changeCount(changes: VersionChanges): number {
  const count = (list: SentenceChange[] | undefined) => list?.length ?? 0;
  return count(changes.title) + count(changes.teaser) + count(changes.body);
}

export function storyHistory(slug: string, versions: readonly StoryVersion[]): StoryHistory {
  const history = versions.map((version, index): HistoryVersion => {
    const path = index === versions.length - 1 ? paths.article(slug) : versionPath(slug, version.number);
    const before = versions[index - 1];
    if (!before) return { ...version, path };
    const text = (v: StoryVersion) => ({ title: v.title.text, teaser: v.teaser?.text, body: v.body });
    return { ...version, path, changes: versionChanges(text(before), text(version)) };
  });
  return { versions: history, newest: history.at(-1)! };
}

/** The histories of the stories that have later versions, by slug. */
export function storyHistories(
  articles: readonly { id: string; data: { history?: readonly StoryVersion[] | undefined } }[],
): Map<string, StoryHistory> {
  return new Map(
    articles.flatMap(({ id, data }) =>
      data.history && data.history.length > 1 ? [[id, storyHistory(id, data.history)] as const] : [],
    ),
  );
}

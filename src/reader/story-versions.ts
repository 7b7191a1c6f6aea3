import type { ArticleData } from '../schema/article.ts';
import type { StoryVersion } from '../schema/article-version.ts';
import type { CheckedArticle } from './validate-content.ts';
import type { CheckedVersion } from './validate-versions.ts';

/**
 * A story as the site shows it: its newest version's headline, teaser and
 * text under the story's own slug, permanent id, date, source and tags, so
 * that listings keep it where it was (by its first date), the feed keeps its
 * item, and search, listings and related articles read the newest text. A
 * story with later versions also carries all of them, oldest first, each as
 * it was reviewed, for its history and its pages. A story without later
 * versions is stored exactly as its file says.
 */
export interface Story {
  article: CheckedArticle;
  /** Its later versions, oldest first. */
  versions: CheckedVersion[];
}

/** The file of each version of a story, oldest first: the story's own file, then its versions'. */
export function editionFiles({ article, versions }: Story): { file: string; text: string }[] {
  return [article, ...versions].map(({ file, text }) => ({ file, text }));
}

/** The stories of the articles, each with the versions that belong to it, in the versions' order. */
export function storiesOf(articles: readonly CheckedArticle[], versions: readonly CheckedVersion[]): Story[] {
  const byStory = Map.groupBy(versions, (version) => version.story);
  return articles.map((article) => ({ article, versions: byStory.get(article.slug) ?? [] }));
}

/** The data a story's entry stores: the article's, or with later versions the newest's title and teaser and the history. */
export type StoryData = ArticleData & { history?: StoryVersion[] };

export interface StoryAsItStands {
  data: StoryData;
  /** The newest version's body, file and render key: what the story's page shows. */
  body: string;
  file: string;
  renderKey: string;
}

/**
 * The story as it stands now. `renderKeys` are the keys of its versions'
 * renderings, in the order of `editionFiles`; `pathOf` writes a file as the
 * store names it (relative to the project).
 */
export function storyAsItStands(
  story: Story,
  renderKeys: readonly string[],
  pathOf: (file: string) => string,
): StoryAsItStands {
  const { article, versions } = story;
  const newest = versions.at(-1);
  if (!newest) return { data: article.data, body: article.body, file: article.file, renderKey: renderKeys[0]! };
  const history: StoryVersion[] = [article, ...versions].map(({ file, data, body }, index) => ({
    number: index + 1,
    ...(data.draft !== undefined && { draft: data.draft }),
    title: data.title,
    ...(data.teaser !== undefined && { teaser: data.teaser }),
    ...(data.date !== undefined && { date: data.date }),
    provenance: data.provenance,
    body: body.trim(),
    renderKey: renderKeys[index]!,
    filePath: pathOf(file),
  }));
  return {
    data: { ...article.data, title: newest.data.title, teaser: newest.data.teaser ?? article.data.teaser, history },
    body: newest.body,
    file: newest.file,
    renderKey: renderKeys.at(-1)!,
  };
}

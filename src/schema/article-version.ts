import { z } from 'zod';
import { articleSchema, type ArticleData } from './article.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * A later version of an archived story: a later capture of the same page
 * (a "Stand" moved, a number corrected, a paragraph added, a headline
 * sharpened), edited and reviewed like the first. Its file is
 * content/versions/<slug>/<capture id>.md, beside the story's own file
 * content/articles/<slug>.md, which stays the first version as it was.
 * It holds only what a version can change: title, teaser, its date (the
 * new "Stand"), its provenance (its own capture, the furniture removed from
 * it) and its body. Source, tags, translation and withdrawal are the
 * story's. `draft: true` keeps it in review: the published version stays on
 * the site. The integrity rule holds for it against its own capture.
 */
/** The fields a version may hold. */
type VersionKey = 'draft' | 'title' | 'teaser' | 'date' | 'provenance';

/** The fields a version leaves open while it is a draft, as the article's check names them. */
export const OPEN_IN_DRAFT_VERSION = ['teaser', 'date'] as const;

export function versionSchema(vocabulary: Vocabulary) {
  const { shape } = articleSchema(vocabulary);
  return z
    .strictObject({
      draft: shape.draft,
      title: shape.title,
      teaser: shape.teaser,
      date: shape.date,
      provenance: shape.provenance,
    } satisfies Record<VersionKey, unknown>)
    .superRefine(
      (data, ctx) => {
        if (typeof data !== 'object' || data === null || (data as { draft?: unknown }).draft === true) return;
        for (const field of OPEN_IN_DRAFT_VERSION) {
          if ((data as Record<string, unknown>)[field] === undefined) {
            const message = `missing: nothing given, and a published version needs its ${field} (only a draft, draft: true, may leave it open)`;
            ctx.addIssue({ code: 'custom', path: [field], input: undefined, message });
          }
        }
      },
      { when: () => true },
    );
}

/** The schema depends on the vocabulary only: one per vocabulary, as the article's (article-file.ts). */
const schemas = new WeakMap<Vocabulary, ReturnType<typeof versionSchema>>();
export function versionSchemaFor(vocabulary: Vocabulary): ReturnType<typeof versionSchema> {
  let schema = schemas.get(vocabulary);
  if (!schema) schemas.set(vocabulary, (schema = versionSchema(vocabulary)));
  return schema;
}

export type VersionData = z.output<ReturnType<typeof versionSchema>>;

/**
 * One version of a story as the site keeps it, oldest first: number 1 is
 * the story's own file, the later ones its files in content/versions/.
 * Stored with the story's entry (src/reader/story-versions.ts); the archive
 * computes what changed between them (src/archive/story-history.ts).
 */
export interface StoryVersion {
  /** 1 for the first version, then in the order of the capture ids (the order of arrival). */
  number: number;
  draft?: boolean | undefined;
  title: ArticleData['title'];
  teaser?: ArticleData['teaser'];
  date?: ArticleData['date'];
  provenance: ArticleData['provenance'];
  /** Its Markdown, for what changed. */
  body: string;
  /** Its rendering's key (src/markdown/render-cache.ts) and file, for its page. */
  renderKey: string;
  filePath: string;
}

/**
 * The schema of a story's entry in the articles collection: the article's,
 * and the history of a story with later versions. It gives the entries their
 * types; the loader stores what the content check parsed (src/reader/story-versions.ts).
 */
export function storedStorySchema<S extends z.ZodType>(article: S) {
  return z.intersection(article, z.object({ history: z.custom<StoryVersion[]>().optional() }));
}

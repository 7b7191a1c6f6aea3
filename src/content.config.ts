import { defineCollection } from 'astro:content';
import { z } from 'zod';
import {
  articlesLoader,
  currentVocabulary,
  entriesLoader,
  problemsLoader,
  variantsLoader,
} from './reader/content-loaders.ts';
import { articleSchemaFor } from './schema/article-file.ts';
import { storedStorySchema } from './schema/article-version.ts';
import { sourceEntrySchema } from './schema/source.ts';
import { spellingVariantSchema } from './schema/spelling-variants.ts';
import { tagSchema } from './schema/tag.ts';

// Relative to the project root, where Astro runs. One reading of content/
// feeds all collections (src/reader/content-loaders.ts).
const contentDir = 'content';

const articles = defineCollection({
  loader: articlesLoader(contentDir),
  // The loader stores what the content check parsed with this schema; here
  // it gives the entries their types (and the check the ids that exist now).
  // A story with later versions also holds its history (src/reader/story-versions.ts).
  schema: () => storedStorySchema(articleSchemaFor(currentVocabulary(contentDir))),
});

const tags = defineCollection({ loader: entriesLoader(contentDir, 'tags'), schema: tagSchema });

const sources = defineCollection({ loader: entriesLoader(contentDir, 'sources'), schema: sourceEntrySchema });

/** Spellings of names that are no tag, for search. */
const spellingVariants = defineCollection({ loader: variantsLoader(contentDir), schema: spellingVariantSchema });

/**
 * The errors of the content that `npm run dev` shows on every page until they
 * are fixed (a build stops on them), and whether the content is watched.
 */
const contentProblems = defineCollection({
  loader: problemsLoader(),
  schema: z.object({
    problems: z.array(
      z.object({ level: z.enum(['error', 'warning']), file: z.string(), field: z.string(), message: z.string() }),
    ),
    watching: z.boolean().optional(),
  }),
});

export const collections = { articles, tags, sources, spellingVariants, contentProblems };

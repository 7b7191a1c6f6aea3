import { defineCollection } from 'astro:content';
import { currentVocabulary } from './reader/content-handover.ts';
import { articlesLoader, entriesLoader, variantsLoader } from './reader/content-loaders.ts';
import { articleSchemaFor } from './schema/article-file.ts';
import { sourceEntrySchema } from './schema/source.ts';
import { spellingVariantSchema } from './schema/spelling-variants.ts';
import { tagSchema } from './schema/tag.ts';

// Relative to the project root, where Astro runs. The loaders store what the
// content check read before the build (src/reader/), so each file is read once.
const contentDir = 'content';

const articles = defineCollection({
  loader: articlesLoader(contentDir),
  // Asked per entry: the ids of the tags, sources and captures that exist now
  // (`astro dev` adds a tag file's id as soon as it sees the file).
  schema: () => articleSchemaFor(currentVocabulary(contentDir)),
});

const tags = defineCollection({ loader: entriesLoader(contentDir, 'tags'), schema: tagSchema });

const sources = defineCollection({ loader: entriesLoader(contentDir, 'sources'), schema: sourceEntrySchema });

/** Spellings of names that are no tag, for search. */
const spellingVariants = defineCollection({ loader: variantsLoader(contentDir), schema: spellingVariantSchema });

export const collections = { articles, tags, sources, spellingVariants };

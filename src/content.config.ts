import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { isSlug } from './schema/slug.ts';
import { sourceEntrySchema } from './schema/source.ts';
import { spellingVariantSchema } from './schema/spelling-variants.ts';
import { tagSchema } from './schema/tag.ts';
import { readVocabulary } from './schema/vocabulary-files.ts';

// Relative to the project root, where Astro runs. The tag, source and capture
// ids are read once when the config loads: after adding such a file, restart
// `astro dev`.
const contentDir = 'content';

/** File names are the URL slugs, so a name that is no slug fails the build. */
function slugFromFileName({ entry }: { entry: string }): string {
  const name = entry.replace(/\.[^.]+$/, '');
  if (!isSlug(name)) {
    throw new Error(
      `${contentDir}/${entry}: the file name must be a slug (lower case a-z, 0-9 and hyphens, umlauts spelled out: "ae", "oe", "ue", "ss")`,
    );
  }
  return name;
}

const articles = defineCollection({
  loader: glob({ base: `${contentDir}/articles`, pattern: '*.md', generateId: slugFromFileName }),
  schema: articleSchema(readVocabulary(contentDir)),
});

const tags = defineCollection({
  loader: glob({ base: `${contentDir}/tags`, pattern: '*.{yaml,yml}', generateId: slugFromFileName }),
  schema: tagSchema,
});

const sources = defineCollection({
  loader: glob({ base: `${contentDir}/sources`, pattern: '*.{yaml,yml}', generateId: slugFromFileName }),
  schema: sourceEntrySchema,
});

/** Spellings of names that are no tag, for search. */
const spellingVariants = defineCollection({
  loader: file(`${contentDir}/varianten.yaml`),
  schema: spellingVariantSchema,
});

export const collections = { articles, tags, sources, spellingVariants };

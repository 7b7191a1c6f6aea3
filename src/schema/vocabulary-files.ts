import { readdirSync } from 'node:fs';
import { join, parse } from 'node:path';
import type { Vocabulary } from './vocabulary.ts';

/** The ids of the files in a content folder with one of the given extensions. */
function idsIn(folder: string, extensions: readonly string[]): Set<string> {
  return new Set(
    readdirSync(folder)
      .map((name) => parse(name))
      .filter(({ ext }) => extensions.includes(ext))
      .map(({ name }) => name),
  );
}

/** The tags, sources and captures that exist under content/. */
export function readVocabulary(contentDir: string): Vocabulary {
  return {
    tags: idsIn(join(contentDir, 'tags'), ['.yaml', '.yml']),
    sources: idsIn(join(contentDir, 'sources'), ['.yaml', '.yml']),
    captures: idsIn(join(contentDir, 'captures'), ['.txt']),
  };
}

import { articleDateSchema, type ArticleDate } from './article-date.ts';

/** Builds a parsed article date for tests from its written form. */
export function articleDate(written: Record<string, string>): ArticleDate {
  return articleDateSchema.parse(written);
}

export const published = (value: string) => articleDate({ kind: 'published', basis: 'printed', value });
export const updated = (value: string) => articleDate({ kind: 'updated', basis: 'printed', value });
export const inferred = (from: string, to?: string) =>
  articleDate(
    to === undefined
      ? { kind: 'inferred', basis: 'text-evidence', value: from, reasoning: 'Belege im Text.' }
      : { kind: 'inferred', basis: 'text-evidence', from, to, reasoning: 'Belege im Text.' },
  );

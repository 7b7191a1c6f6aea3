import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { generateArticles } from '../support/generate-articles.ts';
import { generatorInput, writeGeneratedArchive } from '../support/generated-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';

/**
 * Publishing the newest article into an archive whose search index is in
 * shards indexes the newest shard alone: every older shard is kept from the
 * last build (scripts/shard-cache.ts), although the new article joins the
 * related articles and neighbours of older pages. If the pages carried
 * something that made each whole page count (a data-pagefind attribute
 * after the indexed element), every shard would be indexed again: this
 * test is what notices.
 */
const SEED = 5;
const env = { ...process.env, ARCHIV_SEARCH_SHARD_SIZE: '8' };

describe('npm run build after the newest article is published into an index in shards', () => {
  it('keeps every older shard from the last build', { timeout: 300_000 }, async () => {
    const site = temporarySite({ content: FIXTURE_ARCHIVE });
    try {
      writeGeneratedArchive(site.root, 30, SEED);
      const first = await siteBuild(site.root, env);
      expect(first.code, first.output).toBe(0);
      const shards = [...first.output.matchAll(/(\/pagefind\/teil\/\d+\/): \d+ in \d+ ms/g)].map((match) => match[1]!);
      expect(shards.length).toBeGreaterThan(1);

      // Dated after every generated (at most 2024-12-28) and fixture article, as a news archive publishes.
      const added = generateArticles(31, SEED, generatorInput(join(site.root, 'content'))).at(-1)!;
      const text = added.text.replace(/^date: .*$/m, 'date: { kind: published, basis: printed, value: "2024-12-30" }');
      writeFileSync(join(site.root, 'content/articles', `${added.slug}.md`), text);
      writeFileSync(join(site.root, 'content/captures', `${added.capture}.txt`), added.captureText);
      const again = await siteBuild(site.root, env);
      expect(again.code, again.output).toBe(0);
      const kept = [...again.output.matchAll(/(\/pagefind\/teil\/\d+\/): \d+ kept from the last build/g)].map(
        (match) => match[1]!,
      );
      expect(kept).toEqual(shards);
    } finally {
      site.remove();
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateArticleFile } from '../../src/schema/article-file.ts';
import { listVocabulary as readVocabulary } from '../../src/reader/read-content.ts';
import { checkEditionIntegrity } from '../../src/reader/validate-content.ts';
import { formatProblem } from '../../src/schema/validation-message.ts';

/**
 * Every edition in content/articles/, new ones and drafts included, is
 * faithful to its capture, by the rule the content check and every build
 * apply (src/reader/edition-integrity.ts): every line of the capture in the
 * edition or listed as removed, nothing added, printed title and teaser word
 * for word, each removed line a line of the capture and gone from the text.
 * Nothing here names an article. A draft's findings are warnings for the
 * build; here they fail as well, so no draft reaches review unfaithful.
 */
const vocabulary = readVocabulary('content');
const editions = readdirSync('content/articles')
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const file = `content/articles/${name}`;
    const result = validateArticleFile(file, readFileSync(file, 'utf8'), vocabulary);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    return { file, ...result };
  });
const captures = readdirSync('content/captures')
  .filter((name) => /\.(txt|html)$/.test(name))
  .map((name) => name.replace(/\.(txt|html)$/, ''));

describe('the editions', () => {
  it('cover every capture exactly once', () => {
    expect(editions.map((edition) => edition.data.provenance.capture).sort()).toEqual(captures.sort());
  });

  it.each(editions.map((edition) => [edition.file, edition] as const))(
    '%s is faithful to its capture',
    (file, { data, body }) => {
      expect(checkEditionIntegrity('content', file, data, body).map(formatProblem)).toEqual([]);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { validateArticleFile } from './article-file.ts';
import { isComplete, openFields } from './article.ts';
import type { Vocabulary } from './vocabulary.ts';

const vocabulary: Vocabulary = {
  tags: new Set(['russland']),
  sources: new Set(['dpa']),
  captures: new Set(['005_0123456789abcdef']),
};

/** A draft as `npm run import` leaves it when the capture shows little: every open field open. */
const OPEN_DRAFT = [
  '---',
  'draft: true',
  'title: { text: "Ein Titel", editorial: false }',
  'source: { cited: [] }',
  'translation: false',
  'provenance: { capture: "005_0123456789abcdef", removed: [{ description: "Werbekennzeichnung „Anzeige“", lines: ["Anzeige"] }] }',
  'tags: []',
  '---',
  '',
  'Text.',
].join('\n');

const FILLED = {
  teaser: 'teaser: { text: "Ein Vorspann.", editorial: false }',
  date: 'date: { kind: inferred, basis: text-evidence, from: "2024", reasoning: "Der Text nennt 2023 als vergangen." }',
  'source.publication': 'source: { publication: unstated }',
  tags: 'tags: [russland]',
};

function fill(text: string): string {
  return text
    .replace('source: { cited: [] }', FILLED['source.publication'])
    .replace('tags: []', `${FILLED.tags}\n${FILLED.teaser}\n${FILLED.date}`);
}

describe('a draft (draft: true)', () => {
  it('may leave teaser, date, publication and tags open, and says which are open', () => {
    const result = validateArticleFile('content/articles/entwurf.md', OPEN_DRAFT, vocabulary);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(openFields(result.data)).toEqual(['teaser', 'date', 'source.publication', 'tags']);
    expect(isComplete(result.data)).toBe(false);
  });

  it('is otherwise checked like any article', () => {
    const broken = OPEN_DRAFT.replace('tags: []', 'tags: [russlan]').replace('draft: true', 'draft: true\nautor: "x"');
    const result = validateArticleFile('content/articles/entwurf.md', broken, vocabulary);
    expect(result.ok ? [] : result.errors).toEqual([
      'content/articles/entwurf.md: tags.0: unknown tag "russlan": there is no file content/tags/russlan.* (did you mean "russland"?)',
      'content/articles/entwurf.md: (frontmatter): Unrecognized key: "autor"',
    ]);
    expect(validateArticleFile('x.md', OPEN_DRAFT.replace('draft: true', 'draft: "ja"'), vocabulary).ok).toBe(false);
  });

  it("without draft: true, each open field is an error that says what to fill in, as the draft's warning does", () => {
    const published = OPEN_DRAFT.replace('draft: true\n', '');
    const result = validateArticleFile('content/articles/entwurf.md', published, vocabulary);
    const only = '(only a draft, draft: true, may leave it open)';
    expect(result.ok ? [] : result.errors).toEqual([
      `content/articles/entwurf.md: teaser: missing: the printed lead (editorial: false), or one the archive writes (editorial: true) ${only}`,
      `content/articles/entwurf.md: date: missing: the printed date, or with none printed an inferred date (kind: inferred, basis: text-evidence, its reasoning) ${only}`,
      `content/articles/entwurf.md: source.publication: missing: the id of a file in content/sources, or "unstated" when the text does not name its publication ${only}`,
      `content/articles/entwurf.md: tags: missing: 1–10 ids from content/tags ${only}`,
    ]);
    expect(validateArticleFile('x.md', OPEN_DRAFT.replace('draft: true', 'draft: false'), vocabulary).ok).toBe(false);
  });

  it("as a draft, a field left out (not open) keeps the schema's words: a draft may leave it open, not out", () => {
    const result = validateArticleFile('content/articles/entwurf.md', OPEN_DRAFT.replace('tags: []\n', ''), vocabulary);
    expect(result.ok ? [] : result.errors).toEqual(['content/articles/entwurf.md: tags: missing: expected array']);
  });

  it('once filled in, passes as a draft and as a published article', () => {
    const filled = fill(OPEN_DRAFT);
    const draft = validateArticleFile('x.md', filled, vocabulary);
    expect(draft.ok && isComplete(draft.data)).toBe(true);
    const published = validateArticleFile('x.md', filled.replace('draft: true\n', ''), vocabulary);
    expect(published.ok ? [] : published.errors).toEqual([]);
    expect(published.ok && published.data.draft).toBeUndefined();
  });
});

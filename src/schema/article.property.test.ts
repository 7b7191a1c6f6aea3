import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateArticleFile } from './article-file.ts';

const vocabulary = {
  tags: new Set(['russland']),
  sources: new Set(['dpa']),
  captures: new Set(['000_aaaaaaaaaaaaaaaa']),
};
const FILE = 'content/articles/zufall.md';

/** Property: whatever the frontmatter, the check answers with ok or with readable lines, never with a crash. */
function checkAnswers(text: string): void {
  const result = validateArticleFile(FILE, text, vocabulary);
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const line of result.errors) expect(line.startsWith(`${FILE}: `)).toBe(true);
  }
}

const HOSTILE_STRINGS = fc.constantFrom(
  '<script>alert(1)</script>',
  '"; DROP TABLE',
  '{{ 7*7 }}',
  '${process.exit(1)}',
  '---',
  '\u0000',
  '\u202e',
  'javascript:alert(1)',
  '2024-02-30',
  '__proto__',
  'constructor',
  '&lt;b&gt;',
  '\n---\n',
  "'",
  '"',
);
const VALUE: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    HOSTILE_STRINGS,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), HOSTILE_STRINGS), tie('value'), { maxKeys: 4 }),
  ),
})).value;
const KEYS = fc.constantFrom(
  'title',
  'teaser',
  'date',
  'source',
  'translation',
  'provenance',
  'tags',
  'autor',
  '__proto__',
);

describe('the article check under random and hostile frontmatter', () => {
  it('never crashes on random objects', () => {
    fc.assert(
      fc.property(fc.dictionary(KEYS, VALUE, { maxKeys: 8 }), (data) => {
        const lines = Object.entries(data).map(
          ([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}`,
        );
        checkAnswers(`---\n${lines.join('\n')}\n---\n\nText.\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes on random text between the frontmatter fences', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            HOSTILE_STRINGS,
            fc.constantFrom('title:', '  - a', ': :', '{', '[', '!!js/function', '&anker', '*anker'),
          ),
        ),
        (lines) => {
          checkAnswers(`---\n${lines.join('\n')}\n---\nText\n`);
        },
      ),
      { numRuns: 300 },
    );
  });
});

import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../schema/validation-message.ts';
import { validateContent } from './validate-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'archiv-drafts-'));
// The fixture archive (five known editions), so the test holds whatever content/ holds.
cpSync('tests/fixtures/archive', dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DRAFT = [
  '---',
  'draft: true',
  'title: { text: "Ein Entwurf", editorial: false }',
  'source: { cited: [] }',
  'translation: false',
  'provenance: { capture: "005_0123456789abcdef" }',
  'tags: []',
  '---',
  '',
  'Text.',
  '',
].join('\n');

function check(draft: string) {
  writeFileSync(join(dir, 'captures', '005_0123456789abcdef.txt'), 'Ein Entwurf\nText.\n');
  writeFileSync(join(dir, 'articles', 'ein-entwurf.md'), draft);
  return validateContent(dir, new Date('2026-11-23T12:00:00Z'));
}

describe('the content check of a draft', () => {
  it('warns of each open field, and counts the draft as an article that passes', () => {
    const report = check(DRAFT);
    const file = join(dir, 'articles', 'ein-entwurf.md');
    expect(report.problems.map(formatProblem)).toEqual([
      `warning: ${file}: teaser: open in draft: the printed lead (editorial: false), or one the archive writes (editorial: true)`,
      `warning: ${file}: date: open in draft: the printed date, or with none printed an inferred date (kind: inferred, basis: text-evidence, its reasoning)`,
      `warning: ${file}: source.publication: open in draft: the id of a file in content/sources, or "unstated" when the text does not name its publication`,
      `warning: ${file}: tags: open in draft: 1–10 ids from content/tags`,
    ]);
    expect(report.articles.find((article) => article.slug === 'ein-entwurf')?.data).toMatchObject({
      provenance: { capture: '005_0123456789abcdef' },
      title: { text: 'Ein Entwurf' },
      draft: true,
    });
  });

  it('turns the open fields into errors once draft: true is gone', () => {
    const errors = check(DRAFT.replace('draft: true\n', '')).problems.filter((problem) => problem.level === 'error');
    expect(errors.map((problem) => problem.field)).toEqual(['teaser', 'date', 'source.publication', 'tags']);
  });
});

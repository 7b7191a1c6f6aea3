import { describe, expect, it } from 'vitest';
import { readNamePairs, readUnsearchable, unsearchable, writeHiddenTerms } from './index-fields.ts';

describe('unsearchable', () => {
  it('writes a text without a letter or digit and reads it back unchanged', () => {
    const line = '19. Juni 2024 · Quelle nicht angegeben („Stand“), Łódź, Москва';
    expect(unsearchable(line)).not.toMatch(/[\p{L}\p{N}\s]/u);
    expect(readUnsearchable(unsearchable(line))).toBe(line);
  });
});

describe('hidden terms', () => {
  it('keep every term searchable and the printed spelling of names apart, unsearchable', () => {
    const written = writeHiddenTerms([
      { term: 'Munition', printed: 'Artilleriemunition', kind: 'part' },
      { term: 'Munition', printed: 'Munitionsvorräte', kind: 'part' },
      { term: 'Vladimir Putin', printed: 'Wladimir Putin', kind: 'name' },
    ]);
    expect(written.terms).toBe('Munition Vladimir Putin');
    expect(written.names).not.toMatch(/[\p{L}\p{N}\s]/u);
    expect(readNamePairs(written.names)).toEqual([{ term: 'Vladimir Putin', printed: 'Wladimir Putin' }]);
    expect(readNamePairs(undefined)).toEqual([]);
  });
});

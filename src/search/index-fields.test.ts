import { describe, expect, it } from 'vitest';
import { readHiddenTerms, readUnsearchable, unsearchable, writeHiddenTerms } from './index-fields.ts';

describe('unsearchable', () => {
  it('writes a text without a letter or digit and reads it back unchanged', () => {
    const line = '19. Juni 2024 · Quelle nicht angegeben („Stand“)';
    expect(unsearchable(line)).not.toMatch(/[\p{L}\p{N}\s]/u);
    expect(readUnsearchable(unsearchable(line))).toBe(line);
  });
});

describe('hidden terms', () => {
  it('reads back what was written, names of several words included', () => {
    const terms = [
      { term: 'Munition', printed: 'Artilleriemunition' },
      { term: 'Vladimir Putin', printed: 'Wladimir Putin' },
    ];
    expect(readHiddenTerms(writeHiddenTerms(terms))).toEqual(terms);
    expect(readHiddenTerms(undefined)).toEqual([]);
  });

  it('separates terms by characters that are no word', () => {
    expect(writeHiddenTerms([{ term: 'A', printed: 'B' }, { term: 'C', printed: 'D' }]).replace(/[\p{L}\s]/gu, '')).toMatch(/^[^\p{L}\p{N}]+$/u);
  });
});

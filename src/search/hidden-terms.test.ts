import { describe, expect, it } from 'vitest';
import { loadLexicon } from './decompound.ts';
import { hiddenSearchTerms } from './hidden-terms.ts';
import { spelledWithoutUmlauts } from './umlauts.ts';

describe('spelledWithoutUmlauts', () => {
  it('writes umlauts and ß as typed without them', () => {
    expect(spelledWithoutUmlauts('Pjöngjang')).toBe('Pjoengjang');
    expect(spelledWithoutUmlauts('München')).toBe('Muenchen');
    expect(spelledWithoutUmlauts('Äußerung')).toBe('Aeusserung');
    expect(spelledWithoutUmlauts('Moskau')).toBeUndefined();
  });
});

describe('hiddenSearchTerms', () => {
  const vocabulary = {
    lexicon: loadLexicon(),
    spellingGroups: [['Pjöngjang', 'Pyongyang', 'Pjongjang'], ['Schoigu', 'Shoigu']],
  };

  it('collects other spellings, compound parts and umlaut-free forms, none of them printed', () => {
    const text = 'Pjöngjang liefert Artilleriemunition; die Waffenlieferungen an Schoigu überraschen.';
    expect(hiddenSearchTerms(text, vocabulary)).toEqual(
      ['Artillerie', 'Lieferung', 'Munition', 'Pjoengjang', 'Pyongyang', 'Shoigu', 'Waffe', 'ueberraschen'].sort(),
    );
  });

  it('is empty for a text that needs no other spelling', () => {
    expect(hiddenSearchTerms('Putin sprach in Moskau.', vocabulary)).toEqual([]);
  });
});

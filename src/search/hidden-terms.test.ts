import { describe, expect, it } from 'vitest';
import { compoundSplitter, loadLexicon } from './decompound.ts';
import { hiddenSearchTerms } from './hidden-terms.ts';

describe('hiddenSearchTerms', () => {
  const vocabulary = {
    partsOf: compoundSplitter(loadLexicon()),
    spellingGroups: [
      ['Pjöngjang', 'Pyongyang', 'Pjongjang'],
      ['Schoigu', 'Shoigu'],
    ],
  };

  it('collects other spellings and compound parts, none of them printed, each with the word it stands for', () => {
    const text = 'Pjöngjang liefert Artilleriemunition; die Waffenlieferungen an Schoigu überraschen.';
    expect(hiddenSearchTerms(text, vocabulary)).toEqual([
      { term: 'Artillerie', printed: 'Artilleriemunition', kind: 'part' },
      { term: 'Lieferung', printed: 'Waffenlieferungen', kind: 'part' },
      { term: 'Munition', printed: 'Artilleriemunition', kind: 'part' },
      { term: 'Pyongyang', printed: 'Pjöngjang', kind: 'name' },
      { term: 'Shoigu', printed: 'Schoigu', kind: 'name' },
      { term: 'Waffe', printed: 'Waffenlieferungen', kind: 'part' },
    ]);
  });

  it('is empty for a text that needs no other spelling', () => {
    expect(hiddenSearchTerms('Putin sprach in Moskau.', vocabulary)).toEqual([]);
  });
});

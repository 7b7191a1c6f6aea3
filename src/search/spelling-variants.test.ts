import { describe, expect, it } from 'vitest';
import { otherSpellings, type SpellingGroup } from './spelling-variants.ts';

const spellings = (text: string, groups: SpellingGroup[]) =>
  otherSpellings(text, groups).map(({ spelling }) => spelling);

const KIM = ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'];
const UN = ['UN', 'UNO', 'Vereinte Nationen'];
const PJOENGJANG = ['Pjöngjang', 'Pyongyang', 'Pjongjang'];

describe('otherSpellings', () => {
  it('adds every spelling of a name the text uses but does not print', () => {
    expect(spellings('Machthaber Kim Jong-un reiste nach Pjöngjang.', [KIM, PJOENGJANG]).sort()).toEqual(
      ['Kim Jong Un', 'Pyongyang'].sort(),
    );
  });

  it('leaves out a spelling the text prints up to case and accents: search finds it anyway', () => {
    expect(spellings('Ein Besuch in Pjöngjang.', [PJOENGJANG]).sort()).toEqual(['Pyongyang']);
  });

  it('adds nothing for a name the text does not use', () => {
    expect(spellings('Putin in Moskau.', [KIM, PJOENGJANG])).toEqual([]);
  });

  it('names the spelling the text prints', () => {
    expect(otherSpellings('Machthaber Kim Jong-un reiste nach Pjöngjang.', [KIM, PJOENGJANG])).toEqual([
      { spelling: 'Kim Jong Un', printed: 'Kim Jong-un' },
      { spelling: 'Pyongyang', printed: 'Pjöngjang' },
    ]);
  });

  it('keeps case, so the "Un" of a name never triggers the abbreviation UN', () => {
    expect(spellings('Kim Jong Un sprach.', [UN])).toEqual([]);
    expect(spellings('Die UN-Sanktionen gelten.', [UN])).toEqual(['UNO', 'Vereinte Nationen']);
  });
});

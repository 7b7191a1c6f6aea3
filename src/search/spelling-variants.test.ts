import { describe, expect, it } from 'vitest';
import { otherSpellings } from './spelling-variants.ts';

const KIM = ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'];
const UN = ['UN', 'UNO', 'Vereinte Nationen'];
const PJOENGJANG = ['Pjöngjang', 'Pyongyang', 'Pjongjang'];

describe('otherSpellings', () => {
  it('adds every spelling of a name the text uses but does not print', () => {
    expect(otherSpellings('Machthaber Kim Jong-un reiste nach Pjöngjang.', [KIM, PJOENGJANG]).sort()).toEqual(
      ['Kim Jong Un', 'Pyongyang'].sort(),
    );
  });

  it('leaves out a spelling the text prints up to case and accents: search finds it anyway', () => {
    expect(otherSpellings('Ein Besuch in Pjöngjang.', [PJOENGJANG]).sort()).toEqual(['Pyongyang']);
  });

  it('adds nothing for a name the text does not use', () => {
    expect(otherSpellings('Putin in Moskau.', [KIM, PJOENGJANG])).toEqual([]);
  });

  it('keeps case, so the "Un" of a name never triggers the abbreviation UN', () => {
    expect(otherSpellings('Kim Jong Un sprach.', [UN])).toEqual([]);
    expect(otherSpellings('Die UN-Sanktionen gelten.', [UN])).toEqual(['UNO', 'Vereinte Nationen']);
  });
});

import { describe, expect, it } from 'vitest';
import { compoundParts, compoundSplitter, loadLexicon } from './decompound.ts';

// The real lexicon (dictionary-de): the rules are about German, not about a toy word list.
const lexicon = loadLexicon();
const parts = (word: string) => compoundParts(word, lexicon);

describe('compoundParts with the dictionary-de lexicon', () => {
  it.each([
    ['Artilleriemunition', ['Artillerie', 'Munition']],
    ['Waffenlieferungen', ['Waffe', 'Lieferung']],
    ['Munitionsquelle', ['Munition', 'Quelle']],
    ['Verteidigungsindustrie', ['Verteidigung', 'Industrie']],
  ])('splits %s into %j, the linking element left out, the tail uninflected', (word, expected) => {
    expect(parts(word)).toEqual(expected);
  });

  it('returns every part and every run of parts that is a noun', () => {
    expect(parts('Atomwaffenprogramm').sort()).toEqual(['Atom', 'Atomwaffe', 'Programm', 'Waffe', 'Waffenprogramm']);
    expect(parts('Atomwaffenprogramms').sort()).toEqual(['Atom', 'Atomwaffe', 'Programm', 'Waffe', 'Waffenprogramm']);
  });

  it('splits a part that is a compound itself where the dictionary marks its head', () => {
    expect(parts('Waffenstillstands')).toEqual(['Waffe', 'Stillstand']);
  });

  it('returns no head that is an adjective: it is no noun a reader searches for', () => {
    expect(parts('Großmacht')).toEqual(['Macht']);
    expect(parts('Geheimdienst')).toEqual(['Dienst']);
  });

  it('never splits off a verb ("Abkommen" is no "kommen") or a short prefix ("Einsatz", "Hinweise", "Zerfall")', () => {
    for (const word of ['Abkommen', 'Abkommens', 'Einsatz', 'Hinweise', 'Zerfall', 'Kontext'])
      expect(parts(word), word).toEqual([]);
  });

  it('keeps derivations whole: verb particles and noun-forming suffixes are no parts', () => {
    for (const word of ['Unterschrift', 'Unterstützung', 'Zusammenarbeit', 'Partnerschaft', 'Produktion'])
      expect(parts(word), word).toEqual([]);
  });

  it('splits no tail that is no free noun ("-haber", "-nahme")', () => {
    expect(parts('Machthaber')).toEqual([]);
    expect(parts('Maßnahmen')).toEqual([]);
  });

  it('splits no names: "Kreml" is no "Kreml-in", "Nordkorea" no "Korea"', () => {
    for (const word of [
      'Kreml',
      'Nordkorea',
      'Nordkoreas',
      'Südkorea',
      'Russland',
      'Pjöngjang',
      'Washington',
      'Wladiwostok',
      'Nordkoreanern',
    ]) {
      expect(parts(word), word).toEqual([]);
    }
  });

  it('splits a common noun with a name in it, the name a part', () => {
    expect(parts('Kremlchef')).toEqual(['Kreml', 'Chef']);
    expect(parts('Ukrainekrieg')).toEqual(['Ukraine', 'Krieg']);
  });

  it('splits only nouns: words capitalised, the rest in lower case', () => {
    expect(parts('artilleriemunition')).toEqual([]);
    expect(parts('JaVaScRiPt')).toEqual([]);
  });

  it('gives no part for a noun that only grades the next one ("Haupt|stadt"), but keeps the run it makes', () => {
    expect(parts('Hauptstadt')).toEqual(['Stadt']);
    expect(parts('Staatsoberhaupt')).toEqual(['Staat', 'Oberhaupt']);
  });

  it('takes a short head that is a verb stem for the verb: "Tipp|fehler" is "tippen"', () => {
    expect(parts('Tippfehler')).toEqual(['Fehler']);
  });

  it('finds the noun of a head that dropped its final e, and nouns the dictionary lists only as heads', () => {
    expect(parts('Grenzregion')).toEqual(['Grenze', 'Region']);
    expect(parts('Einreisebestimmungen')).toEqual(['Einreise', 'Bestimmung']);
  });

  it('returns a part in its base form, not an inflected form the dictionary lists', () => {
    expect(parts('Lebensmitteln')).toEqual(['Leben', 'Mittel']);
  });
});

describe('compoundSplitter', () => {
  it('answers as compoundParts does, for words of every start it answers without a lookup and of others', () => {
    const partsOf = compoundSplitter(lexicon);
    const words = [
      ...['waffenstillstand', 'äußerst', 'öffentlich', 'überwachungsstaat', 'ßx', '2024er', 'zuvor'],
      ...['Waffenstillstand', 'Äußerungsfreiheit', 'Überwachungsstaat', 'Atomwaffenverbot', 'Ölpreis', 'ǅemal'],
    ];
    for (const word of words) expect([word, partsOf(word)]).toEqual([word, compoundParts(word, lexicon)]);
    // The capitalised compounds do split: the comparison above is not one of empty lists alone.
    expect(partsOf('Waffenstillstand').length).toBeGreaterThan(0);
  });
});

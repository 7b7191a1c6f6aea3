import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectNouns, compoundTails, nounsOfText } from './decompound.ts';
import { FIXTURE_ARCHIVE } from '../../tests/support/fixture-archive.ts';

// The nouns of the fixture archive's five articles: the splitter is tested on
// the archive's own words, and on a fixed set of them (a new article with
// "Quelle" in it would rightly split "Munitionsquelle").
const nouns = new Map<string, string>();
for (const name of readdirSync(`${FIXTURE_ARCHIVE}/articles`)) {
  nounsOfText(readFileSync(`${FIXTURE_ARCHIVE}/articles/${name}`, 'utf8').split(/^---$/m)[2]!, nouns);
}

describe('compoundTails on the words of the archive', () => {
  it.each([
    ['Artilleriemunition', ['Munition']],
    ['Waffenlieferungen', ['Lieferungen']],
    ['Atomwaffenprogramm', ['Waffenprogramm']],
    ['Atomwaffenprogramms', ['Waffenprogramm']],
    ['Munitionsquelle', []],
  ])('splits %s into %j', (word, tails) => {
    expect(compoundTails(word, nouns)).toEqual(tails);
  });

  it('never splits off a tail shorter than four letters ("Ion" is no part of "Munition")', () => {
    const withIon = collectNouns(['Ion', 'Munition']);
    expect(compoundTails('Munition', withIon)).toEqual([]);
  });

  it('never splits off a tail that is no noun of the archive', () => {
    expect(nouns.has('kommen')).toBe(false);
    expect(compoundTails('Abkommen', nouns)).toEqual([]);
    expect(compoundTails('Sanktionsumgehung', nouns)).toEqual([]);
  });

  it('splits no word that is not a noun', () => {
    expect(compoundTails('artilleriemunition', nouns)).toEqual([]);
  });

  it('leaves a linking element with the head', () => {
    const withIndustrie = collectNouns(['Industrie']);
    expect(compoundTails('Verteidigungsindustrie', withIndustrie)).toEqual(['Industrie']);
  });

  it('keeps a head of at least four letters: short heads are prefixes', () => {
    expect(compoundTails('Einsatz', collectNouns(['Satz']))).toEqual([]);
    expect(compoundTails('Hinweise', collectNouns(['Weise']))).toEqual([]);
  });

  it('takes as nouns only words capitalised inside a sentence, and the last part of a hyphenated word', () => {
    const found = nounsOfText('Aber die Machthaber sagen: Nein. Auf dem Kim-Il-Sung-Platz stand die Menge.');
    expect([...found.values()].sort()).toEqual(['Machthaber', 'Menge', 'Platz']);
  });
});

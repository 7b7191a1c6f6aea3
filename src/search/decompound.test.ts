import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectNouns, compoundTails } from './decompound.ts';
import { wordsOf } from './words.ts';

// The nouns of the five real articles: the splitter is tested on the archive's own words.
const archiveText = readdirSync('content/articles')
  .map((name) => readFileSync(`content/articles/${name}`, 'utf8'))
  .join('\n');
const nouns = collectNouns(wordsOf(archiveText));

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

  it('keeps a head of at least three letters', () => {
    expect(compoundTails('Abwehr', collectNouns(['Bwehr', 'Wehr']))).toEqual([]);
  });
});

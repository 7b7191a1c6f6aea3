import { describe, expect, it } from 'vitest';
import { writeHiddenTerms } from '../index-fields.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordsOf } from '../words.ts';
import {
  beginsAWord,
  exactQuery,
  findsExactly,
  findsPrinted,
  folded,
  mayHaveStem,
  printedMatches,
  queryWords,
  stemOf,
  whyMatched,
} from './matching.ts';

describe('queryWords', () => {
  it('splits and folds as Pagefind does, the last word typed only while typing', () => {
    expect(queryWords('Kim Jong-Un', true)).toEqual([
      { asTyped: 'Kim', text: 'kim', stem: 'kim', typed: false },
      { asTyped: 'Jong-Un', text: 'jongun', stem: 'jongun', typed: true },
    ]);
    expect(queryWords('Pjöngjang', false)).toEqual([
      { asTyped: 'Pjöngjang', text: 'pjongjang', stem: 'pjongjang', typed: false },
    ]);
    // A word of punctuation alone is no word: the next one is still the last typed.
    expect(queryWords('Munition –', true)!.map(({ asTyped, typed }) => [asTyped, typed])).toEqual([['Munition', true]]);
  });

  it('leaves a quoted phrase to Pagefind', () => {
    expect(queryWords('"strategische Partnerschaft"', false)).toBeUndefined();
  });
});

describe('findsExactly', () => {
  it('takes a finished word by its stem only: "Indien" (stem "indi") never finds "indirekt"', () => {
    const [indien] = queryWords('Indien', false)!;
    expect(findsExactly(indien!)).toBe(true);
    expect(exactQuery(indien!)).toBe('"indien"');
  });

  it('lets a typed word that is its own stem find the words it begins', () => {
    expect(findsExactly(queryWords('Limou', true)![0]!)).toBe(false);
  });

  it('takes a typed word exactly when the stemmer would shorten it, so it finds no word it does not begin', () => {
    // "Indie" and "Indien" stem to "indi", whose words include "indirekt".
    expect(stemOf('Indien')).toBe('indi');
    expect(findsExactly(queryWords('Indien', true)![0]!)).toBe(true);
    expect(findsExactly(queryWords('Indie', true)![0]!)).toBe(true);
  });
});

describe('beginsAWord', () => {
  const result = { content: 'Er lobt sich indirekt selbst. Kim Jong-un lacht.', terms: 'Pyongyang', names: undefined };

  it('tells a word Pagefind completed from one it replaced by a shorter word', () => {
    expect(beginsAWord(queryWords('indir', true)![0]!, result)).toBe(true);
    expect(beginsAWord(queryWords('Angela', true)![0]!, result)).toBe(false);
  });

  it('reads hyphenated words joined, as Pagefind indexes them, and the hidden terms', () => {
    expect(beginsAWord(queryWords('Jongu', true)![0]!, result)).toBe(true);
    expect(beginsAWord(queryWords('Pyong', true)![0]!, result)).toBe(true);
  });
});

describe('mayHaveStem', () => {
  it('lets every word of the fixture articles and the labelled compounds pass with its own stem: a stem begins its word', () => {
    const articles = 'tests/fixtures/archive/articles';
    const texts = [
      ...readdirSync(articles).map((file) => readFileSync(join(articles, file), 'utf8')),
      readFileSync('tests/fixtures/decompound-labelled.tsv', 'utf8'),
    ];
    const words = new Set(texts.flatMap(wordsOf));
    expect(words.size).toBeGreaterThan(1000);
    expect([...words].filter((word) => !mayHaveStem(folded(word), stemOf(word)))).toEqual([]);
  });

  it('takes ß for ss, as the stemmer does, and keeps out words the stem does not begin', () => {
    expect(stemOf('Straßen')).toBe('strass');
    expect(mayHaveStem(folded('Straße'), stemOf('Straßen'))).toBe(true);
    expect(mayHaveStem(folded('Munition'), stemOf('Atomwaffen'))).toBe(false);
  });
});

describe('whyMatched', () => {
  const result = {
    content: 'Russland tauscht Technologien gegen Artilleriemunition, sagt Wassili Nebensja in Pjöngjang.',
    ...(({ terms, names }) => ({ terms, names }))(
      writeHiddenTerms([
        { term: 'Munition', printed: 'Artilleriemunition', kind: 'part' },
        { term: 'Nebenzia', printed: 'Nebensja', kind: 'name' },
      ]),
    ),
  };

  it('says nothing for a word the article prints, inflected or not', () => {
    expect(whyMatched(queryWords('Technologie Russland', false)!, result)).toEqual([]);
  });

  it('names the compound a part came from, and the spelling a name is printed in', () => {
    expect(whyMatched(queryWords('Munition Nebenzia', false)!, result)).toEqual([
      { word: 'Munition', kind: 'part', printed: 'Artilleriemunition' },
      { word: 'Nebenzia', kind: 'spelling', printed: 'Nebensja' },
    ]);
  });

  it("takes umlauts typed as ae, oe, ue and ß typed as ss for the letters, as Pagefind's stemmer does", () => {
    expect(folded('Pjoengjang')).toBe(folded('Pjöngjang'));
    expect(folded('Quelle')).toBe('quelle');
    expect(whyMatched(queryWords('Pjoengjang', false)!, result)).toEqual([]);
    expect(whyMatched(queryWords('Pjongjang', false)!, result)).toEqual([]);
    expect(whyMatched(queryWords('Grossmacht', false)!, { ...result, content: 'Eine Großmacht.' })).toEqual([]);
  });

  it('explains a typed word by the hidden term it begins', () => {
    expect(whyMatched(queryWords('Muni', true)!, result)).toEqual([
      { word: 'Muni', kind: 'part', printed: 'Artilleriemunition' },
    ]);
  });

  it("reads only the words at Pagefind's locations, when it has them, and comes to the same answer", () => {
    // 0 Russland, 1 tauscht, 2 Technologien, 3 gegen, 4 Artilleriemunition, 5 sagt, 6 Wassili, 7 Nebensja, 8 in, 9 Pjöngjang.
    // Where Pagefind locates each query (every word that begins with its stem), and nowhere for a hidden term:
    const located: [string, boolean, number[]][] = [
      ['Technologie Russland', false, [0, 2]],
      ['Munition Nebenzia', false, []],
      ['Pjoengjang', false, [9]],
      ['Muni', true, []],
      ['Artilleriemunition Nebenzia', false, [4]],
    ];
    for (const [query, typing, locations] of located) {
      expect(whyMatched(queryWords(query, typing)!, { ...result, locations }), query).toEqual(
        whyMatched(queryWords(query, typing)!, result),
      );
    }
  });

  it('takes a word Pagefind did not locate as unprinted, and finds its compound among the located words first', () => {
    const text = { content: 'Munitionslager und Artilleriemunition', terms: 'Munition', names: undefined };
    // Read whole, the text gives its first compound; with locations, the compound at them comes first.
    expect(whyMatched(queryWords('Munition', false)!, text)).toEqual([
      { word: 'Munition', kind: 'part', printed: 'Munitionslager' },
    ]);
    expect(whyMatched(queryWords('Munition', false)!, { ...text, locations: [2] })).toEqual([
      { word: 'Munition', kind: 'part', printed: 'Artilleriemunition' },
    ]);
  });

  it('reads the word at each location itself: a text that prints the word gets no why from its compound', () => {
    // Read at the wrong place, "Munition" would seem unprinted and be explained by "Artilleriemunition".
    const text = { content: ' Munition und Artilleriemunition', terms: 'Munition', names: undefined, locations: [0] };
    expect(whyMatched(queryWords('Munition', false)!, text)).toEqual([]);
  });
});

describe('the printed words a query finds', () => {
  // 0 Putin, 1 und, 2 Kim, 3 Jong, 4 Un, 5 beim, 6 UN-Sicherheitsrat, 7 unterstützt, 8 Autokraten, 9 im, 10 Aurus-Auto.
  // Pagefind locates every word that begins with the query's stem: "und" and "unterstützt" for "UN".
  const content = 'Putin und Kim Jong Un beim UN-Sicherheitsrat, unterstützt Autokraten im Aurus-Auto.';

  it('are the words of its stem, alone or in a hyphenated word, never a longer word that merely begins with it', () => {
    const un = queryWords('UN', false)!;
    expect(findsPrinted(un, 'UN-Sicherheitsrat,')).toBe(true);
    expect(findsPrinted(un, 'Un')).toBe(true);
    expect(findsPrinted(un, 'und')).toBe(false);
    expect(findsPrinted(un, 'unterstützt')).toBe(false);
    expect(printedMatches(un, { content, locations: [1, 4, 6, 7], terms: undefined, names: undefined })).toEqual([
      'Un',
      'UN',
    ]);
    expect(
      printedMatches(queryWords('Sicherheitsrates', false)!, {
        content,
        locations: [6],
        terms: undefined,
        names: undefined,
      }),
    ).toEqual(['Sicherheitsrat']);
  });

  it('while typed, are the words the typed letters begin', () => {
    expect(findsPrinted(queryWords('Auto', false)!, 'Autokraten')).toBe(false);
    expect(findsPrinted(queryWords('Auto', true)!, 'Autokraten')).toBe(true);
    expect(
      printedMatches(queryWords('Auto', false)!, { content, locations: [8, 10], terms: undefined, names: undefined }),
    ).toEqual(['Auto']);
  });
});

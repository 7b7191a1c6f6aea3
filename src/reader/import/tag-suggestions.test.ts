import { describe, expect, it } from 'vitest';
import { adjectivePattern, compoundPattern, countryAdjective, familyNames, suggestTags } from './tag-suggestions.ts';

const TAGS = [
  { id: 'wladimir-putin', label: 'Wladimir Putin', kind: 'person', aliases: ['Putin'], related: [] },
  { id: 'sanktionen', label: 'Sanktionen', kind: 'thema', aliases: [], related: ['Sanktion', 'UN-Sanktionen'] },
  { id: 'waffenlieferungen', label: 'Waffen und Munition', kind: 'thema', aliases: [], related: ['Munition'] },
  { id: 'seoul', label: 'Seoul', kind: 'ort', aliases: [], related: [] },
];

describe('suggestTags', () => {
  it('ranks the tags whose names occur, inflected and in compounds, the headline weighing most', () => {
    const suggestions = suggestTags(
      {
        title: 'Putins Geschenk',
        teaser: '',
        body: 'Putin liefert trotz UN-Sanktionen. Die Sanktionen wirken kaum. Artilleriemunition fehlt.',
      },
      TAGS,
    );
    expect(suggestions.map((tag) => tag.id)).toEqual(['wladimir-putin', 'sanktionen', 'waffenlieferungen']);
  });

  it('suggests nothing for a name that is part of another word', () => {
    expect(suggestTags({ title: '', teaser: '', body: 'Die Seoulerin kam nicht.' }, TAGS)).toEqual([]);
  });
});

/** The person and country tags of content/tags/ (their aliases as there, Putin's short alias left out). */
const NAMES = [
  {
    id: 'kim-jong-un',
    label: 'Kim Jong Un',
    kind: 'person',
    aliases: ['Kim Jong-un', 'Kim Jong-Un', 'Kim Jong un', 'Kim Dschong Un'],
    related: [],
  },
  {
    id: 'wladimir-putin',
    label: 'Wladimir Putin',
    kind: 'person',
    aliases: ['Vladimir Putin', 'Wladimir Wladimirowitsch Putin'],
    related: [],
  },
  {
    id: 'sergej-schoigu',
    label: 'Sergej Schoigu',
    kind: 'person',
    aliases: ['Shoigu', 'Sergei Shoigu', 'Sergei Schoigu'],
    related: [],
  },
  { id: 'russland', label: 'Russland', kind: 'land', aliases: ['Russische Föderation', 'Russia'], related: [] },
  {
    id: 'nordkorea',
    label: 'Nordkorea',
    kind: 'land',
    aliases: ['Demokratische Volksrepublik Korea', 'DVRK', 'North Korea'],
    related: [],
  },
];

const ids = (body: string, tags: Parameters<typeof suggestTags>[1] = NAMES) =>
  suggestTags({ title: '', teaser: '', body }, tags).map((tag) => tag.id);

describe('suggestTags by family name and country adjective', () => {
  it('suggests a person for the family name alone, inflected', () => {
    expect(ids('Kim empfing den Gast.')).toEqual(['kim-jong-un']);
    expect(ids('Putin sagte, Putins Reise sei lang.')).toEqual(['wladimir-putin']);
    expect(ids('Schoigu reiste ab.')).toEqual(['sergej-schoigu']);
  });

  it('suggests a country for its adjective in any ending and at a sentence start', () => {
    expect(ids('Die russische Delegation kam.')).toEqual(['russland']);
    expect(ids('Mit russischen Truppen.')).toEqual(['russland']);
    expect(ids('Nordkoreanische Soldaten und ein nordkoreanischer Offizier.')).toEqual(['nordkorea']);
    expect(ids('Russlands Regierung.')).toEqual(['russland']);
    expect(ids('Die russisch-nordkoreanischen Beziehungen.')).toEqual(['russland', 'nordkorea']);
  });

  it('finds no family name or adjective inside another word', () => {
    expect(ids('Es gab Kimchi.')).toEqual([]);
    expect(ids('Die weißrussische Grenze.')).toEqual([]);
    expect(ids('Die Stadt Putinsk.')).toEqual([]);
    // Lower case: "kim" is no name; and a given name or the syllable "Un" alone names nobody.
    expect(ids('Ein kim. Wladimir kam, Sergej auch. Un.')).toEqual([]);
  });

  it('weighs a family name or adjective half as much as the full name', () => {
    const score = (body: string) => suggestTags({ title: '', teaser: '', body }, NAMES)[0]?.score;
    expect(score('Wladimir Putin kam.')).toBe(1);
    expect(score('Putin kam.')).toBe(0.5);
    expect(score('Russland kam.')).toBe(1);
    expect(score('Die russische Seite kam.')).toBe(0.5);
    // The adjective inside an alias ("Russische Föderation") counts once, in full.
    expect(score('Die Russische Föderation kam.')).toBe(1);
    expect(ids('Putin kam. Kim Jong Un und Kim Jong-un kamen.')).toEqual(['kim-jong-un', 'wladimir-putin']);
  });

  it('suggests neither of two people for the family name they share', () => {
    const sister = { id: 'kim-yo-jong', label: 'Kim Yo Jong', kind: 'person', aliases: ['Kim Yo-jong'], related: [] };
    expect(ids('Kim kam.', [...NAMES, sister])).toEqual([]);
    expect(ids('Kim Yo Jong kam.', [...NAMES, sister])).toEqual(['kim-yo-jong']);
  });
});

describe('familyNames', () => {
  it('takes the last word, with its particles, of each spelling', () => {
    expect(familyNames(['Wladimir Putin', 'Putin', 'Vladimir Putin', 'Wladimir Wladimirowitsch Putin'])).toEqual([
      'Putin',
    ]);
    expect(familyNames(['Andrei Kosyrew', 'Kozyrev', 'Andrei Kozyrev', 'Andrej Kosyrew'])).toEqual([
      'Kosyrew',
      'Kozyrev',
    ]);
    expect(familyNames(['Boris Jelzin', 'Boris Yeltsin'])).toEqual(['Jelzin', 'Yeltsin']);
    expect(familyNames(['Ursula von der Leyen'])).toEqual(['von der Leyen']);
    expect(familyNames(['Annegret Kramp-Karrenbauer', 'Hans-Peter Friedrich'])).toEqual([
      'Kramp-Karrenbauer',
      'Friedrich',
    ]);
  });

  it('takes the first word when a spelling shows the family name first (a hyphenated given name)', () => {
    expect(familyNames(['Kim Jong Un', 'Kim Jong-un', 'Kim Dschong Un'])).toEqual(['Kim']);
    expect(familyNames(['Mao Zedong', 'Mao Tse-tung'])).toEqual(['Mao']);
  });

  it('leaves out a name of fewer than three letters', () => {
    expect(familyNames(['Kim Jong Un'])).toEqual([]);
    expect(familyNames(['Xi Jinping', 'Xi Jin-ping'])).toEqual([]);
  });
});

describe('countryAdjective', () => {
  it('derives the regular adjectives by their endings', () => {
    const adjectives = [
      'Russland',
      'Nordkorea',
      'Ukraine',
      'Japan',
      'Syrien',
      'Türkei',
      'Schweden',
      'Kuba',
      'Österreich',
    ].map(countryAdjective);
    expect(adjectives).toEqual([
      'russisch',
      'nordkoreanisch',
      'ukrainisch',
      'japanisch',
      'syrisch',
      'türkisch',
      'schwedisch',
      'kubanisch',
      'österreichisch',
    ]);
  });

  it('takes the irregular ones from its table, and derives none for other names of several words', () => {
    expect(['China', 'Deutschland', 'Frankreich', 'Vereinigte Staaten'].map(countryAdjective)).toEqual([
      'chinesisch',
      'deutsch',
      'französisch',
      'amerikanisch',
    ]);
    expect(countryAdjective('Demokratische Republik Kongo')).toBeUndefined();
  });
});

describe("the patterns of a tag's names", () => {
  const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => match[0]);

  it('compoundPattern finds a topic as the tail or the head of a compound, never alone', () => {
    const munition = compoundPattern('Munition');
    expect(matches(munition, 'Die Artilleriemunition reicht nicht.')).toEqual(['emunition']);
    expect(matches(munition, 'Das Munitionslager brannte.')).toEqual(['Munitionslager']);
    const not = ['Die Munition reicht nicht.', 'Munitions-Nachschub fehlt.', 'Das UN-Munitionsdepot brannte.'];
    expect(not.filter((text) => matches(munition, text).length > 0)).toEqual([]);
  });

  it('adjectivePattern finds an adjective inflected, in either case, as a word of its own', () => {
    const russisch = adjectivePattern('russisch');
    expect(matches(russisch, 'Russische Föderation, russische Truppen, des russischen Militärs')).toEqual([
      'Russische',
      'russische',
      'russischen',
    ]);
    const not = ['Weißrussische Oppositionelle', 'russischsprachige Medien', 'Russland'];
    expect(not.filter((text) => matches(russisch, text).length > 0)).toEqual([]);
  });
});

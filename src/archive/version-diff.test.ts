import { describe, expect, it } from 'vitest';
import { alignment, sentenceChanges, sentencesOfBody, versionChanges, wordChanges } from './version-diff.ts';

describe('alignment', () => {
  it('walks two lists along their longest common subsequence, what goes before what comes', () => {
    expect(alignment(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([{ a: 0, b: 0 }, { a: 1 }, { b: 1 }, { a: 2, b: 2 }]);
    expect(alignment([], ['x'])).toEqual([{ b: 0 }]);
  });
});

describe('sentenceChanges', () => {
  it('names a corrected number as a changed sentence, the words marked', () => {
    const changes = sentenceChanges(
      ['Russland liefert 12 Flugzeuge.', 'Seoul protestiert.'],
      ['Russland liefert 14 Flugzeuge.', 'Seoul protestiert.'],
    );
    expect(changes).toEqual([
      {
        kind: 'changed',
        parts: [
          { kind: 'same', text: 'Russland liefert ' },
          { kind: 'removed', text: '12' },
          { kind: 'added', text: '14' },
          { kind: 'same', text: ' Flugzeuge.' },
        ],
      },
    ]);
  });

  it('keeps a rewritten sentence as removed and added, and leaves out what stayed', () => {
    expect(sentenceChanges(['Alt und ganz anders gesagt.', 'Bleibt.'], ['Bleibt.', 'Neu.'])).toEqual([
      { kind: 'removed', text: 'Alt und ganz anders gesagt.' },
      { kind: 'added', text: 'Neu.' },
    ]);
    expect(sentenceChanges(['Gleich.'], ['Gleich.'])).toEqual([]);
  });
});

describe('versionChanges', () => {
  it('compares headline, lead and text, each only where it changed; Markdown marks are not text', () => {
    const before = {
      title: 'Russland liefert 12 Kampfflugzeuge',
      teaser: 'Ein Vorspann.',
      body: '## Zwischentitel\n\nErster Satz. Zweiter Satz.',
    };
    const after = {
      title: 'Moskau sagt 14 Kampfflugzeuge zu',
      teaser: 'Ein Vorspann.',
      body: '## Zwischentitel\n\nErster Satz. Zweiter Satz.\n\nEin neuer Absatz.',
    };
    expect(versionChanges(before, after)).toEqual({
      title: [
        { kind: 'removed', text: 'Russland liefert 12 Kampfflugzeuge' },
        { kind: 'added', text: 'Moskau sagt 14 Kampfflugzeuge zu' },
      ],
      body: [{ kind: 'added', text: 'Ein neuer Absatz.' }],
    });
    expect(sentencesOfBody('## Titel\n\n- Punkt\\*\n\n> Zitat.')).toEqual(['Titel', 'Punkt*', 'Zitat.']);
    expect(wordChanges('a b', 'a b')).toEqual([{ kind: 'same', text: 'a b' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { aliasProblem, tagSchema } from './tag.ts';

const issues = (data: object) => {
  const result = tagSchema.safeParse({ description: 'Eine Beschreibung.', ...data });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the alias rule', () => {
  it('takes other names and spellings of the same one', () => {
    expect(issues({ label: 'Pjöngjang', kind: 'ort', aliases: ['Pyongyang', 'Pjongjang'] })).toEqual([]);
    expect(
      issues({ label: 'Sergej Schoigu', kind: 'person', aliases: ['Schoigu', 'Shoigu', 'Sergei Shoigu'] }),
    ).toEqual([]);
    expect(
      issues({ label: 'Vereinte Nationen', kind: 'organisation', aliases: ['UN', 'UNO', 'United Nations'] }),
    ).toEqual([]);
    expect(issues({ label: 'Kim Jong Un', kind: 'person', aliases: ['Kim Jong-un', 'Kim Jong-Un'] })).toEqual([]);
  });

  it('refuses a body inside the one named, joined to one of its names', () => {
    expect(issues({ label: 'Vereinte Nationen', kind: 'organisation', aliases: ['UN', 'UN-Sicherheitsrat'] })).toEqual([
      'aliases.1: alias "UN-Sicherheitsrat" joins "UN" to another word: it names something else; put it under related',
    ]);
    expect(aliasProblem('Russland-Politik', ['Russland'])).toBeDefined();
    expect(aliasProblem('Russische Föderation', ['Russland'])).toBeUndefined();
  });

  it('gives topics no aliases, only related words', () => {
    expect(issues({ label: 'Waffen und Munition', kind: 'thema', aliases: ['Munition'] })).toEqual([
      'aliases: a topic has no other spellings: put its other words under related',
    ]);
    expect(issues({ label: 'Waffen und Munition', kind: 'thema', related: ['Munition', 'Waffenlieferungen'] })).toEqual(
      [],
    );
  });

  it('lets a name have related words that are no spelling of it', () => {
    expect(
      issues({ label: 'Vereinte Nationen', kind: 'organisation', aliases: ['UN'], related: ['UN-Sicherheitsrat'] }),
    ).toEqual([]);
  });
});

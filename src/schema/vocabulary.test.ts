import { describe, expect, it } from 'vitest';
import { closest, knownId, namesToIds } from './vocabulary.ts';

const TAGS = ['wladimir-putin', 'kim-jong-un', 'russland', 'nordkorea'];

describe('closest', () => {
  it('finds the id a typo was meant to be', () => {
    expect(closest('wladimir-putn', TAGS)).toBe('wladimir-putin');
    expect(closest('rusland', TAGS)).toBe('russland');
    expect(closest('kim-jong-il', TAGS)).toBe('kim-jong-un');
  });

  it('suggests nothing for an id too far from any known one', () => {
    expect(closest('atlantis', TAGS)).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });

  it('allows more edits in a longer id: two, or a quarter of its length', () => {
    expect(closest('abcdefghijkl', ['abcdefghixxx'])).toBe('abcdefghixxx');
    expect(closest('abcdefghijkl', ['abcdefxxxxkl'])).toBeUndefined();
  });
});

describe('namesToIds', () => {
  it('maps each name to its id whatever its case and spacing, and leaves out a name two entries share', () => {
    const names = namesToIds([
      { id: 'dpa', names: ['Deutsche Presse-Agentur', 'dpa', 'dpa'] },
      { id: 'faz', names: ['Frankfurter  Allgemeine Zeitung', 'FAZ', 'Agentur'] },
      { id: 'afp', names: ['Agence France-Presse', 'Agentur'] },
    ]);
    expect(names.get('deutsche presse-agentur')).toBe('dpa');
    expect(names.get('frankfurter allgemeine zeitung')).toBe('faz');
    expect(names.get('faz')).toBe('faz');
    expect(names.has('agentur')).toBe(false);
  });
});

describe('knownId', () => {
  const known = new Set(['waffenlieferungen', 'russland', 'wladimir-putin']);
  const names = namesToIds([
    { id: 'waffenlieferungen', names: ['Waffen und Munition'] },
    { id: 'russland', names: ['Russland', 'Russische Föderation'] },
    { id: 'entfernt', names: ['Entfernter Tag'] },
  ]);
  const messageOf = (id: string, withNames = true) =>
    knownId(known, 'tag', 'content/tags', withNames ? names : undefined).safeParse(id).error?.issues[0]?.message;

  it('accepts a known id', () => {
    expect(messageOf('russland')).toBeUndefined();
  });

  it('names the id of a tag whose label or alias was written, in any case', () => {
    expect(messageOf('Waffen und Munition')).toBe(
      'unknown tag "Waffen und Munition": there is no file content/tags/Waffen und Munition.* (did you mean "waffenlieferungen"?)',
    );
    expect(messageOf('russische föderation')).toMatch(/\(did you mean "russland"\?\)$/);
    expect(messageOf('Russland')).toMatch(/\(did you mean "russland"\?\)$/);
  });

  it('falls back on the nearest id, and names no id whose file is gone', () => {
    expect(messageOf('wladimir-putn')).toMatch(/\(did you mean "wladimir-putin"\?\)$/);
    expect(messageOf('Entfernter Tag')).toBe(
      'unknown tag "Entfernter Tag": there is no file content/tags/Entfernter Tag.*',
    );
    expect(messageOf('Waffen und Munition', false)).toBe(
      'unknown tag "Waffen und Munition": there is no file content/tags/Waffen und Munition.*',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { closest } from './vocabulary.ts';

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

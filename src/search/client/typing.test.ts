import { describe, expect, it } from 'vitest';
import { preloadsAsTyped, whenSearched } from './typing.ts';

describe('typing into the search field', () => {
  it('searches a word of three letters or more at once, and an emptied field or a finished word', () => {
    expect(whenSearched('Put')).toBe('now');
    expect(whenSearched('Putin')).toBe('now');
    expect(whenSearched('Kim Jon')).toBe('now');
    expect(whenSearched('')).toBe('now');
    expect(whenSearched('   ')).toBe('now');
    expect(whenSearched('EU ')).toBe('now');
    expect(whenSearched('Kim ')).toBe('now');
  });

  it('searches a word of one or two letters being typed only when the reader pauses, a single letter never', () => {
    expect(whenSearched('Pu')).toBe('pause');
    expect(whenSearched('EU')).toBe('pause');
    expect(whenSearched('Kim J')).toBe('pause');
    expect(whenSearched('Kim Jo')).toBe('pause');
    expect(whenSearched('P')).toBe('never');
    expect(whenSearched(' P')).toBe('never');
    // One character, though two UTF-16 units.
    expect(whenSearched('𝔓')).toBe('never');
  });

  it('preloads after three letters of a word or a finished word, not for a short word still being typed', () => {
    expect(preloadsAsTyped('Put')).toBe(true);
    expect(preloadsAsTyped('Pjö')).toBe(true);
    expect(preloadsAsTyped('Kim ')).toBe(true);
    expect(preloadsAsTyped('Pu')).toBe(false);
    expect(preloadsAsTyped('Kim J')).toBe(false);
    expect(preloadsAsTyped('2024')).toBe(false);
  });
});

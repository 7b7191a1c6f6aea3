import { describe, expect, it } from 'vitest';
import { preloadsAsTyped, searchesAsTyped } from './typing.ts';

describe('typing into the search field', () => {
  it('searches from the second letter, and an emptied field at once', () => {
    expect(searchesAsTyped('P')).toBe(false);
    expect(searchesAsTyped('Pu')).toBe(true);
    expect(searchesAsTyped('Putin')).toBe(true);
    expect(searchesAsTyped('')).toBe(true);
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

import { describe, expect, it } from 'vitest';
import { isSlug, toSlug } from './slug.ts';

describe('toSlug', () => {
  it('spells out umlauts and ß, as German URLs do', () => {
    expect(toSlug('Pjöngjang')).toBe('pjoengjang');
    expect(toSlug('Putin und Kim stärken Allianz')).toBe('putin-und-kim-staerken-allianz');
    expect(toSlug('Großmacht')).toBe('grossmacht');
    expect(toSlug('Über Bündnisse')).toBe('ueber-buendnisse');
  });

  it('joins words with single hyphens and drops punctuation', () => {
    expect(toSlug('Zwei „innige Freunde“ rücken zusammen!')).toBe('zwei-innige-freunde-ruecken-zusammen');
    expect(toSlug('  Putin und Kim: Freunde in Not (Munition) ')).toBe('putin-und-kim-freunde-in-not-munition');
  });

  it('strips other accents', () => {
    expect(toSlug('Sätteri café')).toBe('saetteri-cafe');
  });

  it('accepts only finished slugs', () => {
    expect(isSlug('putin-und-kim')).toBe(true);
    expect(isSlug(toSlug('Wladimir Putin'))).toBe(true);
    expect(isSlug('Putin-und-Kim')).toBe(false);
    expect(isSlug('pjöngjang')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
    expect(isSlug('-a')).toBe(false);
  });
});

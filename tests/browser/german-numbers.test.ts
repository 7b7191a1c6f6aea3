import { describe, expect, it } from 'vitest';
import { disagreements, numberDisagreements } from '../support/german-numbers.ts';

/**
 * No number on a built page meets a noun or verb in the wrong number: "1
 * nennen diese Quelle" was on every source page of a cited-once source
 * (the check: tests/support/german-numbers.ts; the grown archive of
 * tests/build/growth.test.ts runs it too, with a source that has one article).
 */
describe('numbers on the built pages', () => {
  it('catch what they should (the check itself)', () => {
    expect(disagreements('Kein Artikel erschien hier, 1 nennen diese Quelle.')).toEqual(['1 nennen']);
    expect(disagreements('1 Artikel erschienen hier')).toEqual(['1 Artikel erschienen']);
    expect(disagreements('3 Artikel erschien hier, 2 nennt sie')).toEqual(['3 Artikel erschien', '2 nennt']);
    expect(
      disagreements('1 Artikel erschien hier, 2 nennen diese Quelle. 2023 wurde es kalt. Seite 1 von 2. 11 nennen'),
    ).toEqual([]);
  });

  it('agree with their nouns and verbs on every page', () => {
    expect(numberDisagreements('dist')).toEqual([]);
  });
});

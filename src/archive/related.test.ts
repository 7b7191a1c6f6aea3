import { describe, expect, it } from 'vitest';
import { candidatesOf, NEIGHBOURS_PER_TAG, relatedArticles, tagPlaces } from './related.ts';

const article = (id: string, ...tags: string[]) => ({ id, data: { tags } });

describe('relatedArticles', () => {
  // Archive order newest first: a, b, c, d, e, f, g.
  const articles = [
    article('a', 'russland', 'nebensja', 'un'),
    article('b', 'russland', 'un'),
    article('c', 'russland', 'nebensja'),
    article('d', 'russland', 'sport'),
    article('e', 'russland', 'un', 'nebensja'),
    article('f', 'russland'),
    article('g', 'russland', 'wetter'),
  ];
  const related = relatedArticles(articles);

  it('ranks by shared tags weighted by rarity, ties by nearness in time', () => {
    // For a: e shares nebensja+un, c nebensja, b un; nebensja (3 of 7) is as rare as un (3 of 7).
    expect(related.get('a')!.map((x) => x.id)).toEqual(['e', 'b', 'c']);
    expect(related.get('c')!.map((x) => x.id)).toEqual(['a', 'e']);
  });

  it('ignores a tag that every article has, and never lists the article itself', () => {
    expect(related.get('f')).toEqual([]);
    for (const [id, list] of related) expect(list.map((x) => x.id)).not.toContain(id);
  });

  it('keeps at most five', () => {
    const many = Array.from({ length: 9 }, (_, i) => article(`x${i}`, 'selten', `t${i}`));
    expect(relatedArticles([...many, article('y', 'anders')]).get('x0')).toHaveLength(5);
  });
});

describe('related articles in a large archive', () => {
  // The worst case for the work: every article carries the same two common tags.
  const articles = Array.from({ length: 5000 }, (_, i) =>
    article(`n${i}`, 'krieg', 'diplomatie', i % 2 === 0 ? 'gerade' : 'ungerade', ...(i % 1000 === 0 ? ['selten'] : [])),
  );
  const places = tagPlaces(articles);

  it('scores no more candidates per article than its tags offer', () => {
    for (const one of [articles[0]!, articles[2500]!, articles[4999]!]) {
      const bound = one.data.tags.length * 2 * NEIGHBOURS_PER_TAG;
      expect(candidatesOf(one, places).size).toBeLessThanOrEqual(bound);
    }
  });

  it('still finds every article of a rare tag, however far apart in time', () => {
    // n0, n1000, ..., n4000 share "selten" (5 of 5000): the rarest tag outweighs any common ones.
    expect(
      relatedArticles(articles)
        .get('n0')!
        .map((x) => x.id),
    ).toEqual(['n1000', 'n2000', 'n3000', 'n4000', 'n2']);
  });

  it('prefers the articles nearest in time among equals', () => {
    expect(
      relatedArticles(articles)
        .get('n2501')!
        .map((x) => x.id),
    ).toEqual(['n2499', 'n2503', 'n2497', 'n2505', 'n2495']);
  });
});

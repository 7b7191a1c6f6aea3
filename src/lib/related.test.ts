import { describe, expect, it } from 'vitest';
import { relatedArticles } from './related.ts';

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

  it('ranks by shared tags weighted by rarity, ties in archive order', () => {
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

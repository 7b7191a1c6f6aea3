import { describe, expect, it } from 'vitest';
import { articlesBySource } from './source-index.ts';

const article = (id: string, publication: string, ...cited: string[]) => ({
  id,
  data: { source: { publication, cited: cited.map((source) => ({ source })) } },
});

describe('articlesBySource', () => {
  const index = articlesBySource([
    article('a', 'unstated', 'dpa', 'dpa'),
    article('b', 'faz', 'dpa'),
    article('c', 'dpa'),
    article('d', 'unstated'),
  ]);

  it('lists articles under their publication, "nicht-angegeben" when the text names none', () => {
    expect(index.get('nicht-angegeben')!.published.map((a) => a.id)).toEqual(['a', 'd']);
    expect(index.get('faz')!.published.map((a) => a.id)).toEqual(['b']);
  });

  it('lists every article once under each source it cites, and once overall', () => {
    expect(index.get('dpa')!.cited.map((a) => a.id)).toEqual(['a', 'b']);
    expect(index.get('dpa')!.published.map((a) => a.id)).toEqual(['c']);
    expect(index.get('dpa')!.all.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});

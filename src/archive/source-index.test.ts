import { describe, expect, it } from 'vitest';
import { articlesBySource, sourceIndex } from './source-index.ts';

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

describe('sourceIndex', () => {
  const bySource = articlesBySource([
    article('a', 'unstated', 'tass', 'afp'),
    article('b', 'zeit', 'tass'),
    article('c', 'aerzteblatt'),
    article('d', 'unstated', 'zeit'),
  ]);
  const sources = [
    { slug: 'zeit', name: 'Die Zeit' },
    { slug: 'nicht-angegeben', name: 'Quelle nicht angegeben' },
    { slug: 'tass', name: 'TASS' },
    { slug: 'aerzteblatt', name: 'Ärzteblatt' },
    { slug: 'afp', name: 'Agence France-Presse' },
  ];
  const index = sourceIndex(sources, bySource);
  const listed = (entries: typeof index.published) => entries.map(({ source, count }) => `${source.name} ${count}`);

  it('lists the publications by name in German collation (Ä with A), with their articles', () => {
    expect(listed(index.published)).toEqual(['Ärzteblatt 1', 'Die Zeit 1', 'Quelle nicht angegeben 2']);
  });

  it('lists the cited sources in the same order, with the articles that cite them', () => {
    expect(listed(index.cited)).toEqual(['Agence France-Presse 1', 'Die Zeit 1', 'TASS 2']);
  });

  it('leaves a source out of a list it has no articles in', () => {
    expect(index.published.map(({ source }) => source.slug)).not.toContain('tass');
    expect(index.cited.map(({ source }) => source.slug)).not.toContain('nicht-angegeben');
  });
});

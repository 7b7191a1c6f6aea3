import { describe, expect, it } from 'vitest';
import type { TagKind } from '../schema/tag.ts';
import { buildArchive } from './archive.ts';
import { published } from '../schema/test-dates.ts';

const article = (id: string, day: string, tags: string[]) => ({
  id,
  data: { title: { text: id }, date: published(day), tags },
});
const tag = (id: string, label: string, kind: TagKind) => ({
  id,
  data: { label, description: label, kind, aliases: [], related: [] },
});

const tags = [
  tag('russland', 'Russland', 'land'),
  tag('nordkorea', 'Nordkorea', 'land'),
  tag('aegypten', 'Ägypten', 'land'),
  tag('sanktionen', 'Sanktionen', 'thema'),
  tag('ungenutzt', 'Ungenutzt', 'ort'),
];
const articles = [
  article('mitte', '2024-06-19', ['russland', 'nordkorea']),
  article('alt', '2023-08-01', ['nordkorea', 'sanktionen']),
  article('neu', '2024-07-02', ['russland']),
];

describe('buildArchive', () => {
  const archive = buildArchive(articles, tags);

  it('orders the articles newest first', () => {
    expect(archive.articles.map((a) => a.id)).toEqual(['neu', 'mitte', 'alt']);
  });

  it('lists for each tag exactly its articles, newest first', () => {
    expect(archive.articlesByTag.get('russland')!.map((a) => a.id)).toEqual(['neu', 'mitte']);
    expect(archive.articlesByTag.get('nordkorea')!.map((a) => a.id)).toEqual(['mitte', 'alt']);
    expect(archive.articlesByTag.get('ungenutzt')).toEqual([]);
  });

  it('groups tags by kind in a fixed order, sorted by label in German collation, with counts', () => {
    expect(
      archive.tagsByKind.map(({ kind, tags: group }) => [
        kind,
        group.map(({ tag: t, count }) => `${t.data.label} ${count}`),
      ]),
    ).toEqual([
      ['thema', ['Sanktionen 1']],
      ['land', ['Ägypten 0', 'Nordkorea 2', 'Russland 2']],
      ['ort', ['Ungenutzt 0']],
    ]);
  });

  it("resolves an article's tags in the order it lists them", () => {
    expect(archive.tagsOf(archive.articles[1]!).map((t) => t.id)).toEqual(['russland', 'nordkorea']);
  });

  it("knows each article's place in the order", () => {
    expect(['neu', 'mitte', 'alt'].map((id) => archive.positionOf(id))).toEqual([0, 1, 2]);
    expect(archive.positionOf('gibt-es-nicht')).toBeUndefined();
  });

  it('links each article to its newer and older neighbour', () => {
    expect(archive.neighbours('neu')).toEqual({ newer: undefined, older: archive.articles[1] });
    expect(archive.neighbours('mitte')).toEqual({ newer: archive.articles[0], older: archive.articles[2] });
    expect(archive.neighbours('alt').older).toBeUndefined();
  });

  it('refuses an article whose tag is not in the vocabulary', () => {
    expect(() => buildArchive([article('x', '2024-01-01', ['atlantis'])], tags)).toThrow(
      'article x: tags: unknown tag "atlantis"',
    );
  });
});

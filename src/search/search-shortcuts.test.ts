import { describe, expect, it } from 'vitest';
import { searchShortcuts } from './search-shortcuts.ts';

const tag = (
  id: string,
  label: string,
  kind: 'thema' | 'organisation',
  count: number,
  words: { aliases?: string[]; related?: string[] } = {},
) => ({
  id,
  data: { label, description: label, kind, aliases: words.aliases ?? [], related: words.related ?? [] },
  count,
});

describe('searchShortcuts', () => {
  const [ukraine, un, tagesspiegel] = searchShortcuts({
    tags: [
      tag('ukraine-krieg', 'Krieg gegen die Ukraine', 'thema', 4, { related: ['Ukraine-Krieg'] }),
      tag('vereinte-nationen', 'Vereinte Nationen', 'organisation', 3, {
        aliases: ['UN'],
        related: ['Sicherheitsrat'],
      }),
      tag('unbenutzt', 'Unbenutzt', 'thema', 0),
    ],
    sources: [
      {
        id: 'tagesspiegel',
        data: { name: 'Der Tagesspiegel', shortName: 'Tagesspiegel', kind: 'zeitung', aliases: [] },
        published: 0,
        cited: 1,
      },
      { id: 'leer', data: { name: 'Leer', kind: 'zeitung', aliases: [] }, published: 0, cited: 0 },
    ],
  });

  it('names a topic by its label, its other words and the content words of its label, never a stop word', () => {
    expect(ukraine!.keys).toEqual(['krieg gegen die ukraine', 'ukraine-krieg', 'krieg', 'ukraine']);
    expect(ukraine!.text).toBe('Thema: Krieg gegen die Ukraine, 4 Artikel');
    expect(ukraine!.filter).toEqual(['thema', 'Krieg gegen die Ukraine']);
    expect(ukraine!.href).toBe('/themen/ukraine-krieg/');
  });

  it('names an organisation by its aliases and related words', () => {
    expect(un!.keys).toEqual(
      expect.arrayContaining(['un', 'sicherheitsrat', 'vereinte nationen', 'vereinte', 'nationen']),
    );
    expect(un!.text).toBe('Organisation: Vereinte Nationen, 3 Artikel');
  });

  it('names a source by its names and counts where it is cited, and leaves out what lists nothing', () => {
    expect(tagesspiegel).toEqual({
      text: 'Quelle: Tagesspiegel, zitiert in 1 Artikel',
      href: '/quellen/tagesspiegel/',
      filter: ['quelle', 'Der Tagesspiegel'],
      keys: ['der tagesspiegel', 'tagesspiegel'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { permanentLinks } from './permanent-links.ts';

const article = (capture: string) => ({
  id: 'artikel',
  data: { title: { text: 'Ein Artikel' }, provenance: { capture } },
});

const version = (number: number, capture: string) => ({
  number,
  title: { text: 'Ein Artikel' },
  provenance: { capture } as never,
  body: 'Text.',
  renderKey: 'k',
  filePath: 'f',
});

describe('the permanent addresses', () => {
  it('are the capture ids, with the article they lead to', () => {
    expect(permanentLinks([article('005_0123456789abcdef')])).toEqual([
      { id: '005_0123456789abcdef', slug: 'artikel', title: 'Ein Artikel' },
    ]);
  });

  it.each(['..', '../index', 'a/b', '.', '%2e%2e'])(
    'never leave the folder of permanent addresses, whatever the id (%j)',
    (id) => {
      expect(() => permanentLinks([article(id)])).toThrow(/would leave the folder of permanent addresses/);
    },
  );

  it("of a story's later versions lead to their pages; a withdrawn story's all to its notice", () => {
    const history = [
      version(1, '005_0123456789abcdef'),
      version(2, '006_0123456789abcdef'),
      version(3, '007_0123456789abcdef'),
    ];
    const story = { ...article('005_0123456789abcdef'), data: { ...article('005_0123456789abcdef').data, history } };
    expect(permanentLinks([story])).toEqual([
      { id: '005_0123456789abcdef', slug: 'artikel', title: 'Ein Artikel' },
      { id: '006_0123456789abcdef', slug: 'artikel', title: 'Ein Artikel', path: '/artikel/artikel/fassung/2/' },
      { id: '007_0123456789abcdef', slug: 'artikel', title: 'Ein Artikel', path: '/artikel/artikel/' },
    ]);
    const withdrawn = { ...story, data: { ...story.data, withdrawn: {} } };
    expect(permanentLinks([withdrawn]).map((link) => link.path)).toEqual([undefined, undefined, undefined]);
    const slip = { ...story, data: { ...story.data, history: [history[0]!, version(2, '..')] } };
    expect(() => permanentLinks([slip])).toThrow(/would leave/);
  });
});

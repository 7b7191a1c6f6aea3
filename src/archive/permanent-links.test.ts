import { describe, expect, it } from 'vitest';
import { permanentLinks } from './permanent-links.ts';

const article = (capture: string) => ({
  id: 'artikel',
  data: { title: { text: 'Ein Artikel' }, provenance: { capture } },
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

  it("of a story's later versions lead to their pages; a withdrawn story's all lead to its notice", () => {
    const versions = [
      { path: '/artikel/artikel/fassung/1/', provenance: { capture: '005_0123456789abcdef' } },
      { path: '/artikel/artikel/fassung/2/', provenance: { capture: '006_0123456789abcdef' } },
    ];
    expect(permanentLinks([article('005_0123456789abcdef')], () => versions)).toEqual([
      { id: '005_0123456789abcdef', slug: 'artikel', title: 'Ein Artikel' },
      { id: '006_0123456789abcdef', slug: 'artikel', title: 'Ein Artikel', path: '/artikel/artikel/fassung/2/' },
    ]);
    const withdrawn = {
      ...article('005_0123456789abcdef'),
      data: { ...article('005_0123456789abcdef').data, withdrawn: {} },
    };
    expect(permanentLinks([withdrawn], () => versions).map((link) => link.path)).toEqual([undefined, undefined]);
    expect(() =>
      permanentLinks([article('005_0123456789abcdef')], () => [
        versions[0]!,
        { path: '/x/', provenance: { capture: '..' } },
      ]),
    ).toThrow(/would leave/);
  });
});

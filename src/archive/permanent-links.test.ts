import { describe, expect, it } from 'vitest';
import { permanentLinks } from './permanent-links.ts';

const article = (capture: string) => ({ id: 'artikel', data: { title: { text: 'Ein Artikel' }, provenance: { capture } } });

describe('the permanent addresses', () => {
  it('are the capture ids, with the article they lead to', () => {
    expect(permanentLinks([article('005_0123456789abcdef')])).toEqual([{ id: '005_0123456789abcdef', slug: 'artikel', title: 'Ein Artikel' }]);
  });

  it.each(['..', '../index', 'a/b', '.', '%2e%2e'])('never leave the folder of permanent addresses, whatever the id (%j)', (id) => {
    expect(() => permanentLinks([article(id)])).toThrow(/would leave the folder of permanent addresses/);
  });
});

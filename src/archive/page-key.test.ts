import { describe, expect, it } from 'vitest';
import { pageKey } from './page-key.ts';

const entry = (id: string, digest: string | undefined, data: unknown = { title: id }) => ({
  collection: 'articles',
  id,
  data,
  digest,
  rendered: { html: '<p>lang</p>' },
});

describe('pageKey', () => {
  it('is the same for the same page and differs when anything it shows differs', () => {
    const page = { number: 2, items: [entry('a', '1'), entry('b', '2')] };
    expect(pageKey(page)).toBe(pageKey({ number: 2, items: [entry('a', '1'), entry('b', '2')] }));
    expect(pageKey(page)).not.toBe(pageKey({ number: 3, items: [entry('a', '1'), entry('b', '2')] }));
    expect(pageKey(page)).not.toBe(pageKey({ number: 2, items: [entry('b', '2'), entry('a', '1')] }));
    expect(pageKey(page)).not.toBe(pageKey({ number: 2, items: [entry('a', '1'), entry('b', '3')] }));
  });

  it('counts an entry by its id and the digest of its file, or by its data where it has none', () => {
    // The digest covers the file: data read from it need not be hashed again.
    expect(pageKey([entry('a', '1', { title: 'x' })])).toBe(pageKey([entry('a', '1', { title: 'y' })]));
    expect(pageKey([entry('a', undefined, { title: 'x' })])).not.toBe(pageKey([entry('a', undefined, { title: 'y' })]));
  });
});

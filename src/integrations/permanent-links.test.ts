import { describe, expect, it } from 'vitest';
import { permanentFolder } from './permanent-links.ts';

describe('the folder of a permanent address', () => {
  const dist = new URL('file:///projekt/dist/');
  it('is a folder of its own inside the folder of permanent addresses', () => {
    expect(permanentFolder(dist, '005_0123456789abcdef', 'x').href).toBe('file:///projekt/dist/a/005_0123456789abcdef/');
  });

  it.each(['..', '../index', 'a/b', '.', '%2e%2e'])('never leaves it, whatever the id (%j)', (id) => {
    expect(() => permanentFolder(dist, id, 'artikel')).toThrow(/would leave the folder of permanent addresses/);
  });
});

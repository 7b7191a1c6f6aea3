import { describe, expect, it } from 'vitest';
import { installedClosure, packageOf } from './render-fingerprint.ts';

describe("the renderer's fingerprint", () => {
  it('names the package of a bare import, and none for Node or a file', () => {
    expect(packageOf('@astrojs/markdown-remark')).toBe('@astrojs/markdown-remark');
    expect(packageOf('@astrojs/markdown-remark/dist/x.js')).toBe('@astrojs/markdown-remark');
    expect(packageOf('rehype-raw')).toBe('rehype-raw');
    expect(packageOf('mdast-util-to-string/lib')).toBe('mdast-util-to-string');
    expect(packageOf('node:path')).toBeUndefined();
    expect(packageOf('./pipeline.ts')).toBeUndefined();
  });

  const tree = {
    'node_modules/rehype-raw': { version: '7.0.0', dependencies: { 'hast-util-raw': '^9.0.0' } },
    'node_modules/hast-util-raw': { version: '9.1.0', dependencies: { parse5: '^7.0.0' } },
    'node_modules/hast-util-raw/node_modules/parse5': { version: '7.3.0' },
    'node_modules/parse5': { version: '6.0.1' },
    'node_modules/eslint': { version: '9.0.0' },
  };

  it('counts every package the imported ones need, as Node finds them, and nothing else', () => {
    expect(installedClosure(['rehype-raw'], tree)).toEqual([
      'node_modules/hast-util-raw/node_modules/parse5@7.3.0',
      'node_modules/hast-util-raw@9.1.0',
      'node_modules/rehype-raw@7.0.0',
    ]);
  });

  it('changes when a package deep in the tree is installed in another version', () => {
    const updated = { ...tree, 'node_modules/hast-util-raw/node_modules/parse5': { version: '7.3.1' } };
    expect(installedClosure(['rehype-raw'], updated)).not.toEqual(installedClosure(['rehype-raw'], tree));
    const unrelated = { ...tree, 'node_modules/eslint': { version: '9.1.0' } };
    expect(installedClosure(['rehype-raw'], unrelated)).toEqual(installedClosure(['rehype-raw'], tree));
  });
});

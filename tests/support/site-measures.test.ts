import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDifferences, subresources } from './site-measures.ts';

describe('subresources', () => {
  it('finds stylesheets, preloaded fonts, icons and scripts whatever the order of their attributes', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css">
      <link rel="preload" href="/_astro/fonts/b.woff" as="font" type="font/woff" crossorigin>
      <link as="font" rel="preload" href="/c.woff2">
      <link href="/favicon.svg" type="image/svg+xml" rel="icon">
      <link rel="canonical" href="/artikel/x/">
      <link rel="stylesheet" href="https://example.com/other.css">
      <script type="module" src="/_astro/d.js"></script>`;
    expect(subresources(html)).toEqual([
      { kind: 'css', path: '/_astro/a.css' },
      { kind: 'font', path: '/_astro/fonts/b.woff' },
      { kind: 'font', path: '/c.woff2' },
      { kind: 'icon', path: '/favicon.svg' },
      { kind: 'script', path: '/_astro/d.js' },
    ]);
  });
});

describe('siteDifferences', () => {
  it('names each file missing, extra or with other bytes, and nothing for the same site', () => {
    const root = mkdtempSync(join(tmpdir(), 'site-differences-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      for (const site of ['built', 'scratch']) {
        write(`${site}/index.html`, 'home');
        write(`${site}/artikel/a/index.html`, 'a');
      }
      expect(siteDifferences(join(root, 'built'), join(root, 'scratch'))).toEqual([]);
      write('built/artikel/a/index.html', 'a, old');
      write('built/artikel/gone/index.html', 'deleted');
      write('scratch/artikel/new/index.html', 'added');
      expect(siteDifferences(join(root, 'built'), join(root, 'scratch'))).toEqual([
        'different: artikel/a/index.html',
        'extra: artikel/gone/index.html',
        'missing: artikel/new/index.html',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { subresources } from './site-measures.ts';

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

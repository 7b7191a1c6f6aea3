import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { escapeHtml, redirectPage } from './redirect-page.ts';

/** The first element matching a tag name and, optionally, one attribute value. */
function select(selector: string, tree: Root): Element | undefined {
  const [, tag, name, value] = /^(\w+)(?:\[([\w-]+)="([^"]*)"\])?$/.exec(selector)!;
  const property = name?.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  let found: Element | undefined;
  visit(tree, 'element', (node) => {
    const actual = property === undefined ? undefined : node.properties[property];
    const matches = property === undefined || (Array.isArray(actual) ? actual.join(' ') : String(actual)) === value;
    if (!found && node.tagName === tag && matches) found = node;
  });
  return found;
}

describe('redirectPage', () => {
  const html = redirectPage({
    title: 'Putin & Kim: „Freunde“',
    slug: 'putin-und-kim',
    site: 'https://archiv.example/',
  });
  const tree = fromHtml(html);

  it('sends the browser on to the article, with its canonical URL, in German', () => {
    expect(select('html', tree)?.properties.lang).toBe('de');
    expect(select('meta[http-equiv="refresh"]', tree)?.properties.content).toBe('0; url=/artikel/putin-und-kim/');
    expect(select('link[rel="canonical"]', tree)?.properties.href).toBe(
      'https://archiv.example/artikel/putin-und-kim/',
    );
    expect(select('meta[name="robots"]', tree)?.properties.content).toBe('noindex');
    expect(select('a', tree)?.properties.href).toBe('/artikel/putin-und-kim/');
    expect(select('title', tree)?.children).toEqual([
      expect.objectContaining({ value: 'Weiterleitung: Putin & Kim: „Freunde“' }),
    ]);
  });

  it('never lets a title become markup', () => {
    const hostile = redirectPage({
      title: '<script>alert(1)</script>"><img src=x onerror=alert(1)>',
      slug: 'x',
      site: 'https://archiv.example/',
    });
    const hostileTree = fromHtml(hostile);
    expect(select('script', hostileTree)).toBeUndefined();
    expect(select('img', hostileTree)).toBeUndefined();
    expect(select('a', hostileTree)?.children).toEqual([
      expect.objectContaining({ value: '<script>alert(1)</script>"><img src=x onerror=alert(1)>' }),
    ]);
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
  });
});

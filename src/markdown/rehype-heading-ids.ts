import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { toSlug } from '../schema/slug.ts';

const HEADING = /^h[2-6]$/;

/**
 * Gives every subhead an id in the site's slug style ("fuer-immer-zusammen"),
 * so section links read like the URLs. Astro's own ids would keep umlauts and
 * could start with a hyphen ("… stritt dies" -> "-stritt-dies"); Astro keeps
 * an id that is already set.
 */
export function rehypeHeadingIds({ reserved = [] }: { reserved?: readonly string[] } = {}) {
  return (tree: Root) => {
    // The page's own ids (skip link target, section headings) are never taken.
    const used = new Set<string>(reserved);
    visit(tree, 'element', (node) => {
      if (!HEADING.test(node.tagName) || typeof node.properties.id === 'string') return;
      const slug = toSlug(toString(node)) || 'abschnitt';
      const base = /^[a-z]/.test(slug) ? slug : `abschnitt-${slug}`;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      node.properties.id = id;
    });
  };
}

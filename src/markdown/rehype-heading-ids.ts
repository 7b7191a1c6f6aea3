import type { ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { toSlug } from '../schema/slug.ts';

const HEADING = /^h[2-6]$/;

function textOf(nodes: ElementContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('');
}

/**
 * Gives every subhead an id in the site's slug style ("fuer-immer-zusammen"),
 * so section links read like the URLs. Astro's own ids would keep umlauts and
 * could start with a hyphen ("… stritt dies" -> "-stritt-dies"); Astro keeps
 * an id that is already set.
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const used = new Set<string>();
    visit(tree, 'element', (node) => {
      if (!HEADING.test(node.tagName) || typeof node.properties.id === 'string') return;
      const base = toSlug(textOf(node.children)) || 'abschnitt';
      let id = /^[a-z]/.test(base) ? base : `abschnitt-${base}`;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      node.properties.id = id;
    });
  };
}

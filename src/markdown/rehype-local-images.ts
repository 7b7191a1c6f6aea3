import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Drops every image an article would load from another server (an absolute
 * `src`, "https://…" or "//…"): the archive loads nothing from elsewhere
 * (/datenschutz/ says so, and the CSP's img-src is 'self'), so no article
 * can place a tracking pixel in a reader's browser. The content check names
 * such an image in its file and line before a build; this is the backstop.
 */
export const REMOTE_URL = /^\s*([a-z][a-z0-9+.-]*:|\/\/)/i;

const IMAGE_TAGS = new Set(['img', 'image', 'source', 'video', 'audio', 'picture', 'track']);

export function rehypeLocalImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!IMAGE_TAGS.has(node.tagName) || parent === undefined || index === undefined) return undefined;
      const sources = [node.properties['src'], node.properties['srcSet'], node.properties['poster']]
        .flat()
        .filter((value) => value !== undefined && value !== null);
      if (!sources.some((value) => REMOTE_URL.test(String(value)))) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

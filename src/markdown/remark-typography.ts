import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { visit } from 'unist-util-visit';

type Options = NonNullable<Parameters<typeof remarkSmartypants>[0]>;

/** What SmartyPants can change with dashes and backticks off: straight quotes and three dots. */
const TYPEWRITER_MARKS = /["']|\.\s?\.\s?\./;

function hasTypewriterMarks(tree: Root): boolean {
  let found = false;
  visit(tree, 'text', (node) => {
    if (TYPEWRITER_MARKS.test(node.value)) {
      found = true;
      return false;
    }
    return undefined;
  });
  return found;
}

/**
 * SmartyPants (remark-smartypants) for the texts that need it. It runs the
 * whole text through a natural-language parser twice, two thirds of the
 * Markdown pipeline's time; an article set with „…“ and “…” throughout gives
 * it nothing to change, and then it is skipped, with the same result.
 */
export function remarkTypography(options: Options) {
  // remark-smartypants's transformer works synchronously on the tree alone.
  const smartypants = remarkSmartypants.call(undefined as never, options) as unknown as (tree: Root) => void;
  return (tree: Root) => {
    if (hasTypewriterMarks(tree)) smartypants(tree);
  };
}

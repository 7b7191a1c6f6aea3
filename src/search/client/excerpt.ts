/**
 * Pagefind's excerpt is HTML: the article's text, entity-encoded, with
 * <mark> around the matched words. It is rebuilt here from text nodes and
 * <mark> elements only, so that no markup that came from an article can ever
 * reach the page, whatever the excerpt contains.
 */
export function excerptNodes(excerptHtml: string, document: Document): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerptHtml}</body>`, 'text/html');
  const nodes: Node[] = [];
  const walk = (parent: Node, inMark: boolean) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = document.createTextNode(child.textContent ?? '');
        if (inMark) {
          const mark = document.createElement('mark');
          mark.append(text);
          nodes.push(mark);
        } else nodes.push(text);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        walk(child, inMark || (child as Element).tagName === 'MARK');
      }
    }
  };
  walk(parsed.body, false);
  return nodes;
}

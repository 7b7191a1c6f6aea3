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
        const text = child.textContent ?? '';
        if (inMark) {
          // Pagefind marks the whole token, "(Munition)."; the punctuation around the word stays unmarked.
          const [, before, word, after] = /^(\p{P}*)(.*?)(\p{P}*)$/su.exec(text)!;
          if (before) nodes.push(document.createTextNode(before));
          if (word) {
            const mark = document.createElement('mark');
            mark.textContent = word;
            nodes.push(mark);
          }
          if (after) nodes.push(document.createTextNode(after));
        } else nodes.push(document.createTextNode(text));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        walk(child, inMark || (child as Element).tagName === 'MARK');
      }
    }
  };
  walk(parsed.body, false);
  return nodes;
}

/** Words of context around the marked word, as many as Pagefind's excerpts have (pagefind.ts). */
const BEFORE = 8;
const AFTER = 15;

/**
 * An excerpt of `content` around the first `word` in it, marked: for a
 * result found through a word it prints in another form (a compound, a
 * spelling), where Pagefind's excerpt marks nothing. Text nodes and <mark>
 * only, like the excerpts above.
 */
export function excerptAround(content: string, word: string, document: Document): Node[] {
  const tokens = content.split(/\s+/).filter(Boolean);
  const bare = (token: string) => token.replace(/^\p{P}+|\p{P}+$/gu, '');
  let at = tokens.findIndex((token) => bare(token) === word || token.includes(word));
  if (at < 0) at = 0;
  const start = Math.max(0, at - BEFORE);
  const end = Math.min(tokens.length, at + AFTER);
  const token = tokens[at] ?? '';
  const inside = token.indexOf(word);
  const [head, tail] = inside < 0 ? [token, ''] : [token.slice(0, inside), token.slice(inside + word.length)];
  const mark = document.createElement('mark');
  mark.textContent = inside < 0 ? '' : word;
  const before = `${start > 0 ? '… ' : ''}${tokens.slice(start, at).join(' ')}${at > start ? ' ' : ''}${head}`;
  const after = `${tail}${end > at + 1 ? ' ' : ''}${tokens.slice(at + 1, end).join(' ')}${end < tokens.length ? ' …' : ''}`;
  return [document.createTextNode(before), ...(inside < 0 ? [] : [mark]), document.createTextNode(after)];
}

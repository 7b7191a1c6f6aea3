/**
 * Pagefind's excerpt is HTML: the article's text, entity-encoded, with
 * <mark> around the matched words. It is rebuilt here from text nodes and
 * <mark> elements only, so that no markup that came from an article can ever
 * reach the page, whatever the excerpt contains. A mark whose text `keep`
 * refuses becomes plain text.
 */
export function excerptNodes(
  excerptHtml: string,
  document: Document,
  keep: (marked: string) => boolean = () => true,
): Node[] {
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
        walk(child, inMark || ((child as Element).tagName === 'MARK' && keep(child.textContent ?? '')));
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
 * spelling, "Andrei Kozyrev"), where Pagefind's excerpt marks nothing of
 * it. The word where it stands on its own or in a hyphenated word first,
 * else inside a longer word. Text nodes and <mark> only, like the excerpts
 * above.
 */
export function excerptAround(content: string, word: string, document: Document): Node[] {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at =
    new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(content)?.index ?? content.indexOf(word);
  if (at < 0) {
    const words = content.split(/\s+/);
    return [
      document.createTextNode(
        `${words.slice(0, BEFORE + AFTER).join(' ')}${words.length > BEFORE + AFTER ? ' …' : ''}`,
      ),
    ];
  }
  // The words before it (the last one the part of its own word before it), and after it.
  const head = content.slice(0, at).split(/\s+/);
  const tail = content.slice(at + word.length).split(/\s+/);
  const start = Math.max(0, head.length - 1 - BEFORE);
  const mark = document.createElement('mark');
  mark.textContent = word;
  return [
    document.createTextNode(`${start > 0 ? '… ' : ''}${head.slice(start).join(' ')}`),
    mark,
    document.createTextNode(`${tail.slice(0, AFTER).join(' ')}${tail.length > AFTER ? ' …' : ''}`),
  ];
}

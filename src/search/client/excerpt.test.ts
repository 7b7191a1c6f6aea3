// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { excerptAround, excerptNodes } from './excerpt.ts';

/** The nodes as [kind, text] pairs: '#text' for a text node, the tag name for an element. */
function shape(nodes: Node[]): [string, string][] {
  return nodes.map((node) => [node.nodeName, node.textContent ?? '']);
}

function onlyTextAndMarks(nodes: Node[]): void {
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    expect(node.nodeName).toBe('MARK');
    expect((node as Element).attributes.length).toBe(0);
    expect([...node.childNodes].map((child) => child.nodeType)).toEqual([Node.TEXT_NODE]);
  }
}

describe('excerptNodes', () => {
  it('keeps the text and marks the matched words', () => {
    const nodes = excerptNodes('Putin schenkt <mark>Kim</mark> eine <mark>Limousine</mark>.', document);
    expect(shape(nodes)).toEqual([
      ['#text', 'Putin schenkt '],
      ['MARK', 'Kim'],
      ['#text', ' eine '],
      ['MARK', 'Limousine'],
      ['#text', '.'],
    ]);
    onlyTextAndMarks(nodes);
  });

  it('marks the word, not the punctuation around it that Pagefind marks with it', () => {
    const nodes = excerptNodes(
      'in Not <mark>(Munition).</mark> Der <mark>UN-Sicherheitsrat,</mark> die <mark>„innigen“</mark> <mark>…</mark>',
      document,
    );
    expect(shape(nodes)).toEqual([
      ['#text', 'in Not '],
      ['#text', '('],
      ['MARK', 'Munition'],
      ['#text', ').'],
      ['#text', ' Der '],
      ['MARK', 'UN-Sicherheitsrat'],
      ['#text', ','],
      ['#text', ' die '],
      ['#text', '„'],
      ['MARK', 'innigen'],
      ['#text', '“'],
      ['#text', ' '],
      ['#text', '…'],
    ]);
  });

  it('decodes entities into text, never into markup', () => {
    const nodes = excerptNodes('&lt;b&gt;fett&lt;/b&gt; &amp; „zitiert“', document);
    expect(shape(nodes)).toEqual([['#text', '<b>fett</b> & „zitiert“']]);
  });

  it('turns hostile markup into text and marks only', () => {
    const hostile =
      '<img src="x" onerror="globalThis.hacked = true">Vorher <script>globalThis.hacked = true</script>' +
      '<b><i>fett <mark class="x" onclick="globalThis.hacked = true"><a href="javascript:alert(1)">Treffer</a></mark></i></b>' +
      '<iframe srcdoc="<p>x</p>"></iframe><style>body{display:none}</style> nachher';
    const nodes = excerptNodes(hostile, document);
    onlyTextAndMarks(nodes);
    expect(nodes.filter((node) => node.nodeName === 'MARK').map((mark) => mark.textContent)).toEqual(['Treffer']);
    const container = document.createElement('p');
    container.append(...nodes);
    expect(container.querySelectorAll('*').length).toBe(1);
    expect(container.innerHTML).not.toMatch(/<(?!\/?mark>)/);
    expect(container.textContent).toContain('Vorher ');
    expect(container.textContent).toContain(' nachher');
    expect((globalThis as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('marks text nested inside a mark, and nothing outside one', () => {
    const nodes = excerptNodes('<span>a <mark><em>b</em> c</mark></span> d', document);
    expect(shape(nodes)).toEqual([
      ['#text', 'a '],
      ['MARK', 'b'],
      ['MARK', ' c'],
      ['#text', ' d'],
    ]);
  });
});

describe('excerptAround', () => {
  const content =
    'Eins zwei drei vier fünf sechs sieben acht neun zehn elf Pjöngjang liefert Artilleriemunition an Russland, sagt der Bericht.';

  it('marks the word inside its compound, with the words around it', () => {
    const nodes = excerptAround(content, 'Artilleriemunition', document);
    const paragraph = document.createElement('p');
    paragraph.append(...nodes);
    expect(paragraph.innerHTML).toBe(
      '… sechs sieben acht neun zehn elf Pjöngjang liefert <mark>Artilleriemunition</mark> an Russland, sagt der Bericht.',
    );
  });

  it('keeps punctuation glued to the word outside the mark', () => {
    const paragraph = document.createElement('p');
    paragraph.append(...excerptAround(content, 'Russland', document));
    expect(paragraph.innerHTML).toContain('an <mark>Russland</mark>, sagt');
  });

  it('marks a name of two words, and a word alone or hyphenated before one that merely contains it', () => {
    const text = 'Autokraten unter sich: Kim fährt ein Aurus-Auto, sagte Andrei Kozyrev, einst Außenminister.';
    const marked = (word: string) => {
      const paragraph = document.createElement('p');
      paragraph.append(...excerptAround(text, word, document));
      return paragraph.innerHTML;
    };
    expect(marked('Andrei Kozyrev')).toContain('sagte <mark>Andrei Kozyrev</mark>, einst');
    expect(marked('Auto')).toContain('ein Aurus-<mark>Auto</mark>, sagte');
    expect(marked('minister')).toContain('einst Außen<mark>minister</mark>.');
    // A word the text lacks: its beginning, unmarked, "…" where it goes on.
    expect(marked('Xylophon')).toBe(
      'Autokraten unter sich: Kim fährt ein Aurus-Auto, sagte Andrei Kozyrev, einst Außenminister.',
    );
    const paragraph = document.createElement('p');
    paragraph.append(...excerptAround(Array(40).fill('Wort').join(' '), 'Xylophon', document));
    expect(paragraph.innerHTML).toBe(`${Array(23).fill('Wort').join(' ')} …`);
  });

  it('never turns the text into markup', () => {
    const paragraph = document.createElement('p');
    paragraph.append(...excerptAround('<img src=x onerror=alert(1)> Munition', 'Munition', document));
    expect(paragraph.querySelector('img')).toBeNull();
    expect(paragraph.querySelector('mark')!.textContent).toBe('Munition');
  });
});

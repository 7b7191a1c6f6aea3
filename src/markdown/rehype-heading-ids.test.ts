import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';

function idsOf(html: string, reserved: string[] = []): unknown[] {
  const tree = fromHtml(html, { fragment: true });
  rehypeHeadingIds({ reserved })(tree);
  return tree.children.map((node) => (node.type === 'element' ? node.properties.id : undefined));
}

describe('rehypeHeadingIds', () => {
  it('takes the text of every element inside a subhead, and no comment', () => {
    expect(idsOf('<h2>Kim <em>und</em> <a href="/x"><strong>Putin</strong></a><!-- Notiz --></h2>')).toEqual([
      'kim-und-putin',
    ]);
  });

  it('keeps an id that is set, leaves the main title alone and never takes a reserved id', () => {
    expect(idsOf('<h1>Titel</h1><h3 id="eigen">Eigen</h3><h2>Inhalt</h2>', ['inhalt'])).toEqual([
      undefined,
      'eigen',
      'inhalt-2',
    ]);
  });
});

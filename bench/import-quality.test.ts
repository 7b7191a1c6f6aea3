import { describe, expect, it } from 'vitest';
import { journalism, matchedLines, removedLines } from './import-quality.ts';

describe('scoring a draft', () => {
  it('matches removed lines as a multiset, whatever the typography', () => {
    expect(matchedLines(['Anzeige', 'Anzeige', 'Bild: „x“'], ['Anzeige', 'Bild: "x"'])).toBe(2);
  });

  it('reads the removed lines of provenance.removed as { description, lines }, and knows none in the old shape', () => {
    expect(
      removedLines({
        provenance: {
          removed: [
            { description: 'd', lines: ['a', 'b'] },
            { description: 'e', lines: ['c'] },
          ],
        },
      }),
    ).toEqual(['a', 'b', 'c']);
    expect(removedLines({ provenance: { removed: ['Werbung'] } })).toBeUndefined();
  });

  it('counts the printed title and teaser, the body and the mentions as the journalism, an editorial title not', () => {
    const edition = {
      frontmatter: {
        title: { text: 'Ein Titel', editorial: true },
        teaser: { text: 'Ein Vorspann.', editorial: false },
        source: { cited: [{ source: 'dpa', mention: 'wie dpa berichtete' }] },
      },
      body: 'Erster Satz. Zweiter Satz.',
    };
    expect(journalism(edition, { printedOnly: true })).toEqual([
      'Ein Vorspann.',
      'Erster Satz.',
      'Zweiter Satz.',
      'wie dpa berichtete',
    ]);
  });
});

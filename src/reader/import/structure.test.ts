import { describe, expect, it } from 'vitest';
import { blocksOf } from './line-kinds.ts';
import { isSubhead, structureEdition } from './structure.ts';

const edition = (lines: string[]) => structureEdition(blocksOf(lines.join('\n')));
const LEAD =
  'Die Machthaber Russlands und Nordkoreas eint vor allem eines: Waffen. Der eine braucht sie für einen Krieg, der andere zur Abschreckung.';
const PARAGRAPH =
  'Nach wenigen Stunden Schlaf steht Putin schon wieder auf dem roten Teppich. Er wird mit allen Ehren begrüßt.';

describe('structureEdition', () => {
  it('takes headline, kicker and lead from the capture and leaves the rest as the body', () => {
    const result = edition(['Putin in Nordkorea', 'Zwei "innige Freunde" rücken zusammen', LEAD, PARAGRAPH]);
    expect(result.title).toEqual({
      kicker: 'Putin in Nordkorea',
      text: 'Zwei „innige Freunde“ rücken zusammen',
      editorial: false,
    });
    expect(result.teaser).toEqual({ text: LEAD, editorial: false });
    expect(result.body).toBe(PARAGRAPH);
  });

  it('leaves the teaser open when the text opens with a dateline: that paragraph is text, not a lead', () => {
    for (const opening of [
      'Moskau (AFP) – Ein Moskauer Gericht hat den früheren Vizegouverneur der Region zu zwölf Jahren Lagerhaft verurteilt.',
      'Frankfurt am Main (dpa-AFX) - Der Dax hat am Mittag deutlich zugelegt, getragen von Autowerten und Banken.',
    ]) {
      const result = edition(['Ein Titel', opening, PARAGRAPH]);
      expect(result.teaser).toBeUndefined();
      expect(result.body.startsWith(opening.slice(0, 20))).toBe(true);
    }
  });

  it('takes a lead printed above the headline', () => {
    const result = edition([LEAD, 'Putin schenkt Kim ein Luxusauto', PARAGRAPH]);
    expect(result.title.text).toBe('Putin schenkt Kim ein Luxusauto');
    expect(result.teaser?.text).toBe(LEAD);
  });

  it('leaves the teaser open for a one-line opener and for a lead longer than a teaser', () => {
    expect(edition(['Titel', 'Beide haben viel gemeinsam.', PARAGRAPH]).teaser).toBeUndefined();
    const long = edition(['Titel', `${LEAD} ${LEAD} ${LEAD} ${LEAD}`, PARAGRAPH]);
    expect(long.teaser).toBeUndefined();
    expect(long.longLead).toBeGreaterThan(400);
    expect(long.body).toContain(LEAD);
  });

  it('stands in for a missing headline with the first subhead, marked editorial', () => {
    const result = edition([
      LEAD,
      'Das Wichtigste in Kürze Russland will Sanktionen lockern.',
      'Putin und Kim sagen sich Hilfe zu.',
      'Russland will Sanktionen abbauen',
      PARAGRAPH,
    ]);
    expect(result.title).toEqual({ text: 'Russland will Sanktionen abbauen', editorial: true });
    expect(result.titleFrom).toBe('subhead');
    expect(result.body).toBe(
      [
        '## Das Wichtigste in Kürze\n\n- Russland will Sanktionen lockern.\n- Putin und Kim sagen sich Hilfe zu.',
        '## Russland will Sanktionen abbauen',
        PARAGRAPH,
      ].join('\n\n'),
    );
  });

  it('sets subheads, lists and long quotations as the editions do', () => {
    const quotation =
      'Die Regierung der Demokratischen Volksrepublik Korea schätzt die Rolle der Russischen Föderation bei der Aufrechterhaltung der strategischen Stabilität und unterstützt voll und ganz die spezielle Militäroperation der russischen Regierung.';
    const result = edition([
      'Titel',
      PARAGRAPH,
      'Ein Verstoß gegen die UN-Anordnungen?',
      'Was hat der Kreml also davon?',
      'Kim unterstützt den Krieg, wie er selbst betont:',
      quotation,
      'Aber es fügte hinzu:',
      '„Macht nichts. Eine Unterschrift kann widerrufen werden.“',
      'Die Zeitung zitierte ihn mit den Worten:',
      '„Schon seit langem stellt sich die Frage.',
      '„Natürlich sind die Sanktionen legitim.“',
      '• Erstens',
      '• Zweitens',
      'Schluss.',
    ]);
    // The first paragraph after the headline is the lead.
    expect(result.teaser?.text).toBe(PARAGRAPH);
    expect(result.body.split('\n\n')).toEqual([
      '## Ein Verstoß gegen die UN-Anordnungen?',
      'Was hat der Kreml also davon?',
      'Kim unterstützt den Krieg, wie er selbst betont:',
      `> ${quotation}`,
      'Aber es fügte hinzu:',
      '„Macht nichts. Eine Unterschrift kann widerrufen werden.“',
      'Die Zeitung zitierte ihn mit den Worten:',
      '> „Schon seit langem stellt sich die Frage.\n>\n> „Natürlich sind die Sanktionen legitim.“',
      '- Erstens\n- Zweitens',
      'Schluss.',
    ]);
  });

  it('keeps markup in a capture as text', () => {
    const result = edition([
      'Titel',
      PARAGRAPH,
      '<script>alert("x")</script> und [Link](javascript:alert(1)) *fett*',
      '# Keine Überschrift.',
    ]);
    expect(result.body).toContain('\\<script\\>alert("x")\\</script\\> und \\[Link\\](javascript:alert(1)) \\*fett\\*');
    expect(result.body).toContain('\\# Keine Überschrift.');
  });
});

describe('isSubhead', () => {
  it('is a short line without a sentence end, a question or an ellipsis allowed', () => {
    expect(isSubhead('Viel zu gewinnen')).toBe(true);
    expect(isSubhead('Für immer zusammen?')).toBe(true);
    expect(isSubhead('Nordkorea unterstützt Russland im Krieg gegen die Ukraine ...')).toBe(true);
    expect(isSubhead('Eine Bromance? Nicht genau.')).toBe(false);
    expect(isSubhead('„Macht nichts.“')).toBe(false);
    expect(isSubhead('Das wäre Musik in den Ohren von Kim Jong Un.')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { separateFurniture } from './furniture.ts';

/** The removed lines of a capture, flat. */
const removedLines = (capture: string) => separateFurniture(capture).removed.flatMap((item) => item.lines);
const kept = (capture: string) => separateFurniture(capture).blocks.map((block) => block.text);

const PARAGRAPH = 'Der Kreml hat die Berichte weder bestätigt noch dementiert. Was genau das bedeute, ließ er offen.';

describe('separateFurniture', () => {
  it('removes each kind of page furniture, word for word, with a German description', () => {
    const furniture = [
      'Anzeige',
      'Im Video: Putin dankt Kim für Unterstützung',
      '02:14 Min.',
      'Siehe auch  Ukraine-Krieg: USA liefern Kiew Raketen',
      'Teilen Facebook X WhatsApp E-Mail',
      'Folgen Sie uns auf Instagram',
      '[instagram-feed feed=1]',
      'Schaltfläche "Zurück zum Anfang"',
      '2 mins read',
      'Lesezeit: 4 Minuten',
      'Bild: Getty Images',
      '© IMAGO / ITAR-TASS',
      'Newsletter abonnieren',
    ];
    // Blank lines between, as most copies have them: a paragraph glued to a photo credit would be its caption (below).
    const capture = ['Eine Überschrift ohne Punkt', PARAGRAPH, ...furniture.flatMap((line) => [line, PARAGRAPH])].join(
      '\n\n',
    );
    const { removed, blocks } = separateFurniture(capture);
    expect(removed.flatMap((item) => item.lines)).toEqual(furniture);
    for (const item of removed) expect(item.description).toMatch(/\p{Lu}/u);
    expect(blocks.map((block) => block.text)).toEqual([
      'Eine Überschrift ohne Punkt',
      ...Array(furniture.length + 1).fill(PARAGRAPH),
    ]);
  });

  it('removes a link block with its links, and stops at the article going on', () => {
    const capture = [
      'Titel',
      PARAGRAPH,
      'Mehr zum Thema',
      'Putin und Kim unterzeichnen Pakt',
      '» Nordkorea liefert Granaten',
      'Zwischenüberschrift',
      PARAGRAPH,
    ].join('\n');
    expect(removedLines(capture)).toEqual([
      'Mehr zum Thema',
      'Putin und Kim unterzeichnen Pakt',
      '» Nordkorea liefert Granaten',
    ]);
    expect(kept(capture)).toContain('Zwischenüberschrift');
  });

  it('takes the last line of a link block for a link when a blank line ends the block, though a paragraph follows it', () => {
    const block = [
      'Mehr zum Thema',
      'Putin und Kim unterzeichnen Pakt',
      'Was der Krieg für Nordkoreas Wirtschaft bedeutet',
    ];
    const capture = ['Titel', '', PARAGRAPH, '', ...block, '', PARAGRAPH].join('\n');
    expect(removedLines(capture)).toEqual(block);
    // With a blank line before it, the line stands apart from the block: the article's next subhead.
    const apart = ['Titel', '', PARAGRAPH, '', ...block.slice(0, 2), '', block[2], '', PARAGRAPH].join('\n');
    expect(kept(apart)).toContain(block[2]);
  });

  it('takes the headline of an archived article in a link block for a link, though a paragraph follows it', () => {
    const capture = [
      'Titel',
      PARAGRAPH,
      'Mehr zum Thema',
      'Putin und Kim unterzeichnen Pakt',
      'Russland will Sanktionen gegen Nordkorea lockern',
      PARAGRAPH,
    ].join('\n');
    // Without the archive's headlines the last link looks like the next subhead, as before.
    expect(kept(capture)).toContain('Russland will Sanktionen gegen Nordkorea lockern');
    const { removed, blocks } = separateFurniture(
      capture,
      new Set(['Russland will Sanktionen gegen Nordkorea lockern']),
    );
    expect(removed.flatMap((item) => item.lines)).toEqual([
      'Mehr zum Thema',
      'Putin und Kim unterzeichnen Pakt',
      'Russland will Sanktionen gegen Nordkorea lockern',
    ]);
    expect(blocks.map((block) => block.text)).toEqual(['Titel', PARAGRAPH, PARAGRAPH]);
  });

  it('removes a programme note, the author box and the heading of a list of sources (the sources stay)', () => {
    const capture = [
      'Titel',
      PARAGRAPH,
      'Dieses Thema im Programm:',
      'Das Erste, tagesschau, 19.06.2024, 20:00 Uhr',
      'Erika Muster',
      'Erika Muster ist Redakteurin im Ressort Ausland und schreibt über Osteuropa.',
      'Verwendete Quellen:',
      'dpa: Putin in Pjöngjang',
    ].join('\n');
    const { removed, sourceLines } = separateFurniture(capture);
    expect(removed.map((item) => item.lines)).toEqual([
      ['Dieses Thema im Programm:', 'Das Erste, tagesschau, 19.06.2024, 20:00 Uhr'],
      ['Erika Muster', 'Erika Muster ist Redakteurin im Ressort Ausland und schreibt über Osteuropa.'],
      ['Verwendete Quellen:'],
    ]);
    expect(sourceLines.map((block) => block.text)).toEqual(['dpa: Putin in Pjöngjang']);
  });

  it('takes the date and cuts only the furniture glued to the journalism', () => {
    const { removed, blocks, date, url } = separateFurniture(
      ' date 2024-07 url https://example.org/a Russland will Sanktionen lockern.\nTitel Stand: 19.06.2024 14:27 Uhr\n' +
        PARAGRAPH,
    );
    expect(removed.map((item) => item.lines)).toEqual([
      ['date 2024-07 url https://example.org/a'],
      ['Stand: 19.06.2024 14:27 Uhr'],
    ]);
    expect(blocks.map((block) => block.text)).toEqual(['Russland will Sanktionen lockern.', 'Titel', PARAGRAPH]);
    // A printed date takes precedence over the capture's metadata.
    expect(date).toMatchObject({ basis: 'printed', value: '2024-06-19T14:27+02:00' });
    expect(url).toBe('https://example.org/a');
    expect(removed[0]!.description).not.toContain('als Datum übernommen');
  });

  it('removes a breadcrumb trail above the headline, not the headline', () => {
    expect(removedLines(`Startseite › Politik › Ausland\nPutin reist nach Nordkorea\n${PARAGRAPH}`)).toEqual([
      'Startseite › Politik › Ausland',
    ]);
    expect(
      removedLines(`Ukraine-Russland NachrichtenWelt Nachrichten\nPutin und Kim: Freunde in Not\n${PARAGRAPH}`),
    ).toEqual(['Ukraine-Russland NachrichtenWelt Nachrichten']);
    expect(removedLines(`Putin/Kim-Gipfel in Pjöngjang\nZweiter Tag\n${PARAGRAPH}`)).toEqual([]);
  });

  it('keeps the journalism: sentences that merely mention a date, a video or a share', () => {
    const capture = [
      'Titel',
      'Am 19. Juni 2024 landete Putin in Pjöngjang.',
      'Im Video, das das Staatsfernsehen zeigte, lächeln beide.',
      'Anzeige gegen Unbekannt erstattete die Polizei am Abend.',
      'Teilen wollte Kim die Macht nie.',
    ].join('\n');
    expect(removedLines(capture)).toEqual([]);
  });
});

/** Sentences and subheads of journalism that page furniture's patterns must leave in the text (a review's finds). */
describe('separateFurniture keeps journalism that looks like furniture', () => {
  const LONG =
    'Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, das Freibad im kommenden Sommer nicht zu öffnen, weil die Sanierung des Beckens teurer wird als geplant und die Fördermittel des Landes ausbleiben.';
  const keptOf = (lines: string[]) => kept(['Eine Überschrift ohne Punkt', LONG, ...lines, LONG].join('\n\n'));
  it.each([
    'Netflix erhöht den Preis für das Standard-Abo auf 13,99 Euro im Monat.',
    'Verträge sind nach dem neuen Gesetz künftig jederzeit kündbar, sagte die Ministerin.',
    'Rentenplus',
    'Dax-Plus',
    'Mit Material aus Brüssel wird die Umsetzung fortgesetzt.',
    'Mit Informationen der Polizei konnte der Täter rasch gefasst werden.',
    'Copyright-Verstöße im Netz nehmen zu, warnt der Verband.',
    '(c) Die Kosten trägt der Bund.',
    'Auch interessant ist, wie die Opposition reagiert hat.',
    'Lesen Sie mehr darüber, warum das so ist.',
    'Über dieses Thema berichtete der Ausschuss bereits im März, ohne Ergebnis.',
    'Im Programm der Partei steht seit 2019, dass die Steuer sinkt.',
    'Musk auf X',
    'Audio: Der Mitschnitt zeigt, wie der Streit eskalierte.',
    'Um unsere Webseite zu verstehen, muss man die Stadt kennen, sagte der Bürgermeister.',
    'Der Bundestag stimmte für den Entwurf (Quelle: Bundestag).',
    'Weitere Informationen',
    'Karriere',
    'Von Trump zu Merz',
  ])('keeps %j', (line) => {
    expect(keptOf([line])).toContain(line);
  });

  it('keeps a last line that ends as a question or a quotation does', () => {
    for (const last of ['Wie geht es weiter?', '„Wir geben nicht auf!“']) {
      expect(kept(['Eine Überschrift ohne Punkt', LONG, LONG, last, 'Impressum'].join('\n\n'))).toContain(last);
    }
  });

  it("keeps a paragraph glued to a figure's source line, and takes a caption glued to a photo's credit", () => {
    const figure = [
      'Eine Überschrift ohne Punkt',
      LONG,
      'Die Arbeitslosenquote stieg im Mai auf 6,2 Prozent.',
      'Quelle: Bundesagentur für Arbeit',
      LONG,
    ].join('\n');
    expect(kept(figure)).toContain('Die Arbeitslosenquote stieg im Mai auf 6,2 Prozent.');
    const photo = [
      'Eine Überschrift ohne Punkt',
      LONG,
      'Wasser steht am Morgen auf dem Parkplatz am Fischmarkt.',
      'Foto: Lena Hartwig/dpa',
      LONG,
    ].join('\n');
    expect(removedLines(photo)).toEqual([
      'Wasser steht am Morgen auf dem Parkplatz am Fischmarkt.',
      'Foto: Lena Hartwig/dpa',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatProblem } from '../schema/validation-message.ts';
import { captureLines, editionIntegrity, type EditionForIntegrity } from './edition-integrity.ts';

const CAPTURE_TEXT = [
  'Startseite › Politik',
  'Der Kicker',
  'Die Überschrift des Artikels',
  'Der Vorspann sagt, worum es geht.',
  'Erster Satz des Textes. Zweiter Satz mit "Zitat".',
  'Anzeige',
  'Dritter Satz am Ende.',
].join('\n');
const capture = { file: 'content/captures/x.txt', lines: captureLines('x.txt', CAPTURE_TEXT) };

const faithful: EditionForIntegrity = {
  file: 'content/articles/a.md',
  title: { kicker: 'Der Kicker', text: 'Die Überschrift des Artikels', editorial: false },
  teaser: { text: 'Der Vorspann sagt, worum es geht.', editorial: false },
  cited: [],
  removed: [{ lines: ['Startseite › Politik'] }, { lines: ['Anzeige'] }],
  body: 'Erster Satz des Textes. Zweiter Satz mit „Zitat“.\n\nDritter Satz am Ende.\n',
};

const problemsOf = (edition: EditionForIntegrity, against = capture) =>
  editionIntegrity(edition, against).map(formatProblem);

describe('the integrity of an edition', () => {
  it('finds nothing in an edition that keeps every line or lists it (typography aside)', () => {
    expect(problemsOf(faithful)).toEqual([]);
  });

  it('names the file and the sentence when a sentence of the journalism is deleted', () => {
    expect(problemsOf({ ...faithful, body: 'Erster Satz des Textes. Zweiter Satz mit „Zitat“.\n' })).toEqual([
      'content/articles/a.md: (body): not in the edition and not listed in provenance.removed: "Dritter Satz am Ende." (content/captures/x.txt)',
    ]);
  });

  it("names an altered sentence twice: the capture's is missing, the edition's not printed", () => {
    const problems = problemsOf({ ...faithful, body: faithful.body.replace('Dritter Satz', 'Vierter Satz') });
    expect(problems).toEqual([
      'content/articles/a.md: (body): not in the edition and not listed in provenance.removed: "Dritter Satz am Ende." (content/captures/x.txt)',
      'content/articles/a.md: (body): not printed in content/captures/x.txt: "Vierter Satz am Ende."',
    ]);
  });

  it('refuses a removed line the capture does not have, or has fewer times', () => {
    expect(problemsOf({ ...faithful, removed: [...faithful.removed, { lines: ['Nach oben'] }] })).toEqual([
      'content/articles/a.md: provenance.removed.2.lines.0: "Nach oben" is not a line of content/captures/x.txt (nor the start or end of one)',
    ]);
    expect(problemsOf({ ...faithful, removed: [...faithful.removed, { lines: ['Anzeige'] }] })).toEqual([
      'content/articles/a.md: provenance.removed.2.lines.0: "Anzeige" is listed 2 times, content/captures/x.txt has it 1 times',
    ]);
  });

  it('refuses furniture listed as removed but still in the text', () => {
    expect(problemsOf({ ...faithful, body: `${faithful.body}\nAnzeige\n` })).toEqual([
      'content/articles/a.md: provenance.removed.1.lines.0: "Anzeige" is listed as removed but still in the text',
    ]);
  });

  it("holds a printed title, kicker and teaser to the capture's words, an editorial title not", () => {
    expect(problemsOf({ ...faithful, title: { ...faithful.title, text: 'Eine andere Überschrift' } })).toContain(
      'content/articles/a.md: title.text: a printed title (editorial: false) is not in content/captures/x.txt: "Eine andere Überschrift"',
    );
    expect(problemsOf({ ...faithful, teaser: { text: 'Der Vorspann sagt es anders.', editorial: false } })).toContain(
      'content/articles/a.md: teaser.text: a printed teaser (editorial: false) is not in content/captures/x.txt: "Der Vorspann sagt es anders."',
    );
    const editorial = {
      ...faithful,
      title: { text: 'Ein Titel des Archivs', editorial: true },
      removed: [...faithful.removed, { lines: ['Der Kicker', 'Die Überschrift des Artikels'] }],
    };
    expect(problemsOf(editorial)).toEqual([]);
  });

  it('refuses a kicker both in the title and listed as removed, and a mention the capture does not print', () => {
    expect(problemsOf({ ...faithful, removed: [...faithful.removed, { lines: ['Der Kicker'] }] })).toEqual([
      'content/articles/a.md: provenance.removed.2.lines.0: "Der Kicker" is listed as removed but still in the text',
    ]);
    expect(problemsOf({ ...faithful, cited: [{ mention: 'meldete Interfax gestern' }] })).toEqual([
      'content/articles/a.md: source.cited.0.mention: the mention is not printed in content/captures/x.txt: "meldete Interfax gestern"',
    ]);
  });

  it('finds a line dropped though its words stand inside another sentence, and a sentence cut short', () => {
    const lines = [
      'Die Überschrift des Artikels',
      'Die Reaktionen',
      'Die Reaktionen waren heftig. Er sagte Nein.',
      'Nein.',
      'Die Steuer sinkt nicht.',
    ];
    const printed = { file: 'content/captures/y.txt', lines };
    const edition = {
      ...faithful,
      title: { text: 'Die Überschrift des Artikels', editorial: false },
      teaser: undefined,
      removed: [],
    };
    expect(
      problemsOf(
        {
          ...edition,
          body: '## Die Reaktionen\n\nDie Reaktionen waren heftig. Er sagte Nein.\n\nNein.\n\nDie Steuer sinkt nicht.\n',
        },
        printed,
      ),
    ).toEqual([]);
    expect(
      problemsOf(
        { ...edition, body: 'Die Reaktionen waren heftig. Er sagte Nein.\n\nNein.\n\nDie Steuer sinkt nicht.\n' },
        printed,
      ),
    ).toEqual([
      'content/articles/a.md: (body): not in the edition and not listed in provenance.removed: "Die Reaktionen" (content/captures/y.txt)',
    ]);
    expect(
      problemsOf(
        {
          ...edition,
          body: '## Die Reaktionen\n\nDie Reaktionen waren heftig. Er sagte Nein.\n\nDie Steuer sinkt nicht.\n',
        },
        printed,
      ),
    ).toEqual([
      'content/articles/a.md: (body): not in the edition and not listed in provenance.removed: "Nein." (content/captures/y.txt)',
    ]);
    expect(
      problemsOf(
        {
          ...edition,
          body: '## Die Reaktionen\n\nDie Reaktionen waren heftig. Er sagte Nein.\n\nNein.\n\nDie Steuer sinkt\n',
        },
        printed,
      ),
    ).toEqual([
      'content/articles/a.md: (body): not in the edition and not listed in provenance.removed: "Die Steuer sinkt nicht." (content/captures/y.txt)',
      'content/articles/a.md: (body): not printed in content/captures/y.txt: "Die Steuer sinkt"',
    ]);
  });

  it("makes a draft's findings warnings", () => {
    expect(
      problemsOf({ ...faithful, draft: true, body: 'Erster Satz des Textes. Zweiter Satz mit „Zitat“.\n' }),
    ).toEqual([
      'warning: content/articles/a.md: (body): not in the edition and not listed in provenance.removed: "Dritter Satz am Ende." (content/captures/x.txt)',
    ]);
  });

  it('reads a saved HTML page through its text view', () => {
    const html = `<html><head><title>Seite</title><script>document.write("Skript")</script></head><body>
      <nav><a href="/">Startseite</a> › <a href="/politik">Politik</a></nav>
      <article><p>Der Kicker</p><h1>Die Überschrift des Artikels</h1><p class="lead">Der Vorspann sagt, worum es geht.</p>
      <p>Erster Satz des Textes. Zweiter Satz mit "Zitat".</p><aside>Anzeige</aside><p>Dritter Satz <b>am</b> Ende.</p></article></body></html>`;
    const page = { file: 'content/captures/x.html', lines: captureLines('x.html', html) };
    expect(page.lines).toEqual(CAPTURE_TEXT.split('\n'));
    expect(problemsOf(faithful, page)).toEqual([]);
    expect(problemsOf({ ...faithful, body: 'Erster Satz des Textes. Zweiter Satz mit „Zitat“.\n' }, page)).toHaveLength(
      1,
    );
  });
});

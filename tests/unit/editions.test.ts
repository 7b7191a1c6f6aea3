import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateArticleFile } from '../../src/schema/article-file.ts';
import { listVocabulary as readVocabulary } from '../../src/reader/read-content.ts';

/**
 * The editions are faithful to their captures: every line of a capture is in
 * its edition (typography and Markdown aside) unless it is page furniture
 * listed here, and printed titles and teasers are the capture's own words.
 */
const FURNITURE: Record<string, string[]> = {
  '000_5f455d8639c74109': [
    'Auch interessant:',
    '⋙ Putins Plan B, falls Trump die US-Wahlen nicht gewinnt',
    '⋙ Wladimir Putin eröffnet Jagd auf Kritiker: Fahndungsliste nennt auch deutsche Namen',
    '⋙ Wladimir Putin und Kim Jong Un planen offenbar Treffen in Russland',
    'Verwendete Quellen:',
  ],
  '001_c85ec6657a75688d': ['date 2024-07', 'Anzeige', 'Im Video: USA in Sorge: Putin bringt Waffenlieferungen nach Nordkorea ins Spiel', 'Im Video: Vor Nordkorea-Reise: Putin dankt Kim für Unterstützung im Ukraine-Krieg'],
  '002_7491ef1a70dbf932': [
    'Ukraine-Russland NachrichtenWelt Nachrichten',
    'Siehe auch  Morgenbesprechung in der Ukraine: Fünf Entwicklungen, da die USA weitere 800 Millionen Dollar an Militärhilfe zugesagt haben',
    'Siehe auch  Ukraine-Krieg: USA liefern Kiew ATACMS-Langstreckenraketen – Medienberichte',
    'Bild: Getty Images',
    'Sophie Müller',
    // The site's author bio, removed whole.
    'Sophie Müller ist eine gebürtige Stuttgarterin und erfahrene Journalistin mit Schwerpunkt Wirtschaft. Sie absolvierte ihr Studium der Journalistik und Betriebswirtschaft an der Universität Stuttgart und hat seitdem für mehrere renommierte Medienhäuser gearbeitet. Sophie ist Mitglied in der Deutschen Fachjournalisten-Assoziation und wurde für ihre eingehende Recherche und klare Sprache mehrmals ausgezeichnet. Ihre Artikel decken ein breites Spektrum an Themen ab, von der lokalen Wirtschaftsentwicklung bis hin zu globalen Finanztrends. Wenn sie nicht gerade schreibt oder recherchiert, genießt Sophie die vielfältigen kulturellen Angebote Stuttgarts und ist eine begeisterte Wanderin im Schwäbischen Wald.',
    'Ähnliche Artikel',
    'Schaltfläche "Zurück zum Anfang"',
  ],
  '003_8186d7623cbe01d7': ['Stand: 19.06.2024 14:27 Uhr'],
  '004_89ae70b186e0ea4d': ['Juni 19, 2024', '2 mins read', 'Latest from Blog', 'withemes on instagram', '[instagram-feed feed=1]'],
};

/** Same text whatever the typography: quotes, ellipses, Markdown marks and spacing. */
function normalise(text: string): string {
  return text
    .replace(/[„“”]/g, '"')
    .replace(/[‚‘’]/g, "'")
    .replace(/…/g, '...')
    .replace(/\\([[\]])/g, '$1')
    .replace(/^(#+ |> ?|- )/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const vocabulary = readVocabulary('content');
const editions = readdirSync('content/articles').map((name) => {
  const result = validateArticleFile(name, readFileSync(`content/articles/${name}`, 'utf8'), vocabulary);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return { name, ...result };
});
const captures = readdirSync('content/captures').map((name) => name.replace(/\.txt$/, ''));

describe('the editions', () => {
  it('cover every capture exactly once', () => {
    expect(editions.map((edition) => edition.data.provenance.capture).sort()).toEqual(captures.sort());
  });

  describe.each(editions)('$name', ({ data, body }) => {
    const capture = readFileSync(`content/captures/${data.provenance.capture}.txt`, 'utf8');
    const furniture = FURNITURE[data.provenance.capture] ?? [];
    const edition = normalise(
      [data.title.kicker, data.title.text, data.teaser?.text, body, ...data.source.cited.map((c) => c.mention)].join('\n'),
    );

    it('keeps every line of the journalism', () => {
      // Furniture is a whole line or its start or end: 001 begins with "date 2024-07"
      // before its lead, 003 ends its headline line with the "Stand". Longest first,
      // so the author bio goes before the author's name.
      const items = furniture.map(normalise).sort((a, b) => b.length - a.length);
      const stripFurniture = (line: string) =>
        items.reduce((rest, item) => {
          if (rest.startsWith(item)) return rest.slice(item.length).trim();
          if (rest.endsWith(item)) return rest.slice(0, -item.length).trim();
          return rest;
        }, line);
      const missing = capture
        .split('\n')
        .map((line) => stripFurniture(normalise(line)))
        .flatMap((line) => line.split(/(?<=[.!?:"])\s+(?=[A-ZÄÖÜ"])/))
        .filter((sentence) => sentence !== '' && !edition.includes(sentence));
      expect(missing).toEqual([]);
    });

    it('adds nothing to the journalism: every sentence of the body is in the capture', () => {
      const printed = normalise(capture);
      const added = normalise(body)
        .split(/(?<=[.!?:"])\s+(?=[A-ZÄÖÜ"])/)
        .filter((sentence) => sentence !== '' && !printed.includes(sentence));
      expect(added).toEqual([]);
    });

    it('takes a printed title and teaser word for word from the capture, shortened only with […]', () => {
      const printed = normalise(capture);
      if (!data.title.editorial) expect(printed).toContain(normalise(data.title.text));
      // A draft's teaser may still be open.
      if (data.teaser && !data.teaser.editorial) {
        for (const part of data.teaser.text.split('[…]')) expect(printed).toContain(normalise(part));
      }
    });

    it('drops the page furniture', () => {
      for (const item of furniture) expect(normalise(body)).not.toContain(normalise(item));
    });
  });
});

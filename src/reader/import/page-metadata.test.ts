import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from './html-text.ts';
import { germanDateValue, ISO_DATE, pageMetadata, SINGLEFILE_COMMENT } from './page-metadata.ts';

const metadataOf = (html: string) => pageMetadata(parsePage(html), html);
const page = (head: string, body = '<p>Text</p>') =>
  `<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`;
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('pageMetadata', () => {
  it('reads a JSON-LD NewsArticle with an array of authors', () => {
    const html = page(
      jsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: '  Hafenbilanz:\n weniger   Container ',
        datePublished: '2025-03-26T12:04:00+01:00',
        dateModified: '2025-03-26T16:37:00+01:00',
        author: [
          { '@type': 'Person', name: 'Anke Lüdemann' },
          { '@type': 'Person', name: 'Tobias Kracht' },
          'Jana Brückner',
        ],
        publisher: { '@type': 'Organization', name: 'WESER-KURIER' },
        url: 'https://www.weser-kurier.de/bremen/hafen-doc1',
      }) + '<title>Anderer Titel | WESER-KURIER</title><meta property="og:title" content="OG-Titel">',
    );
    expect(metadataOf(html)).toEqual({
      headline: 'Hafenbilanz: weniger Container',
      published: '2025-03-26T12:04:00+01:00',
      modified: '2025-03-26T16:37:00+01:00',
      authors: ['Anke Lüdemann', 'Tobias Kracht', 'Jana Brückner'],
      publisher: 'WESER-KURIER',
      canonical: 'https://www.weser-kurier.de/bremen/hafen-doc1',
    });
  });

  it('finds the article in a @graph, follows @id references and decodes entities in JSON-LD strings', () => {
    const html = page(
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': 'https://example.de/#org', name: 'Beispiel &amp; Co.' },
          { '@type': 'WebPage', '@id': 'https://example.de/artikel.html', name: 'Seite' },
          { '@type': 'Person', '@id': 'https://example.de/#p1', name: 'Katrin Hellwig' },
          {
            '@type': ['ReportageNewsArticle'],
            headline: 'Der &bdquo;Vulkan&ldquo; bricht aus &#8211; erneut',
            datePublished: '2025-11-03T23:48:00+01:00',
            author: { '@id': 'https://example.de/#p1' },
            publisher: { '@id': 'https://example.de/#org' },
            mainEntityOfPage: { '@id': 'https://example.de/artikel.html' },
          },
        ],
      }),
    );
    expect(metadataOf(html)).toMatchObject({
      headline: 'Der „Vulkan“ bricht aus – erneut',
      authors: ['Katrin Hellwig'],
      publisher: 'Beispiel & Co.',
      canonical: 'https://example.de/artikel.html',
    });
  });

  it('skips JSON-LD that does not parse and reads the next block', () => {
    const html = page(
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "kaputt",</script>' +
        '<script type="application/ld+json">not json at all</script>' +
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Zeile\nmit Umbruch"}</script>',
    );
    expect(() => metadataOf(html)).not.toThrow();
    expect(metadataOf(html).headline).toBe('Zeile mit Umbruch');
  });

  it('takes a WebPage only when no article is described', () => {
    const html = page(
      jsonLd([
        { '@type': 'WebPage', name: 'Seite', headline: 'Seitentitel' },
        { '@type': 'https://schema.org/NewsArticle', headline: 'Artikel' },
      ]),
    );
    expect(metadataOf(html).headline).toBe('Artikel');
    expect(metadataOf(page(jsonLd({ '@type': 'WebPage', headline: 'Seitentitel' }))).headline).toBe('Seitentitel');
  });

  it('reads Open Graph and article:* alone', () => {
    const html = page(`
      <title>Titel im Tab</title>
      <meta property="og:title" content="Robben &amp; Rekorde">
      <meta property="og:site_name" content="NDR">
      <meta property="og:description" content="Auf der Düne …">
      <meta name="description" content="Längere Beschreibung">
      <meta property="og:url" content="https://www.ndr.de/robben.html">
      <meta property="article:published_time" content="2025-01-21T15:12:00+01:00">
      <meta property="og:updated_time" content="2025-01-21T17:48:00+01:00">
      <meta property="article:author" content="https://www.facebook.com/ndr">
      <meta property="article:author" content="Jannik Sörensen">`);
    expect(metadataOf(html)).toEqual({
      headline: 'Robben & Rekorde',
      published: '2025-01-21T15:12:00+01:00',
      modified: '2025-01-21T17:48:00+01:00',
      authors: ['Jannik Sörensen'],
      siteName: 'NDR',
      canonical: 'https://www.ndr.de/robben.html',
      description: 'Auf der Düne …',
    });
  });

  it('reads meta name=date and Dublin Core alone, whatever their case, and skips a date that is not ISO 8601', () => {
    const html = page(`
      <title> Düsseldorf: Urteil </title>
      <meta name="date" content="11.02.2025">
      <meta name="DC.Date.Issued" content="2025-02-11T17:30:00+01:00">
      <meta name="dc.date.modified" content="2025-02-12">
      <meta name="DC.creator" content="Jana Brückner">
      <meta name="DC.publisher" content="Rheinische Post">
      <meta name="application-name" content="RP Online">`);
    expect(metadataOf(html)).toEqual({
      headline: 'Düsseldorf: Urteil',
      published: '2025-02-11T17:30:00+01:00',
      modified: '2025-02-12',
      authors: ['Jana Brückner'],
      publisher: 'Rheinische Post',
      siteName: 'RP Online',
    });
  });

  it('reads the comment SingleFile puts at the top, and only there', () => {
    const html =
      '<!DOCTYPE html> <html lang="de"><!--\n Page saved with SingleFile \n' +
      ' url: https://www.t-online.de/id_1/vulkan.html \n' +
      ' saved date: Tue Nov 04 2025 07:41:12 GMT+0100 (Mitteleuropäische Normalzeit)\n' +
      '--><head><title>Vulkan</title></head><body></body></html>';
    expect(metadataOf(html).savedFrom).toEqual({
      url: 'https://www.t-online.de/id_1/vulkan.html',
      date: '2025-11-04T07:41:12+01:00',
    });
    expect(germanDateValue(metadataOf(html).savedFrom!.date!)).toBe('2025-11-04T07:41+01:00');
    expect(
      metadataOf(page('', '<!-- Page saved with SingleFile url: https://a.example/ -->')).savedFrom,
    ).toBeUndefined();
  });

  it('prefers the canonical link to og:url and og:url to JSON-LD, and takes absolute web addresses only', () => {
    const ld = jsonLd({
      '@type': 'NewsArticle',
      url: 'https://example.de/ld',
      mainEntityOfPage: 'https://example.de/main',
    });
    const og = '<meta property="og:url" content="https://example.de/og">';
    expect(metadataOf(page(`<link rel="canonical" href="https://example.de/canonical">${og}${ld}`)).canonical).toBe(
      'https://example.de/canonical',
    );
    expect(metadataOf(page(`<link rel="canonical" href="/relativ">${og}${ld}`)).canonical).toBe(
      'https://example.de/og',
    );
    expect(metadataOf(page(`<link rel="Canonical" href="file:///C:/seite.html">${ld}`)).canonical).toBe(
      'https://example.de/ld',
    );
    expect(
      metadataOf(
        page(
          jsonLd({
            '@type': 'NewsArticle',
            mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.de/main' },
          }),
        ),
      ).canonical,
    ).toBe('https://example.de/main');
    expect(metadataOf(page('<link rel="canonical" href="javascript:alert(1)">')).canonical).toBeUndefined();
  });

  it('leaves an organisation named as author out of the authors, the publisher when none is named', () => {
    const byOrganisation = (name: string) =>
      jsonLd({ '@type': 'NewsArticle', author: { '@type': 'Organization', name } });
    const organisationOnly = page(`${byOrganisation('t-online')}<meta name="author" content="t-online">`);
    expect(metadataOf(organisationOnly)).toMatchObject({ authors: [], publisher: 't-online' });
    const withPublisher = page(
      jsonLd({
        '@type': 'NewsArticle',
        author: [
          { '@type': 'Organization', name: 'dpa' },
          { '@type': 'Person', name: 'Eva Roth' },
        ],
        publisher: { name: 'taz' },
      }),
    );
    expect(metadataOf(withPublisher)).toMatchObject({ authors: ['Eva Roth'], publisher: 'taz' });
    const personInMeta = page(`${byOrganisation('SPIEGEL')}<meta name="author" content="Eva Roth">`);
    expect(metadataOf(personInMeta)).toMatchObject({ authors: ['Eva Roth'], publisher: 'SPIEGEL' });
  });

  it('falls back to meta authors when JSON-LD names no person, keeping each name once', () => {
    const html = page(
      `${jsonLd({ '@type': 'NewsArticle', headline: 'X' })}<meta name="author" content="Jana Brückner">` +
        '<meta name="author" content="jana brückner"><meta name="DC.creator" content="Andere">',
    );
    expect(metadataOf(html).authors).toEqual(['Jana Brückner']);
  });

  it('returns only authors for a page that says nothing about itself', () => {
    expect(metadataOf('<p>Nur Text</p>')).toEqual({ authors: [] });
  });
});

describe('germanDateValue', () => {
  it('turns a UTC time into German winter or summer time', () => {
    expect(germanDateValue('2025-01-21T14:12:00Z')).toBe('2025-01-21T15:12+01:00');
    expect(germanDateValue('2025-07-21T14:12:00.000Z')).toBe('2025-07-21T16:12+02:00');
    // The day changes with the zone.
    expect(germanDateValue('2025-11-03T23:48Z')).toBe('2025-11-04T00:48+01:00');
  });

  it('converts any offset, around the changes of the clocks too', () => {
    expect(germanDateValue('2025-03-12T09:27:00-04:00')).toBe('2025-03-12T14:27+01:00');
    expect(germanDateValue('2025-03-12T14:27+0100')).toBe('2025-03-12T14:27+01:00');
    expect(germanDateValue('2025-03-30T00:59Z')).toBe('2025-03-30T01:59+01:00');
    expect(germanDateValue('2025-03-30T01:00Z')).toBe('2025-03-30T03:00+02:00');
    // 02:30 happens twice on 26 October 2025: first in summer, then in winter time.
    expect(germanDateValue('2025-10-26T00:30Z')).toBe('2025-10-26T02:30+02:00');
    expect(germanDateValue('2025-10-26T01:30Z')).toBe('2025-10-26T02:30+01:00');
  });

  it('keeps a day a day, reads a time without offset as German local time, and refuses the rest', () => {
    expect(germanDateValue('2025-03-12')).toBe('2025-03-12');
    expect(germanDateValue('2025-07-01 08:05:00')).toBe('2025-07-01T08:05+02:00');
    expect(germanDateValue('2025-02-30')).toBeUndefined();
    expect(germanDateValue('2025-03-12T24:10:00Z')).toBeUndefined();
    expect(germanDateValue('12.03.2025')).toBeUndefined();
    expect(germanDateValue('Tue, 15 Nov 2024 08:12:31 GMT')).toBeUndefined();
  });
});

describe('the HTML pages of the import test set', () => {
  const SET = 'tests/fixtures/import/set';
  const pages = readdirSync(SET).filter((name) => /^html-.*\.html$/.test(name));

  it('has pages to check', () => expect(pages.length).toBeGreaterThanOrEqual(4));

  it.each(pages)('%s: the metadata gives the labelled date, address and byline', (name) => {
    const html = readFileSync(`${SET}/${name}`, 'utf8');
    const labels = readFileSync(`${SET}/${name.replace(/\.html$/, '.labels.txt')}`, 'utf8');
    const header = (key: string) => new RegExp(`^# ${key}: (.*)$`, 'm').exec(labels)?.[1]?.trim();
    const metadata = metadataOf(html);
    expect(germanDateValue(metadata.published ?? '')).toBe(header('date')?.split(' ').at(-1));
    expect(metadata.canonical).toBe(header('url'));
    expect(metadata.authors.join(' und ') || 'none').toBe(header('byline'));
  });
});

describe('the patterns of page metadata', () => {
  it("SINGLEFILE_COMMENT takes the comment at a saved page's start, after the doctype and <html> only", () => {
    const saved = [
      '<!DOCTYPE html> <html lang="de"><!--\n Page saved with SingleFile \n url: https://example.de/a \n-->',
      '\uFEFF<!-- Page saved with SingleFile url: https://example.de/a -->',
    ];
    for (const html of saved) expect(SINGLEFILE_COMMENT.exec(html)?.[1]).toContain('url: https://example.de/a');
    const not = [
      '<!doctype html><html><head><!-- Page saved with SingleFile --></head>',
      '<!doctype html><html><body><p>Page saved with SingleFile</p></body></html>',
      '<!-- Saved by another tool -->',
    ];
    expect(not.filter((html) => SINGLEFILE_COMMENT.test(html))).toEqual([]);
  });

  it('ISO_DATE reads a day, a time and a zone into groups, and nothing else', () => {
    const groups = (text: string) => ISO_DATE.exec(text)?.slice(1);
    expect(groups('2025-03-12')).toEqual(['2025', '03', '12', undefined, undefined, undefined, undefined]);
    expect(groups('2025-03-12T13:27:00Z')).toEqual(['2025', '03', '12', '13', '27', '00', 'Z']);
    expect(groups('2025-03-12 13:27')).toEqual(['2025', '03', '12', '13', '27', undefined, undefined]);
    expect(groups('2025-03-12T13:27:00.123+01:00')).toEqual(['2025', '03', '12', '13', '27', '00', '+01:00']);
    expect(groups('2025-03-12t13:27+0100')).toEqual(['2025', '03', '12', '13', '27', undefined, '+0100']);
    const not = ['12.03.2025', '2025-3-12', '2025-03-12T13', '2025-03-12T13:27 MEZ', 'Stand: 2025-03-12'];
    expect(not.filter((text) => ISO_DATE.test(text))).toEqual([]);
  });
});

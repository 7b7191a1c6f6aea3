import { describe, expect, it } from 'vitest';
import { de } from './de.ts';

describe('numbers in German sentences', () => {
  it('make the verb agree: one article appeared, one names, several name', () => {
    expect(de.sources.listingIntro(1, 1)).toBe('1 Artikel erschien hier, 1 nennt diese Quelle.');
    expect(de.sources.listingIntro(5, 2)).toBe('5 Artikel erschienen hier, 2 nennen diese Quelle.');
    expect(de.sources.listingIntro(0, 0)).toBe('Kein Artikel erschien hier, keiner nennt diese Quelle.');
  });

  it("count a source's articles in the right number, for one and for several", () => {
    expect(de.sources.publishedCount(1)).toBe('1 Artikel');
    expect(de.sources.publishedCount(5)).toBe('5 Artikel');
    expect(de.search.shortcut.source('n-tv', 1, 0)).toBe('Quelle: n-tv, 1 Artikel');
    expect(de.search.shortcut.source('dpa', 3, 1)).toBe('Quelle: dpa, 3 Artikel, zitiert in 1 Artikel');
    expect(de.search.shortcut.source('TASS', 0, 2)).toBe('Quelle: TASS, zitiert in 2 Artikeln');
  });

  it('speak of "the newest" only where there are several', () => {
    expect(de.home.intro(1)).toBe('1 Artikel.');
    expect(de.home.intro(5)).toBe('5 Artikel, die neuesten zuerst.');
  });
});

describe('the citation', () => {
  it('nests quotation marks the German way', () => {
    const text = de.citation.text({
      who: 'dpa',
      title: 'Zwei „innige Freunde“',
      translated: false,
      date: '2024',
      siteName: 'Archiv',
      url: 'u',
    });
    expect(text).toBe('dpa: „Zwei ‚innige Freunde‘“, 2024. Archiviert im Archiv: u');
  });
});

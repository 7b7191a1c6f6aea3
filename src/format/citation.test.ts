import { describe, expect, it } from 'vitest';
import { citationMeta, citationText, jsonForScript, newsArticleJsonLd, type CitableArticle } from './citation.ts';
import { inferred, published, updated } from '../schema/test-dates.ts';

const base: CitableArticle = {
  title: 'Ein Titel',
  teaser: 'Ein Vorspann.',
  date: published('2024-06-19'),
  source: {
    publication: 'Quelle nicht angegeben',
    publicationKnown: false,
    cited: [{ id: 'tass', name: 'TASS', mention: 'laut TASS' }],
  },
  tags: ['Russland', 'Nordkorea'],
  permanentUrl: 'https://archiv.example/a/004_x/',
  url: 'https://archiv.example/artikel/ein-titel/',
  translation: true,
  image: { url: 'https://archiv.example/vorschaubild.png', width: 1200, height: 630 },
};

describe('citationText', () => {
  it('cites source, title, date at its precision and the permanent URL', () => {
    expect(citationText(base, 'Nachrichtenarchiv')).toBe(
      'Quelle nicht angegeben: „Ein Titel“ (Übersetzung), 19. Juni 2024. Archiviert im Nachrichtenarchiv: https://archiv.example/a/004_x/',
    );
    expect(
      citationText({ ...base, date: inferred('2023-07', '2023-12'), translation: false }, 'Nachrichtenarchiv'),
    ).toContain('„Ein Titel“, Juli bis Dezember 2023 (erschlossen).');
  });
});

describe('citationText quotes', () => {
  it('turns quotation marks inside the quoted title into the inner German ones', () => {
    expect(citationText({ ...base, title: 'Zwei „innige Freunde“ rücken zusammen' }, 'Nachrichtenarchiv')).toContain(
      ': „Zwei ‚innige Freunde‘ rücken zusammen“ (Übersetzung),',
    );
  });
});

describe('citationMeta', () => {
  it('gives a publication date only for a known publication date, at its precision', () => {
    expect(citationMeta(base)).toContainEqual(['citation_publication_date', '2024/06/19']);
    expect(citationMeta({ ...base, date: published('2024-07') })).toContainEqual(['citation_publication_date', '2024']);
    expect(citationMeta({ ...base, date: published('2024') })).toContainEqual(['citation_publication_date', '2024']);
    expect(citationMeta({ ...base, date: inferred('2024') }).map(([name]) => name)).not.toContain(
      'citation_publication_date',
    );
    expect(citationMeta({ ...base, date: updated('2024-06-19T14:27+02:00') })).toContainEqual([
      'citation_online_date',
      '2024/06/19',
    ]);
  });

  it('names no journal when the publication is not stated', () => {
    expect(citationMeta(base).map(([name]) => name)).not.toContain('citation_journal_title');
  });
});

describe('newsArticleJsonLd', () => {
  it('never gives an inferred date as datePublished and a Stand only as dateModified', () => {
    expect(newsArticleJsonLd({ ...base, date: inferred('2024') }, 'x')).not.toHaveProperty('datePublished');
    const stand = newsArticleJsonLd({ ...base, date: updated('2024-06-19T14:27+02:00') }, 'x');
    expect(stand).toMatchObject({ dateModified: '2024-06-19T14:27+02:00' });
    expect(stand).not.toHaveProperty('datePublished');
    expect(newsArticleJsonLd(base, 'x')).toMatchObject({
      datePublished: '2024-06-19',
      isBasedOn: [{ name: 'laut TASS', publisher: { name: 'TASS' } }],
    });
    expect(newsArticleJsonLd(base, 'x')).not.toHaveProperty('publisher');
  });

  it('shows the share card as its image, with its size', () => {
    expect(newsArticleJsonLd(base, 'x')).toMatchObject({
      image: { '@type': 'ImageObject', url: 'https://archiv.example/vorschaubild.png', width: 1200, height: 630 },
    });
  });

  it('is safe inside a script element', () => {
    expect(jsonForScript({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

import { describe, expect, it } from 'vitest';
import { feedItems } from '../format/feed.ts';
import { paths } from '../routes.ts';
import { inferred, published } from '../schema/test-dates.ts';
import { archiveByYear } from './archive-time.ts';
import { sortNewestFirst } from './article-order.ts';
import { articlesBySource } from './source-index.ts';

describe('a draft with open fields in the lists of npm run dev', () => {
  const draft = {
    id: 'entwurf',
    data: {
      draft: true,
      title: { text: 'Entwurf' },
      date: undefined,
      tags: [],
      source: { cited: [{ source: 'dpa' }] },
    },
  };
  const dated = {
    id: 'alt',
    data: {
      title: { text: 'Alt' },
      date: published('2024-06-19'),
      tags: [],
      source: { publication: 'unstated', cited: [] },
    },
  };
  const period = {
    id: 'zeitraum',
    data: {
      title: { text: 'Zeitraum' },
      date: inferred('2023-07', '2023-12'),
      tags: [],
      source: { publication: 'dpa', cited: [] },
    },
  };

  it('comes first while its date is open: it is the newest work', () => {
    expect(sortNewestFirst([dated, draft, period]).map((article) => article.id)).toEqual([
      'entwurf',
      'alt',
      'zeitraum',
    ]);
  });

  it('sits in no year, and under no publication until one is chosen', () => {
    expect(archiveByYear([draft, dated]).map((year) => [year.year, year.count])).toEqual([[2024, 1]]);
    const bySource = articlesBySource([draft, dated]);
    expect(bySource.get('nicht-angegeben')?.all.map((article) => article.id)).toEqual(['alt']);
    expect(bySource.get('dpa')?.cited.map((article) => article.id)).toEqual(['entwurf']);
  });
});

describe('feeds', () => {
  it('carry no draft, even in npm run dev', () => {
    const teaser = { text: 'Ein Vorspann.' };
    const items = feedItems(
      [
        { id: 'entwurf', data: { draft: true, title: { text: 'Entwurf' }, teaser, date: published('2024-06-20') } },
        { id: 'artikel', data: { title: { text: 'Artikel' }, teaser, date: published('2024-06-19') } },
      ],
      () => [],
    );
    expect(items.map((item) => item.link)).toEqual([paths.article('artikel')]);
  });
});

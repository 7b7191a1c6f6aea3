import { describe, expect, it } from 'vitest';
import { searchFields } from '../routes.ts';
import { inferred, published } from '../schema/test-dates.ts';
import { loadLexicon } from './decompound.ts';
import { searchRecord, yearsOf } from './search-record.ts';

describe('yearsOf', () => {
  it('gives the year of a date and every year of a period', () => {
    expect(yearsOf(published('2024-06-19'))).toEqual(['2024']);
    expect(yearsOf(inferred('2023-11', '2024-02'))).toEqual(['2023', '2024']);
    expect(yearsOf(inferred('2023-07', '2023-12'))).toEqual(['2023']);
  });
});

describe('searchRecord', () => {
  const { meta, filters } = searchFields;
  const record = searchRecord(
    {
      text: 'Kim Jong-un liefert Artilleriemunition nach Pjöngjang.',
      date: published('2024-06-19'),
      sourceLine: {
        publication: 'Quelle nicht angegeben',
        publicationKnown: false,
        cited: [{ id: 'tass', name: 'TASS', mention: 'laut TASS' }],
      },
      tagLabels: ['Kim Jong Un', 'Nordkorea'],
      citedNames: ['TASS', 'Nachrichtenagentur TASS', 'TASS'],
      position: 0,
      archiveSize: 5,
    },
    { lexicon: loadLexicon(), spellingGroups: [['Kim Jong Un', 'Kim Jong-un']] },
  );

  it('keeps date, source and tags as searchable metadata, and the hidden terms apart', () => {
    expect(record.meta).toEqual({
      [meta.date]: '19. Juni 2024',
      [meta.publication]: 'Quelle nicht angegeben',
      [meta.cited]: 'TASS, Nachrichtenagentur TASS',
      [meta.topics]: 'Kim Jong Un, Nordkorea',
      [meta.variants]: 'Artillerie Kim Jong Un Munition Pjoengjang',
    });
  });

  it('files the article under its tags, its publication and cited sources, and its year', () => {
    expect(record.filters).toEqual({
      [filters.topic]: ['Kim Jong Un', 'Nordkorea'],
      [filters.source]: ['Quelle nicht angegeben', 'TASS'],
      [filters.year]: ['2024'],
    });
  });

  it('sorts the newest article of the archive highest', () => {
    expect(record.sortKey).toBe('0000005');
  });
});

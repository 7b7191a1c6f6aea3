import { describe, expect, it } from 'vitest';
import { searchFields } from '../routes.ts';
import { inferred, published } from '../schema/test-dates.ts';
import { compoundSplitter, loadLexicon } from './decompound.ts';
import { readNamePairs, readUnsearchable } from './index-fields.ts';
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
      sortKey: 's17399312000100000000000000001',
    },
    { partsOf: compoundSplitter(loadLexicon()), spellingGroups: [['Kim Jong Un', 'Kim Jong-un']] },
  );

  it('keeps the line a result shows as no searchable word, and the hidden terms with what they stand for', () => {
    expect(readUnsearchable(record.meta[meta.line])).toBe('19. Juni 2024 · Quelle nicht angegeben');
    expect(record.meta[meta.line]).not.toMatch(/[\p{L}\p{N}]/u);
    expect(record.meta[meta.variants]).toBe('Artillerie Kim Jong Un Munition');
    expect(record.meta[meta.why]).not.toMatch(/[\p{L}\p{N}]/u);
    expect(readNamePairs(record.meta[meta.why])).toEqual([{ term: 'Kim Jong Un', printed: 'Kim Jong-un' }]);
  });

  it('files the article under its tags, its publication and cited sources, and its year', () => {
    expect(record.filters).toEqual({
      [filters.topic]: ['Kim Jong Un', 'Nordkorea'],
      [filters.source]: ['Quelle nicht angegeben', 'TASS'],
      [filters.year]: ['2024'],
    });
  });

  it("carries the article's key in the archive's order", () => {
    expect(record.sortKey).toBe('s17399312000100000000000000001');
  });
});

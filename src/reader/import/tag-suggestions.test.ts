import { describe, expect, it } from 'vitest';
import { suggestTags } from './tag-suggestions.ts';

const TAGS = [
  { id: 'wladimir-putin', label: 'Wladimir Putin', kind: 'person', aliases: ['Putin'], related: [] },
  { id: 'sanktionen', label: 'Sanktionen', kind: 'thema', aliases: [], related: ['Sanktion', 'UN-Sanktionen'] },
  { id: 'waffenlieferungen', label: 'Waffen und Munition', kind: 'thema', aliases: [], related: ['Munition'] },
  { id: 'seoul', label: 'Seoul', kind: 'ort', aliases: [], related: [] },
];

describe('suggestTags', () => {
  it('ranks the tags whose names occur, inflected and in compounds, the headline weighing most', () => {
    const suggestions = suggestTags(
      { title: 'Putins Geschenk', teaser: '', body: 'Putin liefert trotz UN-Sanktionen. Die Sanktionen wirken kaum. Artilleriemunition fehlt.' },
      TAGS,
    );
    expect(suggestions.map((tag) => tag.id)).toEqual(['wladimir-putin', 'sanktionen', 'waffenlieferungen']);
  });

  it('suggests nothing for a name that is part of another word', () => {
    expect(suggestTags({ title: '', teaser: '', body: 'Die Seoulerin kam nicht.' }, TAGS)).toEqual([]);
  });
});

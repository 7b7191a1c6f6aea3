import { describe, expect, it } from 'vitest';
import { feedDate, feedItems } from './feed.ts';
import { inferred, published, updated } from '../schema/test-dates.ts';

describe('feedDate', () => {
  it('states a printed day or time, and nothing less precise', () => {
    expect(feedDate(published('2024-06-19'))?.toISOString()).toBe('2024-06-19T00:00:00.000Z');
    expect(feedDate(updated('2024-06-19T14:27+02:00'))?.toISOString()).toBe('2024-06-19T12:27:00.000Z');
    expect(feedDate(published('2024-07'))).toBeUndefined();
    expect(feedDate(inferred('2024'))).toBeUndefined();
  });
});

describe('feedItems', () => {
  it('keeps the newest twenty, with kicker and title, teaser and categories', () => {
    const articles = Array.from({ length: 25 }, (_, i) => ({
      id: `a${i}`,
      data: { title: { text: `Titel ${i}`, kicker: i === 0 ? 'Dachzeile' : undefined }, teaser: { text: 'Vorspann' }, date: published('2024-07') },
    }));
    const items = feedItems(articles, () => ['Russland']);
    expect(items).toHaveLength(20);
    expect(items[0]).toEqual({ title: 'Dachzeile: Titel 0', link: '/artikel/a0/', description: 'Vorspann', categories: ['Russland'] });
  });
});

import { describe, expect, it } from 'vitest';
import { feedChannel, feedDate, feedItems } from './feed.ts';
import { inferred, published, updated } from '../schema/test-dates.ts';

describe('feedDate', () => {
  it('states a printed time as an instant, a printed day as that day without a time, and nothing less precise', () => {
    expect(feedDate(published('2024-06-19'))).toEqual({ day: '2024-06-19' });
    expect(feedDate(updated('2024-06-19T14:27+02:00'))).toEqual({ instant: new Date('2024-06-19T12:27:00.000Z') });
    expect(feedDate(published('2024-07'))).toBeUndefined();
    expect(feedDate(inferred('2024'))).toBeUndefined();
  });
});

describe('feedItems', () => {
  it('keeps the newest twenty, with kicker and title, teaser and categories', () => {
    const articles = Array.from({ length: 25 }, (_, i) => ({
      id: `a${i}`,
      data: {
        title: { text: `Titel ${i}`, kicker: i === 0 ? 'Dachzeile' : undefined },
        teaser: { text: 'Vorspann' },
        date: published('2024-07'),
      },
    }));
    const items = feedItems(articles, () => ['Russland']);
    expect(items).toHaveLength(20);
    expect(items[0]).toEqual({
      title: 'Dachzeile: Titel 0',
      link: '/artikel/a0/',
      description: 'Vorspann',
      categories: ['Russland'],
    });
  });
});

describe('feedItems dates', () => {
  it('carries a time as pubDate and a day as dc:date, never both', () => {
    const item = (date: ReturnType<typeof published>) =>
      feedItems([{ id: 'a', data: { title: { text: 'T' }, teaser: { text: 'V' }, date } }], () => [])[0]!;
    expect(item(published('2024-06-19'))).toMatchObject({ customData: '<dc:date>2024-06-19</dc:date>' });
    expect(item(published('2024-06-19')).pubDate).toBeUndefined();
    expect(item(updated('2024-06-19T14:27+02:00'))).toMatchObject({ pubDate: new Date('2024-06-19T12:27:00.000Z') });
    expect(item(updated('2024-06-19T14:27+02:00')).customData).toBeUndefined();
  });
});

describe('feedChannel', () => {
  it("links the channel to its page and itself to the feed's URL", () => {
    const channel = feedChannel(
      new URL('https://archiv.example.org'),
      '/themen/russland/',
      '/themen/russland/feed.xml',
    );
    expect(channel.site).toBe('https://archiv.example.org/themen/russland/');
    expect(channel.customData).toContain(
      '<atom:link href="https://archiv.example.org/themen/russland/feed.xml" rel="self" type="application/rss+xml"/>',
    );
  });
});

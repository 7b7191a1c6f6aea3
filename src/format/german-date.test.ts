import { describe, expect, it } from 'vitest';
import { articleDate, inferred, published, updated } from '../schema/test-dates.ts';
import { displayArticleDate, formatCalendarDate } from './german-date.ts';

describe('displayArticleDate', () => {
  it('says a "Stand" with its time in German local time', () => {
    const display = displayArticleDate(updated('2024-06-19T14:27+02:00'));
    expect(display.text).toBe('Stand: 19. Juni 2024, 14:27 Uhr');
    expect(display.times).toEqual([{ datetime: '2024-06-19T14:27+02:00', text: '19. Juni 2024, 14:27 Uhr' }]);
  });

  it('shows a time given in another offset in Berlin time, winter and summer', () => {
    expect(displayArticleDate(published('2024-01-15T23:30Z')).text).toBe('16. Januar 2024, 00:30 Uhr');
    expect(displayArticleDate(published('2024-07-01T06:00+09:00')).text).toBe('30. Juni 2024, 23:00 Uhr');
  });

  it('says a day, a month and a year at their own precision, never inventing a day', () => {
    expect(displayArticleDate(published('2024-06-19'))).toEqual({
      times: [{ datetime: '2024-06-19', text: '19. Juni 2024' }],
      text: '19. Juni 2024',
    });
    expect(displayArticleDate(published('2024-07')).times).toEqual([{ datetime: '2024-07', text: 'Juli 2024' }]);
    expect(displayArticleDate(published('2024')).text).toBe('2024');
  });

  it('marks an inferred date and a date from the capture metadata', () => {
    expect(displayArticleDate(inferred('2024')).text).toBe('2024 (erschlossen)');
    const fromMetadata = articleDate({ kind: 'published', basis: 'capture-metadata', value: '2024-07' });
    expect(displayArticleDate(fromMetadata).text).toBe('Juli 2024 (laut Erfassungsdaten)');
  });

  it('says an inferred period with two datetime values', () => {
    const display = displayArticleDate(inferred('2023-07', '2023-12'));
    expect(display.text).toBe('Juli bis Dezember 2023 (erschlossen)');
    expect(display.times.map((time) => time.datetime)).toEqual(['2023-07', '2023-12']);
    expect(displayArticleDate(inferred('2023-11', '2024-02')).text).toBe(
      'November 2023 bis Februar 2024 (erschlossen)',
    );
    expect(displayArticleDate(inferred('2023', '2024')).text).toBe('2023 bis 2024 (erschlossen)');
  });

  it('says an open-ended period as "ab"', () => {
    const display = displayArticleDate(
      articleDate({ kind: 'inferred', basis: 'text-evidence', from: '2024', reasoning: 'Belege.' }),
    );
    expect(display.text).toBe('ab 2024 (erschlossen)');
    expect(display.times).toEqual([{ datetime: '2024', text: '2024' }]);
  });
});

describe('formatCalendarDate', () => {
  it('does not shift a calendar day with the time zone of the machine', () => {
    const date = published('2024-01-01').start;
    expect(formatCalendarDate(date)).toBe('1. Januar 2024');
    const previous = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatCalendarDate(date)).toBe('1. Januar 2024');
    } finally {
      process.env.TZ = previous;
    }
  });
});

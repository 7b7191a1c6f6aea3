import { describe, expect, it } from 'vitest';
import { parseCalendarDate, type CalendarDate } from './calendar-date.ts';
import { isListed, isPublished } from './visibility.ts';

const day = (text: string) => (parseCalendarDate(text) as { ok: true; value: CalendarDate }).value;

describe('isPublished', () => {
  it('publishes every article but a draft', () => {
    expect(isPublished({})).toBe(true);
    expect(isPublished({ draft: false })).toBe(true);
    expect(isPublished({ draft: true })).toBe(false);
  });
});

describe('isListed', () => {
  it('lists an article that is not withdrawn', () => {
    expect(isListed({})).toBe(true);
    expect(isListed({ draft: true })).toBe(true);
  });

  it('lists no withdrawn article', () => {
    const withdrawn = { date: day('2025-03-01'), reason: 'Auf Verlangen des Verlags entfernt.' };
    expect(isListed({ withdrawn })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCalendarDate, type CalendarDate } from '../schema/calendar-date.ts';
import { isListed } from './visibility.ts';

const day = (text: string) => (parseCalendarDate(text) as { ok: true; value: CalendarDate }).value;

describe('isListed', () => {
  it('lists an article that is not withdrawn, in a build and in astro dev', () => {
    expect(isListed({}, { dev: false })).toBe(true);
    expect(isListed({}, { dev: true })).toBe(true);
  });

  it('lists no withdrawn article, not even in astro dev', () => {
    const withdrawn = { date: day('2025-03-01'), reason: 'Auf Verlangen des Verlags entfernt.' };
    expect(isListed({ withdrawn }, { dev: false })).toBe(false);
    expect(isListed({ withdrawn }, { dev: true })).toBe(false);
  });
});

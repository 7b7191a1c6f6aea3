import { describe, expect, it } from 'vitest';
import { parseCalendarDate, type CalendarDate } from '../schema/calendar-date.ts';
import { sitemapPages } from './sitemap-pages.ts';

const day = (text: string) => (parseCalendarDate(text) as { ok: true; value: CalendarDate }).value;

describe('sitemapPages', () => {
  const include = sitemapPages(() => [
    { slug: 'gelistet', permanentId: 'a1', title: 'Gelistet', draft: false },
    { slug: 'zurueckgezogen', permanentId: 'a2', title: 'Zurückgezogen', draft: false, withdrawn: { date: day('2025-03-01'), reason: 'Auf Verlangen des Verlags.' } },
  ]);

  it('lists the pages of listed articles and every other page', () => {
    expect(include('https://archiv.example.org/artikel/gelistet/')).toBe(true);
    expect(include('https://archiv.example.org/themen/russland/')).toBe(true);
    expect(include('https://archiv.example.org/')).toBe(true);
  });

  it('leaves out the notice of a withdrawn article and the 404 page', () => {
    expect(include('https://archiv.example.org/artikel/zurueckgezogen/')).toBe(false);
    expect(include('https://archiv.example.org/404/')).toBe(false);
  });
});

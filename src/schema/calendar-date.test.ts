import { describe, expect, it } from 'vitest';
import { firstDayOf, instantOf, lastDayOf, parseCalendarDate } from './calendar-date.ts';

function parsed(text: string) {
  const result = parseCalendarDate(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('parseCalendarDate', () => {
  it('reads each precision from the shape of the value', () => {
    expect(parsed('2024')).toMatchObject({ precision: 'year', year: 2024 });
    expect(parsed('2024-07')).toMatchObject({ precision: 'month', year: 2024, month: 7 });
    expect(parsed('2024-06-19')).toMatchObject({ precision: 'day', day: 19 });
    expect(parsed('2024-06-19T14:27+02:00')).toMatchObject({
      precision: 'datetime',
      hour: 14,
      minute: 27,
      offsetMinutes: 120,
    });
    expect(parsed('2024-01-05T08:00Z')).toMatchObject({ precision: 'datetime', offsetMinutes: 0 });
  });

  it('keeps the value as written for the datetime attribute', () => {
    expect(parsed('2024-07').iso).toBe('2024-07');
    expect(parsed('2024-06-19T14:27+02:00').iso).toBe('2024-06-19T14:27+02:00');
  });

  it.each([
    ['2024-02-30', 'not a day of the calendar'],
    ['2023-02-29', 'not a day of the calendar'],
    ['2024-13', 'no month 13'],
    ['2024-00-10', 'no month 00'],
    ['2024-06-19T14:27', 'without its UTC offset'],
    ['2024-06-19T24:00+02:00', 'not a time of day'],
    ['19.06.2024', 'is not a date'],
    ['Juni 2024', 'is not a date'],
    ['', 'is not a date'],
  ])('rejects %j', (text, message) => {
    const result = parseCalendarDate(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parsed('2024-02-29').day).toBe(29);
  });

  it('knows the first and last day a date denotes', () => {
    expect(new Date(firstDayOf(parsed('2024-07'))).toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(new Date(lastDayOf(parsed('2024-02'))).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(new Date(lastDayOf(parsed('2023'))).toISOString()).toBe('2023-12-31T00:00:00.000Z');
  });

  it('turns a local time with its offset into an instant', () => {
    expect(new Date(instantOf(parsed('2024-06-19T14:27+02:00'))!).toISOString()).toBe('2024-06-19T12:27:00.000Z');
    expect(instantOf(parsed('2024-06-19'))).toBeUndefined();
  });
});

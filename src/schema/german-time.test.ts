import { describe, expect, it } from 'vitest';
import { formatUtcOffset, germanUtcOffset } from './german-time.ts';

const at = (year: number, month: number, day: number, hour: number, minute = 0) =>
  germanUtcOffset({ year, month, day, hour, minute });

describe('germanUtcOffset', () => {
  it('is UTC+2 in summer time and UTC+1 in winter', () => {
    expect(at(2024, 6, 19, 14, 27)).toBe(120);
    expect(at(2024, 11, 4, 17, 12)).toBe(60);
    expect(at(2025, 1, 14, 8, 41)).toBe(60);
    expect(at(2024, 9, 14, 8, 41)).toBe(120);
  });

  it('changes on the last Sunday of March and of October, at the right hour', () => {
    expect(at(2024, 3, 31, 1, 59)).toBe(60);
    expect(at(2024, 3, 31, 3, 0)).toBe(120);
    expect(at(2024, 10, 27, 1, 59)).toBe(120);
    expect(at(2024, 10, 27, 3, 0)).toBe(60);
    // The hour the clocks go back happens twice: the first, summer-time one is taken.
    expect(at(2024, 10, 27, 2, 30)).toBe(120);
  });

  it('formats an offset as the schema writes it', () => {
    expect(formatUtcOffset(120)).toBe('+02:00');
    expect(formatUtcOffset(60)).toBe('+01:00');
    expect(formatUtcOffset(-330)).toBe('-05:30');
  });
});

import { describe, expect, it } from 'vitest';
import { captureMetadataIn, printedDateIn } from './printed-date.ts';

describe('printedDateIn', () => {
  it('reads a "Stand" as an update in German local time with the offset of its day', () => {
    expect(printedDateIn('Stand: 14.09.2024 08:41 Uhr')).toMatchObject({
      date: { kind: 'updated', basis: 'printed', value: '2024-09-14T08:41+02:00', summerTime: true },
      part: 'Stand: 14.09.2024 08:41 Uhr',
      position: 'line',
    });
    expect(printedDateIn('Stand: 14.01.2025 08:41 Uhr')?.date).toMatchObject({
      value: '2025-01-14T08:41+01:00',
      summerTime: false,
    });
  });

  it('cuts a "Stand" from the end of the headline line', () => {
    expect(
      printedDateIn('Putin in Nordkorea Zwei "innige Freunde" rücken zusammen Stand: 19.06.2024 14:27 Uhr'),
    ).toMatchObject({
      date: { kind: 'updated', value: '2024-06-19T14:27+02:00' },
      part: 'Stand: 19.06.2024 14:27 Uhr',
      position: 'end',
    });
  });

  it('reads a day in German or English order; English order is a hint of a translation', () => {
    expect(printedDateIn('Juni 19, 2024')?.date).toMatchObject({
      kind: 'published',
      value: '2024-06-19',
      englishOrder: true,
    });
    expect(printedDateIn('June 19, 2024')?.date).toMatchObject({ value: '2024-06-19', englishOrder: true });
    expect(printedDateIn('19. Juni 2024')?.date).toMatchObject({ value: '2024-06-19', englishOrder: false });
    expect(printedDateIn('Mittwoch, 19.06.2024')?.date).toMatchObject({ value: '2024-06-19' });
    expect(printedDateIn('Veröffentlicht am 3. März 2024, 9:05 Uhr')?.date).toMatchObject({
      kind: 'published',
      value: '2024-03-03T09:05+01:00',
    });
    expect(printedDateIn('Aktualisiert: 01.08.2023')?.date).toMatchObject({ kind: 'updated', value: '2023-08-01' });
  });

  it('takes no date from a sentence, an impossible day or a time that is none', () => {
    expect(printedDateIn('Am 19. Juni 2024 landete Putin in Pjöngjang.')).toBeUndefined();
    expect(printedDateIn('30.02.2024')).toBeUndefined();
    expect(printedDateIn('Stand: 19.06.2024 25:10 Uhr')).toBeUndefined();
    expect(printedDateIn('2 mins read')).toBeUndefined();
  });
});

describe('captureMetadataIn', () => {
  it('reads the date and address a capturing tool put before the text', () => {
    expect(captureMetadataIn(' date 2024-07 Russland und Nordkorea haben sich verbündet')).toEqual({
      part: 'date 2024-07',
      date: {
        kind: 'published',
        basis: 'capture-metadata',
        value: '2024-07',
        printed: 'date 2024-07',
        englishOrder: false,
      },
    });
    expect(captureMetadataIn('date 2024-11-04 url https://example.org/a.html')).toMatchObject({
      url: 'https://example.org/a.html',
      date: { value: '2024-11-04' },
    });
  });

  it('takes no ordinary words for metadata', () => {
    expect(captureMetadataIn('date night in Berlin')).toBeUndefined();
    expect(captureMetadataIn('Das Datum steht fest.')).toBeUndefined();
  });
});

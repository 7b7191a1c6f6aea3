import { describe, expect, it } from 'vitest';
import { REMOTE_IMAGE } from './validate-content.ts';

const matches = (line: string) => [...line.matchAll(REMOTE_IMAGE)].map((match) => match[0]);

describe('an image from another server, as the content check finds it by line', () => {
  it.each([
    '![Karte](https://example.org/karte.png)',
    '![Karte]( <//cdn.example.org/karte.png> )',
    'Vorher ![](http://x.example/a.jpg) nachher',
    '<img src="https://tracker.example/pixel.gif">',
    "<img alt='' srcset='//cdn.example/a.jpg 2x'>",
    '<video poster=https://example.org/p.jpg controls>',
    '<IMG SRC="data:image/png;base64,AAAA">',
    '<source src = "https://example.org/ton.mp3" type="audio/mpeg">',
  ])('finds %j', (line) => {
    expect(matches(line)).toHaveLength(1);
  });

  it.each([
    '![Karte](/bilder/karte.png)',
    '![Karte](bilder/karte.png)',
    '<img src="/bilder/karte.png" alt="Karte">',
    'Der Link [zur Quelle](https://example.org/bericht) ist kein Bild.',
    '<a href="https://example.org/">Eine Seite</a>',
    'Ein Satz über https://example.org/bild.png ohne Bild.',
  ])('leaves %j alone', (line) => {
    expect(matches(line)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { permanentLinks } from '../reader/permanent-links.ts';
import { storyHistory } from './story-history.ts';

const version = (number: number, capture: string) => ({
  number,
  title: { text: `Fassung ${number}`, editorial: false },
  provenance: { capture } as never,
  body: `Text der Fassung ${number}.`,
  renderKey: `k${number}`,
  filePath: `f${number}`,
});

describe("a story's history", () => {
  const history = [
    version(1, '005_0123456789abcdef'),
    version(2, '006_0123456789abcdef'),
    version(3, '007_0123456789abcdef'),
  ];

  it('shows the newest version on the article page and each older one on its own page', () => {
    expect(storyHistory('artikel', history).versions.map((shown) => shown.path)).toEqual([
      '/artikel/artikel/fassung/1/',
      '/artikel/artikel/fassung/2/',
      '/artikel/artikel/',
    ]);
  });

  it('places each version where its permanent address leads (src/reader/permanent-links.ts)', () => {
    const story = {
      id: 'artikel',
      data: { title: { text: 'Fassung 3' }, provenance: history[0]!.provenance, history },
    };
    expect(permanentLinks([story]).map((link) => link.path ?? '/artikel/artikel/')).toEqual(
      storyHistory('artikel', history).versions.map((shown, index) => (index === 0 ? '/artikel/artikel/' : shown.path)),
    );
  });
});

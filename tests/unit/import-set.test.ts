import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledLinesOf, readSet } from '../../bench/import-set.ts';
import { htmlTextView } from '../../src/reader/import/html-text.ts';

/**
 * The labels of the import's test set name each line of their capture, in
 * order, once: a page whose labels drift from its capture would score the
 * import against lines it never saw.
 */
const SET = 'tests/fixtures/import/set';
const pages = readSet(SET);

describe('the import test set', () => {
  it('has at least 12 text captures and 3 saved HTML pages', () => {
    expect(pages.filter((page) => page.format === 'text').length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((page) => page.format === 'html').length).toBeGreaterThanOrEqual(3);
  });

  describe.each(pages.map((page) => [page.name, page] as const))('%s', (_name, page) => {
    it('labels one headline, at most one kicker, lead and byline line', () => {
      const count = (label: string) => page.lines.filter((line) => line.label === label).length;
      expect(count('H')).toBe(1);
      expect(count('K')).toBeLessThanOrEqual(1);
      expect(count('L')).toBeLessThanOrEqual(1);
      expect(count('B')).toBeLessThanOrEqual(1);
    });

    it('puts a kicker directly above the headline', () => {
      const kicker = page.lines.findIndex((line) => line.label === 'K');
      if (kicker >= 0) expect(page.lines[kicker + 1]?.label).toBe('H');
    });

    it('labels every line of its capture (of a saved page: of its text view), in order', () => {
      const capture = readFileSync(page.captureFile, 'utf8');
      expect(page.lines.map((line) => line.text)).toEqual(
        page.format === 'html' ? htmlTextView(capture) : labelledLinesOf(capture),
      );
    });
  });
});

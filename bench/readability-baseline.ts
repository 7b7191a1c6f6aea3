import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { htmlTextLines, parsePage } from '../src/reader/import/html-text.ts';
import { normalise, sentencesOf } from '../src/reader/import/text.ts';
import type { LabelledPage } from './import-set.ts';

/**
 * Mozilla's Readability alone on the saved pages of the import's test sets,
 * scored as the import is: the journalism's sentences its article keeps, the
 * furniture and date lines it leaves out, the headlines it names. The
 * yardstick issue 25 set: the import must beat it on both counts, since it
 * must lose no sentence.
 */
export interface BaselineScore {
  pages: number;
  journalism: { kept: number; expected: number };
  furniture: { leftOut: number; expected: number };
  headlines: number;
}

export function readabilityBaseline(pages: readonly LabelledPage[]): BaselineScore {
  const score: BaselineScore = {
    pages: 0,
    journalism: { kept: 0, expected: 0 },
    furniture: { leftOut: 0, expected: 0 },
    headlines: 0,
  };
  for (const page of pages.filter((candidate) => candidate.format === 'html')) {
    const article = new Readability(parsePage(readFileSync(page.captureFile, 'utf8'))).parse();
    const lines = htmlTextLines(`<html><body>${article?.content ?? ''}</body></html>`).map((line) =>
      normalise(line.text),
    );
    const text = lines.join('\n');
    const kept = new Set(lines);
    score.pages++;
    for (const line of page.lines) {
      if ('HKLJ'.includes(line.label)) {
        for (const sentence of sentencesOf(normalise(line.text))) {
          score.journalism.expected++;
          if (text.includes(sentence)) score.journalism.kept++;
        }
      }
      if ('FD'.includes(line.label)) {
        score.furniture.expected++;
        if (!kept.has(normalise(line.text))) score.furniture.leftOut++;
      }
    }
    if (normalise(article?.title ?? '') === normalise(page.lines.find((line) => line.label === 'H')?.text ?? ''))
      score.headlines++;
  }
  return score;
}

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateArticleFile } from '../../src/schema/article-file.ts';
import { listVocabulary as readVocabulary } from '../../src/reader/read-content.ts';

/**
 * Every edition in content/articles/, new ones included, is faithful to its
 * capture: every line of the capture is in the edition (typography and
 * Markdown aside) unless the edition lists it as removed furniture
 * (provenance.removed[].lines), each removed line really is a line of the
 * capture, the edition keeps none of them, and printed titles and teasers
 * are the capture's own words. Nothing here names an article: what was
 * removed is read from each article's own frontmatter.
 */

/** Same text whatever the typography: quotes, ellipses, Markdown marks and spacing. */
function normalise(text: string): string {
  return text
    .replace(/[„“”]/g, '"')
    .replace(/[‚‘’]/g, "'")
    .replace(/…/g, '...')
    .replace(/\\([[\]])/g, '$1')
    .replace(/^(#+ |> ?|- )/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Spacing aside (a capture may hold a no-break space), a removed line is compared character for character. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where a sentence ends inside a line: after . ! ? : or a closing quote, before a capital or an opening quote. */
const SENTENCE_END = /(?<=[.!?:"])\s+(?=[A-ZÄÖÜ"])/;

/** A one-word line ("Anzeige") is also an ordinary word: it counts as kept only when it stands alone as a line of the body. */
const MIN_WORDS_TO_SEARCH_INSIDE = 2;

const vocabulary = readVocabulary('content');
const editions = readdirSync('content/articles')
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const file = `content/articles/${name}`;
    const result = validateArticleFile(file, readFileSync(file, 'utf8'), vocabulary);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    return { file, ...result };
  });
const captures = readdirSync('content/captures')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.replace(/\.txt$/, ''));

describe('the editions', () => {
  it('cover every capture exactly once', () => {
    expect(editions.map((edition) => edition.data.provenance.capture).sort()).toEqual(captures.sort());
  });

  // Named by the whole path ("$name" would cut a long slug short).
  describe.each(editions.map((edition) => [edition.file, edition] as const))('%s', (file, { data, body }) => {
    const captureFile = `content/captures/${data.provenance.capture}.txt`;
    const capture = readFileSync(captureFile, 'utf8');
    const removed = data.provenance.removed.flatMap((furniture, item) =>
      furniture.lines.map((line, index) => ({ line, field: `provenance.removed.${item}.lines.${index}` })),
    );
    const edition = normalise(
      [data.title.kicker, data.title.text, data.teaser?.text, body, ...data.source.cited.map((c) => c.mention)].join('\n'),
    );

    it('lists as removed only lines of its capture, each as often as the capture has it', () => {
      // A removed line is a whole line of the capture, or its start or end at a
      // word boundary: furniture glued to the journalism ("… zusammen Stand: 19.06.2024 14:27 Uhr").
      const captureLines = capture.split('\n').map(squeeze).filter((line) => line !== '');
      const occurrences = (line: string) =>
        captureLines.filter((candidate) => candidate === line || candidate.startsWith(`${line} `) || candidate.endsWith(` ${line}`)).length;
      const listed = new Map<string, number>();
      const wrong: string[] = [];
      for (const { line, field } of removed) {
        const count = (listed.get(squeeze(line)) ?? 0) + 1;
        listed.set(squeeze(line), count);
        const found = occurrences(squeeze(line));
        if (found === 0) wrong.push(`${file}: ${field}: ${JSON.stringify(line)} is not a line of ${captureFile} (nor the start or end of one)`);
        else if (found < count) wrong.push(`${file}: ${field}: ${JSON.stringify(line)} is listed ${count} times, ${captureFile} has it ${found} times`);
      }
      expect(wrong).toEqual([]);
    });

    it('keeps every line of the journalism', () => {
      // Furniture is a whole line or its start or end. Longest first, so an
      // author bio goes before the author's name that starts it.
      const items = [...new Set(removed.map(({ line }) => normalise(line)))].sort((a, b) => b.length - a.length);
      const stripFurniture = (line: string) =>
        items.reduce((rest, item) => {
          if (rest.startsWith(item)) return rest.slice(item.length).trim();
          if (rest.endsWith(item)) return rest.slice(0, -item.length).trim();
          return rest;
        }, line);
      const missing = capture
        .split('\n')
        .map((line) => stripFurniture(normalise(line)))
        .flatMap((line) => line.split(SENTENCE_END))
        .filter((sentence) => sentence !== '' && !edition.includes(sentence))
        .map((sentence) => `${file}: not in the edition and not listed in provenance.removed: ${JSON.stringify(sentence)} (${captureFile})`);
      expect(missing).toEqual([]);
    });

    it('adds nothing to the journalism: every sentence of the body is in the capture', () => {
      const printed = normalise(capture);
      const added = normalise(body)
        .split(SENTENCE_END)
        .filter((sentence) => sentence !== '' && !printed.includes(sentence));
      expect(added).toEqual([]);
    });

    it('takes a printed title and teaser word for word from the capture, shortened only with […]', () => {
      const printed = normalise(capture);
      if (!data.title.editorial) expect(printed).toContain(normalise(data.title.text));
      // A draft's teaser may still be open.
      if (data.teaser && !data.teaser.editorial) {
        for (const part of data.teaser.text.split('[…]')) expect(printed).toContain(normalise(part));
      }
    });

    it('drops the page furniture it lists as removed', () => {
      const bodyLines = new Set(body.split('\n').map(normalise));
      const text = normalise(body);
      const kept = removed
        .filter(({ line }) => {
          const item = normalise(line);
          return bodyLines.has(item) || (item.split(' ').length >= MIN_WORDS_TO_SEARCH_INSIDE && text.includes(item));
        })
        .map(({ line, field }) => `${file}: ${field}: ${JSON.stringify(line)} is listed as removed but still in the text`);
      expect(kept).toEqual([]);
    });
  });
});

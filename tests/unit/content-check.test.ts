import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTURE_ID_RULE } from '../../src/schema/capture-id.ts';
import { summaryOf, validateContent } from '../../src/reader/validate-content.ts';
import { formatProblem } from '../../src/schema/validation-message.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';

const DIR = 'tests/fixtures/broken-content';

describe('validateContent on a fixture of broken articles', () => {
  const report = validateContent(DIR, new Date('2026-11-23T12:00:00Z'));
  const lines = report.problems.map(formatProblem);

  it('reports every kind of mistake at once, one line each with file and field', () => {
    const expected = [
      `${DIR}/tags/falsche-art.yaml: kind: Invalid option: expected one of "thema"|"person"|"land"|"ort"|"organisation" (found: "rubrik")`,
      `${DIR}/articles/Grossbuchstaben.md: (file name): the file name must be a slug`,
      `${DIR}/articles/fehlende-erfassung.md: provenance.capture: unknown capture "999_ffffffffffffffff"`,
      `${DIR}/articles/kaputtes-yaml.md: (frontmatter): invalid YAML at line 3: missed comma between flow collection entries`,
      `${DIR}/articles/ohne-datum.md: date: missing: the printed date, or with none printed an inferred date (kind: inferred, basis: text-evidence, its reasoning) (only a draft, draft: true, may leave it open)`,
      `${DIR}/articles/ohne-quelle.md: source: missing: expected object`,
      `${DIR}/articles/unbekannter-schluessel.md: (frontmatter): Unrecognized key: "autor"`,
      `${DIR}/articles/unbekannter-tag.md: tags.1: unknown tag "atlantis"`,
      `${DIR}/articles/ungequotetes-datum.md: date.value: write the date as a quoted string`,
      `${DIR}/articles/unmoeglicher-tag.md: date.value: "2024-02-30" is not a day of the calendar`,
      `${DIR}/articles/zu-langer-teaser.md: teaser.text: 401 characters, 1 too many (at most 400): cut the printed lead after a sentence and mark the cut with "[…]"`,
      `${DIR}/articles/gueltig.md: title.text: the same title as ${DIR}/articles/doppelter-titel.md`,
      `${DIR}/articles/gueltig.md: provenance.capture: the same capture as ${DIR}/articles/doppelte-erfassung.md: each article needs its own`,
      `${DIR}/articles/leer.md: (body): the article has no text below its frontmatter`,
      `${DIR}/articles/zukunft.md: date: a date in the future (found: "2999-01-01")`,
      // A file that fails the schema is still checked across files, as far as its fields can be read.
      `${DIR}/articles/fehler-und-doppelungen.md: translation: expected false or { evidence: [...] }`,
      `${DIR}/articles/fehler-und-doppelungen.md: (body): the article has no text below its frontmatter`,
      `${DIR}/articles/fehler-und-doppelungen.md: title.text: the same title as ${DIR}/articles/doppelter-titel.md`,
      `${DIR}/articles/fehler-und-doppelungen.md: provenance.capture: the same capture as ${DIR}/articles/doppelte-erfassung.md`,
      `${DIR}/articles/zukunft-und-tippfehler.md: (frontmatter): Unrecognized key: "provenace" (did you mean "provenance"?)`,
      `${DIR}/articles/zukunft-und-tippfehler.md: provenance: missing: expected object`,
      `${DIR}/articles/zukunft-und-tippfehler.md: date: a date in the future (found: "2999-06-01")`,
      `warning: ${DIR}/tags/falsche-art.yaml: (tag): no article uses this tag`,
      `warning: ${DIR}/tags/ungenutzt.yaml: (tag): no article uses this tag`,
    ];
    expect(lines).toHaveLength(expected.length);
    for (const start of expected)
      expect(
        lines.some((line) => line.startsWith(start)),
        start,
      ).toBe(true);
  });

  it('counts every article file read, valid or not, and keeps the valid ones for the build', () => {
    expect(report.articlesRead).toBe(17);
    expect(summaryOf(report)).toBe('17 articles read, 22 errors, 2 warnings');
    expect(report.articles.map(({ slug }) => slug)).toEqual([
      'Grossbuchstaben',
      'doppelte-erfassung',
      'doppelter-titel',
      'gueltig',
      'leer',
      'zukunft',
    ]);
  });

  it('counts a tag as used when only an invalid article names it', () => {
    expect(lines.filter((line) => line.includes('nur-ungueltig'))).toEqual([]);
  });

  it('finds nothing wrong with the real content (a draft may have its open fields)', () => {
    const problems = validateContent('content').problems.filter(
      (problem) => !(problem.level === 'warning' && problem.message.startsWith('open in draft:')),
    );
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('finds nothing wrong with the fixture archive the browser tests build', () => {
    expect(validateContent(FIXTURE_ARCHIVE).problems.map(formatProblem)).toEqual([]);
  });
});

describe('capture ids', () => {
  it('refuses a capture file and a provenance.capture of any other form than the documented one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archiv-ids-'));
    try {
      cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
      // A file named "...txt" has the id "..": its permanent address would be the folder above dist/a/.
      writeFileSync(join(dir, 'captures', '...txt'), 'Rohtext.\n');
      const article = join(dir, 'articles', 'putin-und-kim-freunde-in-not.md');
      writeFileSync(article, readFileSync(article, 'utf8').replace('capture: "002_7491ef1a70dbf932"', 'capture: ".."'));
      const lines = validateContent(dir).problems.map(formatProblem);
      expect(lines).toContain(`${join(dir, 'captures', '...txt')}: (file name): ${CAPTURE_ID_RULE}`);
      expect(lines).toContain(`${article}: provenance.capture: ${CAPTURE_ID_RULE} (found: "..")`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('images from other servers', () => {
  it('are errors naming the file and the line, in Markdown and in HTML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archiv-bilder-'));
    try {
      cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
      const article = join(dir, 'articles', 'putin-und-kim-freunde-in-not.md');
      const text = readFileSync(article, 'utf8');
      writeFileSync(
        article,
        `${text}\n![Pixel](https://tracker.example/p.gif)\n\n<img alt="" src='//tracker.example/q.gif'>\n\n![Karte](/bilder/karte.png)\n`,
      );
      const lines = text.split('\n').length;
      const problems = validateContent(dir).problems.filter((problem) => problem.field.startsWith('(body) line'));
      expect(problems.map(formatProblem)).toEqual([
        `${article}: (body) line ${lines + 1}: an image from another server ("![Pixel](https://tracker.example/p.gif)"): the archive loads nothing from other servers; leave it out, or put a copy under public/ and link it from there`,
        `${article}: (body) line ${lines + 3}: an image from another server ("<img alt=\\"\\" src='//tracker.example/q.gif'>"): the archive loads nothing from other servers; leave it out, or put a copy under public/ and link it from there`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { astroBuild, siteBuild, temporarySite } from '../support/temporary-site.ts';

/**
 * Each kind of broken input makes `astro build` fail with a message that
 * names the file and the field. Astro stops at the first invalid entry, so
 * every case gets its own copy of the site with one mistake in it: a copy
 * of the fixture archive, so that the article edited here is always there.
 */
const ARTICLE = 'content/articles/putin-und-kim-staerken-allianz-bei-historischem-besuch.md';

const CASES: { name: string; edit: (text: string) => string; expected: RegExp[] }[] = [
  {
    name: 'an unknown tag',
    edit: (text) => text.replace('tags: [wladimir-putin,', 'tags: [wladimir-putn,'),
    expected: [/tags\.0: unknown tag "wladimir-putn".*did you mean "wladimir-putin"/],
  },
  {
    name: 'an unknown key',
    edit: (text) => text.replace('translation:', 'autor: "Jemand"\ntranslation:'),
    expected: [/Unrecognized key: "autor"/],
  },
  {
    name: 'a missing date',
    edit: (text) => text.replace(/^date:\n( {2}.*\n)+/m, ''),
    expected: [/historischem-besuch\.md: date: missing: the printed date, or with none printed an inferred date/],
  },
  {
    name: 'an impossible date',
    edit: (text) => text.replace('value: "2024-06-19"', 'value: "2024-02-30"'),
    expected: [/date\.value: "2024-02-30" is not a day of the calendar/],
  },
  {
    name: 'an unquoted date, which YAML would turn into another day',
    edit: (text) => text.replace('value: "2024-06-19"', 'value: 2024-02-30'),
    expected: [/date\.value: write the date as a quoted string/],
  },
  {
    name: 'a missing source',
    edit: (text) => text.replace(/^source:\n( {2}.*\n)+/m, ''),
    expected: [/historischem-besuch\.md: source: missing: expected object/],
  },
  {
    name: 'a sentence of the journalism deleted from the edition',
    edit: (text) =>
      text.replace(
        ' Dies war Putins erster Besuch in Nordkorea seit 24 Jahren, bei dem er seinen Einfluss auf die Diktatur in einer minutiös choreographierten Weise unter Beweis stellte.',
        '',
      ),
    expected: [
      /historischem-besuch\.md: \(body\): not in the edition and not listed in provenance\.removed: "Dies war Putins erster Besuch in Nordkorea seit 24 Jahren/,
    ],
  },
  {
    name: 'broken YAML',
    edit: (text) =>
      text.replace(
        '  text: "Putin und Kim stärken Allianz bei historischem Besuch"',
        '  text: "Putin und Kim stärken Allianz',
      ),
    // js-yaml's reason and the line where it stopped.
    expected: [
      /historischem-besuch\.md: \(frontmatter\): invalid YAML at line \d+: can not read a block mapping entry/,
    ],
  },
];

describe('npm run build on broken content', () => {
  it.concurrent.each(CASES)('fails on $name, naming file and field', async ({ edit, expected }) => {
    const site = temporarySite({ content: FIXTURE_ARCHIVE });
    try {
      const file = join(site.root, ARTICLE);
      const original = readFileSync(file, 'utf8');
      const broken = edit(original);
      expect(broken, 'the test must change the file').not.toBe(original);
      writeFileSync(file, broken);
      const { code, output } = await astroBuild(site.root);
      expect(code).not.toBe(0);
      expect(output).toContain(ARTICLE);
      for (const pattern of expected) expect(output).toMatch(pattern);
    } finally {
      site.remove();
    }
  });

  it('reports every problem of a build at once, as check:content does', async () => {
    const site = temporarySite({ content: 'tests/fixtures/broken-content' });
    try {
      const { code, output } = await astroBuild(site.root);
      expect(code).not.toBe(0);
      expect(output).toContain('22 problem(s) in the content:');
      for (const file of [
        'Grossbuchstaben',
        'fehlende-erfassung',
        'kaputtes-yaml',
        'ohne-datum',
        'ohne-quelle',
        'unbekannter-schluessel',
        'unbekannter-tag',
        'ungequotetes-datum',
        'unmoeglicher-tag',
        'zu-langer-teaser',
        'gueltig',
        'leer',
        'zukunft',
        'fehler-und-doppelungen',
        'zukunft-und-tippfehler',
      ]) {
        expect(output).toContain(`content/articles/${file}.md: `);
      }
      expect(output).toContain('content/tags/falsche-art.yaml: kind: ');
      expect(output).toContain(
        'content/articles/zukunft-und-tippfehler.md: (frontmatter): Unrecognized key: "provenace" (did you mean "provenance"?)',
      );
      expect(output).toContain(
        'content/articles/zukunft-und-tippfehler.md: date: a date in the future (found: "2999-06-01")',
      );
      expect(output).toContain(
        'content/articles/zu-langer-teaser.md: teaser.text: 401 characters, 1 too many (at most 400): cut the printed lead',
      );
      expect(output).toContain('17 articles read, 22 errors, 2 warnings');
      // A mistake in the content, not a crash of the code.
      expect(output).not.toMatch(/unhandled error|Stack trace|^\s+at /im);
    } finally {
      site.remove();
    }
  });

  it('npm run build keeps the last good site when a build fails, and leaves nothing half-written', async () => {
    const site = temporarySite({ content: FIXTURE_ARCHIVE });
    try {
      const build = () => siteBuild(site.root);
      expect((await build()).code).toBe(0);
      const good = readFileSync(join(site.root, 'dist/index.html'), 'utf8');
      const file = join(site.root, ARTICLE);
      writeFileSync(file, readFileSync(file, 'utf8').replace('tags: [wladimir-putin,', 'tags: [wladimir-putn,'));
      const failed = await build();
      expect(failed.code).not.toBe(0);
      expect(failed.output).toContain('Build failed: dist/ is unchanged.');
      expect(failed.output).toMatch(/historischem-besuch\.md: tags\.0: unknown tag "wladimir-putn"/);
      expect(failed.output).not.toMatch(/unhandled error|Stack trace|^\s+at /im);
      expect(readFileSync(join(site.root, 'dist/index.html'), 'utf8')).toBe(good);
      expect(existsSync(join(site.root, '.dist-neu'))).toBe(false);
    } finally {
      site.remove();
    }
  });

  it('builds the unbroken copy, so the failures above come from the edits', async () => {
    const site = temporarySite({ content: FIXTURE_ARCHIVE });
    try {
      const { code, output } = await astroBuild(site.root);
      expect(code, output).toBe(0);
    } finally {
      site.remove();
    }
  });
});

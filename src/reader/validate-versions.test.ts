import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../schema/validation-message.ts';
import { FIXTURE_ARCHIVE } from '../../tests/support/fixture-archive.ts';
import { editionFiles, storiesOf, storyAsItStands } from './story-versions.ts';
import { validateContent } from './validate-content.ts';

/** The fixture archive with the story in three versions (tests/fixtures/versions/). */
const SLUG = 'russland-liefert-nordkorea-12-kampfflugzeuge';
const LATEST = `versions/${SLUG}/922_b35496842dd77f21.md`;
let dir: string;
function archiveWithVersions(): string {
  dir = mkdtempSync(join(tmpdir(), 'archiv-fassungen-'));
  cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
  for (const folder of ['articles', 'captures', 'versions'])
    cpSync(join('tests/fixtures/versions', folder), join(dir, folder), { recursive: true });
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const errors = (report: ReturnType<typeof validateContent>) =>
  report.problems.filter((problem) => problem.level === 'error').map(formatProblem);

describe('later versions of a story', () => {
  it('are read and checked, each against its own capture, and the story stands as its newest', () => {
    const report = validateContent(archiveWithVersions());
    expect(errors(report)).toEqual([]);
    expect(report.versions.map((version) => version.capture)).toEqual(['921_b4f2c4721333fb0e', '922_b35496842dd77f21']);
    const [story] = storiesOf(
      report.articles.filter((article) => article.slug === SLUG),
      report.versions,
    );
    const files = editionFiles(story!);
    const stands = storyAsItStands(
      story!,
      files.map((_file, index) => `key${index}`),
      (file) => file,
    );
    expect(stands.data.title.text).toBe('Moskau sagt Pjöngjang 14 Kampfflugzeuge zu');
    expect(stands.data.provenance.capture).toBe('920_0a6a78faac64b461');
    expect(stands.data.date?.start.iso).toBe('2024-06-20T09:30+02:00');
    expect(stands.renderKey).toBe('key2');
    expect(
      stands.data.history?.map((version) => [version.number, version.provenance.capture, version.date?.start.iso]),
    ).toEqual([
      [1, '920_0a6a78faac64b461', '2024-06-20T09:30+02:00'],
      [2, '921_b4f2c4721333fb0e', '2024-06-20T13:05+02:00'],
      [3, '922_b35496842dd77f21', '2024-06-20T18:40+02:00'],
    ]);
  });

  it('hold the integrity rule against their own capture: a sentence changed by hand is an error naming the version', () => {
    const file = join(archiveWithVersions(), LATEST);
    writeFileSync(file, readFileSync(file, 'utf8').replace('14 Kampfflugzeuge älterer', '16 Kampfflugzeuge älterer'));
    expect(errors(validateContent(dir)).join('\n')).toMatch(
      new RegExp(`${LATEST}: \\(body\\): not printed in .*922_b35496842dd77f21\\.txt`),
    );
  });

  it('belong to a story, come from a later capture, under its own name, and do not go back in time', () => {
    const root = archiveWithVersions();
    const file = join(root, LATEST);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"2024-06-20T18:40+02:00"', '"2024-06-20T08:00+02:00"').replace('draft', 'x'),
    );
    cpSync(join(root, 'versions', SLUG), join(root, 'versions', 'keine-solche-geschichte'), { recursive: true });
    const found = errors(validateContent(root)).join('\n');
    expect(found).toContain(`${LATEST}: date: dated before the version it follows (2024-06-20T13:05+02:00)`);
    expect(found).toContain('keine-solche-geschichte/921_b4f2c4721333fb0e.md: (file name): a version of no article');
    expect(found).toContain('the same capture as');
  });

  it('may leave teaser and date open in review, and not once published', () => {
    const file = join(archiveWithVersions(), LATEST);
    const text = readFileSync(file, 'utf8').replace(/^date:\n( {2}.*\n)+/m, '');
    writeFileSync(file, text);
    expect(errors(validateContent(dir))).toContain(
      `${join(dir, LATEST)}: date: missing: nothing given, and a published version needs its date (only a draft, draft: true, may leave it open)`,
    );
    writeFileSync(file, text.replace('---\n', '---\ndraft: true\n'));
    const report = validateContent(dir);
    expect(errors(report)).toEqual([]);
    expect(report.problems.map(formatProblem)).toContain(
      `warning: ${join(dir, LATEST)}: date: open in draft: the printed date, or with none printed an inferred date (kind: inferred, basis: text-evidence, its reasoning)`,
    );
  });
});

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../../../tests/support/fixture-archive.ts';
import { validateContent } from '../validate-content.ts';
import { applyDiscard, planDiscard } from './discard.ts';
import { applyImport, planImport, readArchiveState } from './import-capture.ts';

/** The fixture archive with the first version of the story of tests/fixtures/versions/, and its later captures to import. */
const SLUG = 'russland-liefert-nordkorea-12-kampfflugzeuge';
const LATER = 'tests/fixtures/versions/captures/921_b4f2c4721333fb0e.txt';
let dir: string;
function archive(): string {
  dir = mkdtempSync(join(tmpdir(), 'archiv-import-fassung-'));
  cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
  cpSync(`tests/fixtures/versions/articles/${SLUG}.md`, join(dir, `articles/${SLUG}.md`));
  cpSync('tests/fixtures/versions/captures/920_0a6a78faac64b461.txt', join(dir, 'captures/920_0a6a78faac64b461.txt'));
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('importing a later version of a story', () => {
  it('refuses a near-copy of unknown origin as before, and names the option that imports it as a version', () => {
    const plan = planImport(readFileSync(LATER), readArchiveState(archive()), { fileName: LATER });
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.message).toContain(`npm run import -- --version-of ${SLUG} <file>`);
  });

  it('keeps the capture byte for byte and writes a draft version, which the check accepts once reviewed', () => {
    const state = readArchiveState(archive());
    const bytes = readFileSync(LATER);
    const plan = planImport(bytes, state, { fileName: LATER, versionOf: SLUG });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.draftFile).toBe(join(dir, 'versions', SLUG, `${plan.captureId}.md`));
    applyImport(bytes, plan, state);
    expect(readFileSync(plan.captureFile)).toEqual(bytes);
    const text = readFileSync(plan.draftFile, 'utf8');
    expect(text.match(/^[a-z]+(?=:)/gm)).toEqual(['draft', 'title', 'teaser', 'date', 'provenance']);
    expect(text).toContain('14 Kampfflugzeuge');
    // In review: the story stands as it was; the version's open points are warnings at most.
    expect(validateContent(dir).problems.filter((problem) => problem.level === 'error')).toEqual([]);
    // The same capture again is the same capture, as ever.
    expect(planImport(bytes, state, { fileName: LATER, versionOf: SLUG })).toMatchObject({
      ok: false,
      reason: 'same-capture',
    });
    expect(planImport(readFileSync(LATER), readArchiveState(dir), { versionOf: 'keine-geschichte' })).toMatchObject({
      ok: false,
      reason: 'same-capture',
    });
  });

  it('refuses to make a version of a story that does not exist', () => {
    const plan = planImport(readFileSync(LATER), readArchiveState(archive()), { versionOf: 'keine-geschichte' });
    expect(plan).toMatchObject({ ok: false, reason: 'no-story' });
  });

  it('discards a version in review with its capture, never the published story or a published version', () => {
    const state = readArchiveState(archive());
    const bytes = readFileSync(LATER);
    const plan = planImport(bytes, state, { fileName: LATER, versionOf: SLUG });
    if (!plan.ok) throw new Error(plan.message);
    applyImport(bytes, plan, state);
    const discard = planDiscard(dir, `${SLUG}/${plan.captureId}`);
    if (!discard.ok) throw new Error(discard.message);
    expect(applyDiscard(discard)).toEqual([plan.draftFile, plan.captureFile]);
    expect(existsSync(join(dir, `articles/${SLUG}.md`))).toBe(true);
    expect(planDiscard(dir, SLUG)).toMatchObject({ ok: false });
    cpSync(
      `tests/fixtures/versions/versions/${SLUG}/921_b4f2c4721333fb0e.md`,
      join(dir, `versions/${SLUG}/921_b4f2c4721333fb0e.md`),
    );
    const published = planDiscard(dir, join(dir, `versions/${SLUG}/921_b4f2c4721333fb0e.md`));
    expect(published).toMatchObject({ ok: false });
    expect(!published.ok && published.message).toContain('is a published version');
  });
});

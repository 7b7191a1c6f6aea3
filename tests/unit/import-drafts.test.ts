import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSet } from '../../bench/import-set.ts';
import { applyImport, planImport, readArchiveState } from '../../src/reader/import/import-capture.ts';
import { validateContent } from '../../src/reader/validate-content.ts';
import { formatProblem } from '../../src/schema/validation-message.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';

/**
 * An editor's import never turns the checks red: every page of the import's
 * test sets, imported as a draft beside the fixture archive, passes the
 * content check with no error, and its edition is faithful to its capture
 * (no integrity warning either): the draft keeps every line of the page or
 * lists it as removed. Only the fields a draft may leave open are named.
 */
const pages = [...readSet('tests/fixtures/import/set'), ...readSet('tests/fixtures/import/held-out')];
const dir = mkdtempSync(join(tmpdir(), 'archiv-import-drafts-'));
cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
cpSync('tests/fixtures/import/set/sources', join(dir, 'sources'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('drafts of the import test sets', () => {
  it('are all imported, then pass the content check beside the archive', () => {
    const state = readArchiveState(dir);
    for (const page of pages) {
      const bytes = readFileSync(page.captureFile);
      const plan = planImport(bytes, state, { fileName: basename(page.captureFile) });
      if (!plan.ok) throw new Error(`${page.name}: ${plan.message}`);
      applyImport(bytes, plan, state);
    }
    const problems = validateContent(dir).problems.filter(
      // Open fields of a draft, and tags of the archive the drafts do not use yet, are expected.
      (problem) =>
        !(problem.level === 'warning' && (problem.message.startsWith('open in draft:') || problem.field === '(tag)')),
    );
    expect(problems.map(formatProblem)).toEqual([]);
    expect(validateContent(dir).articlesRead).toBe(5 + pages.length);
  });
});

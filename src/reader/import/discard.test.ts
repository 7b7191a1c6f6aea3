import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyDiscard, planDiscard, slugOfArgument } from './discard.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'archiv-discard-test-'));
  mkdirSync(join(dir, 'articles'));
  mkdirSync(join(dir, 'captures'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CAPTURE = '005_0123456789abcdef';

/** An article file with the frontmatter lines given (the fields the discard reads; the schema is not its business). */
function article(slug: string, lines: string[]): string {
  const file = join(dir, 'articles', `${slug}.md`);
  writeFileSync(
    file,
    ['---', 'title:', '  text: "Eine Überschrift"', '  editorial: false', ...lines, '---', '', 'Text.', ''].join('\n'),
  );
  return file;
}

function capture(id: string, extension = '.txt'): string {
  const file = join(dir, 'captures', `${id}${extension}`);
  writeFileSync(file, 'Eine Überschrift\n\nText.\n');
  return file;
}

/** Plans and applies; the message of a refusal is thrown, so a test reads what was deleted. */
function discard(argument: string): { deleted: string[]; note: string | undefined } {
  const plan = planDiscard(dir, argument);
  if (!plan.ok) throw new Error(plan.message);
  return { deleted: applyDiscard(plan), note: plan.captureNote };
}

function refusal(argument: string): string {
  const plan = planDiscard(dir, argument);
  expect(plan.ok).toBe(false);
  return plan.ok ? '' : plan.message;
}

const allFiles = () => [...readdirSync(join(dir, 'articles')), ...readdirSync(join(dir, 'captures'))].sort();

describe('discarding a draft', () => {
  it('deletes the draft and its capture, and says which files', () => {
    const draft = article('ein-entwurf', ['draft: true', 'provenance:', `  capture: "${CAPTURE}"`]);
    const kept = capture(CAPTURE);
    capture('000_aaaaaaaaaaaaaaaa');
    expect(discard('ein-entwurf')).toEqual({ deleted: [draft, kept], note: undefined });
    expect(allFiles()).toEqual(['000_aaaaaaaaaaaaaaaa.txt']);
  });

  it('deletes a saved page (.html) as the capture too', () => {
    const draft = article('ein-entwurf', ['draft: true', 'provenance:', `  capture: "${CAPTURE}"`]);
    const page = capture(CAPTURE, '.html');
    expect(discard('ein-entwurf').deleted).toEqual([draft, page]);
  });

  it('keeps the capture when another article names it', () => {
    const draft = article('ein-entwurf', ['draft: true', 'provenance:', `  capture: "${CAPTURE}"`]);
    article('die-ausgabe', ['provenance:', `  capture: "${CAPTURE}"`]);
    capture(CAPTURE);
    const { deleted, note } = discard('ein-entwurf');
    expect(deleted).toEqual([draft]);
    expect(note).toBe(`its capture ${CAPTURE} stays: ${join(dir, 'articles', 'die-ausgabe.md')} names it too`);
    expect(allFiles()).toEqual([`${CAPTURE}.txt`, 'die-ausgabe.md']);
  });

  it('keeps the capture when an article whose frontmatter cannot be read holds its id', () => {
    article('ein-entwurf', ['draft: true', 'provenance:', `  capture: "${CAPTURE}"`]);
    writeFileSync(join(dir, 'articles', 'kaputt.md'), `---\nprovenance: [\n  capture: "${CAPTURE}"\n---\n`);
    capture(CAPTURE);
    expect(discard('ein-entwurf').deleted).toEqual([join(dir, 'articles', 'ein-entwurf.md')]);
    expect(existsSync(join(dir, 'captures', `${CAPTURE}.txt`))).toBe(true);
  });

  it('accepts the path of the article file', () => {
    const draft = article('ein-entwurf', ['draft: true']);
    expect(slugOfArgument(dir, join(dir, 'articles', 'ein-entwurf.md'))).toBe('ein-entwurf');
    expect(slugOfArgument(dir, 'ein-entwurf.md')).toBe('ein-entwurf');
    expect(slugOfArgument(dir, join(dir, 'captures', 'ein-entwurf.md'))).toBeUndefined();
    const { deleted, note } = discard(join(dir, 'articles', 'ein-entwurf.md'));
    expect(deleted).toEqual([draft]);
    expect(note).toBe('the draft names no capture (provenance.capture)');
  });

  it('refuses a published article, naming its permanent address and the withdrawal, and deletes nothing', () => {
    article('die-ausgabe', ['provenance:', `  capture: "${CAPTURE}"`]);
    capture(CAPTURE);
    expect(refusal('die-ausgabe')).toBe(
      `${join(dir, 'articles', 'die-ausgabe.md')} is published: its address /a/${CAPTURE}/ is permanent; withdraw it instead (withdrawn: { date, reason }; docs/editors.md, "Withdrawing an article"); nothing deleted`,
    );
    expect(allFiles()).toEqual([`${CAPTURE}.txt`, 'die-ausgabe.md']);
  });

  it('refuses an article with draft: false: it is published', () => {
    article('die-ausgabe', ['draft: false', 'provenance:', `  capture: "${CAPTURE}"`]);
    expect(refusal('die-ausgabe')).toContain('is published');
  });

  it('refuses a withdrawn article and deletes nothing', () => {
    article('zurueckgezogen', [
      'withdrawn: { date: "2025-03-01", reason: "Auf Verlangen des Verlags entfernt." }',
      'provenance:',
      `  capture: "${CAPTURE}"`,
    ]);
    capture(CAPTURE);
    expect(refusal('zurueckgezogen')).toBe(
      `${join(dir, 'articles', 'zurueckgezogen.md')} is withdrawn, not a draft: its address /a/${CAPTURE}/ is permanent, and its file and capture stay in the archive; nothing deleted`,
    );
    expect(allFiles()).toEqual([`${CAPTURE}.txt`, 'zurueckgezogen.md']);
  });

  it('says a slug is unknown, with the nearest slug when one is close', () => {
    article('ein-entwurf', ['draft: true']);
    expect(refusal('ein-entwruf')).toBe(
      `unknown article "ein-entwruf": there is no file ${join(dir, 'articles', 'ein-entwruf.md')} (did you mean "ein-entwurf"?)`,
    );
    expect(refusal('etwas-ganz-anderes')).toBe(
      `unknown article "etwas-ganz-anderes": there is no file ${join(dir, 'articles', 'etwas-ganz-anderes.md')}`,
    );
    expect(refusal('../captures/x')).toContain('not a file of');
  });

  it('refuses a file whose frontmatter cannot be read, and deletes nothing', () => {
    writeFileSync(join(dir, 'articles', 'kaputt.md'), '---\ndraft: true\ntitle: [\n---\n');
    writeFileSync(join(dir, 'articles', 'ohne.md'), 'Nur Text.\n');
    expect(refusal('kaputt')).toMatch(
      /kaputt\.md: its frontmatter cannot be read \(invalid YAML at line \d+: .+\), so it is not known to be a draft; nothing deleted$/,
    );
    expect(refusal('ohne')).toContain(
      'ohne.md: its frontmatter cannot be read (no frontmatter between "---" lines at the top)',
    );
    expect(allFiles()).toEqual(['kaputt.md', 'ohne.md']);
  });

  it('says when the content folder cannot be read', () => {
    expect(planDiscard(join(dir, 'nirgends'), 'ein-entwurf')).toMatchObject({
      ok: false,
      message: expect.stringContaining('run the command in the project folder'),
    });
  });
});

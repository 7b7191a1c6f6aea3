import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentErrors, contentErrorsError, hasErrors, lineOfField, recordProblems } from './content-errors.ts';

const TEXT = '---\ntitle: { text: "T", editorial: false }\ndate:\n  kind: published\ntags: [atlantis]\n---\n\nText.\n';
let dir: string;
afterEach(() => {
  for (const { file } of contentErrors()) if (file.startsWith(dir)) recordProblems(file, []);
  rmSync(dir, { recursive: true, force: true });
});

describe('the errors astro dev shows', () => {
  it('records the errors of a file as it is now, and forgets them once it has none', () => {
    dir = mkdtempSync(join(tmpdir(), 'fehler-'));
    const file = join(dir, 'a.md');
    const error = { level: 'error', file, field: 'tags.0', message: 'unknown tag "atlantis"' } as const;
    expect(recordProblems(file, [error, { ...error, level: 'warning', message: 'a warning only' }])).toBe(false);
    expect(hasErrors(file)).toBe(true);
    expect(contentErrors().filter((problem) => problem.file === file)).toEqual([error]);
    expect(recordProblems(file, [{ ...error, level: 'warning' }])).toBe(true);
    expect(hasErrors(file)).toBe(false);
  });

  it('finds the line of a field by its top-level key', () => {
    expect(lineOfField(TEXT, 'tags.0')).toBe(5);
    expect(lineOfField(TEXT, 'date.value')).toBe(3);
    expect(lineOfField(TEXT, '(frontmatter)')).toBe(1);
    expect(lineOfField(TEXT, 'source')).toBe(1);
  });

  it('becomes one error for Astro\'s overlay: every problem in its message, the first file and field as its location', () => {
    dir = mkdtempSync(join(tmpdir(), 'fehler-'));
    const file = join(dir, 'a.md');
    writeFileSync(file, TEXT);
    recordProblems(file, [{ level: 'error', file, field: 'tags.0', message: 'unknown tag "atlantis"' }]);
    const error = contentErrorsError() as Error & { loc?: unknown; hint?: string };
    expect(error.message).toContain(`${file}: tags.0: unknown tag "atlantis"`);
    expect(error.message).toMatch(/^\d+ problem\(s\) in the content:\n/);
    expect(error.loc).toEqual({ file, line: 5, column: 1 });
    expect(error.hint).toContain('npm run check:content');
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentErrorsError, lineOfField } from './content-errors.ts';

const TEXT = '---\ntitle: { text: "T", editorial: false }\ndate:\n  kind: published\ntags: [atlantis]\n---\n\nText.\n';
let dir: string;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the errors astro dev shows', () => {
  it('finds the line of a field by its top-level key', () => {
    expect(lineOfField(TEXT, 'tags.0')).toBe(5);
    expect(lineOfField(TEXT, 'date.value')).toBe(3);
    expect(lineOfField(TEXT, '(frontmatter)')).toBe(1);
    expect(lineOfField(TEXT, 'source')).toBe(1);
  });

  it("becomes one error for Astro's overlay: every problem in its message, the first file and field as its location", () => {
    dir = mkdtempSync(join(tmpdir(), 'fehler-'));
    const file = join(dir, 'a.md');
    writeFileSync(file, TEXT);
    const error = contentErrorsError([
      { level: 'error', file, field: 'tags.0', message: 'unknown tag "atlantis"' },
    ]) as Error & { loc?: unknown; hint?: string };
    expect(error.message).toContain(`${file}: tags.0: unknown tag "atlantis"`);
    expect(error.message).toMatch(/^\d+ problem\(s\) in the content:\n/);
    expect(error.loc).toEqual({ file, line: 5, column: 1 });
    expect(error.hint).toContain('npm run check:content');
    expect(contentErrorsError([])).toBeUndefined();
  });
});

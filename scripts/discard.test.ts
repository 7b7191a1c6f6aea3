import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * `npm run discard` as the editor runs it: the script in a folder whose
 * content/ is a copy of the fixture archive (scripts read the relative path
 * "content"), with the project's Node, for its exit codes and what it prints.
 */
const NODE = resolve('node_modules/.bin/node');
const SCRIPT = resolve('scripts/discard.ts');
const PUBLISHED = 'putin-und-kim-freunde-in-not';
const CAPTURE = '005_0123456789abcdef';
const DRAFT = 'ein-entwurf';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'archiv-discard-script-'));
  cpSync('tests/fixtures/archive', join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'content/captures', `${CAPTURE}.txt`), 'Ein Entwurf\n\nText.\n');
  writeFileSync(
    join(root, 'content/articles', `${DRAFT}.md`),
    `---\ndraft: true\ntitle:\n  text: "Ein Entwurf"\n  editorial: false\nprovenance:\n  capture: "${CAPTURE}"\n  removed: []\n  notes: []\ntags: []\n---\n\nText.\n`,
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function discard(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(NODE, [SCRIPT, ...args], { cwd: root, encoding: 'utf8' });
  return { code: status, stdout, stderr };
}

const exists = (path: string) => existsSync(join(root, path));

describe('npm run discard', () => {
  it('deletes the draft and its capture and prints them', () => {
    const result = discard(DRAFT);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      `${DRAFT}: deleted\n  content/articles/${DRAFT}.md\n  content/captures/${CAPTURE}.txt\n`,
    );
    expect(exists(`content/articles/${DRAFT}.md`)).toBe(false);
    expect(exists(`content/captures/${CAPTURE}.txt`)).toBe(false);
    expect(readdirSync(join(root, 'content/articles'))).toHaveLength(5);
  });

  it('takes the path of the article file', () => {
    const result = discard(`content/articles/${DRAFT}.md`);
    expect(result.code, result.stderr).toBe(0);
    expect(exists(`content/articles/${DRAFT}.md`)).toBe(false);
  });

  it('refuses a published article with exit code 1 and deletes nothing', () => {
    const result = discard(PUBLISHED);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `content/articles/${PUBLISHED}.md is published: its address /a/002_7491ef1a70dbf932/ is permanent; withdraw it instead (withdrawn: { date, reason }`,
    );
    expect(exists(`content/articles/${PUBLISHED}.md`)).toBe(true);
    expect(exists('content/captures/002_7491ef1a70dbf932.txt')).toBe(true);
  });

  it('discards the drafts it may and exits with 1 for the rest', () => {
    const result = discard(PUBLISHED, DRAFT);
    expect(result.code).toBe(1);
    expect(exists(`content/articles/${DRAFT}.md`)).toBe(false);
    expect(exists(`content/articles/${PUBLISHED}.md`)).toBe(true);
  });

  it('names the nearest slug of an unknown one', () => {
    const result = discard('ein-entwruf');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `unknown article "ein-entwruf": there is no file content/articles/ein-entwruf.md (did you mean "${DRAFT}"?)\n`,
    );
  });

  it('prints its usage for --help and -h, and refuses an unknown option or no argument with exit code 2', () => {
    for (const flag of ['--help', '-h']) {
      const help = discard(flag);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^usage: npm run discard -- <slug/);
      expect(help.stdout).toContain('withdrawn: { date, reason }');
    }
    const unknown = discard('--force', DRAFT);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^unknown option "--force"\nusage: npm run discard/);
    expect(exists(`content/articles/${DRAFT}.md`)).toBe(true);
    const none = discard();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^usage: npm run discard/);
  });
});

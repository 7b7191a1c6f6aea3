import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The command line of `npm run import`: its help, and an option it does not
 * know refused rather than read as a file. Run in an empty folder: neither
 * may read or write content/.
 */
const NODE = resolve('node_modules/.bin/node');
const SCRIPT = resolve('scripts/import.ts');
const root = mkdtempSync(join(tmpdir(), 'archiv-import-script-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runImport(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(NODE, [SCRIPT, ...args], { cwd: root, encoding: 'utf8' });
  return { code: status, stdout, stderr };
}

describe('npm run import, its arguments', () => {
  it('prints its usage for --help and -h and exits with 0', () => {
    for (const flag of ['--help', '-h']) {
      const help = runImport(flag);
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toMatch(/^usage: npm run import -- \[--version-of <slug>\] <capture\.txt \| page\.html>/);
      for (const words of [
        '.html, .htm',
        'content/captures/',
        'draft: true',
        'not UTF-8',
        'navigation-only',
        'npm run discard -- <slug>',
        'content/versions/<slug>/',
      ]) {
        expect(help.stdout).toContain(words);
      }
    }
  });

  it('refuses an unknown option with the usage and exit code 2, and no argument likewise', () => {
    const unknown = runImport('--dry-run', 'capture.txt');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^unknown option "--dry-run"\nusage: npm run import/);
    expect(unknown.stderr).not.toContain('cannot be read');
    const none = runImport();
    expect(none.code).toBe(2);
    const noStory = runImport('--version-of');
    expect(noStory.code).toBe(2);
    expect(noStory.stderr).toMatch(/^--version-of needs the slug of an archived story\nusage: npm run import/);
    expect(none.stderr).toMatch(/^usage: npm run import/);
  });
});

describe('npm run import, a capture that is no article', () => {
  it('refuses an empty file, only whitespace and only navigation with exit code 1, and writes nothing', () => {
    const site = mkdtempSync(join(tmpdir(), 'archiv-import-refusal-'));
    try {
      cpSync('tests/fixtures/archive', join(site, 'content'), { recursive: true });
      const files = () =>
        ['articles', 'captures'].flatMap((folder) => readdirSync(join(site, 'content', folder))).sort();
      const before = files();
      const captures = {
        'leer.txt': '',
        'leerzeichen.txt': ' \n\n\t\n',
        'menue.txt': 'Startseite\nPolitik\nWirtschaft\nSport\nSuche\nAnmelden\nImpressum\n',
      };
      for (const [name, text] of Object.entries(captures)) writeFileSync(join(site, name), text);
      const { status, stderr } = spawnSync(NODE, [SCRIPT, ...Object.keys(captures)], { cwd: site, encoding: 'utf8' });
      expect(status).toBe(1);
      expect(stderr).toContain('leer.txt: the capture is empty (or only whitespace): nothing imported');
      expect(stderr).toContain('leerzeichen.txt: the capture is empty (or only whitespace): nothing imported');
      expect(stderr).toContain('menue.txt: the capture has no paragraph of running text');
      expect(files()).toEqual(before);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

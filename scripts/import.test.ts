import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
      expect(help.stdout).toMatch(/^usage: npm run import -- <capture\.txt \| page\.html>/);
      for (const words of ['.html, .htm', 'content/captures/', 'draft: true', 'not UTF-8', 'navigation-only', 'npm run discard -- <slug>']) {
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
    expect(none.stderr).toMatch(/^usage: npm run import/);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishAddressProblem } from './publish-address.ts';

describe('a build for publishing', () => {
  it('needs a public http(s) address in ARCHIV_URL', () => {
    expect(publishAddressProblem(undefined)).toMatch(/needs ARCHIV_URL/);
    expect(publishAddressProblem('')).toMatch(/needs ARCHIV_URL/);
    expect(publishAddressProblem('archiv.example')).toMatch(/no address/);
    expect(publishAddressProblem('ftp://archiv.example')).toMatch(/http\(s\)/);
    expect(publishAddressProblem('http://localhost:4321')).toMatch(/names this machine/);
    expect(publishAddressProblem('https://archiv.example')).toBeUndefined();
  });

  it('stops npm run build -- --publish without ARCHIV_URL before anything is built, saying what to set', () => {
    const root = mkdtempSync(join(tmpdir(), 'archiv-publish-'));
    try {
      const env = { ...process.env };
      delete env.ARCHIV_URL;
      const run = spawnSync(resolve('node_modules/.bin/node'), [resolve('scripts/build.ts'), '--publish'], {
        cwd: root,
        env,
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('a build for publishing needs ARCHIV_URL');
      expect(run.stderr).toContain('ARCHIV_URL=https://<your domain> npm run build -- --publish');
      expect(readdirSync(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

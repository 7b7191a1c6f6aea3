import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageBin } from './package-bin.ts';

describe('packageBin', () => {
  it("finds the CLIs the build runs, through each package's bin field", () => {
    for (const cli of [packageBin('astro'), packageBin('pagefind')]) {
      expect(existsSync(cli), cli).toBe(true);
      expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node'), cli).toBe(true);
    }
  });

  it('names a command the package does not declare', () => {
    expect(() => packageBin('astro', 'astra')).toThrow(
      'the package astro declares no command "astra" in its package.json',
    );
  });
});

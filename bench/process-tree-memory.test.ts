import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { processTree, watchPeakMemory } from './process-tree-memory.ts';

describe('processTree', () => {
  it('finds every descendant, however deep, and nothing else', () => {
    const parentOf = new Map([
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 1],
      [6, 99],
      [7, 6],
    ]);
    expect(processTree(parentOf, 2).sort()).toEqual([2, 3, 4]);
    expect(processTree(parentOf, 1).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('watchPeakMemory', () => {
  // Two Node processes and 300 MB: seconds on a busy machine, so more than vitest's 5 s default.
  it('counts the memory of a grandchild process', { timeout: 30_000 }, async () => {
    // A child that starts a grandchild holding 300 MB, then both wait.
    const grandchild = `const b = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => b.length, 1500);`;
    const child = spawn(process.execPath, [
      '-e',
      `require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' }).on('exit', () => process.exit(0));`,
    ]);
    const watch = watchPeakMemory(child.pid!, 50);
    await new Promise((done) => child.on('exit', done));
    const peak = watch.stop();
    expect(peak).toBeGreaterThan(300 * 1024 * 1024);
    expect(peak).toBeLessThan(2 * 1024 * 1024 * 1024);
  });
});

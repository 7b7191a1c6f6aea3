import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileFacts } from './file-facts.ts';

const root = mkdtempSync(join(tmpdir(), 'file-facts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const page = join(root, 'seite.html');
const store = join(root, 'facts');
const lengthOf = (facts: FileFacts<number>) => facts.of(page, () => writtenLength());
let reads = 0;
const writtenLength = () => {
  reads++;
  return 'x'.repeat(7).length;
};

describe('FileFacts', () => {
  it('reads a file once, then takes its facts while its size and time stay, from the next run on', () => {
    writeFileSync(page, 'Seite 1');
    utimesSync(page, 1_000_000, 1_000_000);
    const first = new FileFacts<number>('seiten', 'v1', store);
    expect(lengthOf(first)).toBe(7);
    first.save();
    const second = new FileFacts<number>('seiten', 'v1', store);
    expect(lengthOf(second)).toBe(7);
    expect([second.read, second.kept, reads]).toEqual([0, 1, 1]);
    second.save();

    // Written again by a later build: read again.
    writeFileSync(page, 'Seite 2');
    utimesSync(page, 1_000_010, 1_000_010);
    const third = new FileFacts<number>('seiten', 'v1', store);
    lengthOf(third);
    expect([third.read, third.kept]).toEqual([1, 0]);
    third.save();

    // Other code reading: nothing is taken over.
    const otherCode = new FileFacts<number>('seiten', 'v2', store);
    lengthOf(otherCode);
    expect([otherCode.read, otherCode.kept]).toEqual([1, 0]);
  });

  it('reads when the recorded facts are not usable, and when the store is damaged', () => {
    writeFileSync(page, 'Seite 3');
    mkdirSync(store, { recursive: true });
    writeFileSync(join(store, 'seiten.json'), '{"version": "v1", "entr');
    const damaged = new FileFacts<number>('seiten', 'v1', store);
    lengthOf(damaged);
    expect(damaged.read).toBe(1);
    damaged.save();
    const refused = new FileFacts<number>('seiten', 'v1', store);
    refused.of(page, writtenLength, () => false);
    expect([refused.read, refused.kept]).toEqual([1, 0]);
  });
});

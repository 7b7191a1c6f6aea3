import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder } from './file-links.ts';
import { seedFromBase, sweepStaging } from './site-base.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'site-base-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const at = (...parts: string[]) => join(root, ...parts);
/** Writes `text` at `path`, dated `seconds` after the epoch (a build's write time). */
function write(path: string, text: string, seconds = 1_000_000): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, seconds, seconds);
}
const contents = (folder: string) =>
  Object.fromEntries(filesUnder(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));

describe('seedFromBase', () => {
  it('is nothing without a base', () => {
    write(at('dist/index.html'), 'site');
    expect(seedFromBase(at('dist'), at('base'), at('next'), at('aside'))).toBeUndefined();
    expect(existsSync(at('next'))).toBe(false);
  });

  it('copies the whole site, but its search index, into an empty base', () => {
    write(at('dist/index.html'), 'home', 3_000_000);
    write(at('dist/artikel/a/index.html'), 'a', 3_000_000);
    write(at('dist/pagefind/pagefind.js'), 'index of the site');
    mkdirSync(at('base'));

    const seeded = seedFromBase(at('dist'), at('base'), at('next'), at('aside'))!;

    expect(contents(at('next'))).toEqual({ 'index.html': 'home', 'artikel/a/index.html': 'a' });
    expect([seeded.copied, seeded.deleted]).toEqual([2, 0]);
    // Its times are the site's, so that the sweep after Astro tells the files Astro kept from those it wrote.
    expect(statSync(at('next/artikel/a/index.html')).mtimeMs).toBe(statSync(at('dist/artikel/a/index.html')).mtimeMs);
  });

  it('makes the base a copy of the site, copying only what differs, and moves it to the staging folder', () => {
    // The site the last build wrote, and the one before it, which is the base.
    write(at('dist/index.html'), 'home, new', 3_000_000);
    write(at('dist/artikel/a/index.html'), 'a, unchanged', 1_000_000);
    write(at('dist/artikel/b/index.html'), 'b, added', 3_000_000);
    write(at('dist/artikel/c/index.html'), 'c, new text', 3_000_000);
    write(at('dist/pagefind/pagefind.js'), 'index of the site');
    write(at('base/index.html'), 'home, old', 2_000_000);
    write(at('base/artikel/a/index.html'), 'a, unchanged', 1_000_000);
    write(at('base/artikel/c/index.html'), 'c, old text!', 2_000_000); // as long as the new text, older
    write(at('base/artikel/gone/index.html'), 'a deleted article', 2_000_000);
    write(at('base/pagefind/pagefind.js'), 'the old index');

    const seeded = seedFromBase(at('dist'), at('base'), at('next'), at('aside'))!;

    expect(existsSync(at('base'))).toBe(false);
    // The site's files, the search index aside: every build writes its own.
    const { 'pagefind/pagefind.js': index, ...pages } = contents(at('dist'));
    expect(index).toBe('index of the site');
    expect(contents(at('next'))).toEqual(pages);
    expect(existsSync(at('next/artikel/gone'))).toBe(false);
    expect(contents(join(seeded.discard))).toEqual({ 'pagefind/pagefind.js': 'the old index' });
    expect(seeded.copied).toBe(3);
    expect(seeded.deleted).toBe(1);
    // The copies carry the site's times, so that the next build compares them again.
    expect(statSync(at('next/artikel/b/index.html')).mtimeMs).toBe(3_000_000_000);
    expect([...seeded.files.keys()].sort()).toEqual(Object.keys(pages).sort());
    expect(seeded.files.get('artikel/a/index.html')).toBe(1_000_000_000);
  });

  it('copies a file that is a hard link, so that no write into the staging folder reaches another folder', () => {
    write(at('dist/index.html'), 'home', 1_000_000);
    write(at('elsewhere/kept.html'), 'home', 1_000_000);
    mkdirSync(at('base'));
    linkSync(at('elsewhere/kept.html'), at('base/index.html'));

    const seeded = seedFromBase(at('dist'), at('base'), at('next'), at('aside'))!;

    expect(seeded.copied).toBe(1);
    writeFileSync(at('next/index.html'), 'rendered again');
    expect(readFileSync(at('elsewhere/kept.html'), 'utf8')).toBe('home');
  });

  it('takes the whole base aside when there is no site to bring it up to date with', () => {
    write(at('base/index.html'), 'an old site');
    const seeded = seedFromBase(at('dist'), at('base'), at('next'), at('aside'))!;
    expect(existsSync(at('next'))).toBe(false);
    expect(existsSync(at('base'))).toBe(false);
    expect(seeded.discard).toBe(at('aside'));
  });
});

describe('sweepStaging', () => {
  it('deletes what the build took over and neither wrote nor kept, and the folders it empties', () => {
    write(at('next/artikel/kept/index.html'), 'kept by Astro', 1_000_000);
    write(at('next/artikel/rendered/index.html'), 'rendered again', 1_000_000);
    write(at('next/artikel/gone/index.html'), 'a deleted article', 1_000_000);
    write(at('next/_astro/old.css'), 'an old bundle', 1_000_000);
    const seeded = new Map(
      filesUnder(at('next')).map((name) => [name, statSync(join(at('next'), name)).mtimeMs] as const),
    );
    // The build: renders one page again, writes a new one.
    write(at('next/artikel/rendered/index.html'), 'rendered again', 5_000_000);
    write(at('next/artikel/new/index.html'), 'a new article', 5_000_000);

    const deleted = sweepStaging(at('next'), seeded, new Set(['artikel/kept/index.html']));

    expect(deleted).toBe(2);
    expect(Object.keys(contents(at('next'))).sort()).toEqual([
      'artikel/kept/index.html',
      'artikel/new/index.html',
      'artikel/rendered/index.html',
    ]);
    expect(existsSync(at('next/artikel/gone'))).toBe(false);
    expect(existsSync(at('next/_astro'))).toBe(false);
  });
});

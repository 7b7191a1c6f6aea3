import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the facts of each kind are kept between builds (the archive's own folder, the convention of node_modules/.cache). */
export const FILE_FACTS = resolve('node_modules/.cache/nachrichtenarchiv/file-facts');

/**
 * Two times of one file's writes that differ by less are the same write: a
 * file written again by a later build is seconds younger, and a copy made
 * with the original's time (scripts/site-base.ts, Astro's restore) may
 * differ from it by the rounding of a microsecond.
 */
const SAME_TIME_MS = 1;

type Entry<T> = [size: number, mtimeMs: number, facts: T];

/**
 * A string of its own, for a fact that is kept. A part V8 cuts from a longer
 * string (a regular expression's match, a slice) keeps the whole string
 * alive: each article page's sort key held its page (600 MB of heap per
 * 20,000 pages), and each title the page check kept held its page too
 * (370 MB at 10,000 articles, in the build's process while Pagefind ran).
 * Every fact taken from a file's text goes through this.
 */
export const ownString = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

/** The version of facts read by the module at `moduleUrl`: a digest of its source, so that changed code reads again. */
export const versionOf = (moduleUrl: string | URL): string =>
  createHash('sha256')
    .update(readFileSync(new URL(moduleUrl)))
    .digest('base64url');

/**
 * What a build read from its built pages, kept until the next build by each
 * file's path, size and time: after Astro, the page check and the search
 * index each read every article page, 100,000 of them at 100,000 articles,
 * while a publish rewrites a few dozen. A file whose size
 * and time are those recorded is the file that was read (a later write has
 * a later time), so its facts are taken as they are; every other file is
 * read. The facts of one kind are one file, replaced whole after each run
 * with the entries of that run only; written by other code (another
 * `version`), they are dropped. Text facts must be strings of their own
 * (`ownString`): a fact cut from the file's text would keep the whole text.
 */
export class FileFacts<T> {
  readonly #file: string;
  readonly #version: string;
  readonly #known: Map<string, Entry<T>>;
  readonly #now = new Map<string, Entry<T>>();
  /** How many files were read, and how many taken from the last run. */
  read = 0;
  kept = 0;

  constructor(kind: string, version: string, dir = FILE_FACTS) {
    this.#file = join(dir, `${kind}.json`);
    this.#version = version;
    this.#known = new Map();
    try {
      const stored = JSON.parse(readFileSync(this.#file, 'utf8')) as { version: string; entries: [string, Entry<T>][] };
      if (stored.version === version) this.#known = new Map(stored.entries);
    } catch {
      // None yet, or unreadable: every file is read.
    }
  }

  /**
   * The facts of the file at `path`: the recorded ones when its size and
   * time are unchanged and `usable` accepts them, else `read()`'s.
   */
  of(path: string, read: () => T, usable: (facts: T) => boolean = () => true): T {
    const { size, mtimeMs } = statSync(path);
    const known = this.#known.get(path);
    if (known && known[0] === size && Math.abs(known[1] - mtimeMs) < SAME_TIME_MS && usable(known[2])) {
      this.#now.set(path, known);
      this.kept++;
      return known[2];
    }
    const facts = read();
    this.#now.set(path, [size, mtimeMs, facts]);
    this.read++;
    return facts;
  }

  /** Keeps this run's facts for the next one (written beside, then renamed). */
  save(): void {
    mkdirSync(join(this.#file, '..'), { recursive: true });
    const partial = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify({ version: this.#version, entries: [...this.#now] }));
    renameSync(partial, this.#file);
  }
}

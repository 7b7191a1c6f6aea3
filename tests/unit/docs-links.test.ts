import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README is the front door and docs/ holds the guides: every command
 * they name must run, and every link in them must lead somewhere. A renamed
 * script or a moved file shows up here, naming the guide and the line.
 */
const ROOT = resolve(import.meta.dirname, '../..');

/** The README stays a front door, not a manual. */
const README_MAX_LINES = 150;

function guides(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs.sort()];
}

/** Each line of a Markdown file, numbered from 1. */
function linesOf(file: string): { line: number; text: string }[] {
  return readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .map((text, index) => ({ line: index + 1, text }));
}

/** The scripts an `npm run <name>` in the text names (`npm run bench -- --peer …` names `bench`; `npm run -s csp-header`, `csp-header`). */
export function npmRunsIn(text: string): string[] {
  return [...text.matchAll(/\bnpm run (?:(?:-s|--silent) )?([\w:.-]*\w)/g)].map((match) => match[1]!);
}

/**
 * The scripts that npm's own shortcuts run: `npm start` and `npm test` (and
 * `npm stop`, `npm restart`) run the script of that name. Other npm commands
 * (`npm install`, "the npm package …") run no script of the project.
 */
export function npmShortcutsIn(text: string): string[] {
  return [...text.matchAll(/\bnpm (start|test|stop|restart)\b/g)].map((match) => match[1]!);
}

/**
 * The targets of the relative links of a line: `[text](target)` and
 * `![alt](target)`, an optional title dropped. Addresses with a scheme
 * (http:, https:, mailto:) and pure #anchors are not files.
 */
export function relativeLinksIn(text: string): string[] {
  return [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'));
}

/** Where a link of `file` leads, from the project root, without its #fragment or ?query. */
function targetOf(file: string, link: string): string {
  const path = decodeURIComponent(link.replace(/[#?].*$/, ''));
  return relative(ROOT, resolve(dirname(join(ROOT, file)), path));
}

describe('the README and the guides', () => {
  const scripts = Object.keys(
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>,
  );

  it('keeps the README at most 150 lines', () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').trimEnd().split('\n').length;
    expect(lines, `README.md has ${lines} lines; move the detail into a guide in docs/`).toBeLessThanOrEqual(
      README_MAX_LINES,
    );
  });

  it('names only npm scripts that exist', () => {
    const missing: string[] = [];
    for (const file of guides()) {
      for (const { line, text } of linesOf(file)) {
        for (const name of npmRunsIn(text))
          if (!scripts.includes(name)) missing.push(`${file}:${line}: npm run ${name}`);
        for (const name of npmShortcutsIn(text))
          if (!scripts.includes(name)) missing.push(`${file}:${line}: npm ${name}`);
      }
    }
    expect(missing, 'no such script in package.json').toEqual([]);
  });

  it('links only to files and folders that exist', () => {
    const broken: string[] = [];
    for (const file of guides()) {
      for (const { line, text } of linesOf(file)) {
        for (const link of relativeLinksIn(text)) {
          const target = targetOf(file, link);
          if (!existsSync(join(ROOT, target))) broken.push(`${file}:${line}: ${link} (no ${target})`);
        }
      }
    }
    expect(broken, 'broken relative links').toEqual([]);
  });

  it('links from the README to every guide in docs/', () => {
    const linked = new Set(
      linesOf('README.md').flatMap(({ text }) => relativeLinksIn(text).map((link) => targetOf('README.md', link))),
    );
    expect(guides().filter((file) => file !== 'README.md' && !linked.has(file))).toEqual([]);
  });
});

describe('what the checks read (the checks themselves)', () => {
  it('finds the script of every npm run form', () => {
    expect(npmRunsIn('`npm run -s csp-header`, `npm run --silent server-config -- nginx`')).toEqual([
      'csp-header',
      'server-config',
    ]);
    expect(
      npmRunsIn('`npm run bench -- --peer <dir>` and `npm run import:measure`, then npm run check:content.'),
    ).toEqual(['bench', 'import:measure', 'check:content']);
    expect(npmShortcutsIn('npm install && npm start; npm test; npm run build; the npm package `vnu-jar`')).toEqual([
      'start',
      'test',
    ]);
  });

  it('finds links and images, and leaves addresses and anchors alone', () => {
    expect(
      relativeLinksIn(
        '[a](docs/a.md#x) ![b](images/b.png "B") [c](https://astro.build) [d](#layers) [e](mailto:x@y.z) [f](../src/)',
      ),
    ).toEqual(['docs/a.md#x', 'images/b.png', '../src/']);
  });

  it('would notice a broken link (resolved from the file that holds it)', () => {
    expect(existsSync(join(ROOT, targetOf('docs/editors.md', 'search.md#why-a-result-matched')))).toBe(true);
    expect(existsSync(join(ROOT, targetOf('docs/editors.md', 'docs/search.md')))).toBe(false);
    expect(existsSync(join(ROOT, targetOf('README.md', 'docs/images/artikel.png')))).toBe(true);
  });
});

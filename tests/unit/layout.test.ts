import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, isTest, placeOf, ROOT, sourceFiles } from '../support/code-layout.ts';

/**
 * The shape of the code, checked: folders depend one way (docs/architecture.md,
 * "The layers"), and URLs and reader-visible German each have one home.
 */

describe('the code is laid out in one direction', () => {
  const srcFiles = sourceFiles('src');

  it('places every module of src/ in a layer', () => {
    expect(srcFiles.filter((file) => !placeOf(file))).toEqual([]);
  });

  it('never imports from a higher layer or a sibling folder of the same layer', () => {
    const upward: string[] = [];
    // Tests may reach for real content through the reader; the product may not.
    for (const file of srcFiles.filter((file) => !isTest(file))) {
      const from = placeOf(file)!;
      for (const target of importsOf(file)) {
        if (!target.startsWith('src/')) {
          upward.push(`${file} -> ${target} (outside src/)`);
          continue;
        }
        const to = placeOf(target);
        if (!to) upward.push(`${file} -> ${target} (no layer)`);
        else if (to.unit !== from.unit && to.layer >= from.layer) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps the product, its measuring and the test support apart', () => {
    const wrong: string[] = [];
    const rules: [string, RegExp][] = [
      ['scripts', /^(bench|tests)\//],
      ['tests/support', /^bench\//],
    ];
    for (const [dir, forbidden] of rules) {
      for (const file of sourceFiles(dir))
        for (const target of importsOf(file)) if (forbidden.test(target)) wrong.push(`${file} -> ${target}`);
    }
    expect(wrong).toEqual([]);
  });
});

/**
 * The circles of an import graph: chains of imports that lead back to where
 * they began. Found by a depth-first walk; each circle once, from its first
 * module in sorted order.
 */
function circlesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const walk = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const circle = path.slice(path.indexOf(next));
        const start = circle.indexOf([...circle].sort()[0]!);
        const canonical = [...circle.slice(start), ...circle.slice(0, start)];
        found.set(canonical.join(' -> '), canonical);
      } else if (!state.has(next)) walk(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) walk(node);
  return [...found.values()];
}

describe('no circles', () => {
  it('has no circle of imports in src/, scripts/, bench/ or tests/ (type imports count)', () => {
    const files = ['src', 'scripts', 'bench', 'tests']
      .flatMap((dir) => sourceFiles(dir))
      .filter((file) => file.endsWith('.ts') || file.endsWith('.mjs'));
    const graph = new Map(files.map((file) => [file, importsOf(file)]));
    expect(circlesOf(graph).map((circle) => [...circle, circle[0]].join(' -> '))).toEqual([]);
  });

  it('would notice one (the check itself)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    expect(circlesOf(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(
      circlesOf(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });
});

/** Code without its comments, so that a comment may mention a URL. */
function withoutComments(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** A site path as code writes it: quoted, or in a template literal or an import(). */
const SITE_PATHS = /["'`(]\/(artikel|themen|quellen|archiv|a|suche|seite|pagefind)\/|["'`]\/feed\.xml/;

describe('one home for each URL', () => {
  it('spells out no site path in src/ outside src/routes.ts', () => {
    const found = sourceFiles('src')
      .filter((file) => file !== 'src/routes.ts' && !isTest(file))
      .flatMap((file) =>
        withoutComments(readFileSync(join(ROOT, file), 'utf8'))
          .split('\n')
          .filter((line) => SITE_PATHS.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });

  it('would notice a path literal (the check itself)', () => {
    expect(SITE_PATHS.test('const url = `/artikel/${slug}/`;')).toBe(true);
    expect(SITE_PATHS.test('<a href="/themen/">')).toBe(true);
    expect(SITE_PATHS.test(withoutComments('// leads to /artikel/<slug>/'))).toBe(false);
  });
});

/**
 * Reader-visible German outside src/i18n/de.ts, found the way a reviewer
 * would: text between the tags of a template, literal text in the
 * attributes readers see or hear, and string literals with German letters
 * or quotation marks in TypeScript. The prose pages (Impressum,
 * Datenschutz, Rechte) are content, not UI strings.
 */
const PROSE_PAGES = ['src/pages/impressum.astro', 'src/pages/datenschutz.astro', 'src/pages/rechte.astro'];
/** Modules whose German is data of the language, not text for readers: word lists of the search index, country adjectives and page furniture of the import. */
const LANGUAGE_DATA = [
  'src/search/decompound.ts',
  'src/search/words.ts',
  'src/search/spelling-variants.ts',
  'src/reader/import/tag-suggestions.ts',
  'src/reader/import/furniture-patterns.ts',
];

function templateOf(astro: string): string {
  return astro
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

export function germanInTemplate(astro: string): string[] {
  const template = templateOf(astro);
  const visibleAttributes = [...template.matchAll(/\b(aria-label|title|alt|placeholder)="([^"]*)"/g)]
    .filter((match) => /\p{L}{2,}/u.test(match[2]!))
    .map((match) => match[0]);
  // Text between tags, inside expressions too; {…} in it is code. A piece
  // with a lone brace is a boundary of code ("{list.map((x) => (" …), no text.
  const text = [...template.matchAll(/>([^<>]*)</g)]
    .map((match) => match[1]!.replace(/\{[^{}]*\}/g, ' ').trim())
    .filter((piece) => !/[{}=]|&&|\|\|/.test(piece) && /\p{L}{2,}/u.test(piece));
  return [...text, ...visibleAttributes];
}

export function germanInCode(code: string): string[] {
  const literals = [
    ...withoutComments(code).matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g),
  ].map((match) => match[0]);
  // An id or slug ('nicht-angegeben') or a lone punctuation mark is no text for readers.
  const text = literals.filter((literal) => !/^.[a-z0-9-]*.$/.test(literal) && /\p{L}/u.test(literal));
  return text.filter((literal) =>
    /[äöüÄÖÜß„“‚‘]|\b(der|die|das|und|nicht|mit|für|von|Seite|Artikel|Treffer|Weiter|Zurück|Weiterleitung)\b/.test(
      literal,
    ),
  );
}

describe('one home for the German a reader sees', () => {
  it('exempts only modules that exist (a list of exceptions must not outlive its files)', () => {
    expect([...PROSE_PAGES, ...LANGUAGE_DATA].filter((file) => !existsSync(join(ROOT, file)))).toEqual([]);
  });

  it('has no German UI text outside src/i18n/de.ts', () => {
    const found: string[] = [];
    for (const file of sourceFiles('src')) {
      if (
        isTest(file) ||
        file.startsWith('src/i18n/') ||
        file.startsWith('src/schema/') ||
        PROSE_PAGES.includes(file) ||
        LANGUAGE_DATA.includes(file)
      )
        continue;
      const text = readFileSync(join(ROOT, file), 'utf8');
      const german = file.endsWith('.astro')
        ? [...germanInTemplate(text), ...germanInCode(text.match(/^---([\s\S]*?)\n---/)?.[1] ?? '')]
        : germanInCode(text);
      found.push(...german.map((snippet) => `${file}: ${snippet}`));
    }
    expect(found).toEqual([]);
  });

  it('would notice German in a template, an attribute or a string (the check itself)', () => {
    expect(germanInTemplate('---\nconst a = 1;\n---\n<h2 id="x">Verwandte Artikel</h2>')).toEqual([
      'Verwandte Artikel',
    ]);
    expect(germanInTemplate('<nav aria-label="Seiten"><span>{de.page(n)}</span></nav>')).toEqual([
      'aria-label="Seiten"',
    ]);
    expect(germanInTemplate('{n > 1 && <li><a href={url} rel="prev">Zurück</a></li>}')).toEqual(['Zurück']);
    expect(germanInTemplate('<span aria-current="page">Seite {n}</span>')).toEqual(['Seite']);
    expect(germanInTemplate('<p>{de.search.hint}</p>')).toEqual([]);
    expect(germanInCode("const s = 'Keine Treffer für';")).toEqual(["'Keine Treffer für'"]);
    expect(germanInCode("const id = 'ohne-monat'; // Zurück")).toEqual([]);
  });
});

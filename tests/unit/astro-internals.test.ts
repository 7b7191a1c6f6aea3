import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTest, ROOT, sourceFiles } from '../support/code-layout.ts';

/**
 * The content path goes through Astro's documented APIs only (issue 26): the
 * code that builds the site names none of Astro's private modules, imports
 * nothing from astro/dist/, reads nothing of Astro's caches and hands nothing
 * over on globalThis. Tests may break Astro's caches on purpose (the faults),
 * and the bench deletes them before a build from scratch: neither is code the
 * site is built with.
 */
const RULES: { what: string; pattern: RegExp }[] = [
  { what: 'an import from astro/dist/', pattern: /['"]astro\/dist\// },
  { what: "a private module id of Astro's", pattern: /\\0astro:|\\x00astro:|\\u0000astro:|astro:data-layer-content/ },
  { what: "Astro's content store file", pattern: /data-store\.json/ },
  { what: "a path into Astro's caches (node_modules/.astro)", pattern: /node_modules\/\.astro/ },
  { what: 'state on globalThis', pattern: /\bglobalThis\b/ },
];

/** Each rule a text breaks, with the line it breaks it on; comments count too, so that none describes a way back. */
export function internalsIn(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, index) =>
      RULES.filter(({ pattern }) => pattern.test(line)).map(({ what }) => `${file}:${index + 1}: ${what}`),
    );
}

const buildCode = [...sourceFiles('src'), ...sourceFiles('scripts')].filter((file) => !isTest(file));

describe("the site's code leans on no internal of Astro", () => {
  it('src/ and scripts/ name no private module, no astro/dist/ import, no cache of Astro, no globalThis', () => {
    expect(buildCode.length).toBeGreaterThan(50);
    expect(buildCode.flatMap((file) => internalsIn(file, readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('astro.config.mjs imports nothing from astro/dist/ and hands nothing over on globalThis', () => {
    const config = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8')
      .split('\n')
      // Its comments say where Astro keeps its cache; the code does not go there.
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n');
    expect(internalsIn('astro.config.mjs', config)).toEqual([]);
  });

  it('would notice each of them (the check itself)', () => {
    const planted = [
      "import { DataStore } from 'astro/dist/content/data-store.js';",
      "const id = '\\0astro:data-layer-content';",
      "readFileSync('node_modules/.astro/data-store.json');",
      'globalThis.__handover = texts;',
    ].join('\n');
    expect(internalsIn('planted.ts', planted)).toEqual([
      'planted.ts:1: an import from astro/dist/',
      "planted.ts:2: a private module id of Astro's",
      "planted.ts:3: Astro's content store file",
      "planted.ts:3: a path into Astro's caches (node_modules/.astro)",
      'planted.ts:4: state on globalThis',
    ]);
  });
});

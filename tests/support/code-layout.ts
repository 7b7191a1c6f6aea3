import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The shape of the code, as tests/unit/layout.test.ts checks it and the
 * content path of docs/architecture.md is checked against: the layers of
 * src/ and each module's relative imports.
 */
export const ROOT = resolve(import.meta.dirname, '../..');

export function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

export const isTest = (file: string) => /\.test\.ts$/.test(file) || file.endsWith('/test-dates.ts');

/** Relative import specifiers of a file, resolved to paths from the project root. */
export function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    (match) => match[1]!,
  );
  return specifiers.map((specifier) => relative(ROOT, resolve(dirname(join(ROOT, file)), specifier)));
}

/**
 * Layers of src/, bottom first: a module may import its own folder and any
 * lower layer, never a higher one or a sibling of its own layer.
 */
export const LAYERS: string[][] = [
  ['src/schema', 'src/routes.ts', 'src/i18n', 'src/consts.ts'],
  ['src/markdown'],
  ['src/reader'],
  ['src/format'],
  ['src/archive'],
  ['src/search'],
  ['src/integrations', 'src/content.config.ts'],
  ['src/styles'],
  ['src/components'],
  ['src/layouts'],
  ['src/pages'],
];

/** The folder (or top-level file) of src/ a path belongs to, and its layer. */
export function placeOf(file: string): { unit: string; layer: number } | undefined {
  // A test sits in the layer of the module it tests.
  const path = file.replace(/\.test\.ts$/, '.ts');
  for (const [layer, units] of LAYERS.entries()) {
    const unit = units.find((candidate) => path === candidate || path.startsWith(`${candidate}/`));
    if (unit) return { unit, layer };
  }
  return undefined;
}

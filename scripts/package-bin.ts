import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface PackageManifest {
  name?: string;
  version?: string;
  bin?: string | Record<string, string>;
}

/**
 * An installed package's package.json and its folder, found by walking up
 * from the package's main entry, because not every package exports its
 * package.json (Pagefind does not).
 */
export function packageManifest(name: string): { dir: string; manifest: PackageManifest } {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as PackageManifest;
      if (manifest.name === name) return { dir, manifest };
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json of ${name} above ${fileURLToPath(import.meta.resolve(name))}`);
    dir = parent;
  }
}

/**
 * The command-line script that a package declares in the `bin` field of its
 * package.json: what `npx <command>` runs, the package's public entry for
 * its CLI.
 */
export function packageBin(name: string, command = name): string {
  const { dir, manifest } = packageManifest(name);
  const { bin } = manifest;
  const script = typeof bin === 'string' && command === name ? bin : typeof bin === 'object' ? bin[command] : undefined;
  if (!script) throw new Error(`the package ${name} declares no command "${command}" in its package.json`);
  return join(dir, script);
}

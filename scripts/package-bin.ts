import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The command-line script that a package declares in the `bin` field of its
 * package.json: what `npx <command>` runs, the package's public entry for
 * its CLI. The package.json is found by walking up from the package's main
 * entry, because not every package exports it (Pagefind does not).
 */
export function packageBin(name: string, command = name): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name: found, bin } = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string;
        bin?: string | Record<string, string>;
      };
      if (found === name) {
        const script =
          typeof bin === 'string' && command === name ? bin : typeof bin === 'object' ? bin[command] : undefined;
        if (!script) throw new Error(`the package ${name} declares no command "${command}" in its package.json`);
        return join(dir, script);
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json of ${name} above ${fileURLToPath(import.meta.resolve(name))}`);
    dir = parent;
  }
}

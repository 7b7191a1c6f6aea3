import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * A digest of everything that renders an article besides its own file: the
 * archive's own modules that render-article.ts imports, however deep (the
 * pipeline, its plugins and options, `WORDS_PER_MINUTE`, the renderer's
 * settings), bundled by esbuild and hashed, never run; and the installed
 * version of every package they import, with every package those depend on
 * in turn, from npm's record of the installed tree
 * (node_modules/.package-lock.json). A change anywhere in it gives every
 * article a new key (render-cache.ts), so no page keeps HTML that the
 * renderer of today would not give. Packages are named, not bundled: a few
 * dozen milliseconds, once per process.
 */
const RENDERER = fileURLToPath(new URL('./render-article.ts', import.meta.url));

interface InstalledPackage {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The package a bare import names ("@astrojs/markdown-remark/x" names "@astrojs/markdown-remark"); undefined for Node's own. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('node:') || specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * The installed packages `roots` need, as "path@version", sorted: Node's
 * lookup (a package's own node_modules first, then each folder above it).
 */
export function installedClosure(
  roots: readonly string[],
  packages: Readonly<Record<string, InstalledPackage>>,
): string[] {
  const found = new Map<string, string>();
  const locate = (name: string, from: string): string | undefined => {
    for (let folder = from; ; folder = dirname(dirname(folder))) {
      const candidate = folder === '.' || folder === '' ? `node_modules/${name}` : `${folder}/node_modules/${name}`;
      if (packages[candidate]) return candidate;
      if (folder === '.' || folder === '') return undefined;
    }
  };
  const visit = (name: string, from: string) => {
    const path = locate(name, from);
    if (!path || found.has(path)) return;
    const entry = packages[path]!;
    found.set(path, entry.version ?? '');
    for (const dependency of Object.keys({
      ...entry.dependencies,
      ...entry.optionalDependencies,
      ...entry.peerDependencies,
    }))
      visit(dependency, path);
  };
  for (const root of roots) visit(root, '.');
  return [...found].map(([path, version]) => `${path}@${version}`).sort();
}

let fingerprint: Promise<string> | undefined;

export function rendererFingerprint(projectRoot = resolve('.')): Promise<string> {
  fingerprint ??= build({
    entryPoints: [RENDERER],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    outdir: 'unused',
  }).then(({ outputFiles, metafile }) => {
    const imported = new Set(
      Object.values(metafile.inputs).flatMap((input) =>
        input.imports.filter((entry) => entry.external).flatMap((entry) => packageOf(entry.path) ?? []),
      ),
    );
    const installed = JSON.parse(readFileSync(join(projectRoot, 'node_modules/.package-lock.json'), 'utf8')) as {
      packages: Record<string, InstalledPackage>;
    };
    const hash = createHash('sha256');
    for (const file of outputFiles) hash.update(file.contents);
    for (const line of installedClosure([...imported].sort(), installed.packages)) hash.update(`\n${line}`);
    return hash.digest('base64url').slice(0, 22);
  });
  return fingerprint;
}

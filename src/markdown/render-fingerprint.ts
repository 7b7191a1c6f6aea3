import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * A digest of everything that renders an article besides its own file: the
 * code of render-article.ts bundled with every module it imports, however
 * deep (the pipeline, its plugins and options, `WORDS_PER_MINUTE`, the
 * renderer's settings, and the code of the installed versions of unified,
 * remark, rehype and @astrojs/markdown-remark). esbuild follows the imports
 * as Node would; the bundle is hashed, never run. A change anywhere in it
 * gives every article a new key (render-cache.ts), so no page keeps HTML
 * that the pipeline of today would not give. About 0.4 s, once per process.
 */
const RENDERER = fileURLToPath(new URL('./render-article.ts', import.meta.url));

let fingerprint: Promise<string> | undefined;

export function rendererFingerprint(): Promise<string> {
  fingerprint ??= build({
    entryPoints: [RENDERER],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    outdir: 'unused',
  }).then(({ outputFiles }) => {
    const hash = createHash('sha256');
    for (const file of outputFiles) hash.update(file.contents);
    return hash.digest('base64url').slice(0, 22);
  });
  return fingerprint;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HASHED } from '../../scripts/site-headers.ts';
import { builtSite } from './site.ts';

/**
 * What the archive assumes about Astro and Pagefind beyond their documented
 * APIs, each pinned here. Both packages are pinned to exact versions in
 * package.json; when one changes, the version test fails first and names
 * this file: check each assumption below against the new version (this
 * file's tests do), then write the new version into VERIFIED.
 */
const VERIFIED = { astro: '7.4.8', pagefind: '1.6.0' };

const installed = (name: string) =>
  (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const declared = (name: string) => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  return manifest.dependencies[name];
};

describe('the versions of Astro and Pagefind', () => {
  it.each(Object.entries(VERIFIED))('%s is the version these assumptions were checked with (%s)', (name, version) => {
    const message = `${name} ${installed(name)} is installed, the assumptions of tests/browser/dependency-assumptions.test.ts were checked with ${version}: check them, then update VERIFIED`;
    expect(installed(name), message).toBe(version);
    expect(declared(name), `package.json pins ${name} to the exact version checked`).toBe(version);
  });
});

describe('what the build assumes of Astro', () => {
  const site = builtSite('fixture');

  it("writes the pages' policy as one <meta http-equiv> tag that scripts/csp-header.ts can read from the home page", () => {
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    const tags = home.match(/<meta http-equiv="content-security-policy" content="[^"]*"/gi) ?? [];
    expect(tags).toHaveLength(1);
    expect(tags[0]).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')+/);
  });

  it('names its bundled files by their content under /_astro/, which the servers cache for good', () => {
    const files = readdirSync(join(site, '_astro'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file).toMatch(/\.[\w-]{8}\.(css|js)$/);
      expect(HASHED.test(`/_astro/${file}`)).toBe(true);
    }
  });
});

describe('what the build assumes of Pagefind', () => {
  const folder = join(builtSite('fixture'), 'pagefind');

  it('writes these files and folders, and no others once the search index step has removed what the site does not use', () => {
    const names = readdirSync(folder).map((name) =>
      name.replace(/^pagefind\.de_[0-9a-f]{10}\.pf_meta$/, 'pagefind.de_<hash>.pf_meta'),
    );
    expect(names.sort()).toEqual([
      'filter',
      'fragment',
      'index',
      'pagefind-entry.json',
      'pagefind-highlight.js',
      'pagefind-worker.js',
      'pagefind.de_<hash>.pf_meta',
      'pagefind.js',
      'wasm.de.pagefind',
    ]);
  });

  it('counts the indexed pages per language in pagefind-entry.json, and names its chunks by their content', () => {
    const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['de']);
    expect(entry.languages.de!.page_count).toBeGreaterThan(0);
    for (const sub of ['fragment', 'index', 'filter']) {
      for (const file of readdirSync(join(folder, sub)))
        expect(HASHED.test(`/pagefind/${sub}/${file}`), file).toBe(true);
    }
    const meta = readdirSync(folder).find((name) => name.endsWith('.pf_meta'))!;
    expect(HASHED.test(`/pagefind/${meta}`)).toBe(true);
  });
});

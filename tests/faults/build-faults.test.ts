import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';
import { buildKilledAt, sameSite, siteState } from './site-state.ts';

/**
 * Builds killed with kill -9 in each phase, and damaged caches: dist/ is the
 * old complete site or the new complete one, never a mix or nothing, and the
 * next build recovers. (On the code before issue 27 a kill between the
 * swap's two renames left no dist/, and a killed build's staging folder was
 * taken over by no one; the phases before the swap held already.)
 */
const site = temporarySite({ content: FIXTURE_ARCHIVE });
const dist = join(site.root, 'dist');
const article = join(site.root, 'content/articles/putin-und-kim-freunde-in-not.md');
let good: Map<string, string>;
let edits = 0;

/** A change an editor makes, so that the build after a kill writes a site that differs from the old one. */
function editArticle(): void {
  edits++;
  writeFileSync(
    article,
    readFileSync(article, 'utf8').replace('  notes:\n', `  notes:\n    - "Anmerkung ${edits} der Fehlerprobe."\n`),
  );
}

beforeAll(async () => {
  const first = await siteBuild(site.root);
  if (first.code !== 0) throw new Error(first.output);
  good = siteState(dist);
});
afterAll(() => site.remove());

describe('a build killed with kill -9', () => {
  it.each([
    ['while it reads and checks the content', /\[content\] Syncing content/],
    ['while it renders the pages', /generating static routes/],
    ['while it builds the search index', /\[build\] Complete!/],
  ])('%s leaves the old complete site, and the next build recovers', async (_phase, marker) => {
    editArticle();
    const { killed, output } = await buildKilledAt(site.root, marker);
    expect(killed, output).toBe(true);
    expect(sameSite(siteState(dist), good)).toBe(true);
    // What a build of several search shards killed in its index leaves beside the site (the fixture archive is one).
    const shardLeftovers = ['.dist-neu.suchteil-7', '.dist-neu.suchteil-7-index'];
    for (const folder of shardLeftovers) mkdirSync(join(site.root, folder, 'pagefind'), { recursive: true });
    const next = await siteBuild(site.root);
    expect(next.code, next.output).toBe(0);
    // The killed build's lock was taken over; its staging folder and the shards' folders beside it are gone.
    expect(next.output).toContain('took over the build lock of process');
    expect(existsSync(join(site.root, '.dist-neu'))).toBe(false);
    for (const folder of shardLeftovers) expect(existsSync(join(site.root, folder))).toBe(false);
    const now = siteState(dist);
    expect(now.size).toBe(good.size);
    expect(sameSite(now, good)).toBe(false);
    good = now;
  });

  it('between the two renames of the swap leaves the last complete site, which the next build puts back', async () => {
    // The state a kill between the renames leaves: dist/ moved aside, the new site not yet in place.
    renameSync(dist, join(site.root, '.dist-alt-4242'));
    const next = await siteBuild(site.root);
    expect(next.code, next.output).toBe(0);
    expect(next.output).toContain('.dist-alt-4242 is dist/ again');
    expect(sameSite(siteState(dist), good)).toBe(true);
  });
});

describe('damaged caches', () => {
  it('a truncated kept rendering of an article: the build renders it again and writes the same complete site', async () => {
    const folder = join(site.root, 'node_modules/.cache/nachrichtenarchiv/markdown');
    const [name] = readdirSync(folder);
    const file = join(folder, name!);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.length >> 1));
    const next = await siteBuild(site.root);
    expect(next.code, next.output).toBe(0);
    expect(next.output).toMatch(/: 1 rendered, \d+ kept from the last build/);
    expect(sameSite(siteState(dist), good)).toBe(true);
  });

  /** The content store's manifest and one of its parts (collectionStorage 'chunked'), and the incremental build's record. */
  const cacheFile = (name: string) => {
    const store = join(site.root, 'node_modules/.astro/data-store');
    if (name === 'a part of the content store')
      return join(
        store,
        readdirSync(store).find((file) => file.endsWith('.txt'))!,
      );
    return join(site.root, 'node_modules/.astro', name);
  };
  it.each(['data-store/manifest.json', 'a part of the content store', 'incremental-build.json'])(
    "a truncated %s in Astro's cache: the build writes the same complete site",
    async (name) => {
      const file = cacheFile(name);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.slice(0, text.length >> 1));
      const next = await siteBuild(site.root);
      expect(next.code, next.output).toBe(0);
      expect(sameSite(siteState(dist), good)).toBe(true);
    },
  );
});

describe('a capture id that escapes', () => {
  it('stops the build at the content check; dist/ keeps its home page and its CSP', async () => {
    // Before issue 27 a capture named "...txt" (id "..") passed, and its redirect page overwrote dist/index.html.
    const capture = join(site.root, 'content/captures/...txt');
    const text = readFileSync(article, 'utf8');
    writeFileSync(capture, readFileSync(join(site.root, 'content/captures/002_7491ef1a70dbf932.txt')));
    writeFileSync(article, text.replace('capture: "002_7491ef1a70dbf932"', 'capture: ".."'));
    try {
      const next = await siteBuild(site.root);
      expect(next.code).not.toBe(0);
      expect(next.output).toContain('a capture id is a number of three or more digits');
      expect(sameSite(siteState(dist), good)).toBe(true);
    } finally {
      writeFileSync(article, text);
      rmSync(capture);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coldSearch, warmSearches } from '../../bench/search-measure.ts';
import { TYPING_PAUSE_MS } from '../../src/search/client/typing.ts';
import { openSite, type Site } from './site.ts';

/**
 * The benchmark's search measure (bench/search-measure.ts) on the fixture
 * archive: it must time the query typed, from its last key to its results,
 * and count every file the first search downloaded.
 */
let site: Site;
let origin: string;

beforeAll(async () => {
  site = await openSite('fixture');
  origin = site.url('/').replace(/\/$/, '');
});
afterAll(() => site?.close());

describe('a cold search', () => {
  it('times the last keystroke to the results within the call, and counts the page, Pagefind and the fragments of the results', async () => {
    const started = performance.now();
    const { ms, bytes, files } = await coldSearch(site.browser, origin, 'Limousine');
    const wall = performance.now() - started;
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(wall);
    const paths = [...files.keys()];
    expect(paths).toContain('/suche/');
    expect(paths.some((path) => path.endsWith('/pagefind.js'))).toBe(true);
    // "Limousine" is in three of the five texts: each result's fragment is downloaded and counted.
    expect(paths.filter((path) => path.includes('/pagefind/fragment/'))).toHaveLength(3);
    expect(bytes).toBe([...files.values()].reduce((sum, size) => sum + size, 0));
  });

  it('waits for the query typed, not for the searches of its first words', async () => {
    // "Kim" and "Kim Jong" are searched, and may be shown, while "Kim Jong Un" is typed; a last
    // word of two letters is searched once the reader has paused (src/search/client/typing.ts).
    const { ms } = await coldSearch(site.browser, origin, 'Kim Jong Un');
    expect(ms).toBeGreaterThanOrEqual(TYPING_PAUSE_MS);
  });
});

describe('warm searches', () => {
  it('time each query of each round in one page, from its last key to its results', async () => {
    const started = performance.now();
    const times = await warmSearches(site.browser, origin, ['Limousine', 'Kim Jong Un'], undefined, 2);
    const wall = performance.now() - started;
    expect(times).toHaveLength(4);
    // All four lie within the call, one after another.
    expect(times.reduce((sum, time) => sum + time, 0)).toBeLessThan(wall);
    for (const time of times) expect(time).toBeGreaterThan(0);
    // A query whose last word has two letters is searched once the reader pauses: its time holds the pause.
    expect(times[1]).toBeGreaterThanOrEqual(TYPING_PAUSE_MS);
    expect(times[3]).toBeGreaterThanOrEqual(TYPING_PAUSE_MS);
  });
});

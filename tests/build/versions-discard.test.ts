import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { digestsOf } from '../support/fixture-site-digests.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';

/**
 * Discarding a version in review, end to end: the story of
 * tests/fixtures/versions/ with its second version published and its third
 * in review (draft: true) is built; `npm run discard -- <slug>/<capture id>`
 * deletes the third's file and capture and no file of the story's; the site
 * built again is byte for byte the site built before, whose article page
 * shows the second version as the newest.
 */
const SLUG = 'russland-liefert-nordkorea-12-kampfflugzeuge';
const PAGE = `/artikel/${SLUG}/`;
const IN_REVIEW = '922_b35496842dd77f21';
/** The story's published files: the story's own, the second version and both their captures. */
const PUBLISHED = [
  `articles/${SLUG}.md`,
  `versions/${SLUG}/921_b4f2c4721333fb0e.md`,
  'captures/920_0a6a78faac64b461.txt',
  'captures/921_b4f2c4721333fb0e.txt',
];

let site: ReturnType<typeof temporarySite>;
/** The built site before the discard and after it, file by file, and the article page before. */
let before: Map<string, string>;
let after: Map<string, string>;
let pageBefore: string;
/** The published story's files before the discard. */
let published: Map<string, Buffer>;
let discard: { status: number | null; stdout: string; stderr: string };
const content = (path: string) => join(site.root, 'content', path);
/** The visible text of a piece of HTML, spaces squeezed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

async function build(): Promise<Map<string, string>> {
  const env = { ...process.env };
  delete env.ARCHIV_URL;
  const result = await siteBuild(site.root, env);
  if (result.code !== 0) throw new Error(result.output);
  return digestsOf(join(site.root, 'dist'));
}

beforeAll(async () => {
  site = temporarySite({ content: FIXTURE_ARCHIVE });
  for (const folder of ['articles', 'captures', 'versions']) {
    cpSync(join('tests/fixtures/versions', folder), content(folder), { recursive: true });
  }
  const third = content(`versions/${SLUG}/${IN_REVIEW}.md`);
  writeFileSync(third, readFileSync(third, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
  before = await build();
  pageBefore = readFileSync(join(site.root, `dist${PAGE}index.html`), 'utf8');
  published = new Map(PUBLISHED.map((path) => [path, readFileSync(content(path))]));
  // As the editor runs it: npm run discard -- <slug>/<capture id>, in the project folder.
  const argument = `${SLUG}/${IN_REVIEW}`;
  discard = spawnSync(process.execPath, ['scripts/discard.ts', argument], { cwd: site.root, encoding: 'utf8' });
  after = await build();
}, 300_000);
afterAll(() => site?.remove());

describe('discarding a version in review', () => {
  it('was not on the site while in review: the second version was the newest', () => {
    const history = text(pageBefore.split('id="archiv-fassungen"')[1]!.split('</section>')[0]!);
    expect(history).toContain('Fassung 2 – Stand: 20. Juni 2024, 13:05 Uhr (aktuell, diese Seite)');
    expect(history).not.toContain('Fassung 3');
    expect(pageBefore).not.toContain('Tokio');
    expect(before.has(`artikel/${SLUG}/fassung/1/index.html`)).toBe(true);
    expect(before.has(`artikel/${SLUG}/fassung/2/index.html`)).toBe(false);
    expect(before.has(`a/${IN_REVIEW}/index.html`)).toBe(false);
  });

  it('deletes its file and capture, and no file of the published story', () => {
    expect(discard.status, discard.stderr).toBe(0);
    const deleted = [`content/versions/${SLUG}/${IN_REVIEW}.md`, `content/captures/${IN_REVIEW}.txt`];
    expect(discard.stdout).toBe(`${SLUG}/${IN_REVIEW}: deleted\n${deleted.map((file) => `  ${file}\n`).join('')}`);
    expect(existsSync(content(`versions/${SLUG}/${IN_REVIEW}.md`))).toBe(false);
    expect(existsSync(content(`captures/${IN_REVIEW}.txt`))).toBe(false);
    for (const [path, bytes] of published) expect(readFileSync(content(path)).equals(bytes), path).toBe(true);
  });

  it('leaves the published story untouched: the site built again is byte for byte the one before', () => {
    const paths = [...new Set([...before.keys(), ...after.keys()])];
    const differing = paths.filter((path) => before.get(path) !== after.get(path));
    expect(differing).toEqual([]);
    expect(after.size).toBe(before.size);
  });
});

/**
 * The fixture archive's built site, file by file: the SHA-256 of every file
 * `npm run build` writes for tests/fixtures/archive (pages, permanent
 * addresses, feeds, sitemap, robots.txt, stylesheets, scripts, search
 * index), kept in tests/fixtures/archive-site.sha256 in the format of
 * `sha256sum` (`cd dist && sha256sum -c` reads it). The fixture archive has
 * no versions of a story, so a change that only adds versions leaves every
 * one of these files byte for byte as it was (tests/build/fixture-site-bytes.test.ts).
 * The build is deterministic: the same code and content give the same bytes,
 * in any folder and time zone; the site's address is the local default, not
 * $ARCHIV_URL.
 *
 *   node tests/support/fixture-site-digests.ts          builds the fixture archive, names the files that differ
 *   node tests/support/fixture-site-digests.ts --write  writes the manifest anew: only for an intended change
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FIXTURE_ARCHIVE } from './fixture-archive.ts';
import { siteBuild, temporarySite } from './temporary-site.ts';

/** The manifest: one line per built file, `<sha256>  <path in dist/>`, sorted by path. */
export const SITE_DIGESTS = 'tests/fixtures/archive-site.sha256';

/** How to write the manifest anew, for messages. */
export const WRITE_COMMAND = 'node tests/support/fixture-site-digests.ts --write';

/** The SHA-256 of every file under `dist`, by its path there (with "/"). */
export function digestsOf(dist: string): Map<string, string> {
  const paths = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const digest = (path: string) =>
    createHash('sha256')
      .update(readFileSync(join(dist, path)))
      .digest('hex');
  return new Map(paths.map((path) => [path, digest(path)]));
}

export function formatDigests(digests: ReadonlyMap<string, string>): string {
  return [...digests].map(([path, digest]) => `${digest}  ${path}\n`).join('');
}

export function parseDigests(text: string): Map<string, string> {
  return new Map(
    text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
        if (!match) throw new Error(`${SITE_DIGESTS}: not a line of sha256sum: ${JSON.stringify(line)}`);
        return [match[2]!, match[1]!];
      }),
  );
}

/** The files of a build that differ from the manifest: changed, gone or new, one line each. */
export function digestDifferences(expected: ReadonlyMap<string, string>, built: ReadonlyMap<string, string>): string[] {
  const paths = [...new Set([...expected.keys(), ...built.keys()])].sort();
  return paths.flatMap((path) => {
    const [before, now] = [expected.get(path), built.get(path)];
    if (before === now) return [];
    return [before === undefined ? `new: ${path}` : now === undefined ? `gone: ${path}` : `changed: ${path}`];
  });
}

/**
 * `npm run build` of the fixture archive in a temporary copy of the project
 * whose code is the folder's this runs in, with the local address: the
 * digests of its dist/, and the copy's `remove`.
 */
export async function buildFixtureSiteDigests(): Promise<{ digests: Map<string, string>; remove: () => void }> {
  const site = temporarySite({ content: FIXTURE_ARCHIVE });
  const env = { ...process.env };
  delete env.ARCHIV_URL;
  const build = await siteBuild(site.root, env);
  if (build.code !== 0) {
    site.remove();
    throw new Error(`The fixture archive (${FIXTURE_ARCHIVE}) did not build:\n${build.output}`);
  }
  return { digests: digestsOf(join(site.root, 'dist')), remove: () => site.remove() };
}

if (import.meta.main) {
  const { digests, remove } = await buildFixtureSiteDigests();
  remove();
  if (process.argv.includes('--write')) {
    writeFileSync(SITE_DIGESTS, formatDigests(digests));
    console.log(`${SITE_DIGESTS}: ${digests.size} files`);
  } else {
    const differences = digestDifferences(parseDigests(readFileSync(SITE_DIGESTS, 'utf8')), digests);
    console.log(differences.length === 0 ? `as ${SITE_DIGESTS} says: ${digests.size} files` : differences.join('\n'));
    process.exitCode = differences.length === 0 ? 0 : 1;
  }
}

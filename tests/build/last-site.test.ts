import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { writeGeneratedArchive, writeGeneratedArticle, nextGeneratedArticle } from '../support/generated-archive.ts';
import { siteDifferences } from '../support/site-measures.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';

/**
 * A whole build starts from the site that the last one replaced
 * (scripts/site-base.ts): it brings that site up to date with dist/, builds
 * into it, and deletes what it no longer makes. Its output must be, file by
 * file, what a build from scratch writes, after additions, changes and
 * deletions, and after a build that failed once Astro had run (Astro's
 * record of its last run is then ahead of dist/).
 */
const SEED = 11;
const COUNT = 30;
const site = temporarySite({ content: FIXTURE_ARCHIVE });
const scratch = temporarySite({ content: FIXTURE_ARCHIVE });
afterAll(() => {
  site.remove();
  scratch.remove();
});

const INTO_LAST_SITE = /\[build\] built into the last site: \d+ file\(s\) .*, (\d+) the build no longer makes deleted/;
/** Astro's log line of a page whose file it found in the output folder, as the last build wrote it. */
const FOUND = /├─ \S+ \(cached\)/;

async function build(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { code, output } = await siteBuild(site.root, env);
  expect(code, output).toBe(0);
  return output;
}

/** Builds the site's content from scratch in another copy and lists the files that differ, are missing or extra. */
async function differencesFromScratch(): Promise<string[]> {
  rmSync(join(scratch.root, 'content'), { recursive: true });
  rmSync(join(scratch.root, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(scratch.root, 'node_modules/.cache'), { recursive: true, force: true });
  rmSync(join(scratch.root, 'dist'), { recursive: true, force: true });
  cpSync(join(site.root, 'content'), join(scratch.root, 'content'), { recursive: true });
  const fresh = await siteBuild(scratch.root);
  expect(fresh.code, fresh.output).toBe(0);
  return siteDifferences(join(site.root, 'dist'), join(scratch.root, 'dist'));
}

describe('a build into the last site', () => {
  const articles = writeGeneratedArchive(site.root, COUNT, SEED);
  const [changed, deleted] = [articles[3]!, articles[7]!];
  const articleFile = (slug: string) => join(site.root, 'content/articles', `${slug}.md`);

  it(
    'writes what a build from scratch writes after an article is added, one changed and one deleted',
    { timeout: 600_000 },
    async () => {
      const first = await build();
      expect(first).not.toMatch(INTO_LAST_SITE);
      // The second build replaces a site: the one it replaced is the third build's start.
      expect(await build()).not.toMatch(INTO_LAST_SITE);
      expect(existsSync(join(site.root, '.dist-basis'))).toBe(true);

      writeGeneratedArticle(site.root, nextGeneratedArticle(site.root, COUNT, SEED));
      const text = readFileSync(articleFile(changed.slug), 'utf8');
      writeFileSync(articleFile(changed.slug), text.replace(/text: "/, 'text: "Neu gefasst: '));
      rmSync(articleFile(deleted.slug));
      rmSync(join(site.root, 'content/captures', `${deleted.capture}.txt`));
      const third = await build();

      expect(third).toMatch(INTO_LAST_SITE);
      expect(third).toMatch(FOUND);
      // The deleted article's page and its permanent address, at least, were in the last site and are gone.
      expect(Number(INTO_LAST_SITE.exec(third)![1])).toBeGreaterThanOrEqual(2);
      expect(existsSync(join(site.root, 'dist/artikel', deleted.slug))).toBe(false);
      expect(readFileSync(join(site.root, 'dist/artikel', changed.slug, 'index.html'), 'utf8')).toContain(
        'Neu gefasst: ',
      );
      expect(await differencesFromScratch()).toEqual([]);
    },
  );

  it(
    'after a build that failed once Astro had run, starts afresh and writes what a build from scratch writes',
    { timeout: 600_000 },
    async () => {
      const text = readFileSync(articleFile(changed.slug), 'utf8');
      writeFileSync(articleFile(changed.slug), text.replace('Neu gefasst: ', 'Noch einmal neu: '));
      // Pagefind cannot run (its npm wrapper takes the binary from these variables): the build fails in its index step,
      // after Astro has rendered the changed page and recorded it as its last run; dist/ stays as it was.
      const failed = await siteBuild(site.root, {
        ...process.env,
        PAGEFIND_BINARY_PATH: '/bin/false',
        PAGEFIND_EXTENDED_BINARY_PATH: '/bin/false',
      });
      expect(failed.code, failed.output).not.toBe(0);
      expect(failed.output).toMatch(INTO_LAST_SITE);
      expect(failed.output).toMatch(/Search index failed/);
      expect(readFileSync(join(site.root, 'dist/artikel', changed.slug, 'index.html'), 'utf8')).toContain(
        'Neu gefasst: ',
      );

      const next = await build();
      expect(next).not.toMatch(INTO_LAST_SITE);
      expect(readFileSync(join(site.root, 'dist/artikel', changed.slug, 'index.html'), 'utf8')).toContain(
        'Noch einmal neu: ',
      );
      expect(await differencesFromScratch()).toEqual([]);
      // And the build after it starts from the last site again.
      expect(await build()).toMatch(INTO_LAST_SITE);
      expect(await differencesFromScratch()).toEqual([]);
    },
  );

  it(
    'fails clearly when the last site cannot be brought up to date, and the next build starts afresh',
    { timeout: 600_000 },
    async () => {
      // A folder where the site has its home page: the copy of dist/index.html into the base fails.
      expect(await build()).toMatch(INTO_LAST_SITE);
      const base = join(site.root, '.dist-basis');
      rmSync(join(base, 'index.html'));
      mkdirSync(join(base, 'index.html'));
      const home = readFileSync(join(site.root, 'dist/index.html'));
      const failed = await siteBuild(site.root);
      expect(failed.code, failed.output).not.toBe(0);
      expect(failed.output).toMatch(
        /Build failed: the last site could not be copied into \.dist-basis\/ .*EISDIR.* dist\/ is unchanged/,
      );
      expect(readFileSync(join(site.root, 'dist/index.html')).equals(home)).toBe(true);
      expect(existsSync(base)).toBe(false);
      const next = await build();
      expect(next).not.toMatch(INTO_LAST_SITE);
    },
  );
});

import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { generateArticles } from '../support/generate-articles.ts';
import { generatorInput, writeGeneratedArchive } from '../support/generated-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';
import { siteDifferences } from '../support/site-measures.ts';

/**
 * Publishing one article into a built archive: `npm run build` again, with
 * Astro's caches kept (node_modules/.astro), renders the pages the article
 * changes and copies the others from the last build; the site it writes is
 * the one a build from scratch writes, file by file, search index included.
 */
const SEED = 7;
const COUNT = 60;

/**
 * Astro's log entry of a page: "├─ <path>", then " (restored)" or " (cached)" at once for a page it kept from the
 * last build. A page it renders gets its time (" (+12ms)") only once written, and Astro renders several pages at once
 * (astro.config.mjs, build.concurrency), so other pages' entries may come between: a page is rendered when its
 * entry is not followed by the word of a kept one. The path ends where a space or the next entry's time
 * ("21:14:33") begins, since an entry written in between starts no line of its own.
 */
const PAGE = /├─ (\S+?)(?=\d\d:\d\d:\d\d|\s|$)( \((?:restored|cached)\))?/g;

/** Pages without getStaticPaths, and the feeds: Astro renders them in every build. */
const UNKEYED = /^\/(404\.html|datenschutz\/|impressum\/|rechte\/|robots\.txt|(.*\/)?feed\.xml)/;

const pagesIn = (output: string, kept: boolean) =>
  [...output.matchAll(PAGE)].filter((match) => (match[2] !== undefined) === kept).map((match) => match[1]!);

describe('npm run build after one article is added to a built archive', () => {
  it(
    'renders only the pages the article changes and writes the same files as a build from scratch',
    { timeout: 300_000 },
    async () => {
      const site = temporarySite({ content: FIXTURE_ARCHIVE });
      const scratch = temporarySite({ content: FIXTURE_ARCHIVE });
      try {
        writeGeneratedArchive(site.root, COUNT, SEED);
        const full = await siteBuild(site.root);
        expect(full.code, full.output).toBe(0);
        expect(pagesIn(full.output, true)).toEqual([]);
        const before = join(site.root, 'dist-vorher');
        cpSync(join(site.root, 'dist'), before, { recursive: true });

        // The next article the generator writes, as an editor adds one: its file and its capture.
        const added = generateArticles(COUNT + 1, SEED, generatorInput(join(site.root, 'content'))).at(-1)!;
        writeFileSync(join(site.root, 'content/articles', `${added.slug}.md`), added.text);
        writeFileSync(join(site.root, 'content/captures', `${added.capture}.txt`), added.captureText);
        const again = await siteBuild(site.root);
        expect(again.code, again.output).toBe(0);
        expect(again.output).toMatch(/: 1 rendered, \d+ kept from the last build/);
        const rendered = pagesIn(again.output, false);
        const kept = pagesIn(again.output, true);
        expect(rendered).toContain(`/artikel/${added.slug}/index.html`);
        expect(kept.filter((page) => page.startsWith('/artikel/')).length).toBeGreaterThan(0);
        // Nothing rendered for nothing: every page with a key (all but a few fixed pages and the feeds, which Astro always
        // renders) that is rendered again differs from the last build's; the others were kept.
        const unchanged = rendered
          .filter((page) => !UNKEYED.test(page))
          .filter((page) => {
            const file = join(before, page);
            return existsSync(file) && readFileSync(file).equals(readFileSync(join(site.root, 'dist', page)));
          });
        expect(unchanged).toEqual([]);

        // The same content built from scratch.
        rmSync(join(scratch.root, 'content'), { recursive: true });
        cpSync(join(site.root, 'content'), join(scratch.root, 'content'), { recursive: true });
        const fresh = await siteBuild(scratch.root);
        expect(fresh.code, fresh.output).toBe(0);

        expect(siteDifferences(join(site.root, 'dist'), join(scratch.root, 'dist'))).toEqual([]);
      } finally {
        site.remove();
        scratch.remove();
      }
    },
  );
});

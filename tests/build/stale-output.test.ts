import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';

/**
 * Builds after a change that is not in any article file: the pipeline that
 * renders them, or a setting of Astro's content store. Before issue 26 both
 * published stale pages with exit 0: a cached article kept its old reading
 * time ("0 rendered, 5 unchanged"), and with Astro's chunked store a changed
 * headline kept its old title. Each build here must show the change on
 * every page it touches.
 */
const site = temporarySite({ content: FIXTURE_ARCHIVE });
const SLUG = 'putin-und-kim-freunde-in-not';
const page = () => readFileSync(join(site.root, 'dist/artikel', SLUG, 'index.html'), 'utf8');
const readingTime = () => /<dt>Lesezeit<\/dt><dd>(\d+) Min\.<\/dd>/.exec(page())?.[1];
const edit = (file: string, from: string | RegExp, to: string) => {
  const path = join(site.root, file);
  const text = readFileSync(path, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${file}: the test's edit found nothing to change`);
  writeFileSync(path, edited);
};

async function build(): Promise<string> {
  const { code, output } = await siteBuild(site.root);
  expect(code, output).toBe(0);
  return output;
}

beforeAll(async () => {
  await build();
}, 120_000);
afterAll(() => site.remove());

describe('a build after a change outside the articles', { timeout: 120_000 }, () => {
  it('renders every article again when a module of the Markdown pipeline changes (WORDS_PER_MINUTE)', async () => {
    const before = Number(readingTime());
    expect(before).toBeGreaterThan(1);
    edit(
      'src/markdown/remark-reading-time.ts',
      'export const WORDS_PER_MINUTE = 200;',
      'export const WORDS_PER_MINUTE = 20;',
    );
    const output = await build();
    expect(output).toMatch(/\b5 articles: 5 rendered, 0 kept from the last build/);
    expect(Number(readingTime())).toBeGreaterThanOrEqual(before * 9);
  });

  it("renders every article again when a plugin's option changes", async () => {
    expect(page()).toContain('„');
    edit(
      'src/markdown/pipeline.ts',
      "openingQuotes: { double: '„', single: '‚' }",
      "openingQuotes: { double: '»', single: '‚' }",
    );
    const output = await build();
    expect(output).toMatch(/\b5 articles: 5 rendered, 0 kept from the last build/);
    const text = page().split('<article')[1]!;
    expect(text).toContain('»');
  });

  it('keeps nothing rendered when nothing changed', async () => {
    const output = await build();
    expect(output).toMatch(/\b5 articles: 0 rendered, 5 kept from the last build/);
  });

  it("shows a changed headline with Astro's chunked content store", async () => {
    expect(readFileSync(join(site.root, 'astro.config.mjs'), 'utf8')).toContain("collectionStorage: 'chunked'");
    const headline = 'Putin und Kim: Freunde in großer Not (Munition)';
    edit(`content/articles/${SLUG}.md`, 'text: "Putin und Kim: Freunde in Not (Munition)"', `text: "${headline}"`);
    // The capture prints the headline too: the content check holds an edition to its capture.
    const capture = /capture: "([^"]+)"/.exec(
      readFileSync(join(site.root, `content/articles/${SLUG}.md`), 'utf8'),
    )![1]!;
    edit(`content/captures/${capture}.txt`, 'Freunde in Not (Munition)', 'Freunde in großer Not (Munition)');
    await build();
    expect(page()).toContain(`<title>${headline}`);
    expect(page()).toMatch(new RegExp(`<h1[^>]*>[^]*?großer Not`));
  });
});

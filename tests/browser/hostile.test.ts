import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { htmlFiles } from '../support/site-measures.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';
import { searchFor } from './search-helpers.ts';

/**
 * A hostile article (script in title, teaser and byline, raw script, img
 * onerror, javascript: links, iframes, svg, an overlay) builds, and in a real
 * browser none of it runs, neither on its page nor in search results. The
 * test runs once with the CSP and once with it removed from the pages, so the
 * sanitizer is shown to hold on its own.
 */
const ARTICLE = '/artikel/feindseliger-artikel/';

let site: ReturnType<typeof temporarySite>;
let browser: Browser;
const servers: Record<string, RunningServer> = {};

beforeAll(async () => {
  // The fixture archive beside the test's own articles: the results these tests count stay known.
  site = temporarySite({ content: FIXTURE_ARCHIVE });
  cpSync('tests/fixtures/hostile/feindseliger-artikel.md', join(site.root, 'content/articles/feindseliger-artikel.md'));
  cpSync(
    'tests/fixtures/hostile/900_a7c7e782c9a2f0b3.txt',
    join(site.root, 'content/captures/900_a7c7e782c9a2f0b3.txt'),
  );
  // The whole build, search index included.
  const build = await siteBuild(site.root);
  if (build.code !== 0) throw new Error(build.output);
  const withoutCsp = join(site.root, 'dist-ohne-csp');
  cpSync(join(site.root, 'dist'), withoutCsp, { recursive: true });
  for (const file of htmlFiles(withoutCsp)) {
    const html = readFileSync(file, 'utf8');
    const stripped = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
    // Make sure the policy is really gone, or this run would test the CSP again.
    if (!file.includes('/a/') && stripped === html) throw new Error(`${file} had no CSP to remove`);
    if (/content-security-policy/i.test(stripped)) throw new Error(`${file} still has a CSP`);
    writeFileSync(file, stripped);
  }
  servers['mit CSP'] = await startServer({ root: join(site.root, 'dist'), port: 0 });
  servers['ohne CSP'] = await startServer({ root: withoutCsp, port: 0 });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
  site?.remove();
});

describe.each(['mit CSP', 'ohne CSP'])('the hostile article, %s', (variant) => {
  async function open(path: string) {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(new URL(path, servers[variant]!.url).href);
    return { page, dialogs };
  }
  const attack = (page: import('playwright-core').Page) =>
    page.evaluate(() => (window as unknown as { angriff?: string }).angriff);

  it('runs none of its script on its page, and its text shows as text', async () => {
    const { page, dialogs } = await open(ARTICLE);
    await page.waitForLoadState('networkidle');
    expect(await page.$eval('h1', (h1) => h1.textContent)).toContain(
      "<script>window.angriff = 'titel'</script>Feindlicher Titel",
    );
    expect(
      await page.$$('.article__body iframe, .article__body svg, .article__body object, .article__body script'),
    ).toEqual([]);
    expect(
      await page.$$eval('.article__body a', (links) =>
        links.map((a) => a.getAttribute('href')).filter((href) => href && !href.startsWith('/')),
      ),
    ).toEqual([]);
    for (const link of await page.$$('.article__body a:not([href])')) await link.click();
    await page.click('.article__body details summary', { timeout: 2000 }).catch(() => undefined);
    const overlay = await page.$$eval('.article__body div', (divs) =>
      divs.map((div) => getComputedStyle(div).position),
    );
    expect(overlay).not.toContain('fixed');
    expect(await attack(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('runs none of it in search results', async () => {
    const { page, dialogs } = await open('/suche/');
    const results = await searchFor(page, 'Feindlicher');
    expect(results[0]?.path).toBe(ARTICLE);
    expect(results[0]?.title).toContain('<script>');
    expect(
      await page.$$eval('#suchergebnisse .result *', (nodes) =>
        nodes.map((node) => node.tagName).filter((tag) => !['LI', 'H2', 'A', 'P', 'MARK', 'UL'].includes(tag)),
      ),
    ).toEqual([]);
    expect(await attack(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

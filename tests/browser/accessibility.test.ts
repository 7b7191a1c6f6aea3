import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// WCAG 2.2 AA and everything below it, plus axe's best practices.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const PAGES = {
  home: '/',
  article: '/artikel/putin-und-kim-freunde-in-not/',
  'tag index': '/themen/',
  'tag page': '/themen/kim-jong-un/',
  'archive (with its chart)': '/archiv/',
  'month page': '/archiv/2024/06/',
  'source page (with its chart)': '/quellen/nicht-angegeben/',
  '404': '/gibt-es-nicht/',
  'search (with results and filters)': '/suche/?q=Putin',
};

let site: Site;
beforeAll(async () => {
  site = await openSite('fixture');
});
afterAll(() => site?.close());

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

describe.each(['light', 'dark'] as const)('axe-core in the %s colour scheme', (colorScheme) => {
  it.each(Object.entries(PAGES))('finds no violation on the %s page', async (_, path) => {
    // bypassCSP lets the test inject axe; the site's own scripts are checked under the CSP in csp.test.ts.
    const page = await site.browser.newPage({ colorScheme, bypassCSP: true });
    await page.goto(site.url(path));
    if (path.startsWith('/suche/')) {
      // With results and the filters open: everything the search page can show.
      await page.click('#filterbereich summary');
      await page.waitForSelector('#suchfilter input');
    }
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
      return result.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((node) => node.target.join(' ')) }));
    }, AXE_TAGS);
    await page.close();
    expect(violations).toEqual([]);
  });
});

describe('small screens', () => {
  it.each(Object.entries(PAGES))('the %s page fits 320 px without scrolling sideways', async (_, path) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(site.url(path));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.close();
    expect(width).toBeLessThanOrEqual(320);
  });
});

describe('keyboard', () => {
  it('offers the skip link first, and it moves focus to the content', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
    await page.close();
  });
});

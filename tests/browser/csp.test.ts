import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchFor } from './search-helpers.ts';
import { openSite, type Site } from './site.ts';

/**
 * Every kind of page, the search and the highlighting work under the
 * Content Security Policy, and the browser reports no violation of it.
 */
let site: Site;
beforeAll(async () => {
  site = await openSite('fixture');
});
afterAll(() => site?.close());

async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await site.browser.newPage();
  const violations: string[] = [];
  await page.exposeFunction('__meldeVerstoss', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __meldeVerstoss(text: string): void }).__meldeVerstoss(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

const PAGES = ['/', '/artikel/putin-und-kim-freunde-in-not/', '/themen/', '/themen/kim-jong-un/', '/suche/', '/gibt-es-nicht/'];

describe('the Content Security Policy', () => {
  it.each(PAGES)('is set on %s, without unsafe-inline for scripts, and nothing violates it', async (path) => {
    const { page, violations } = await watchedPage();
    await page.goto(site.url(path));
    const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toContain('unsafe-inline');
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets search run and a result be highlighted, with no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(site.url('/suche/'));
    const [first] = await searchFor(page, 'Limousine');
    expect(first).toBeDefined();
    await page.click('#filterbereich summary');
    await page.check('#suchfilter input[name="jahr"][value="2024"]');
    await Promise.all([page.waitForURL(/\/artikel\//), page.click('#suchergebnisse .result h2 a')]);
    await page.waitForSelector('mark.pagefind-highlight');
    expect(violations).toEqual([]);
    await page.close();
  });
});

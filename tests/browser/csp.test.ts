import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHeader } from '../../scripts/csp-header.ts';
import { htmlFiles } from '../support/site-measures.ts';
import { searchFor } from './search-helpers.ts';
import { openSite, type Site } from './site.ts';

/**
 * Every kind of page, the search and the highlighting work under the
 * Content Security Policy, and the browser reports no violation of it. The
 * server (scripts/serve.ts) sends the pages' policy as an HTTP header too,
 * as a CDN would: a header governs the whole page, so an inline script
 * passes only by its hash, wherever it stands.
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
      (window as unknown as { __meldeVerstoss(text: string): void }).__meldeVerstoss(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

const PAGES = [
  '/',
  '/artikel/putin-und-kim-freunde-in-not/',
  '/themen/',
  '/themen/kim-jong-un/',
  '/archiv/',
  '/archiv/2024/',
  '/quellen/',
  '/quellen/tass/',
  '/impressum/',
  '/suche/',
  '/suche/?q=Kim',
  '/gibt-es-nicht/',
  '/a/002_7491ef1a70dbf932/',
];

describe('the Content Security Policy', () => {
  it('stands before any script on every built page', () => {
    for (const file of htmlFiles('dist')) {
      const html = readFileSync(file, 'utf8');
      const policyAt = html.search(/<meta http-equiv="content-security-policy"/i);
      expect(policyAt, file).toBeGreaterThan(0);
      const firstScript = html.search(/<script\b(?![^>]*type="application\/ld\+json")/);
      if (firstScript >= 0) expect(firstScript, file).toBeGreaterThan(policyAt);
    }
  });

  it('is one policy on every page, which the server sends as a header too', async () => {
    const header = cspHeader();
    expect(header).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(header).toContain("frame-ancestors 'none'");
    const response = await fetch(site.url('/artikel/putin-und-kim-freunde-in-not/'));
    expect(response.headers.get('content-security-policy')).toBe(header);
    // The operators' guide gives hosts this header: it must be the one the build needs.
    expect(
      readFileSync('docs/operators.md', 'utf8'),
      'docs/operators.md, "Headers and CSP": update the policy from `npm run -s csp-header`',
    ).toContain(header);
  });

  it.each(PAGES)(
    'is set on %s as <meta> and header, without unsafe-inline for scripts, and nothing violates it',
    async (path) => {
      const { page, violations } = await watchedPage();
      const response = await page.goto(site.url(path));
      expect(response?.headers()['content-security-policy']).toBe(cspHeader());
      await page.waitForLoadState('networkidle');
      const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toContain('unsafe-inline');
      expect(violations).toEqual([]);
      await page.close();
    },
  );

  it('lets search run and a result be highlighted, with no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(site.url('/suche/'));
    const [first] = await searchFor(page, 'Limousine');
    expect(first).toBeDefined();
    await page.click('#filterbereich summary');
    await page.check('#suchfilter input[name="jahr"][value="2024"]');
    await Promise.all([page.waitForURL(/\/artikel\//), page.click('#suchergebnisse .result h2 a')]);
    await page.waitForSelector('mark.pagefind-highlight');
    // The highlighter ran under the header policy, which has no "starts below this <meta>".
    expect((await page.request.get(page.url())).headers()['content-security-policy']).toBe(cspHeader());
    expect(violations).toEqual([]);
    await page.close();
  });
});

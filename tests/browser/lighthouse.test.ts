import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lighthouseScores, type Category } from '../support/lighthouse-scores.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { builtSite } from './site.ts';

/**
 * Lighthouse in the same headless Chromium: accessibility, best practices
 * and SEO at 100 where the issue asks for them. Performance is only reported
 * (`npm run audit`, median of five runs): too noisy here for a test. The
 * pages are the fixture archive's, so that the article and tag page are known.
 */
const PAGES: [string, string, Category[]][] = [
  ['home', '/', ['accessibility', 'best-practices', 'seo']],
  ['article', '/artikel/putin-und-kim-freunde-in-not/', ['accessibility', 'best-practices', 'seo']],
  ['tag page', '/themen/kim-jong-un/', ['accessibility', 'best-practices', 'seo']],
  // The search page (noindex: no) and the 404 page (noindex, status 404) rightly lose SEO points.
  ['search', '/suche/?q=Putin', ['accessibility', 'best-practices']],
  ['404', '/404.html', ['accessibility', 'best-practices']],
];

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ root: builtSite('fixture'), port: 0 });
});
afterAll(() => server?.close());

describe('Lighthouse', () => {
  it.each(PAGES)(
    'scores 100 on the %s page',
    async (_, path, categories) => {
      const { scores, failing } = await lighthouseScores(new URL(path, server.url).href);
      for (const category of categories) expect(scores[category], `${category}: ${failing.join('; ')}`).toBe(100);
    },
    120_000,
  );
});

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumExecutable } from './chromium.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export const CATEGORIES: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];

export interface Audit {
  scores: Record<Category, number>;
  /** Titles of the audits that lost points, for a readable failure. */
  failing: string[];
}

/** Lighthouse, in the same headless Chromium as the tests, on one URL (mobile, as Lighthouse's default). */
export async function lighthouseScores(url: string): Promise<Audit> {
  const { path, args } = await chromiumExecutable();
  const chrome = await chromeLauncher.launch({ chromePath: path, chromeFlags: [...args, '--headless=new'] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    const failing = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.title);
    return { scores, failing };
  } finally {
    chrome.kill();
  }
}

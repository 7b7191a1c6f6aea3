import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, subresources } from '../support/site-measures.ts';
import { builtSite } from './site.ts';

/**
 * The styles are three files (src/styles/): global.css on every page,
 * search.css on the search page only, pages.css on every other page. A page
 * that forgets its import would look unstyled; the search page that took
 * pages.css would pay for it before its first result (docs/benchmarks.md).
 * Told apart by a rule of each, not by the file names Astro gives them.
 */
const dist = builtSite('content');
const RULES = { global: '.site-header{', search: '.search-form__row{', pages: '.article-meta{' };

/** The pages with styles (the /a/<id>/ redirects have none), each with the rules of its stylesheets. */
const pages = htmlFiles(dist).flatMap((file) => {
  const sheets = subresources(readFileSync(file, 'utf8')).filter(({ kind }) => kind === 'css');
  if (sheets.length === 0) return [];
  const css = sheets.map(({ path }) => readFileSync(join(dist, path), 'utf8')).join('');
  return [{ page: `/${relative(dist, file)}`, has: (rule: keyof typeof RULES) => css.includes(RULES[rule]) }];
});

describe('the stylesheets of the built pages', () => {
  it('give the search page the common and search styles, not those of the other pages', () => {
    const search = pages.find(({ page }) => page === '/suche/index.html')!;
    expect([search.has('global'), search.has('search'), search.has('pages')]).toEqual([true, true, false]);
  });

  it("give every other page the common styles and its own, not the search page's", () => {
    const others = pages.filter(({ page }) => page !== '/suche/index.html');
    expect(others.length).toBeGreaterThan(0);
    expect(
      others.filter((page) => !page.has('global') || !page.has('pages') || page.has('search')).map(({ page }) => page),
    ).toEqual([]);
  });
});

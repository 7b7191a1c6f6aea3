import { readdirSync, statSync } from 'node:fs';
import { isListed, isPublished } from '../../src/schema/visibility.ts';
import { validateContent } from '../../src/reader/validate-content.ts';
import { paths } from '../../src/routes.ts';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/routes.ts';
import { builtSite, openSite, type Site } from './site.ts';

/**
 * The real archive, whatever articles it holds: built into dist/ by
 * `npm run build` and crawled from its home page. Nothing here names an
 * article or a count; listings are followed over all their pages.
 */

interface CrawledPage {
  status: number;
  lang: string | null;
  h1Count: number;
  /** Every same-site URL the page refers to: links, stylesheets, icons. */
  references: string[];
  /** The articles a listing page lists, in order. */
  listedArticles: string[];
  /** On an article page: the tag pages its tag list links to. */
  articleTags: string[];
  scriptRequests: string[];
  cspViolations: string[];
}

// The articles readers find: not a draft, not withdrawn (src/archive/visibility.ts).
const articleSlugs = validateContent('content')
  .articles.filter((article) => isPublished(article.data) && isListed(article.data))
  .map((article) => paths.article(article.slug));
const tagIds = readdirSync('content/tags')
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => name.replace(/\.ya?ml$/, ''));

/** Every page of the built site as a URL path, but the 404 page. */
function builtPages(dir = builtSite('content'), base = '/'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === '_astro' || name === 'pagefind' ? [] : builtPages(path, `${base}${name}/`);
    return name === 'index.html' ? [base] : [];
  });
}

let site: Site;
const pages = new Map<string, CrawledPage>();
const assetStatus = new Map<string, number>();

/** Visits every page reachable from the home page by links, in a real browser. */
async function crawl(): Promise<void> {
  const queue = ['/'];
  const page = await site.browser.newPage();
  let scriptRequests: string[] = [];
  let cspViolations: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scriptRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    scriptRequests = [];
    cspViolations = [];
    const response = await page.goto(site.url(path), { waitUntil: 'networkidle' });
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      h1Count: document.querySelectorAll('h1').length,
      // The attribute, resolved: an SVG link's `href` property is no string.
      references: [...document.querySelectorAll('a[href], link[href]')].map(
        (element) => new URL(element.getAttribute('href')!, document.baseURI).href,
      ),
      listedArticles: [...document.querySelectorAll<HTMLAnchorElement>('main .summaries .summary__title a')].map(
        (a) => a.pathname,
      ),
      articleTags: [...document.querySelectorAll<HTMLAnchorElement>('.article__header .tag-list a')].map(
        (a) => a.pathname,
      ),
    }));
    const references = facts.references
      .map((href) => new URL(href))
      .filter((url) => url.origin === new URL(site.server.url).origin)
      .map((url) => url.pathname);
    pages.set(path, { status: response?.status() ?? 0, ...facts, references, scriptRequests, cspViolations });
    for (const reference of references) {
      if (reference.endsWith('/')) queue.push(reference);
      else if (!assetStatus.has(reference)) assetStatus.set(reference, (await fetch(site.url(reference))).status);
    }
  }
  await page.close();
}

beforeAll(async () => {
  site = await openSite('content');
  await crawl();
});
afterAll(() => site?.close());

/** The articles a paged listing lists, in order: its own URL (the newest), then its numbered pages from the newest. */
function listing(base: string): string[] {
  const listed = [...(pages.get(base)?.listedArticles ?? [])];
  let count = 0;
  while (pages.has(pageUrl(base, count + 1))) count++;
  for (let number = count; number >= 1; number--) listed.push(...pages.get(pageUrl(base, number))!.listedArticles);
  return listed;
}

describe('the built site, crawled from the home page', () => {
  it('has no broken internal link: every page and file linked from any page answers 200', () => {
    const broken = [
      ...[...pages].filter(([, page]) => page.status !== 200).map(([path, page]) => `${path} ${page.status}`),
      ...[...assetStatus].filter(([, status]) => status !== 200).map(([path, status]) => `${path} ${status}`),
    ];
    expect(broken).toEqual([]);
  });

  it('reaches every page of the built site by links from the home page', () => {
    expect([...pages.keys()].sort()).toEqual(builtPages().sort());
  });

  it('lists every article on the home page and its further pages, and so reaches every article by links', () => {
    expect([...listing('/')].sort()).toEqual([...articleSlugs].sort());
    for (const slug of articleSlugs) expect(pages.get(slug)?.status).toBe(200);
  });

  it('declares German on every page and has exactly one h1 on each', () => {
    const wrong = [...pages].filter(([, page]) => page.lang !== 'de' || page.h1Count !== 1).map(([path]) => path);
    expect(wrong).toEqual([]);
  });

  it('reports no Content Security Policy violation on any page', () => {
    const violated = [...pages]
      .filter(([, page]) => page.cspViolations.length > 0)
      .map(([path, page]) => `${path}: ${page.cspViolations[0]}`);
    expect(violated).toEqual([]);
  });

  it('requests no script file on any page but the search page (and the redirect pages run none either)', () => {
    const withScripts = [...pages].filter(([, page]) => page.scriptRequests.length > 0).map(([path]) => path);
    expect(withScripts).toEqual(['/suche/']);
  });

  it('has a page for every tag, listing exactly the articles that name the tag, newest first as on the home page', () => {
    const homeOrder = listing('/');
    for (const id of tagIds) {
      const tagPath = `/themen/${id}/`;
      const expected = articleSlugs.filter((slug) => pages.get(slug)!.articleTags.includes(tagPath));
      const listed = listing(tagPath);
      expect([...listed].sort(), tagPath).toEqual([...expected].sort());
      expect(listed, tagPath).toEqual(homeOrder.filter((slug) => listed.includes(slug)));
    }
  });

  it('links every tag an article names to an existing tag page', () => {
    for (const slug of articleSlugs) {
      const tags = pages.get(slug)!.articleTags;
      expect(tags.length, slug).toBeGreaterThanOrEqual(1);
      for (const tag of tags) expect(pages.get(tag)?.status, `${slug} -> ${tag}`).toBe(200);
    }
  });
});

describe('the 404 page', () => {
  it('answers an unknown address with status 404 and a German page', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.url('/artikel/gibt-es-nicht/'));
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.textContent('h1')).toBe('Seite nicht gefunden');
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import type { Site } from './site.ts';

export interface ShownResult {
  path: string;
  title: string;
  excerpt: string;
  marked: string[];
}

/** Types a query into the search page and waits for the results it shows. */
export async function searchFor(page: Page, query: string): Promise<ShownResult[]> {
  const shown = page.evaluate(
    (q) =>
      new Promise<void>((resolve) =>
        document.addEventListener('suche:angezeigt', function done(event) {
          if ((event as CustomEvent<{ query: string }>).detail.query !== q.trim()) return;
          document.removeEventListener('suche:angezeigt', done);
          resolve();
        }),
      ),
    query,
  );
  await page.fill('#suchbegriff', query);
  await shown;
  return shownResults(page);
}

export function shownResults(page: Page): Promise<ShownResult[]> {
  return page.$$eval('#suchergebnisse .result', (items) =>
    items.map((item) => ({
      path: new URL(item.querySelector<HTMLAnchorElement>('h2 a')!.href).pathname,
      title: item.querySelector('h2')!.textContent!.trim(),
      excerpt: item.querySelector('.result__excerpt')!.textContent!,
      marked: [...item.querySelectorAll('.result__excerpt mark')].map((mark) => mark.textContent!),
    })),
  );
}

export async function openSearchPage(site: Site, query = ''): Promise<Page> {
  const page = await site.browser.newPage();
  const shown = query === '' ? Promise.resolve() : undefined;
  await page.goto(site.url(query ? `/suche/?q=${encodeURIComponent(query)}` : '/suche/'));
  await (shown ?? page.waitForFunction(() => document.querySelector('#suchstatus')!.textContent !== ''));
  return page;
}

/** Records the URLs the page requests under a path prefix ("/pagefind/index/"), from now on. */
export function requestsUnder(page: Page, pathPrefix: string): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith(pathPrefix)) urls.push(request.url());
  });
  return urls;
}

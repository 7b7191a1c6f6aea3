import { cpSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHeader } from '../../scripts/csp-header.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { HIGHLIGHT_LOADER } from '../../src/search/highlight-loader.ts';
import { launchChromium } from '../support/chromium.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';

/**
 * The story in three versions (tests/fixtures/versions/) in a real browser,
 * on a phone and on a desktop: its page fits the screen, its history
 * ("Fassungen dieses Artikels") lists the three versions with their "Stand"
 * and names every change in words, not by colour; it needs no script;
 * axe-core finds nothing on it or on an older version's page; and nothing
 * violates the Content Security Policy. The story is built into a site of
 * its own (the fixture archive beside it), so that the browser project's
 * fixture site, whose articles and results other tests count, stays as it is.
 */
const SLUG = 'russland-liefert-nordkorea-12-kampfflugzeuge';
const ARTICLE = `/artikel/${SLUG}/`;
const OLDER = `${ARTICLE}fassung/2/`;
/** Each version's line in the history, newest first. */
const VERSION_LINES = [
  'Fassung 3 – Stand: 20. Juni 2024, 18:40 Uhr (aktuell, diese Seite)',
  'Fassung 2 – Stand: 20. Juni 2024, 13:05 Uhr',
  'Fassung 1 – Stand: 20. Juni 2024, 09:30 Uhr',
];
const WIDTHS = [360, 1280];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// As tests/browser/accessibility.test.ts: WCAG 2.2 AA and everything below it, plus axe's best practices.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

let site: ReturnType<typeof temporarySite>;
let server: RunningServer;
let browser: Browser;
const url = (path: string) => new URL(path, server.url).href;

beforeAll(async () => {
  site = temporarySite({ content: FIXTURE_ARCHIVE });
  for (const folder of ['articles', 'captures', 'versions']) {
    cpSync(join('tests/fixtures/versions', folder), join(site.root, 'content', folder), { recursive: true });
  }
  const build = await siteBuild(site.root);
  if (build.code !== 0) throw new Error(build.output);
  server = await startServer({ root: join(site.root, 'dist'), port: 0 });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

/**
 * A page at a width, loaded until the network is idle, with every request's
 * resource type and every report of a CSP violation (as csp.test.ts listens).
 */
async function open(path: string, width: number, options: BrowserContextOptions = {}) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, ...options });
  const requests: { type: string; url: string }[] = [];
  const violations: string[] = [];
  page.on('request', (request) => requests.push({ type: request.resourceType(), url: request.url() }));
  if (options.javaScriptEnabled !== false) {
    await page.exposeFunction('__meldeVerstoss', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      const test = window as unknown as { __meldeVerstoss(text: string): void };
      document.addEventListener('securitypolicyviolation', (event) =>
        test.__meldeVerstoss(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
  }
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(url(path));
  await page.waitForLoadState('networkidle');
  return { page, response, requests, violations };
}

/** Opens every change of the history, as a reader does: a click on each closed summary. */
async function openAllChanges(page: Page): Promise<void> {
  for (const summary of await page.$$('#archiv-fassungen details:not([open]) > summary')) await summary.click();
  await page.waitForSelector('#archiv-fassungen details:not([open])', { state: 'detached' });
}

/** Whether the page scrolls sideways: its content wider than the window. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth > window.innerWidth);

/** The history as the browser renders it: the rendered text of each version's item, spaces squeezed. */
const historyItems = (page: Page) =>
  page.$$eval('#archiv-fassungen > ol > li', (items) =>
    items.map((item) => (item as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
  );

async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
    return result.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((node) => node.target.join(' ')) }));
  }, AXE_TAGS);
}

describe.each(WIDTHS)('the page of a story in three versions, %i px wide', (width) => {
  it('fits the window without scrolling sideways, every change open too, as does an older version', async () => {
    for (const path of [ARTICLE, OLDER]) {
      const { page } = await open(path, width);
      expect(await scrollsSideways(page), `${path}, as loaded`).toBe(false);
      await openAllChanges(page);
      expect(await scrollsSideways(page), `${path}, every change open`).toBe(false);
      await page.close();
    }
  });

  it('shows the history: three versions, newest first, each with its "Stand"', async () => {
    const { page } = await open(ARTICLE, width);
    expect(await page.isVisible('#archiv-fassungen h2:text("Fassungen dieses Artikels")')).toBe(true);
    const items = await historyItems(page);
    expect(items).toHaveLength(3);
    items.forEach((item, index) => expect(item.startsWith(VERSION_LINES[index]!), item).toBe(true));
    const times = await page.$$eval('#archiv-fassungen time', (elements) =>
      elements.map((time) => time.getAttribute('datetime')),
    );
    expect(times).toEqual(['2024-06-20T18:40+02:00', '2024-06-20T13:05+02:00', '2024-06-20T09:30+02:00']);
    await page.close();
  });

  it('names every change in words, and marks changed words by line, not colour alone', async () => {
    const { page } = await open(ARTICLE, width);
    await openAllChanges(page);
    const [newest, second, first] = await historyItems(page);
    expect(newest).toContain('4 Änderungen gegenüber Fassung 2');
    expect(newest).toContain('Überschrift, entfernt: Russland liefert Nordkorea 12 Kampfflugzeuge');
    expect(newest).toContain('Überschrift, hinzugefügt: Moskau sagt Pjöngjang 14 Kampfflugzeuge zu');
    expect(newest).toContain('Text, hinzugefügt: Auch Japan äußerte sich am Abend besorgt.');
    expect(second).toContain('3 Änderungen gegenüber Fassung 1');
    expect(second).toContain('Text, geändert: Russland will Nordkorea nach Angaben aus Moskau insgesamt');
    expect(second).toContain('Text, hinzugefügt: Wir haben die Zahl berichtigt.');
    expect(first).toContain('Erste erfasste Fassung');
    // Every <del> and <ins> says in its own text what it is, and is struck through or underlined.
    const marks = await page.$$eval('#archiv-fassungen :is(del, ins)', (elements) =>
      elements.map((element) => ({
        kind: element.localName,
        text: element.textContent,
        line: getComputedStyle(element).textDecorationLine,
      })),
    );
    // The corrected number: the words of its marks say what was removed and what added.
    expect(marks).toContainEqual({ kind: 'del', text: '[entfernt: 12]', line: 'line-through' });
    expect(marks).toContainEqual({ kind: 'ins', text: '[hinzugefügt: 14]', line: 'underline' });
    expect(marks.length).toBeGreaterThanOrEqual(6);
    for (const { kind, text, line } of marks) {
      const [said, drawn] = kind === 'del' ? ['entfernt', 'line-through'] : ['hinzugefügt', 'underline'];
      expect(line, text).toContain(drawn);
      // A whole sentence is labelled before it ("Text, hinzugefügt:"), a changed word inside its mark.
      if (text.startsWith('[')) expect(text).toMatch(new RegExp(`^\\[${said}: .+\\]$`));
    }
    await page.close();
  });

  it('needs no script: requests none, runs none of its own, shows the same history without JavaScript', async () => {
    const { page, requests } = await open(ARTICLE, width);
    expect(requests[0]?.type).toBe('document');
    expect(requests.filter((request) => request.type === 'script')).toEqual([]);
    // Its one script is the highlight loader, which loads one only for a reader who comes from a search result.
    const scripts = await page.$$eval('script:not([type="application/ld+json"])', (elements) =>
      elements.map((element) => ({ src: element.getAttribute('src'), text: element.textContent })),
    );
    expect(scripts).toEqual([{ src: null, text: HIGHLIGHT_LOADER }]);
    await openAllChanges(page);
    const withScripts = await historyItems(page);
    await page.close();
    const { page: noScript } = await open(ARTICLE, width, { javaScriptEnabled: false });
    await openAllChanges(noScript);
    expect(await historyItems(noScript)).toEqual(withScripts);
    expect(withScripts).toHaveLength(3);
    await noScript.close();
  });

  it.each([
    ['the article', ARTICLE],
    ["an older version's", OLDER],
  ])('on %s page, axe-core finds no violation, with every change open, in light and dark', async (_, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // bypassCSP lets the test inject axe; the page's own policy is checked in the next test.
      const { page } = await open(path, width, { colorScheme, bypassCSP: true });
      await openAllChanges(page);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.close();
    }
  });

  it("is served with the site's CSP, which nothing violates, as is an older version's page", async () => {
    for (const path of [ARTICLE, OLDER]) {
      const { page, response, violations } = await open(path, width);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()['content-security-policy'], path).toBe(cspHeader(join(site.root, 'dist')));
      const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(policy, path).toMatch(/script-src 'self'/);
      expect(policy, path).not.toContain('unsafe-inline');
      await openAllChanges(page);
      expect(violations, path).toEqual([]);
      await page.close();
    }
  });
});

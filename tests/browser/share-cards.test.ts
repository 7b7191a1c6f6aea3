import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/site-measures.ts';
import { openSite, type Site } from './site.ts';

/**
 * Every page a link can point to has a share card: og:image with its alt
 * text, type and size (ogp.me counts og:image among the four required
 * properties), a large Twitter/X card, and the same picture in the JSON-LD
 * wherever a page has JSON-LD. The card resolves on the server and is the
 * size the tags say.
 */
const pages = htmlFiles('dist')
  .filter((file) => !file.includes('/a/')) // the permanent links only redirect
  .map((file) => ({ file, html: readFileSync(file, 'utf8') }));

const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];

let site: Site;
beforeAll(async () => {
  site = await openSite('content');
});
afterAll(() => site?.close());

describe('share cards', () => {
  it.each(pages)('$file has og:image with alt, type and size, and a large Twitter card', ({ html }) => {
    expect(meta(html, 'og:image')).toMatch(/^https?:\/\/.+\/vorschaubild\.png$/);
    expect(meta(html, 'og:image:alt')).toBeTruthy();
    expect(meta(html, 'og:image:type')).toBe('image/png');
    expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'twitter:image')).toBe(meta(html, 'og:image'));
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)) {
      const article = [JSON.parse(json!)].flat().find((item: { '@type': string }) => item['@type'] === 'NewsArticle');
      if (article) expect(article.image).toMatchObject({ url: meta(html, 'og:image'), width: 1200, height: 630 });
    }
  });

  it('gives JSON-LD with an image on every article page', () => {
    const articles = pages.filter(({ file }) => file.includes('/artikel/'));
    expect(articles.length).toBeGreaterThan(0);
    for (const { html } of articles) expect(html).toMatch(/"@type":"NewsArticle".*"image":\{"@type":"ImageObject"/);
  });

  it('resolves: the server sends a 1200 × 630 PNG', async () => {
    const response = await fetch(site.url(new URL(meta(pages[0]!.html, 'og:image')!).pathname));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    // A PNG starts with its signature, then the IHDR chunk: width and height as 32-bit big-endian numbers.
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

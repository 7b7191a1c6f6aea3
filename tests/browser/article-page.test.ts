import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './site.ts';

let site: Site;
let page: Page;

beforeAll(async () => {
  site = await openSite('fixture');
  page = await site.browser.newPage();
});
afterAll(() => site?.close());

async function open(slug: string) {
  await page.goto(site.url(`/artikel/${slug}/`));
}

const dateOf = () =>
  page.$eval('.article-meta .article-date', (element) => ({
    text: element.textContent.replace(/\s+/g, ' ').trim(),
    datetimes: [...element.querySelectorAll('time')].map((time) => time.getAttribute('datetime')),
  }));

describe('an article page', () => {
  it('says a "Stand" in German local time, in a <time> with its offset', async () => {
    await open('putin-in-nordkorea-zwei-innige-freunde-ruecken-zusammen');
    expect(await dateOf()).toEqual({ text: 'Stand: 19. Juni 2024, 14:27 Uhr', datetimes: ['2024-06-19T14:27+02:00'] });
  });

  it('says a month from the capture metadata without inventing a day', async () => {
    await open('russland-will-sanktionen-gegen-nordkorea-lockern');
    expect(await dateOf()).toEqual({ text: 'Juli 2024 (laut Erfassungsdaten)', datetimes: ['2024-07'] });
  });

  it('says an open-ended inferred period and shows the reasoning', async () => {
    await open('putin-schenkt-kim-jong-un-ein-russisches-luxusauto');
    expect(await dateOf()).toEqual({ text: 'ab 20. Februar 2024 (erschlossen)', datetimes: ['2024-02-20'] });
    expect(await page.textContent('#archiv-datierung + p')).toContain('am 20. Februar 2024');
  });

  it('says an inferred period with a <time> for each end', async () => {
    await open('putin-und-kim-freunde-in-not');
    expect(await dateOf()).toEqual({
      text: '25. August 2023 bis 31. Dezember 2023 (erschlossen)',
      datetimes: ['2023-08-25', '2023-12-31'],
    });
  });

  it('marks a translation and shows its evidence, and credits no author box', async () => {
    await open('putin-und-kim-freunde-in-not');
    expect(await page.textContent('.mark--translation')).toBe('Übersetzung aus dem Englischen');
    expect(await page.textContent('#archiv-uebersetzung ~ ul')).toContain('[Russia]');
    expect(await page.$('.article-meta dt:text("Von")')).toBeNull();
  });

  it('shows no translation mark where the text shows none', async () => {
    await open('putin-in-nordkorea-zwei-innige-freunde-ruecken-zusammen');
    expect(await page.$('.mark--translation')).toBeNull();
  });

  it('marks an editorial title and says why in visible text', async () => {
    await open('russland-will-sanktionen-gegen-nordkorea-lockern');
    expect(await page.textContent('.marks')).toContain('Titel redaktionell');
    expect(await page.textContent('#archiv-redaktionell ~ p')).toBe(
      'Die Vorlage hat keine Überschrift; der Titel stammt vom Archiv.',
    );
  });

  it('names the source honestly and the sources the article cites', async () => {
    await open('putin-schenkt-kim-jong-un-ein-russisches-luxusauto');
    const meta = await page.textContent('.article-meta');
    expect(meta).toContain('Quelle nicht angegeben');
    expect(meta).toContain('Frankfurter Allgemeine Zeitung');
    expect(meta).toContain('Der Tagesspiegel');
    expect(meta).toContain('n-tv');
  });

  it('has the teaser as its meta description, a reading time and the provenance note', async () => {
    await open('putin-und-kim-staerken-allianz-bei-historischem-besuch');
    const description = await page.getAttribute('meta[name="description"]', 'content');
    expect(description).toBe(await page.textContent('.lead'));
    expect(await page.textContent('.article-meta')).toMatch(/Lesezeit:?\s*\d+ Min\./);
    expect(await page.textContent('.provenance')).toContain('004_89ae70b186e0ea4d');
  });

  it('sets German quotation marks in the text', async () => {
    await open('putin-in-nordkorea-zwei-innige-freunde-ruecken-zusammen');
    const body = await page.textContent('.article__body');
    expect(body).toContain('eine Limousine „made in Russia“');
    expect(body).not.toContain('"');
  });
});

describe('previous and next article', () => {
  it('walks the whole archive from the newest to the oldest article, in the order of the home page', async () => {
    await page.goto(site.url('/'));
    const homeOrder = await page.$$eval('.summary__title a', (links) =>
      links.map((a) => (a as HTMLAnchorElement).pathname),
    );
    const walked = [homeOrder[0]!];
    await page.goto(site.url(homeOrder[0]!));
    expect(await page.$('a[rel="prev"]')).toBeNull();
    for (let next = await page.$('a[rel="next"]'); next; next = await page.$('a[rel="next"]')) {
      await Promise.all([page.waitForURL((url) => url.pathname !== walked.at(-1)), next.click()]);
      walked.push(new URL(page.url()).pathname);
    }
    expect(walked).toEqual(homeOrder);
  });
});

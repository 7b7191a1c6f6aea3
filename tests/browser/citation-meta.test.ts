import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What reference managers read on the built article pages: citation_* dates
 * in the two forms Google Scholar documents ("2024/06/19" or "2024"), and a
 * Zitiervorschlag whose quoted title nests quotation marks the German way.
 */
const articles = readdirSync('dist/artikel').map((slug) => ({ slug, html: readFileSync(`dist/artikel/${slug}/index.html`, 'utf8') }));

describe('citation metadata on the built article pages', () => {
  it.each(articles)('$slug dates citation_* tags as YYYY/MM/DD or YYYY', ({ html }) => {
    const dates = [...html.matchAll(/<meta name="(citation_\w*date)" content="([^"]*)"/g)].map((match) => match[2]);
    for (const date of dates) expect(date).toMatch(/^\d{4}(\/\d{2}\/\d{2})?$/);
  });

  it('gives a month-only publication date as its year (Scholar reads no "2024/07")', () => {
    const sanctions = articles.find((article) => article.slug === 'russland-will-sanktionen-gegen-nordkorea-lockern')!;
    expect(sanctions.html).toContain('<meta name="citation_publication_date" content="2024">');
  });

  it.each(articles)('$slug quotes the title „…“ with ‚…‘ inside', ({ html }) => {
    const citation = html.match(/id="zitiervorschlag">[^<]*<\/h2>\s*<p>([^<]*)<\/p>/)?.[1];
    expect(citation).toBeDefined();
    const quoted = citation!.slice(citation!.indexOf('„') + 1, citation!.lastIndexOf('“'));
    expect(quoted).not.toMatch(/[„“]/);
  });
});

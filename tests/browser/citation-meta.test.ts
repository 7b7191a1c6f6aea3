import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite } from './site.ts';

/**
 * What reference managers read on the built article pages of the fixture
 * archive: citation_* dates in the two forms Google Scholar documents
 * ("2024/06/19" or "2024"), each only as what the article's date is (a
 * publication, a "Stand", never an inferred period), and a Zitiervorschlag
 * whose quoted title nests quotation marks the German way.
 */
const dist = builtSite('fixture');
const articles = readdirSync(join(dist, 'artikel')).map((slug) => ({
  slug,
  html: readFileSync(join(dist, 'artikel', slug, 'index.html'), 'utf8'),
}));

/** The date tags each article of the fixture archive must carry, exactly (none for an inferred date). */
const DATE_TAGS: Record<string, string[]> = {
  'putin-in-nordkorea-zwei-innige-freunde-ruecken-zusammen': ['citation_online_date 2024/06/19'],
  'putin-schenkt-kim-jong-un-ein-russisches-luxusauto': [],
  'putin-und-kim-freunde-in-not': [],
  'putin-und-kim-staerken-allianz-bei-historischem-besuch': ['citation_publication_date 2024/06/19'],
  // A month alone is given as its year: Scholar reads no "2024/07".
  'russland-will-sanktionen-gegen-nordkorea-lockern': ['citation_publication_date 2024'],
};

describe('citation metadata on the built article pages', () => {
  it('covers every article of the fixture archive', () => {
    expect(articles.map(({ slug }) => slug).sort()).toEqual(Object.keys(DATE_TAGS).sort());
  });

  it.each(articles)('$slug carries exactly its date tags, as YYYY/MM/DD or YYYY', ({ slug, html }) => {
    const tags = [...html.matchAll(/<meta name="(citation_\w*date)" content="([^"]*)"/g)].map(
      (match) => `${match[1]} ${match[2]}`,
    );
    expect(tags).toEqual(DATE_TAGS[slug]);
  });

  it.each(articles)('$slug quotes the title „…“ with ‚…‘ inside', ({ html }) => {
    const citation = html.match(/id="zitiervorschlag">[^<]*<\/h2>\s*<p>([^<]*)<\/p>/)?.[1];
    expect(citation).toBeDefined();
    const quoted = citation!.slice(citation!.indexOf('„') + 1, citation!.lastIndexOf('“'));
    expect(quoted).not.toMatch(/[„“]/);
  });
});

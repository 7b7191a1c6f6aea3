import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildFixtureSiteDigests,
  digestDifferences,
  parseDigests,
  SITE_DIGESTS,
  WRITE_COMMAND,
} from '../support/fixture-site-digests.ts';

/**
 * The fixture archive (tests/fixtures/archive: five articles, no versions of
 * a story) builds byte for byte as tests/fixtures/archive-site.sha256 says:
 * every page, permanent address, feed, the sitemap, robots.txt, the
 * stylesheets and scripts, and the search index. The manifest was written
 * from the code before versions of a story (c4a02ed), so the versions change
 * nothing where there are none. The build gives the same bytes every time
 * (two builds, in other folders and time zones, were compared before the
 * manifest was written).
 */
let remove: (() => void) | undefined;
afterAll(() => remove?.());

describe('the fixture archive, built', () => {
  it('is byte for byte as its manifest says, file by file', async () => {
    const expected = parseDigests(readFileSync(SITE_DIGESTS, 'utf8'));
    // The manifest holds the whole site, not a part of it.
    for (const path of ['index.html', 'artikel/putin-und-kim-freunde-in-not/index.html', 'feed.xml', 'sitemap-0.xml']) {
      expect(expected.has(path), `${SITE_DIGESTS} lists ${path}`).toBe(true);
    }
    const built = await buildFixtureSiteDigests();
    remove = built.remove;
    const message =
      `the built fixture archive differs from ${SITE_DIGESTS} in the files listed. If the change to these files is ` +
      `intended, write the manifest anew with \`${WRITE_COMMAND}\` and commit it with the change`;
    expect(digestDifferences(expected, built.digests), message).toEqual([]);
  });
});

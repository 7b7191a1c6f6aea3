import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageBin } from '../scripts/package-bin.ts';
import { assetRefsOf, normalizeAssetRefs } from './site-compare/assets.ts';
import { decodeCbor } from './site-compare/cbor.ts';
import { compareSites } from './site-compare/compare.ts';
import { compareFeed } from './site-compare/compare-documents.ts';
import { readXmlDocument } from './site-compare/feeds.ts';
import { assetNamesChanged, comparePageSummaries, summarizePage } from './site-compare/page-summary.ts';
import type { Section } from './site-compare/section.ts';
import { shortDiff } from './site-compare/text-diff.ts';

describe('normalizeAssetRefs', () => {
  it('hides the hash of bundled files and CSP hashes, and nothing else', () => {
    expect(normalizeAssetRefs('<link href="/_astro/BaseLayout.U-dgSt4P.css">')).toBe(
      '<link href="/_astro/BaseLayout.[hash].css">',
    );
    expect(normalizeAssetRefs('/_astro/suche.astro_astro_type_script_index_0_lang.CXXLicke.js')).toBe(
      '/_astro/suche.astro_astro_type_script_index_0_lang.[hash].js',
    );
    expect(normalizeAssetRefs("script-src 'self' 'sha256-hQRZaWspcZXp+1URxvXxhN12KYC80DikZx0jiRyNJFU='")).toBe(
      "script-src 'self' 'sha256-[hash]'",
    );
    expect(normalizeAssetRefs('/artikel/testartikel-00012/ /favicon.svg')).toBe(
      '/artikel/testartikel-00012/ /favicon.svg',
    );
    expect(assetRefsOf('<script src="/_astro/a.12345678.js"></script>')).toEqual(['/_astro/a.12345678.js']);
  });
});

describe('shortDiff', () => {
  it('shows the changed stretch only, long lines cut where they differ', () => {
    expect(shortDiff(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([]);
    expect(shortDiff(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual(['@ line 2', '- b', '+ x']);
    const long = 'Wort '.repeat(100);
    const [, removed, added] = shortDiff([`${long}alt ${long}`], [`${long}neu ${long}`]);
    expect(removed).toContain('alt');
    expect(added).toContain('neu');
    expect(removed!.length).toBeLessThan(170);
  });
});

describe('decodeCbor', () => {
  it('reads integers, strings, arrays and maps', () => {
    // [ "wort", [ [ 3, [ -25, 259 ] ] ], {1: true} ]
    const bytes = Uint8Array.from([
      0x83,
      0x64,
      ...Buffer.from('wort'),
      0x81,
      0x82,
      0x03,
      0x82,
      0x38,
      0x18,
      0x19,
      0x01,
      0x03,
      0xa1,
      0x01,
      0xf5,
    ]);
    expect(decodeCbor(bytes)).toEqual(['wort', [[3, [-25, 259]]], new Map([[1, true]])]);
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/end of data/);
  });
});

const page = (body: string, head = '<title>Eins – Archiv</title>') =>
  `<!DOCTYPE html><html lang="de"><head>${head}</head><body>${body}</body></html>`;

describe('page summaries', () => {
  const before = summarizePage(
    page(
      '<main> <h1 class="titel" id="oben">Eins</h1> <p>Erster Absatz mit <a href="/themen/russland/">Russland</a>.</p> </main>',
    ),
  );

  it('ignore whitespace between tags and the order of attributes', () => {
    const after = summarizePage(
      page(
        '<main>\n<h1 id="oben" class="titel">Eins</h1>\n<p>Erster  Absatz mit <a href="/themen/russland/">Russland</a>.</p></main>',
      ),
    );
    expect(comparePageSummaries(before, after)).toEqual([]);
  });

  it('report a changed paragraph as text, with the changed word', () => {
    const after = summarizePage(
      page(
        '<main> <h1 class="titel" id="oben">Eins</h1> <p>Zweiter Absatz mit <a href="/themen/russland/">Russland</a>.</p> </main>',
      ),
    );
    expect(comparePageSummaries(before, after)).toEqual([
      { part: 'text', diff: ['@ line 2', '- Erster Absatz mit Russland.', '+ Zweiter Absatz mit Russland.'] },
    ]);
  });

  it('report a changed link target in links and markup', () => {
    const after = summarizePage(
      page(
        '<main> <h1 class="titel" id="oben">Eins</h1> <p>Erster Absatz mit <a href="/themen/ukraine/">Russland</a>.</p> </main>',
      ),
    );
    expect(comparePageSummaries(before, after).map(({ part }) => part)).toEqual(['links', 'markup']);
  });

  it('report a renamed stylesheet and new CSP hashes as asset names changed, not as a difference', () => {
    const head = (hash: string, csp: string) =>
      `<title>T</title><meta http-equiv="content-security-policy" content="script-src 'sha256-${csp}='"><link rel="stylesheet" href="/_astro/Base.${hash}.css">`;
    const [one, two] = [
      summarizePage(page('<p>x</p>', head('AbCd1234', 'abc'))),
      summarizePage(page('<p>x</p>', head('XyZ_9876', 'def'))),
    ];
    expect(comparePageSummaries(one, two)).toEqual([]);
    expect(assetNamesChanged(one, two)).toBe(true);
  });

  it('report title, headings and images', () => {
    const after = summarizePage(
      page(
        '<main> <h1 class="titel" id="oben">Zwei</h1> <img src="/bild.png" alt="Bild"> </main>',
        '<title>Zwei – Archiv</title>',
      ),
    );
    expect(comparePageSummaries(before, after).map(({ part }) => part)).toEqual([
      'title',
      'headings',
      'text',
      'links',
      'images',
      'markup',
    ]);
  });
});

describe('feeds', () => {
  const rss = (items: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Archiv</title><link>https://archiv.example/</link>${items}</channel></rss>`;
  const item = (slug: string, title: string) =>
    `<item><title>${title}</title><link>https://archiv.example/artikel/${slug}/</link><guid isPermaLink="true">https://archiv.example/artikel/${slug}/</guid><pubDate>Wed, 19 Jun 2024 12:27:00 GMT</pubDate><description>Über ${title}.</description></item>`;
  const feedOf = (xml: string) => {
    const document = readXmlDocument(xml);
    if (document.kind !== 'feed') throw new Error('not a feed');
    return document.feed;
  };
  const before = feedOf(rss(item('eins', 'Eins') + item('zwei', 'Zwei')));

  it('are the same when only the XML layout differs', () => {
    expect(compareFeed(before, feedOf(rss(`\n  ${item('eins', 'Eins')}\n  ${item('zwei', 'Zwei')}\n`)))).toEqual({
      missing: 0,
      added: 0,
      changed: 0,
      details: [],
    });
  });

  it('report a missing item, a changed title and a changed order', () => {
    expect(compareFeed(before, feedOf(rss(item('eins', 'Eins'))))).toEqual({
      missing: 1,
      added: 0,
      changed: 0,
      details: ['items only before (1): https://archiv.example/artikel/zwei/'],
    });
    const changed = compareFeed(before, feedOf(rss(item('eins', 'Eins, neu') + item('zwei', 'Zwei'))));
    expect(changed.changed).toBe(1);
    expect(changed.details.join('\n')).toMatch(
      /item https:\/\/archiv\.example\/artikel\/eins\/:\n {2}title:[\s\S]*Eins, neu[\s\S]*description:/,
    );
    expect(compareFeed(before, feedOf(rss(item('zwei', 'Zwei') + item('eins', 'Eins')))).details).toEqual([
      expect.stringMatching(/^item order:/),
    ]);
  });

  it('read a sitemap as its URLs', () => {
    const document = readXmlDocument(
      '<urlset><url><loc>https://archiv.example/</loc></url><url><loc>https://archiv.example/a/</loc><lastmod>2024-06-19</lastmod></url></urlset>',
    );
    expect(document).toEqual({
      kind: 'sitemap',
      index: false,
      entries: new Map([
        ['https://archiv.example/', '{}'],
        ['https://archiv.example/a/', '{"lastmod":"2024-06-19"}'],
      ]),
    });
  });
});

/**
 * A tiny built site with a real Pagefind index, copied and broken in one way
 * per test: the script must report each loss, and nothing for a copy.
 */
describe('compareSites on a tiny built site', () => {
  const root = mkdtempSync(join(tmpdir(), 'compare-sites-'));
  const original = join(root, 'original');
  const head = (title: string, css = 'AbCd1234') =>
    `<title>${title}</title><link rel="canonical" href="https://archiv.example/"><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc='"><link rel="stylesheet" href="/_astro/Base.${css}.css">`;
  const files: Record<string, string> = {
    'index.html': page(
      '<main><h1>Archiv</h1><p>Willkommen.</p><a href="/artikel/eins/">Eins</a> <a href="/artikel/zwei/#abschnitt">Zwei, Abschnitt</a></main>',
      head('Archiv'),
    ),
    'artikel/eins/index.html': page(
      '<main><h1>Eins</h1><p>Der Kreml liefert Munition nach Pjöngjang.</p><a href="/">Start</a></main>',
      head('Eins'),
    ),
    'artikel/zwei/index.html': page(
      '<main><h1>Zwei</h1><h2 id="abschnitt">Abschnitt</h2><p>Sanktionen gegen Nordkorea werden gelockert.</p></main>',
      head('Zwei'),
    ),
    '_astro/Base.AbCd1234.css': 'body{margin:0}',
    'robots.txt': 'User-agent: *\n',
    'feed.xml': `<?xml version="1.0"?><rss version="2.0"><channel><title>Archiv</title>${['eins', 'zwei'].map((slug) => `<item><title>${slug}</title><guid>https://archiv.example/artikel/${slug}/</guid></item>`).join('')}</channel></rss>`,
    'sitemap-0.xml': `<urlset>${['', 'artikel/eins/', 'artikel/zwei/'].map((path) => `<url><loc>https://archiv.example/${path}</loc></url>`).join('')}</urlset>`,
  };

  const indexSite = (dir: string) => {
    rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
    const pagefind = spawnSync(process.execPath, [packageBin('pagefind'), '--site', dir, '--quiet'], {
      encoding: 'utf8',
    });
    if (pagefind.status !== 0) throw new Error(`pagefind failed: ${pagefind.stderr}`);
  };

  beforeAll(() => {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(original, path)), { recursive: true });
      writeFileSync(join(original, path), content);
    }
    indexSite(original);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  let copies = 0;
  /** A copy of the tiny site, changed by `change`, compared with the original. */
  const compareWithCopy = (change: (dir: string) => void) => {
    const copy = join(root, `copy-${++copies}`);
    cpSync(original, copy, { recursive: true });
    change(copy);
    return Object.fromEntries(compareSites(original, copy).map((section) => [section.name, section])) as Record<
      string,
      Section
    >;
  };
  const failures = (sections: Record<string, Section>) =>
    Object.fromEntries(
      Object.values(sections)
        .filter((section) => section.failures > 0)
        .map((section) => [section.name, section.failures]),
    );
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(file, change(readFileSync(file, 'utf8')));

  it('finds nothing in a copy, and in pages the index reads back', () => {
    const sections = compareWithCopy(() => {});
    expect(failures(sections)).toEqual({});
    expect(sections.index!.summary).toMatch(/^3 pages, \d+ words before/);
    expect(sections.links!.summary).toMatch(
      /^\d+ internal links to \d+ distinct targets in before; 0 do not resolve after$/,
    );
  });

  it('accepts a renamed stylesheet with the same content', () => {
    const sections = compareWithCopy((dir) => {
      cpSync(join(dir, '_astro/Base.AbCd1234.css'), join(dir, '_astro/Base.Zz_99-yy.css'));
      rmSync(join(dir, '_astro/Base.AbCd1234.css'));
      for (const path of ['index.html', 'artikel/eins/index.html', 'artikel/zwei/index.html'])
        edit(join(dir, path), (html) => html.replace('AbCd1234', 'Zz_99-yy'));
    });
    expect(failures(sections)).toEqual({});
    expect(sections.pages!.notes).toEqual([
      '3 pages differ only in hashed asset names or CSP hashes (asset names changed)',
    ]);
    expect(sections['other files']!.notes.join()).toContain('_astro/Base.AbCd1234.css → _astro/Base.Zz_99-yy.css');
  });

  it('reports a deleted page, and the links to it', () => {
    const sections = compareWithCopy((dir) => rmSync(join(dir, 'artikel/eins'), { recursive: true }));
    expect(failures(sections)).toMatchObject({ pages: 1, links: 1 });
    expect(sections.pages!.details).toEqual(['only before (1): artikel/eins/index.html']);
    expect(sections.links!.details).toEqual(['/artikel/eins/: no such file after (linked from /index.html)']);
  });

  it('reports a removed feed item', () => {
    const sections = compareWithCopy((dir) =>
      edit(join(dir, 'feed.xml'), (xml) => xml.replace(/<item><title>zwei<\/title>.*?<\/item>/, '')),
    );
    expect(failures(sections)).toEqual({ feeds: 1 });
    expect(sections.feeds!.details.join()).toContain('items only before (1): https://archiv.example/artikel/zwei/');
  });

  it('reports an altered paragraph with the changed words', () => {
    const sections = compareWithCopy((dir) =>
      edit(join(dir, 'artikel/eins/index.html'), (html) => html.replace('liefert Munition', 'liefert Raketen')),
    );
    expect(failures(sections)).toEqual({ pages: 1 });
    expect(sections.pages!.details[0]).toContain(
      '- Der Kreml liefert Munition nach Pjöngjang.\n    + Der Kreml liefert Raketen nach Pjöngjang.',
    );
  });

  it('finds nothing in a second index of the same pages, and a lost word in the index of a changed page', () => {
    expect(failures(compareWithCopy(indexSite))).toEqual({});
    const sections = compareWithCopy((dir) => {
      edit(join(dir, 'artikel/eins/index.html'), (html) => html.replace('liefert Munition', 'liefert Raketen'));
      indexSite(dir);
    });
    expect(failures(sections)).toMatchObject({ pages: 1, index: 3 });
    expect(sections.index!.summary).toContain('words: 1 missing, 1 added');
    expect(sections.index!.details).toContain('words only before (1): munition');
  }, 30_000);

  it('reports a word dropped from a page of the search index', () => {
    const sections = compareWithCopy((dir) => {
      const fragments = join(dir, 'pagefind/fragment');
      for (const name of readdirSync(fragments)) {
        const data = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
        if (data.includes('"url":"/artikel/zwei/"'))
          writeFileSync(join(fragments, name), gzipSync(data.replace('Sanktionen gegen', 'gegen')));
      }
    });
    expect(failures(sections)).toEqual({ index: 1 });
    expect(sections.index!.details[0]).toMatch(
      /^page \/artikel\/zwei\/:[\s\S]*- content: "[^\n]*Sanktionen gegen[\s\S]*\+ content: /,
    );
  });

  it('compares each shard of an index in shards, and names the shard that differs', () => {
    // Both sites have an older shard (pagefind/teil/1/); the second's was indexed from a corrected page.
    const withShard = (name: string, change: (pages: string) => void) => {
      const dir = join(root, name);
      cpSync(original, dir, { recursive: true });
      const pages = join(root, `${name}-seiten`);
      cpSync(join(original, 'artikel'), join(pages, 'artikel'), { recursive: true });
      change(pages);
      const output = join(dir, 'pagefind/teil/1');
      const pagefind = spawnSync(process.execPath, [packageBin('pagefind'), '--site', pages, '--output-path', output]);
      if (pagefind.status !== 0) throw new Error(`pagefind failed: ${String(pagefind.stderr)}`);
      return dir;
    };
    const before = withShard('geteilt-vorher', () => {});
    const same = withShard('geteilt-gleich', () => {});
    const corrected = withShard('geteilt-berichtigt', (pages) =>
      edit(join(pages, 'artikel/eins/index.html'), (html) => html.replace('liefert Munition', 'liefert Raketen')),
    );
    const sectionsOf = (after: string) =>
      Object.fromEntries(compareSites(before, after).map((section) => [section.name, section])) as Record<
        string,
        Section
      >;
    expect(failures(sectionsOf(same))).toEqual({});
    const sections = sectionsOf(corrected);
    expect(failures(sections)).toMatchObject({ 'index pagefind/teil/1/': 3 });
    expect(sections['index pagefind/teil/1/']!.details).toContain('words only before (1): munition');
    // A shard only before: its index is missing after (and its other files).
    expect(failures(sectionsOf(original))).toMatchObject({ 'index pagefind/teil/1/': 1 });
  }, 30_000);

  it('reports a lost anchor', () => {
    const sections = compareWithCopy((dir) =>
      edit(join(dir, 'artikel/zwei/index.html'), (html) => html.replace(' id="abschnitt"', '')),
    );
    expect(failures(sections)).toMatchObject({ pages: 1, links: 1 });
    expect(sections.links!.details).toEqual([
      '/artikel/zwei/#abschnitt: no element with this id after (linked from /index.html)',
    ]);
  });
});

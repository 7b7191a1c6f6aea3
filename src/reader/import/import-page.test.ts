import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitArticle } from '../../schema/article-file.ts';
import { applyImport, planImport, readArchiveState } from './import-capture.ts';

/**
 * A saved page imported (npm run import -- page.html), captures that are no
 * article refused (the plan says why; scripts/import.test.ts shows that the
 * command then writes nothing and exits with 1), and a hostile page inert:
 * nothing of it runs, and no markup reaches the draft.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'archiv-import-page-'));
  cpSync('tests/fixtures/archive', dir, { recursive: true });
  cpSync('tests/fixtures/import/set/sources', join(dir, 'sources'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const encode = (text: string) => new TextEncoder().encode(text);
const filesOf = () => [...readdirSync(join(dir, 'articles')), ...readdirSync(join(dir, 'captures'))].sort();

describe('importing a saved page', () => {
  it('keeps the page byte for byte as <id>.html and drafts it from its markup and metadata', () => {
    const bytes = readFileSync('tests/fixtures/import/set/html-sender.html');
    const state = readArchiveState(dir);
    const plan = planImport(bytes, state, { fileName: 'seite.html' });
    if (!plan.ok) throw new Error(plan.message);
    applyImport(bytes, plan, state);
    expect(plan.captureFile).toMatch(/captures\/005_[0-9a-f]{16}\.html$/);
    expect(readFileSync(plan.captureFile)).toEqual(Buffer.from(bytes));
    const split = splitArticle(readFileSync(plan.draftFile, 'utf8'));
    if (!split.ok) throw new Error(String(split.error));
    const data = split.frontmatter as Record<string, any>;
    expect(data.title).toMatchObject({
      kicker: 'Helgoland',
      text: 'Rekord bei Kegelrobben-Geburten auf der Helgoländer Düne',
      editorial: false,
    });
    expect(data.date).toMatchObject({ kind: 'published', basis: 'capture-metadata', value: '2025-01-21T15:12+01:00' });
    expect(data.source).toMatchObject({ publication: 'ndr', byline: 'Jannik Sörensen' });
    expect(data.source.url).toMatch(/^https:\/\//);
    // The later modified time is noted; the subheads, the list and the quotation come from the markup.
    expect(data.provenance.notes.join(' ')).toContain('zuletzt geändert');
    expect(split.body).toMatch(/^## /m);
    expect(split.body).toMatch(/^- /m);
    expect(split.body).toMatch(/^> /m);
    expect(split.body).not.toMatch(/<[a-z!/]/i);
  });

  it('recognises a page saved without .html in its name by its first tag', () => {
    const plan = planImport(readFileSync('tests/fixtures/import/set/html-zeitung.html'), readArchiveState(dir), {
      fileName: 'seite',
    });
    expect(plan.ok && plan.captureFile.endsWith('.html')).toBe(true);
  });

  it('refuses a page larger than the import takes, saying why', () => {
    const huge = encode(`<html><body><p>${'Ein Satz über nichts. '.repeat(500_000)}</p></body></html>`);
    const plan = planImport(huge, readArchiveState(dir), { fileName: 'gross.html' });
    expect(plan).toMatchObject({ ok: false, reason: 'too-large' });
    expect(filesOf()).not.toContain(expect.stringMatching(/^005_/));
  });
});

describe('a saved page whose boxes carry misleading names', () => {
  const P1 =
    'Der erste Absatz erzählt, wie der Sturm in der Nacht über die Küste zog und Dächer in drei Orten abdeckte.';
  const P2 =
    'Der zweite Absatz berichtet, dass die Feuerwehr mehr als zweihundert Einsätze zählte und niemand verletzt wurde.';
  const draftOfPage = (body: string, bodyAttributes = '') => {
    const plan = planImport(
      encode(`<!doctype html><html><head><title>Seite</title></head><body ${bodyAttributes}>${body}</body></html>`),
      readArchiveState(dir),
      { fileName: 'seite.html' },
    );
    if (!plan.ok) throw new Error(plan.message);
    return plan.draft;
  };
  it.each([
    [
      'a body class naming a sidebar and a menu',
      `<h1>Sturm deckt Dächer ab</h1><p>${P1}</p><p>${P2}</p>`,
      'class="has-sidebar menu-closed"',
    ],
    [
      'the headline in a div named a header',
      `<div class="entry-header"><h1>Sturm deckt Dächer ab</h1></div><p>${P1}</p><p>${P2}</p>`,
      '',
    ],
    [
      'a form around the whole page',
      `<form id="aspnetForm"><nav><a href="/">Startseite</a></nav><h1>Sturm deckt Dächer ab</h1><p>${P1}</p><p>${P2}</p></form>`,
      '',
    ],
  ])('keeps headline and text of %s', (_name, body, attributes) => {
    const draft = draftOfPage(body, attributes);
    expect(draft.edition.title).toMatchObject({ text: 'Sturm deckt Dächer ab', editorial: false });
    expect(draft.edition.body).toContain(P2);
  });

  it('measures the nesting of unclosed paragraphs, list items and options as a browser would', () => {
    expect(
      planImport(
        encode(
          `<html><body><h1>Sturm deckt Dächer ab</h1><p>${P1}<p>${P2}<select>${'<option>Wahl'.repeat(1100)}</select></body></html>`,
        ),
        readArchiveState(dir),
        { fileName: 'seite.html' },
      ).ok,
    ).toBe(true);
  });
});

describe('a capture that is no article', () => {
  const navigation = [
    'Startseite',
    'Politik',
    'Wirtschaft',
    'Sport',
    'Kultur',
    'Suche',
    'Anmelden',
    'Impressum',
    'Datenschutz',
    '© Verlag 2025',
  ].join('\n');
  it.each([
    ['an empty file', ''],
    ['only whitespace', ' \n\n\t \n'],
    ['only navigation', navigation],
    ['headlines without running text', 'Erste Überschrift\nZweite Überschrift\nDritte Überschrift'],
    [
      'a page of navigation saved as HTML',
      `<html><body><nav><ul>${navigation
        .split('\n')
        .map((item) => `<li><a href="/">${item}</a></li>`)
        .join('')}</ul></nav></body></html>`,
    ],
  ])('refuses %s and writes nothing', (_name, text) => {
    const before = filesOf();
    const plan = planImport(encode(text), readArchiveState(dir), {
      fileName: text.startsWith('<') ? 'seite.html' : 'erfassung.txt',
    });
    expect(plan).toMatchObject({ ok: false, reason: 'not-an-article' });
    expect(plan.ok ? '' : plan.message).toMatch(/nothing imported/);
    expect(filesOf()).toEqual(before);
  });
});

describe('a hostile page', () => {
  const marker = join(tmpdir(), `archiv-angriff-${process.pid}`);
  const hostile = (nesting: number) => `<!doctype html><html><head>
<script>require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'); document.write('<p>Geschrieben vom Skript.</p>')</script>
<meta property="og:site_name" content="<script>alert(1)</script>"></head>
<body onload="require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'y')">
<article><h1 onclick="alert(1)">Eine feindliche Seite prüft den Import</h1>
<p>Der erste Absatz erzählt, wie eine Seite versucht, beim Import Code auszuführen, und was davon übrig bleibt.</p>
<p>Ein <a href="javascript:alert(1)">Link mit javascript</a> und ein Bild <img src=x onerror="alert(1)"> stehen im zweiten Absatz, der weitergeht.</p>
<iframe srcdoc="<script>parent.alert(1)</script><p>Aus dem Rahmen.</p>"></iframe>
<svg onload="alert(1)"><text>SVG-Text</text></svg>
<p>Der dritte Absatz schreibt &lt;script&gt;alert(1)&lt;/script&gt; als Text, den das Archiv als Text zeigt.</p>
${'<div>'.repeat(nesting)}<p>Tief verschachtelt.</p>${'</div>'.repeat(nesting)}
</article></body></html>`;

  it('imports without running anything, and no markup reaches the draft', () => {
    const state = readArchiveState(dir);
    const before = filesOf();
    const bytes = encode(hostile(20));
    const plan = planImport(bytes, state, { fileName: 'feindlich.html' });
    if (!plan.ok) throw new Error(plan.message);
    applyImport(bytes, plan, state);
    expect(existsSync(marker)).toBe(false);
    // No file but the capture and the draft.
    expect(filesOf()).toEqual([...before, `${plan.captureId}.html`, `${plan.slug}.md`].sort());
    const draft = readFileSync(plan.draftFile, 'utf8');
    // Markup the page printed as text stays text, escaped; no element of the page is in the draft.
    expect(draft).not.toMatch(/(?<!\\)<(script|img|iframe|svg|a|p|div)\b/i);
    expect(draft).not.toMatch(/onerror|onload|onclick|srcdoc|javascript:/i);
    expect(draft).not.toContain('Geschrieben vom Skript');
    expect(draft).not.toContain('Aus dem Rahmen');
    expect(draft).toContain('\\<script\\>alert(1)\\</script\\>');
  });

  it('refuses a page nested 100,000 elements deep within the test time, writing nothing', { timeout: 10_000 }, () => {
    const before = filesOf();
    const plan = planImport(encode(hostile(100_000)), readArchiveState(dir), { fileName: 'feindlich.html' });
    expect(plan).toMatchObject({ ok: false, reason: 'not-an-article' });
    expect(existsSync(marker)).toBe(false);
    expect(filesOf()).toEqual(before);
  });
});

import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';

/**
 * An editor's way from a raw capture to a published article, in a copy of
 * the project: `npm run import` of the test capture, the content check and
 * the build with the draft present (and absent from the site), then the open
 * fields filled in, `draft: true` removed, and the check and the build again
 * with the article on the site.
 */
const CAPTURE = resolve('tests/fixtures/import/nordkorea-soldaten.txt');
const TITLE = 'Kim schickt Tausende Soldaten an die Front';

/** A Node script of the copied project, run in it with the Node that runs the tests. */
function run(root: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

/** Every file of the built site as text (the search index's fragments unzipped), by path. */
function siteTexts(dist: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const path = join(dist, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    let text = bytes.toString('utf8');
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) text = gunzipSync(bytes).toString('utf8');
    texts.set(name, text);
  }
  return texts;
}

describe('npm run import, then publishing the draft', () => {
  it('checks and builds with the draft off the site, then with the article on it', { timeout: 400_000 }, async () => {
    const site = temporarySite();
    try {
      const imported = await run(site.root, ['scripts/import.ts', CAPTURE]);
      expect(imported.code, imported.output).toBe(0);
      const draftPath = /content\/articles\/[a-z0-9-]+\.md/.exec(imported.output)?.[0];
      const captureId = /capture (\d{3}_[0-9a-f]{16})/.exec(imported.output)?.[1];
      expect(draftPath).toBe('content/articles/kim-schickt-tausende-soldaten-an-die-front.md');
      expect(captureId).toBeDefined();
      expect(imported.output).toContain('tags: OPEN: suggested, best first: ');
      const slug = 'kim-schickt-tausende-soldaten-an-die-front';

      // The same capture again is refused.
      const again = await run(site.root, ['scripts/import.ts', CAPTURE]);
      expect(again.code).toBe(1);
      expect(again.output).toContain(`already in the archive as capture ${captureId}`);

      const checked = await run(site.root, ['scripts/check-content.ts']);
      expect(checked.code, checked.output).toBe(0);
      expect(checked.output).toContain(`${draftPath}: source.publication: open in draft`);
      expect(checked.output).toContain(`${draftPath}: tags: open in draft`);

      // Vitest runs the build with NODE_ENV=test: drafts must stay off the site whatever NODE_ENV says.
      const withDraft = await siteBuild(site.root);
      expect(withDraft.code, withDraft.output).toBe(0);
      const dist = join(site.root, 'dist');
      const found = [...siteTexts(dist)].filter(
        ([, text]) => text.includes(TITLE) || text.includes(slug) || text.includes(captureId!),
      );
      expect(found.map(([name]) => name)).toEqual([]);

      // The editor decides the open fields and publishes.
      const file = join(site.root, draftPath!);
      const draft = readFileSync(file, 'utf8');
      const published = draft
        .replace('draft: true\n', '')
        .replace(/^ {2}# publication: open.*$/m, '  publication: unstated')
        .replace(/^tags: \[\].*$/m, 'tags: [nordkorea, russland, kim-jong-un, wladimir-putin]');
      expect(published).not.toBe(draft);
      writeFileSync(file, published);
      const checkedAgain = await run(site.root, ['scripts/check-content.ts']);
      expect(checkedAgain.code, checkedAgain.output).toBe(0);
      expect(checkedAgain.output).not.toContain(draftPath);

      const withArticle = await siteBuild(site.root);
      expect(withArticle.code, withArticle.output).toBe(0);
      const texts = siteTexts(dist);
      expect(texts.get(`artikel/${slug}/index.html`)).toContain(TITLE);
      expect(texts.get(`a/${captureId}/index.html`)).toContain(slug);
      expect(texts.get('index.html')).toContain(TITLE);
      expect(texts.get('feed.xml')).toContain(TITLE);
      expect(texts.get('themen/nordkorea/index.html')).toContain(TITLE);
      expect(texts.get('sitemap-0.xml')).toContain(`/artikel/${slug}/`);
      expect([...texts].some(([name, text]) => name.startsWith('pagefind/') && text.includes(TITLE))).toBe(true);
    } finally {
      site.remove();
    }
  });
});

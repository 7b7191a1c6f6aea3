import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../schema/validation-message.ts';
import { contentErrors } from './content-errors.ts';
import { handOver } from './content-handover.ts';
import { articlesLoader, entriesLoader } from './content-loaders.ts';
import { readContent, type ContentFs } from './read-content.ts';
import { FIXTURE_ARCHIVE } from '../../tests/support/fixture-archive.ts';

type Entry = { id: string; data: Record<string, unknown>; body?: string; digest?: string | number; rendered?: { html: string } };

/** What a loader is handed by Astro, made of plain parts: a Map for the store, a counter for rendering, an emitter for the watcher. */
function fakeAstro({ watch = false } = {}) {
  const entries = new Map<string, Entry>();
  const rendered: string[] = [];
  const messages: string[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  const context = {
    collection: 'test',
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      clear: () => entries.clear(),
      has: (id: string) => entries.has(id),
    },
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    logger: {
      info: (message: string) => messages.push(message),
      warn: (message: string) => messages.push(`warning ${message}`),
      error: (message: string) => messages.push(`error ${message}`),
      debug: () => {},
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (text: string) => (rendered.push(text), { html: text }),
    generateDigest: (text: string) => `${text.length}:${text}`,
    watcher: watch ? watcher : undefined,
  };
  return { context: context as unknown as LoaderContext, entries, rendered, messages, watcher };
}

function countingFs(): ContentFs & { reads: string[] } {
  const reads: string[] = [];
  return { reads, readdirSync: (dir) => fs.readdirSync(dir), readFileSync: (file, encoding) => (reads.push(file), fs.readFileSync(file, encoding)) };
}

let dir: string;
/** A copy of the fixture archive: five known articles, whatever content/ holds. */
function copyOfContent(): string {
  dir = fs.mkdtempSync(join(tmpdir(), 'archiv-inhalt-'));
  fs.cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
  return dir;
}
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const ARTICLE = 'putin-und-kim-freunde-in-not';

/** The errors `astro dev` would show now for files of one copy of the content. */
function errorsIn(contentDir: string): string[] {
  return contentErrors()
    .filter((problem) => problem.file.startsWith(contentDir))
    .map(formatProblem);
}

describe('articlesLoader', () => {
  it('stores what the content check read, without reading a file again', async () => {
    copyOfContent();
    handOver(readContent(dir));
    const files = countingFs();
    const astro = fakeAstro();
    await articlesLoader(dir, files).load(astro.context);
    expect(files.reads).toEqual([]);
    expect(astro.entries.size).toBe(5);
    expect(astro.entries.get(ARTICLE)).toMatchObject({ data: { tags: expect.any(Array) }, body: expect.stringMatching(/\S$/) });
  });

  it('renders only the articles whose text changed since the last build', async () => {
    copyOfContent();
    const astro = fakeAstro();
    await articlesLoader(dir).load(astro.context);
    expect(astro.rendered).toHaveLength(5);
    const file = join(dir, 'articles', `${ARTICLE}.md`);
    fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\nEin neuer Absatz.\n`);
    // The capture prints it too: the content check holds an edition to its capture.
    const capture = join(dir, 'captures', '002_7491ef1a70dbf932.txt');
    fs.writeFileSync(capture, `${fs.readFileSync(capture, 'utf8')}\nEin neuer Absatz.\n`);
    fs.rmSync(join(dir, 'articles', 'putin-schenkt-kim-jong-un-ein-russisches-luxusauto.md'));
    // A second build: the store as the first one left it (Astro keeps it in node_modules/.astro).
    await articlesLoader(dir).load(astro.context);
    expect(astro.rendered).toHaveLength(6);
    expect(astro.rendered.at(-1)).toContain('Ein neuer Absatz.');
    expect(astro.entries.size).toBe(4);
    expect(astro.messages.at(-1)).toBe("4 articles: 1 rendered, 3 unchanged (from Astro's content cache)");
  });

  it('in astro dev reads a changed article again, and a tag file added while it runs can be used at once', async () => {
    copyOfContent();
    handOver(readContent(dir));
    const files = countingFs();
    const articles = fakeAstro({ watch: true });
    const tags = fakeAstro({ watch: true });
    await articlesLoader(dir, files).load(articles.context);
    await entriesLoader(dir, 'tags', files).load(tags.context);
    const file = join(dir, 'articles', `${ARTICLE}.md`);
    const original = fs.readFileSync(file, 'utf8');

    fs.writeFileSync(file, original.replace(/^tags: \[/m, 'tags: [gipfeltreffen, '));
    articles.watcher.emit('change', file);
    await vi.waitFor(() => expect(articles.messages.at(-1)).toMatch(/tags\.0: unknown tag "gipfeltreffen"/));
    // Not the last good version: the article leaves the store, and the pages are given its error.
    expect(articles.entries.has(ARTICLE)).toBe(false);
    expect(errorsIn(dir)).toEqual([`${file}: tags.0: unknown tag "gipfeltreffen": there is no file content/tags/gipfeltreffen.*`]);

    const tagFile = join(dir, 'tags', 'gipfeltreffen.yaml');
    fs.writeFileSync(tagFile, 'label: Gipfeltreffen\ndescription: Treffen von Staats- und Regierungschefs.\nkind: thema\n');
    tags.watcher.emit('add', tagFile);
    await vi.waitFor(() => expect(tags.entries.has('gipfeltreffen')).toBe(true));
    // The article that named the new tag is checked again without being touched.
    await vi.waitFor(() => expect(articles.entries.get(ARTICLE)?.data.tags).toContain('gipfeltreffen'));
    expect(errorsIn(dir)).toEqual([]);
    expect(files.reads.filter((read) => read === join(dir, 'articles', `${ARTICLE}.md`))).toHaveLength(2);
    expect(files.reads.filter((read) => read === tagFile)).toHaveLength(1);
  });

  it('in astro dev takes an article out while it has an error, with every error of the file, and back in once it is fixed', async () => {
    copyOfContent();
    handOver(readContent(dir));
    const articles = fakeAstro({ watch: true });
    await articlesLoader(dir).load(articles.context);
    const file = join(dir, 'articles', `${ARTICLE}.md`);
    const original = fs.readFileSync(file, 'utf8');

    // A schema error and a date in the future: both are reported at once.
    fs.writeFileSync(file, original.replace(/^translation:/m, 'uebersetzung: false\ntranslation:').replace(/from: "[^"]*"/, 'from: "2999-07"').replace(/to: "[^"]*"/, 'to: "2999-12"'));
    articles.watcher.emit('change', file);
    await vi.waitFor(() => expect(articles.entries.has(ARTICLE)).toBe(false));
    expect(errorsIn(dir)).toEqual([
      `${file}: (frontmatter): Unrecognized key: "uebersetzung"`,
      expect.stringMatching(new RegExp(`^${file}: date: a date in the future`)),
    ]);

    fs.writeFileSync(file, original);
    articles.watcher.emit('change', file);
    await vi.waitFor(() => expect(articles.entries.has(ARTICLE)).toBe(true));
    expect(errorsIn(dir)).toEqual([]);
  });

  it('leaves out an article with errors when it reads the files itself, and records its errors', async () => {
    copyOfContent();
    const file = join(dir, 'articles', `${ARTICLE}.md`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^tags: \[/m, 'tags: [atlantis, '));
    const articles = fakeAstro();
    await articlesLoader(dir).load(articles.context);
    expect(articles.entries.size).toBe(4);
    expect(articles.messages.at(-1)).toBe("4 articles: 4 rendered, 0 unchanged (from Astro's content cache), 1 with errors left out");
    expect(errorsIn(dir)).toEqual([`${file}: tags.0: unknown tag "atlantis": there is no file content/tags/atlantis.*`]);
  });
});

import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem, type ContentProblem } from '../schema/validation-message.ts';
import { articlesLoader, entriesLoader, problemsLoader, SYNC_ENTRY, variantsLoader } from './content-loaders.ts';
import type { ContentFs } from './read-content.ts';
import { RENDER_KEY_LENGTH } from '../markdown/render-cache.ts';
import { FIXTURE_ARCHIVE } from '../../tests/support/fixture-archive.ts';

type Entry = { id: string; data: Record<string, unknown>; body?: string; digest?: string | number };

/** What a loader is handed by Astro, made of plain parts: a Map for the store, a counter for rendering, an emitter for the watcher. */
function fakeAstro({ watch = false } = {}) {
  const entries = new Map<string, Entry>();
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
    generateDigest: (text: string) => `${text.length}:${text}`,
    watcher: watch ? watcher : undefined,
  };
  return { context: context as unknown as LoaderContext, entries, messages, watcher };
}

function countingFs(): ContentFs & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readdirSync: (dir) => fs.readdirSync(dir),
    readFileSync: (file, encoding) => (reads.push(file), fs.readFileSync(file, encoding)),
  };
}

let dir: string;
let cacheDir: string;
/** A copy of the fixture archive: five known articles, whatever content/ holds; and a cache of renderings of its own. */
function copyOfContent(): string {
  dir = fs.mkdtempSync(join(tmpdir(), 'archiv-inhalt-'));
  cacheDir = fs.mkdtempSync(join(tmpdir(), 'archiv-gerendert-'));
  fs.cpSync(FIXTURE_ARCHIVE, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

const ARTICLE = 'putin-und-kim-freunde-in-not';

/** One sync of all five collections, as Astro runs it: every loader at once, each with its own store. */
async function sync({ watch = false, files }: { watch?: boolean; files?: ContentFs } = {}) {
  const astro = {
    articles: fakeAstro({ watch }),
    tags: fakeAstro({ watch }),
    sources: fakeAstro({ watch }),
    variants: fakeAstro({ watch }),
    problems: fakeAstro({ watch }),
  };
  const loaders = [
    problemsLoader().load(astro.problems.context),
    articlesLoader(dir, {
      cacheDir,
      publishedFile: join(dir, 'veroeffentlicht.json'),
      ...(files ? { fs: files } : {}),
    }).load(astro.articles.context),
    entriesLoader(dir, 'tags', files).load(astro.tags.context),
    entriesLoader(dir, 'sources', files).load(astro.sources.context),
    variantsLoader(dir, files).load(astro.variants.context),
  ];
  const results = await Promise.allSettled(loaders);
  return {
    ...astro,
    failures: results.flatMap((result) => (result.status === 'rejected' ? [result.reason as Error] : [])),
  };
}

/** The errors `astro dev` shows now: the entries of the collection contentProblems. */
function errorsOf(problems: ReturnType<typeof fakeAstro>): string[] {
  return [...problems.entries.values()].flatMap((entry) =>
    (entry.data.problems as ContentProblem[]).map(formatProblem),
  );
}

const renderedCount = (messages: string[]) => messages.find((message) => /^\d+ articles: /.test(message));

describe('the loaders of one sync', () => {
  it('read every file once between them, and the articles loader stores each article with its render key and no body', async () => {
    copyOfContent();
    const files = countingFs();
    const { articles, tags, failures } = await sync({ files });
    expect(failures).toEqual([]);
    expect(files.reads.length).toBe(new Set(files.reads).size);
    expect(files.reads.filter((file) => file.endsWith('.md'))).toHaveLength(5);
    expect(articles.entries.size).toBe(5);
    expect(tags.entries.size).toBeGreaterThan(0);
    expect(articles.entries.get(ARTICLE)).toMatchObject({
      data: { tags: expect.any(Array) },
      digest: expect.stringMatching(new RegExp(`^[\\w-]{${RENDER_KEY_LENGTH}}$`)),
    });
    // The page takes the HTML and the body's text from the rendering under that key (src/markdown/render-cache.ts).
    expect(articles.entries.get(ARTICLE)).not.toHaveProperty('rendered');
    expect(articles.entries.get(ARTICLE)).not.toHaveProperty('body');
  });

  it('render only the articles whose text changed since the last build, and forget the renderings of files gone', async () => {
    copyOfContent();
    const first = await sync();
    expect(renderedCount(first.articles.messages)).toBe('5 articles: 5 rendered, 0 kept from the last build');
    const file = join(dir, 'articles', `${ARTICLE}.md`);
    fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\nEin neuer Absatz.\n`);
    // The capture prints it too: the content check holds an edition to its capture.
    const capture = join(dir, 'captures', '002_7491ef1a70dbf932.txt');
    fs.writeFileSync(capture, `${fs.readFileSync(capture, 'utf8')}\nEin neuer Absatz.\n`);
    fs.rmSync(join(dir, 'articles', 'putin-schenkt-kim-jong-un-ein-russisches-luxusauto.md'));
    const second = await sync();
    expect(renderedCount(second.articles.messages)).toBe('4 articles: 1 rendered, 3 kept from the last build');
    expect(second.articles.entries.get(ARTICLE)?.digest).not.toBe(first.articles.entries.get(ARTICLE)?.digest);
    // The cache holds the renderings of today's four articles only.
    expect(fs.readdirSync(cacheDir).sort()).toEqual(
      [...second.articles.entries.values()].map((entry) => `${entry.digest}.json`).sort(),
    );
  });

  it('in a build stop with every problem of every file, in every loader', async () => {
    copyOfContent();
    const file = join(dir, 'articles', `${ARTICLE}.md`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^tags: \[/m, 'tags: [atlantis, '));
    fs.writeFileSync(join(dir, 'tags', 'kaputt.yaml'), 'label: [\n');
    const { failures, articles } = await sync();
    // The four that store content; the problems' loader has nothing to stop.
    expect(failures).toHaveLength(4);
    for (const failure of failures) {
      expect(failure.message).toMatch(/^2 problem\(s\) in the content:\n/);
      expect(failure.message).toContain(`${file}: tags.0: unknown tag "atlantis"`);
      expect(failure.message).toContain('kaputt.yaml: (file): invalid YAML');
    }
    expect(articles.entries.size).toBe(0);
  });

  it('say whether the content is watched, for the pages: in astro dev, not in a build', async () => {
    copyOfContent();
    expect((await sync()).problems.entries.get(SYNC_ENTRY)?.data).toEqual({ problems: [], watching: false });
    expect((await sync({ watch: true })).problems.entries.get(SYNC_ENTRY)?.data).toEqual({
      problems: [],
      watching: true,
    });
  });

  it('store no draft in a build, and a draft in astro dev', async () => {
    copyOfContent();
    const file = join(dir, 'articles', `${ARTICLE}.md`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
    expect((await sync()).articles.entries.has(ARTICLE)).toBe(false);
    expect((await sync({ watch: true })).articles.entries.has(ARTICLE)).toBe(true);
  });

  it('in astro dev store the files without errors and hold the errors in contentProblems', async () => {
    copyOfContent();
    const file = join(dir, 'articles', `${ARTICLE}.md`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^tags: \[/m, 'tags: [atlantis, '));
    const { articles, problems, failures } = await sync({ watch: true });
    expect(failures).toEqual([]);
    expect(articles.entries.size).toBe(4);
    expect(errorsOf(problems)).toEqual([
      `${file}: tags.0: unknown tag "atlantis": there is no file content/tags/atlantis.*`,
    ]);
  });
});

describe('in astro dev', () => {
  it('a changed article is read again, and a tag file added while it runs can be used at once', async () => {
    copyOfContent();
    const files = countingFs();
    const { articles, tags, problems } = await sync({ watch: true, files });
    const file = join(dir, 'articles', `${ARTICLE}.md`);
    const original = fs.readFileSync(file, 'utf8');

    fs.writeFileSync(file, original.replace(/^tags: \[/m, 'tags: [gipfeltreffen, '));
    articles.watcher.emit('change', file);
    await vi.waitFor(() => expect(articles.messages.at(-1)).toMatch(/tags\.0: unknown tag "gipfeltreffen"/));
    // Not the last good version: the article leaves the store, and the pages are given its error.
    expect(articles.entries.has(ARTICLE)).toBe(false);
    expect(errorsOf(problems)).toEqual([
      `${file}: tags.0: unknown tag "gipfeltreffen": there is no file content/tags/gipfeltreffen.*`,
    ]);

    const tagFile = join(dir, 'tags', 'gipfeltreffen.yaml');
    fs.writeFileSync(
      tagFile,
      'label: Gipfeltreffen\ndescription: Treffen von Staats- und Regierungschefs.\nkind: thema\n',
    );
    tags.watcher.emit('add', tagFile);
    await vi.waitFor(() => expect(tags.entries.has('gipfeltreffen')).toBe(true));
    // The article that named the new tag is checked again without being touched.
    await vi.waitFor(() => expect(articles.entries.get(ARTICLE)?.data.tags).toContain('gipfeltreffen'));
    expect(errorsOf(problems)).toEqual([]);
    expect(files.reads.filter((read) => read === file)).toHaveLength(3);
    expect(files.reads.filter((read) => read === tagFile)).toHaveLength(1);
  });

  it('a source file and a capture file added while it runs can be used at once', async () => {
    copyOfContent();
    const { articles, sources, problems } = await sync({ watch: true });
    const file = join(dir, 'articles', `${ARTICLE}.md`);
    const capture = '002_7491ef1a70dbf932';
    const newCapture = '099_0123456789abcdef';
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('source: moskovsky-komsomolets', 'source: neue-zeitung')
        .replace(`capture: "${capture}"`, `capture: "${newCapture}"`),
    );
    articles.watcher.emit('change', file);
    await vi.waitFor(() => expect(articles.entries.has(ARTICLE)).toBe(false));
    expect(errorsOf(problems).join('\n')).toMatch(/neue-zeitung/);
    expect(errorsOf(problems).join('\n')).toMatch(new RegExp(newCapture));

    const sourceFile = join(dir, 'sources', 'neue-zeitung.yaml');
    fs.writeFileSync(sourceFile, 'name: Neue Zeitung\nkind: zeitung\n');
    sources.watcher.emit('add', sourceFile);
    await vi.waitFor(() => expect(sources.entries.has('neue-zeitung')).toBe(true));
    // The source is known now; the capture is still missing, so the article stays out, with that error alone.
    await vi.waitFor(() => expect(errorsOf(problems).join('\n')).not.toMatch(/neue-zeitung/));
    expect(errorsOf(problems).join('\n')).toMatch(new RegExp(newCapture));
    expect(articles.entries.has(ARTICLE)).toBe(false);

    const captureFile = join(dir, 'captures', `${newCapture}.txt`);
    fs.copyFileSync(join(dir, 'captures', `${capture}.txt`), captureFile);
    articles.watcher.emit('add', captureFile);
    await vi.waitFor(() => expect(articles.entries.has(ARTICLE)).toBe(true));
    expect(errorsOf(problems)).toEqual([]);
  });

  it('an article with an error leaves the store, with every error of the file, and comes back once it is fixed', async () => {
    copyOfContent();
    const { articles, problems } = await sync({ watch: true });
    const file = join(dir, 'articles', `${ARTICLE}.md`);
    const original = fs.readFileSync(file, 'utf8');

    // A schema error and a date in the future: both are reported at once.
    fs.writeFileSync(
      file,
      original
        .replace(/^translation:/m, 'uebersetzung: false\ntranslation:')
        .replace(/from: "[^"]*"/, 'from: "2999-07"')
        .replace(/to: "[^"]*"/, 'to: "2999-12"'),
    );
    articles.watcher.emit('change', file);
    await vi.waitFor(() => expect(articles.entries.has(ARTICLE)).toBe(false));
    expect(errorsOf(problems)).toEqual([
      `${file}: (frontmatter): Unrecognized key: "uebersetzung"`,
      expect.stringMatching(new RegExp(`^${file}: date: a date in the future`)),
    ]);

    fs.writeFileSync(file, original);
    articles.watcher.emit('change', file);
    await vi.waitFor(() => expect(articles.entries.has(ARTICLE)).toBe(true));
    expect(errorsOf(problems)).toEqual([]);
  });
});

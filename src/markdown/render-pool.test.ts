import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderArticle } from './render-article.ts';
import { readRendered } from './render-cache.ts';
import { POOL_THRESHOLD, poolThreshold, RENDER_POOL_VARIABLE } from './pool-threshold.ts';
import { renderArticles, renderInParallel, type MarkdownJob } from './render-pool.ts';
import { renderAll, renderedArticle } from './rendered-articles.ts';

// Where these tests render is theirs to say: a setting from the shell must not choose for them.
delete process.env[RENDER_POOL_VARIABLE];

const cacheDir = mkdtempSync(join(tmpdir(), 'render-pool-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const jobsOf = (dir: string): MarkdownJob[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      text: readFileSync(join(dir, name), 'utf8'),
      fileURL: pathToFileURL(resolve(dir, name)).href,
      key: `${dir.replaceAll('/', '-')}-${name}`,
      cacheDir,
    }));

// Worker threads start and load the pipeline (about a second each), longer on a busy machine.
describe('the Markdown pool', { timeout: 60_000 }, () => {
  const jobs = [...jobsOf('tests/fixtures/archive/articles'), ...jobsOf('tests/fixtures/hostile')];

  it('keeps under each key exactly what the renderer gives on this thread', async () => {
    const expected = await Promise.all(jobs.map((job) => renderArticle(job.text, new URL(job.fileURL))));
    expect(await renderInParallel(jobs, 2)).toBe(2);
    const kept = jobs.map((job) => readRendered(job.key, cacheDir));
    expect(kept).toEqual(expected);
    // The hostile fixture's script is gone in both (the pipeline's sanitizer ran in the workers).
    expect(kept.map((rendered) => rendered?.html).join('')).not.toMatch(/<script/i);
    expect(kept[0]?.readingMinutes).toBeGreaterThan(0);
  });

  it("rejects with the renderer's message, naming the file, when an article cannot be rendered", async () => {
    const broken = {
      text: '---\ntitle: [unclosed\n---\nText',
      fileURL: pathToFileURL(resolve('kaputt.md')).href,
      key: 'kaputt',
      cacheDir,
    };
    await expect(renderInParallel([jobs[0]!, broken], 2)).rejects.toThrow(/kaputt\.md/);
    expect(readRendered('kaputt', cacheDir)).toBeUndefined();
  });
});

// The pool's workers start and load the pipeline, as above.
describe('where the articles are rendered', { timeout: 60_000 }, () => {
  it('on the pool from POOL_THRESHOLD articles, or from the number the environment gives', () => {
    expect(poolThreshold({})).toBe(POOL_THRESHOLD);
    expect(poolThreshold({ [RENDER_POOL_VARIABLE]: '' })).toBe(POOL_THRESHOLD);
    expect(poolThreshold({ [RENDER_POOL_VARIABLE]: ' ' })).toBe(POOL_THRESHOLD);
    expect(poolThreshold({ [RENDER_POOL_VARIABLE]: '1' })).toBe(1);
    expect(poolThreshold({ [RENDER_POOL_VARIABLE]: '5000' })).toBe(5000);
    for (const wrong of ['0', '-3', '2.5', 'viele', '1e400'])
      expect(() => poolThreshold({ [RENDER_POOL_VARIABLE]: wrong }), wrong).toThrow(
        `${RENDER_POOL_VARIABLE} must be a whole number of articles, 1 or more, not "${wrong}"`,
      );
  });

  it('on the pool when told to from one article on, else on this thread below the threshold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-where-'));
    try {
      const two = jobsOf('tests/fixtures/archive/articles')
        .slice(0, 2)
        .map((job) => ({ ...job, cacheDir: dir }));
      const expected = await Promise.all(two.map((job) => renderArticle(job.text, new URL(job.fileURL))));
      expect(await renderArticles(two, 2)).toBe(0);
      expect(two.map((job) => readRendered(job.key, dir))).toEqual(expected);
      rmSync(dir, { recursive: true });
      process.env[RENDER_POOL_VARIABLE] = '1';
      expect(await renderArticles(two, 2)).toBe(2);
      expect(two.map((job) => readRendered(job.key, dir))).toEqual(expected);
    } finally {
      delete process.env[RENDER_POOL_VARIABLE];
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('renderAll and renderedArticle', () => {
  it('render what has no whole kept rendering: a new file, a changed one, one whose rendering was damaged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-all-'));
    try {
      const articles = jobsOf('tests/fixtures/archive/articles')
        .slice(0, 3)
        .map((job) => ({ file: new URL(job.fileURL).pathname, text: job.text }));
      const first = await renderAll(articles, dir);
      expect(first.rendered).toBe(3);
      expect(new Set(readdirSync(dir))).toEqual(new Set(first.keys.map((key) => `${key}.json`)));
      const kept = join(dir, `${first.keys[0]}.json`);
      const whole = readFileSync(kept, 'utf8');
      expect(await renderAll(articles, dir)).toEqual({ keys: first.keys, rendered: 0, threads: 0 });
      // A truncated rendering is rendered again by the workers' code on this thread, and whole again.
      writeFileSync(kept, whole.slice(0, whole.length >> 1));
      expect(await renderAll(articles, dir)).toEqual({ keys: first.keys, rendered: 1, threads: 0 });
      expect(readFileSync(kept, 'utf8')).toBe(whole);
      // Gone between the loader and the page: the page renders it from its file, as the workers do, under its key.
      rmSync(kept);
      expect(await renderedArticle(first.keys[0]!, articles[0]!.file, dir)).toEqual(JSON.parse(whole));
      expect(readFileSync(kept, 'utf8')).toBe(whole);
      // A file that changed has a new key and is rendered.
      const changed = [{ ...articles[1]!, text: `${articles[1]!.text}\nNoch ein Satz.\n` }];
      expect((await renderAll(changed, dir)).rendered).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stop the page of a file changed since its key was made, and keep nothing under that key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-all-'));
    try {
      const source = 'tests/fixtures/archive/articles/putin-und-kim-freunde-in-not.md';
      const file = join(dir, 'artikel.md');
      writeFileSync(file, readFileSync(source, 'utf8'));
      const { keys } = await renderAll([{ file, text: readFileSync(file, 'utf8') }], dir);
      rmSync(join(dir, `${keys[0]}.json`));
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nEin Satz, der während des Baus dazukam.\n`);
      await expect(renderedArticle(keys[0]!, file, dir)).rejects.toThrow(
        `${file} changed while the site was built; build again to publish its new text.`,
      );
      expect(readRendered(keys[0]!, dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

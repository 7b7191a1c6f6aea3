import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderArticle } from './render-article.ts';
import { renderInParallel, type MarkdownJob } from './render-pool.ts';

const jobsOf = (dir: string): MarkdownJob[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ text: readFileSync(join(dir, name), 'utf8'), fileURL: pathToFileURL(resolve(dir, name)).href }));

// Worker threads start and load the pipeline (about a second each), longer on a busy machine.
describe('the Markdown pool', { timeout: 60_000 }, () => {
  const jobs = [...jobsOf('tests/fixtures/archive/articles'), ...jobsOf('tests/fixtures/hostile')];

  it('renders on worker threads exactly what the renderer gives on this thread, in the order of the jobs', async () => {
    const expected = await Promise.all(jobs.map((job) => renderArticle(job.text, new URL(job.fileURL))));
    const rendered = await renderInParallel(jobs, 2);
    expect(rendered).toEqual(expected);
    // The hostile fixture's script is gone in both (the pipeline's sanitizer ran in the workers).
    expect(rendered.map((r) => r.html).join('')).not.toMatch(/<script/i);
    expect(rendered[0]?.readingMinutes).toBeGreaterThan(0);
  });

  it("rejects with the renderer's message, naming the file, when an article cannot be rendered", async () => {
    const broken = { text: '---\ntitle: [unclosed\n---\nText', fileURL: pathToFileURL(resolve('kaputt.md')).href };
    await expect(renderInParallel([jobs[0]!, broken], 2)).rejects.toThrow(/kaputt\.md/);
  });
});

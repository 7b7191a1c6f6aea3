import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownPipeline } from './pipeline.ts';
import { renderInParallel, type MarkdownJob, type RendererSettings } from './render-pool.ts';

// astro.config.mjs's settings as Astro resolves them: no highlighting, GFM and SmartyPants on (the pipeline turns SmartyPants off).
const settings: RendererSettings = { syntaxHighlight: false, gfm: true, smartypants: {}, image: { domains: [], remotePatterns: [] } };

const jobsOf = (dir: string): MarkdownJob[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ text: readFileSync(join(dir, name), 'utf8'), fileURL: pathToFileURL(resolve(dir, name)).href }));

/** What Astro's content layer returns for the same file (astro/dist/content/content-layer.js, processMarkdown). */
async function renderLikeAstro(job: MarkdownJob) {
  const renderer = await unified(markdownPipeline).createRenderer(settings);
  const { frontmatter, content } = parseFrontmatter(job.text);
  const { code, metadata } = await renderer.render(content, { frontmatter, fileURL: new URL(job.fileURL) });
  return { html: code, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } };
}

// Worker threads start and load the pipeline (about a second each), longer on a busy machine.
describe('the Markdown pool', { timeout: 60_000 }, () => {
  it("renders with the pipeline astro.config.mjs hands Astro (the workers import it themselves)", async () => {
    const { default: config } = await import('../../astro.config.mjs');
    const processor = config.markdown?.processor as ReturnType<typeof unified>;
    expect(processor.options.remarkPlugins).toEqual(markdownPipeline.remarkPlugins);
    expect(processor.options.rehypePlugins).toEqual(markdownPipeline.rehypePlugins);
    expect(processor.options.smartypants).toBe(markdownPipeline.smartypants);
  });

  const jobs = [...jobsOf('tests/fixtures/archive/articles'), ...jobsOf('content/articles'), ...jobsOf('tests/fixtures/hostile')];

  it('renders on worker threads exactly what Astro renders on its own thread, in the order of the jobs', async () => {
    const expected = await Promise.all(jobs.map(renderLikeAstro));
    const rendered = await renderInParallel(jobs, settings, 2);
    expect(rendered).toEqual(expected);
    // The hostile fixture's script is gone in both (the pipeline's sanitizer ran in the workers).
    expect(rendered.map((r) => r.html).join('')).not.toMatch(/<script/i);
    expect(rendered[0]?.metadata?.frontmatter).toHaveProperty('readingMinutes');
  });

  it('rejects with the renderer\'s message, naming the file, when an article cannot be rendered', async () => {
    const broken = { text: '---\ntitle: [unclosed\n---\nText', fileURL: pathToFileURL(resolve('kaputt.md')).href };
    await expect(renderInParallel([jobs[0]!, broken], settings, 2)).rejects.toThrow(/kaputt\.md|unclosed|YAML|flow/i);
  });
});

/**
 * A worker thread of the Markdown pool (render-pool.ts): renders articles
 * with the site's pipeline exactly as Astro's content layer does
 * (astro/dist/content/content-layer.js, processMarkdown): the frontmatter
 * parsed off, the body rendered by the unified processor with the build's
 * Markdown settings.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { markdownPipeline } from './pipeline.ts';
import type { MarkdownJob, MarkdownReply, RendererSettings } from './render-pool.ts';

const port = parentPort!;
const renderer = await unified(markdownPipeline).createRenderer(workerData as RendererSettings);

port.on('message', async ({ index, text, fileURL }: MarkdownJob & { index: number }) => {
  let reply: MarkdownReply;
  try {
    const { frontmatter, content } = parseFrontmatter(text);
    const { code, metadata } = await renderer.render(content, { frontmatter, fileURL: new URL(fileURL) });
    reply = { index, rendered: { html: code, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } } };
  } catch (error) {
    reply = { index, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });

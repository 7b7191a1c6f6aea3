import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroConfig } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import type { unified } from '@astrojs/markdown-remark';

type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** One article to render: its whole file (frontmatter and Markdown) and where it lives. */
export interface MarkdownJob {
  text: string;
  /** The file's URL as a string (what Astro passes as `fileURL`). */
  fileURL: string;
}

export type { RenderedContent };

/** What a worker sends back for a job. */
export type MarkdownReply = { index: number; rendered: RenderedContent } | { index: number; error: string };

/** The build's Markdown settings a renderer takes besides the pipeline, as Astro's content layer passes them. */
export type RendererSettings = Parameters<ReturnType<typeof unified>['createRenderer']>[0];

export function rendererSettings(config: AstroConfig): RendererSettings {
  const { syntaxHighlight, shikiConfig, gfm, smartypants } = config.markdown;
  // Only what the renderer reads of the image settings (remote image addresses), so that it can go to a worker.
  const image = { domains: config.image.domains, remotePatterns: config.image.remotePatterns };
  return { syntaxHighlight, shikiConfig, gfm, smartypants, image } as RendererSettings;
}

/**
 * Below this many articles the pool is not worth its start (each worker
 * loads the unified pipeline, about half a second): they are rendered on the
 * loader's own thread.
 */
export const POOL_THRESHOLD = 200;

/**
 * Renders many articles at once on worker threads, one per core: Astro's
 * content layer renders one after the other on its one thread, which at
 * 10,000 articles was 20 s of the build. Each worker renders with the
 * site's pipeline (render-worker.ts) what Astro's renderMarkdown would; the
 * results come back in the order of the jobs. A failure rejects with the
 * renderer's message, which names the file. The workers import
 * src/markdown/pipeline.ts themselves (plugins cannot be sent to a thread):
 * astro.config.mjs must hand Astro that same pipeline, `unified(markdownPipeline)`,
 * and render-pool.test.ts compares the two renderers' output.
 */
export async function renderInParallel(jobs: MarkdownJob[], settings: RendererSettings, workers = availableParallelism()): Promise<RenderedContent[]> {
  const results = new Array<RenderedContent>(jobs.length);
  let next = 0;
  const pool = Array.from({ length: Math.max(1, Math.min(workers, jobs.length)) }, () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: settings }));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            const send = () => {
              if (next >= jobs.length) return done();
              const index = next++;
              worker.postMessage({ index, ...jobs[index] });
            };
            worker.on('message', (reply: MarkdownReply | { ready: true }) => {
              if ('ready' in reply) return send();
              if ('error' in reply) return fail(new Error(reply.error));
              results[reply.index] = reply.rendered;
              send();
            });
            worker.on('error', fail);
            worker.on('exit', (code) => (code === 0 ? done() : fail(new Error(`a Markdown worker stopped with code ${code}`))));
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}

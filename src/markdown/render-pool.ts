import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderArticle, type RenderedArticle } from './render-article.ts';

/** One article to render: its whole file (frontmatter and Markdown) and where it lives. */
export interface MarkdownJob {
  text: string;
  /** The file's URL as a string (a URL cannot go to a thread). */
  fileURL: string;
}

/** What a worker sends back for a job. */
export type MarkdownReply = { index: number; rendered: RenderedArticle } | { index: number; error: string };

/**
 * Below this many articles the pool is not worth its start (each worker
 * loads the unified pipeline, about half a second): they are rendered on the
 * loader's own thread.
 */
export const POOL_THRESHOLD = 200;

/**
 * Renders articles with render-article.ts: many at once on worker threads,
 * one per core (one thread took 20 s of the build at 10,000 articles), a
 * few on this thread. The results come back in the order of the jobs. A
 * failure rejects with the renderer's message, which names the file.
 */
export async function renderArticles(
  jobs: MarkdownJob[],
  workers = availableParallelism(),
): Promise<RenderedArticle[]> {
  if (jobs.length < POOL_THRESHOLD)
    return Promise.all(jobs.map((job) => renderArticle(job.text, new URL(job.fileURL))));
  return renderInParallel(jobs, workers);
}

/** Renders on worker threads (render-worker.ts), whatever the number of jobs. */
export async function renderInParallel(
  jobs: MarkdownJob[],
  workers = availableParallelism(),
): Promise<RenderedArticle[]> {
  const results = new Array<RenderedArticle>(jobs.length);
  let next = 0;
  const pool = Array.from(
    { length: Math.max(1, Math.min(workers, jobs.length)) },
    () => new Worker(new URL('./render-worker.ts', import.meta.url)),
  );
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
            worker.on('exit', (code) =>
              code === 0 ? done() : fail(new Error(`a Markdown worker stopped with code ${code}`)),
            );
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}

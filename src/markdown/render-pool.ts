import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { poolThreshold } from './pool-threshold.ts';
import { renderArticle } from './render-article.ts';
import { writeRendered } from './render-cache.ts';

/** One article to render: its whole file (frontmatter and Markdown), where it lives, and where its rendering is kept. */
export interface MarkdownJob {
  text: string;
  /** The file's URL as a string (a URL cannot go to a thread). */
  fileURL: string;
  /** The rendering's key and the folder it is kept in (render-cache.ts). */
  key: string;
  cacheDir: string;
}

/** What a worker sends back for a job: done (the rendering is kept under its key), or why it failed. */
export type MarkdownReply = { index: number } | { index: number; error: string };

/** Renders one job and keeps its rendering: the same on a worker and on this thread. */
export async function renderAndKeep({ text, fileURL, key, cacheDir }: MarkdownJob): Promise<void> {
  writeRendered(key, await renderArticle(text, new URL(fileURL)), cacheDir);
}

/**
 * Renders articles with render-article.ts and keeps each rendering under its
 * key (render-cache.ts): many at once on worker threads, one per core (one
 * thread took 20 s of the build at 10,000 articles), fewer on this thread.
 * A failure rejects with the renderer's message, which names the file.
 * Resolves to the number of worker threads that rendered (0: this thread).
 */
export async function renderArticles(jobs: MarkdownJob[], workers = availableParallelism()): Promise<number> {
  if (jobs.length >= poolThreshold()) return renderInParallel(jobs, workers);
  await Promise.all(jobs.map(renderAndKeep));
  return 0;
}

/**
 * Jobs a worker holds at once: the next one waits in its queue while it
 * renders one, so that it never waits for this thread between two.
 */
const IN_FLIGHT = 2;

/**
 * Renders on worker threads (render-worker.ts), whatever the number of jobs,
 * and resolves to the number of threads.
 * Each worker writes its renderings itself: they never cross back to this
 * thread (at 10,000 articles their writing here took 2 s after the last one).
 */
export async function renderInParallel(jobs: MarkdownJob[], workers = availableParallelism()): Promise<number> {
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
            let held = 0;
            const send = () => {
              while (held < IN_FLIGHT && next < jobs.length) {
                const index = next++;
                held++;
                worker.postMessage({ index, ...jobs[index] });
              }
              if (held === 0) done();
            };
            worker.on('message', (reply: MarkdownReply | { ready: true }) => {
              if ('ready' in reply) return send();
              if ('error' in reply) return fail(new Error(reply.error));
              held--;
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
  return pool.length;
}

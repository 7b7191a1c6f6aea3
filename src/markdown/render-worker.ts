/**
 * A worker thread of the Markdown pool (render-pool.ts): renders the
 * articles it is sent with the one renderer of the archive (render-article.ts)
 * and keeps each rendering under its key.
 */
import { parentPort } from 'node:worker_threads';
import { renderAndKeep, type MarkdownJob, type MarkdownReply } from './render-pool.ts';

const port = parentPort!;

/** The reply to one job: done, or why it failed (a failed article is an answer, not the worker's end). */
async function replyTo(job: MarkdownJob & { index: number }): Promise<MarkdownReply> {
  try {
    await renderAndKeep(job);
    return { index: job.index };
  } catch (error) {
    return { index: job.index, error: error instanceof Error ? error.message : String(error) };
  }
}

// A reply that cannot be posted ends the worker as an uncaught error, and the pool hears of it.
port.on(
  'message',
  (job: MarkdownJob & { index: number }) => void replyTo(job).then((reply) => port.postMessage(reply)),
);
port.postMessage({ ready: true });

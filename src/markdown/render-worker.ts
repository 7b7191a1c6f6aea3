/**
 * A worker thread of the Markdown pool (render-pool.ts): renders the
 * articles it is sent with the one renderer of the archive (render-article.ts).
 */
import { parentPort } from 'node:worker_threads';
import { renderArticle } from './render-article.ts';
import type { MarkdownJob, MarkdownReply } from './render-pool.ts';

const port = parentPort!;

port.on('message', async ({ index, text, fileURL }: MarkdownJob & { index: number }) => {
  let reply: MarkdownReply;
  try {
    reply = { index, rendered: await renderArticle(text, new URL(fileURL)) };
  } catch (error) {
    reply = { index, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });

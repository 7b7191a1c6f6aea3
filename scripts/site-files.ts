import { closeSync, createReadStream, fstatSync, openSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join, relative } from 'node:path';
import { lookup } from 'mrmime';

/**
 * The files of the built site, looked up on disk at each request: never a
 * list, a size or an ETag taken when the server started. A rebuild swaps a
 * new dist/ in while the server runs; the next request sees the new files, a
 * new page is found, a removed one is a 404, and a file that goes away while
 * it is sent ends that one answer, never the server.
 */
export interface SiteFile {
  /** The file on disk. */
  file: string;
  stats: Stats;
}

/** The file a request path names inside `dir`: the file itself, or a folder's index.html; undefined for none or for a path outside. */
export function siteFile(dir: string, url: string): SiteFile | undefined {
  const queryAt = url.indexOf('?');
  let pathname: string;
  try {
    pathname = decodeURIComponent(queryAt < 0 ? url : url.slice(0, queryAt));
  } catch {
    return undefined; // not a path of the site ("%E0%A4")
  }
  const inside = relative(dir, join(dir, pathname));
  if (inside.startsWith('..') || isAbsolute(inside) || inside.includes('\0')) return undefined;
  let file = join(dir, inside);
  let stats = statSync(file, { throwIfNoEntry: false });
  if (stats?.isDirectory()) {
    file = join(file, 'index.html');
    stats = statSync(file, { throwIfNoEntry: false });
  }
  return stats?.isFile() ? { file, stats } : undefined;
}

/** The content type of a file by its name, as static hosts send it (HTML with its charset). */
export function contentType(file: string): string {
  const type = lookup(file) ?? 'application/octet-stream';
  return type === 'text/html' ? 'text/html;charset=utf-8' : type;
}

/** An ETag of the file as it is now on disk: its size and time, so a rebuilt file never keeps an old one. */
export function etagOf(stats: Stats): string {
  return `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
}

/**
 * Sends a file: 304 when the client has this version, the body otherwise
 * (none for HEAD). The file is opened first and its size and ETag taken
 * from the open file, so a rebuild between the lookup and the read never
 * mixes one version's length with another's body. If the file is gone by
 * then, `missing` answers instead; a read that fails midway closes the
 * connection, so no client takes a truncated body for a whole one.
 */
export function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  { file }: SiteFile,
  missing: () => void,
): void {
  let fd: number;
  let stats: Stats;
  try {
    fd = openSync(file, 'r');
    stats = fstatSync(fd);
  } catch {
    missing();
    return;
  }
  const etag = etagOf(stats);
  response.setHeader('ETag', etag);
  response.setHeader('Last-Modified', stats.mtime.toUTCString());
  if (!response.hasHeader('Content-Type')) response.setHeader('Content-Type', contentType(file));
  if (request.headers['if-none-match'] === etag || request.method === 'HEAD') {
    closeSync(fd);
    if (request.method === 'HEAD') response.setHeader('Content-Length', stats.size);
    response.writeHead(request.method === 'HEAD' ? 200 : 304);
    response.end();
    return;
  }
  response.setHeader('Content-Length', stats.size);
  response.writeHead(200);
  const stream = createReadStream('', { fd, autoClose: true });
  stream.once('error', () => response.destroy());
  stream.pipe(response);
}

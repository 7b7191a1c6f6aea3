/**
 * The peer of `npm run bench -- --peer <dir>`: a copy of Astro's blog
 * template (or a site laid out like it) in a temporary folder, with its own
 * `npm install`, set up for search the way Pagefind's documentation tells its
 * users: `pagefind --site dist` after `astro build`, `data-pagefind-body` on
 * the post, and Pagefind's default UI on a page (/search/). Its posts are the
 * archive's articles (peer-post.ts). Built with the bench's own Node (Astro 7
 * needs Node 22.12 or later) and the archive's Pagefind binary, so both sides
 * index with the same Pagefind.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { packageBin } from '../scripts/package-bin.ts';
import { BUILD_CACHES } from './archive-build.ts';
import { measuredProcess } from './measured-process.ts';
import { PHASE_MARKS, phasesOf } from './build-phases.ts';
import type { BuildMeasure } from './build-phases.ts';
import { peerPost } from './peer-post.ts';

const POSTS = 'src/content/blog';
const PAGEFIND = packageBin('pagefind');

/** Pagefind's default UI as its documentation shows it, on a page of the template. */
const SEARCH_PAGE = `---
import BaseHead from '../components/BaseHead.astro';
import Footer from '../components/Footer.astro';
import Header from '../components/Header.astro';
---

<!doctype html>
<html lang="en">
	<head>
		<BaseHead title="Search" description="Search the posts" />
		<link href="/pagefind/pagefind-ui.css" rel="stylesheet" />
		<script is:inline src="/pagefind/pagefind-ui.js"></script>
	</head>
	<body>
		<Header />
		<main>
			<div id="search"></div>
		</main>
		<Footer />
		<script is:inline>
			window.addEventListener('DOMContentLoaded', () => {
				new PagefindUI({ element: '#search', showSubResults: true });
			});
		</script>
	</body>
</html>
`;

/** Replaces `from` in a file of the copy, or says which part of the template has changed. */
function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`the peer's ${file} has no "${from}": is it Astro's blog template?`);
  writeFileSync(path, text.replace(from, to));
}

export interface PeerSite {
  root: string;
  /** "astro 7.3.5, @astrojs/mdx 7.0.7, …": what its install brought. */
  versions: string;
  remove(): void;
}

function installedVersions(root: string): string {
  const { dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(dependencies)
    .map(
      (name) =>
        `${name} ${(JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}`,
    )
    .join(', ');
}

/** Copies the template (not its node_modules or output), installs it, and sets up its search and its schema's tags. */
export function preparePeer(template: string): PeerSite {
  const source = resolve(template);
  const root = mkdtempSync(join(tmpdir(), 'peer-site-'));
  const skipped = new Set(['node_modules', 'dist', '.astro', '.git']);
  cpSync(source, root, { recursive: true, filter: (path) => path === source || !skipped.has(basename(path)) });
  console.error(`Installing the peer (${source}) in ${root} …`);
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, encoding: 'utf8' });
  if (install.status !== 0)
    throw new Error(`npm install failed for the peer in ${root}:\n${install.stderr.slice(-3000)}`);
  edit(
    root,
    'src/content.config.ts',
    'heroImage: z.optional(image()),',
    'heroImage: z.optional(image()),\n\t\t\ttags: z.array(z.string()).optional(),',
  );
  edit(root, 'src/layouts/BlogPost.astro', '<article>', '<article data-pagefind-body>');
  writeFileSync(join(root, 'src/pages/search.astro'), SEARCH_PAGE);
  return { root, versions: installedVersions(root), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Replaces the peer's posts with the articles in `articleDir`; returns how many it wrote. */
export function writePeerPosts(root: string, articleDir: string): number {
  rmSync(join(root, POSTS), { recursive: true, force: true });
  mkdirSync(join(root, POSTS), { recursive: true });
  let written = 0;
  for (const name of readdirSync(articleDir).filter((name) => name.endsWith('.md'))) {
    if (writePeerPost(root, name, readFileSync(join(articleDir, name), 'utf8'))) written++;
  }
  return written;
}

/** An article file's text `article` as the post `name` (drafts left out, as the archive leaves them out); its path, if written. */
export function writePeerPost(root: string, name: string, article: string): string | undefined {
  const post = peerPost(article, name);
  if (post === undefined) return undefined;
  const path = join(root, POSTS, name);
  writeFileSync(path, post);
  return path;
}

/** The version of the archive's Pagefind, which indexes both sides. */
export const pagefindVersion = () =>
  (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string })
    .version;

/** The template has no 404 page, which the archive's server (scripts/serve.ts) needs to start: a plain one. */
export function addNotFoundPage(dist: string): void {
  if (!existsSync(join(dist, '404.html')))
    writeFileSync(join(dist, '404.html'), '<!doctype html><title>Not found</title><h1>Not found</h1>\n');
}

/**
 * `astro build`, then `pagefind --site dist`, one after the other as a
 * peer's build script runs them: wall time over both, peak the larger one's.
 */
export async function peerBuild(root: string, { keepCaches = false } = {}): Promise<BuildMeasure> {
  if (!keepCaches) for (const cache of BUILD_CACHES) rmSync(join(root, cache), { recursive: true, force: true });
  const marks = new Map<string, number>();
  const astro = await measuredProcess(root, ['node_modules/astro/bin/astro.mjs', 'build'], (output, now) => {
    for (const mark of PHASE_MARKS) if (!marks.has(mark) && output.includes(mark)) marks.set(mark, now);
  });
  const pagefind = await measuredProcess(root, [PAGEFIND, '--site', 'dist']);
  return {
    seconds: astro.seconds + pagefind.seconds,
    peakBytes: Math.max(astro.peakBytes, pagefind.peakBytes),
    phases: phasesOf(marks, astro.seconds, pagefind.seconds),
  };
}

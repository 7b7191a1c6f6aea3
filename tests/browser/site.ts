import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { launchChromium } from '../support/chromium.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';
import { writeTestArticle, type TestArticle } from '../support/test-article.ts';

/**
 * Which built site a test reads: `fixture`, the fixed archive of five known
 * articles (tests/fixtures/archive, built once per run by
 * fixture-site.setup.ts), for tests that name articles, results or counts;
 * `content`, the real archive in dist/ (`npm run build`), for tests about the
 * real content as such, whatever articles it holds.
 */
export type Archive = 'fixture' | 'content';

/** The folder of a built site. */
export function builtSite(archive: Archive): string {
  return archive === 'fixture' ? inject('fixtureSite') : 'dist';
}

/** A built site, served as a static host serves it, and a browser to read it with. */
export interface Site {
  browser: Browser;
  server: RunningServer;
  /** An absolute URL for a path on the site. */
  url(path: string): string;
  close(): Promise<void>;
}

export function openSite(archive: Archive): Promise<Site> {
  return serveSite(builtSite(archive));
}

/** The built site in `root`, served, with a browser. */
async function serveSite(root: string): Promise<Site> {
  const server = await startServer({ root, port: 0 });
  const browser = await launchChromium();
  return {
    browser,
    server,
    url: (path) => new URL(path, server.url).href,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The fixture archive with `articles` beside it, built in a copy of the site
 * (the whole build, search index included; `env` for its settings), served
 * as a static host serves it, with a browser. `remove` deletes the copy.
 */
export async function openSiteWith(
  articles: readonly TestArticle[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Site & { remove: () => void }> {
  const copy = temporarySite({ content: FIXTURE_ARCHIVE });
  try {
    for (const article of articles) writeTestArticle(copy.root, article);
    const build = await siteBuild(copy.root, env);
    if (build.code !== 0) throw new Error(build.output);
    return { ...(await serveSite(join(copy.root, 'dist'))), remove: copy.remove };
  } catch (error) {
    copy.remove();
    throw error;
  }
}

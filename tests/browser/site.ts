import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { launchChromium } from '../support/chromium.ts';

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

export async function openSite(archive: Archive): Promise<Site> {
  const server = await startServer({ root: builtSite(archive), port: 0 });
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

import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { launchChromium } from '../support/chromium.ts';

/** The built site in dist/, served as a static host serves it, and a browser to read it with. */
export interface Site {
  browser: Browser;
  server: RunningServer;
  /** An absolute URL for a path on the site. */
  url(path: string): string;
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  const server = await startServer({ port: 0 });
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

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// A real headless Chromium: $CHROME_PATH, else a system Chromium or Chrome,
// else the one the npm package @sparticuz/chromium ships (no download needed).
const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// Flags that would change what the tests observe: --single-process makes
// closing one page end the browser; the others switch off web security.
const UNWANTED_FLAGS = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

// This machine has no network but loopback: keep Chromium from calling home.
const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium binary to use and the flags it needs here. */
export async function chromiumExecutable(): Promise<{ path: string; args: string[] }> {
  const systemPath = process.env.CHROME_PATH || SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (systemPath) return { path: systemPath, args: ['--no-sandbox', '--disable-gpu', ...QUIET_FLAGS] };
  const { default: packaged } = await import('@sparticuz/chromium');
  return {
    path: await packaged.executablePath(),
    args: [...packaged.args.filter((flag) => !UNWANTED_FLAGS.has(flag)), ...QUIET_FLAGS],
  };
}

export async function launchChromium(): Promise<Browser> {
  const { path, args } = await chromiumExecutable();
  return chromium.launch({ executablePath: path, args });
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { launchChromium } from '../support/chromium.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';

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

/** A test article of its own, beside the fixture archive: its file name, its text and its capture's id and text. */
export interface TestArticle {
  file: string;
  text: string;
  capture: string;
  captureText: string;
}

/**
 * A test article dated `date` (YYYY-MM-DD), tagged "sanktionen", with the
 * capture the content check holds its edition to (headline, lead, body).
 */
export function testArticle({
  file,
  title,
  date,
  capture,
  body,
}: {
  file: string;
  title: string;
  date: string;
  capture: string;
  body: string;
}): TestArticle {
  const text = `---
title: { text: "${title}", editorial: false }
teaser: { text: "Eine Testmeldung.", editorial: false }
date: { kind: published, basis: printed, value: "${date}" }
source: { publication: unstated }
translation: false
provenance: { capture: "${capture}" }
tags: [sanktionen]
---

${body}
`;
  return { file, text, capture, captureText: `${title}\nEine Testmeldung.\n\n${body}\n` };
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
    for (const article of articles) {
      writeFileSync(join(copy.root, 'content/articles', article.file), article.text);
      writeFileSync(join(copy.root, 'content/captures', `${article.capture}.txt`), article.captureText);
    }
    const build = await siteBuild(copy.root, env);
    if (build.code !== 0) throw new Error(build.output);
    return { ...(await serveSite(join(copy.root, 'dist'))), remove: copy.remove };
  } catch (error) {
    copy.remove();
    throw error;
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { packageBin } from '../../scripts/package-bin.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { temporarySite } from '../support/temporary-site.ts';

/**
 * `npm run dev` as an editor uses it: an article page as the build shows it,
 * a mistake shown on every page (Astro's error overlay) until it is fixed, a
 * new tag file usable without a restart, a draft shown as a draft.
 */
const site = temporarySite({ content: FIXTURE_ARCHIVE });
const ARTICLE = 'content/articles/putin-und-kim-freunde-in-not.md';
const PAGE = '/artikel/putin-und-kim-freunde-in-not/';
let server: ChildProcess;
let base: string;
let output = '';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(path, base));
  return { status: response.status, text: await response.text() };
}

/** Waits until the dev server answers as `expected` says (it reloads content in the background). */
const until = (expected: () => Promise<boolean>) =>
  vi.waitFor(async () => expect(await expected(), output.slice(-3000)).toBe(true), { timeout: 60_000, interval: 250 });

beforeAll(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  // Free of the environment of the Vitest run (as an editor's shell is).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'),
  );
  server = spawn(process.execPath, [packageBin('astro'), 'dev', '--port', String(port)], { cwd: site.root, env });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until(async () => (await get('/').catch(() => ({ status: 0 }))).status === 200).catch((error: unknown) => {
    throw new Error(`npm run dev did not serve the home page:\n${output}`, { cause: error });
  });
}, 90_000);

afterAll(() => {
  server.kill();
  site.remove();
});

describe('npm run dev', { timeout: 90_000 }, () => {
  it('shows an article page with its text', async () => {
    const page = await get(PAGE);
    expect(page.status, output).toBe(200);
    expect(page.text).toMatch(/<dt>Lesezeit<\/dt><dd>\d+ Min\.<\/dd>/);
  });

  it("serves an article's permanent address (a build writes these after Astro's pages; dev has them at /a/<id>/index.html)", async () => {
    const capture = /^ {2}capture: "?([^"\s]+)/m.exec(readFileSync(join(site.root, ARTICLE), 'utf8'))?.[1];
    const redirect = await get(`/a/${capture}/index.html`);
    expect(redirect.status, output).toBe(200);
    expect(redirect.text).toContain(`<meta http-equiv="refresh" content="0; url=${PAGE}">`);
  });

  it('shows a mistake on every page until it is fixed, and a new tag file is usable at once', async () => {
    const file = join(site.root, ARTICLE);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^tags: \[/m, 'tags: [gipfeltreffen, '));
    await until(async () => /tags\.0: unknown tag "gipfeltreffen"/.test(output));
    await until(async () => (await get('/')).status === 500);
    expect((await get('/')).text).toContain('<title>ContentError</title>');

    writeFileSync(
      join(site.root, 'content/tags/gipfeltreffen.yaml'),
      'label: Gipfeltreffen\ndescription: Treffen von Staats- und Regierungschefs.\nkind: thema\n',
    );
    await until(async () => (await get(PAGE)).text.includes('Gipfeltreffen'));
    expect((await get('/')).status).toBe(200);
  });

  it('shows a draft, marked as one', async () => {
    const file = join(site.root, ARTICLE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
    await until(async () => (await get(PAGE)).text.includes('mark--draft'));
  });
});

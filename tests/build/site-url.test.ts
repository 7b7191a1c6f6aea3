import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';

/**
 * The one setting an operator makes before publishing (docs/operators.md, "Building for publishing"):
 * with ARCHIV_URL, no built file names the local address; without it, the
 * build says so.
 */
const URL = 'https://archiv.example.org';
const sites: ReturnType<typeof temporarySite>[] = [];
afterAll(() => sites.forEach((site) => site.remove()));

/** The text files of a built site (pages, feeds, sitemap, robots.txt), by path. */
function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : textFiles(path);
    return /\.(html|xml|txt|json)$/.test(name) ? [path] : [];
  });
}

async function build(env: NodeJS.ProcessEnv, args: string[] = []) {
  const site = temporarySite({ content: FIXTURE_ARCHIVE });
  sites.push(site);
  const { code, output } = await siteBuild(site.root, env, args);
  expect(code, output).toBe(0);
  return { dist: join(site.root, 'dist'), output };
}

describe('the site URL', () => {
  it('with ARCHIV_URL, built for publishing: every canonical link, feed, sitemap and robots.txt names it, none the local address', async () => {
    const { dist, output } = await build({ ...process.env, ARCHIV_URL: URL }, ['--publish']);
    expect(output).not.toContain('ARCHIV_URL is not set');
    const local = textFiles(dist).filter((file) => /localhost|127\.0\.0\.1/.test(readFileSync(file, 'utf8')));
    expect(local).toEqual([]);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${URL}/">`);
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain(`<link>${URL}/</link>`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${URL}/sitemap-index.xml`);
  });

  it('without it: the build says that the site names the local address, and how to set it', async () => {
    const env = { ...process.env };
    delete env.ARCHIV_URL;
    const { output } = await build(env);
    expect(output).toContain('note: ARCHIV_URL is not set');
    expect(output).toContain('ARCHIV_URL=https://<your domain> npm run build');
  });
});

import { join } from 'node:path';
import { siteBuild, temporarySite } from './temporary-site.ts';

/**
 * The fixed archive for tests that need known articles (exact search results,
 * counts, a given article's page): the five editions the archive began with,
 * their captures, tags, sources and varianten.yaml, frozen here so that
 * content/ can grow without a test noticing which articles it holds.
 */
export const FIXTURE_ARCHIVE = 'tests/fixtures/archive';

export interface BuiltFixtureSite {
  /** The built site, as `npm run build` leaves it: pages and search index. */
  dist: string;
  remove(): void;
}

/**
 * `npm run build` of a temporary copy of the project whose content/ is the
 * fixture archive; `env` adds to the build's environment (a shard size, to
 * build its search index in shards).
 */
export async function buildFixtureSite(env: NodeJS.ProcessEnv = {}): Promise<BuiltFixtureSite> {
  const site = temporarySite({ content: FIXTURE_ARCHIVE });
  const build = await siteBuild(site.root, { ...process.env, ...env });
  if (build.code !== 0) {
    site.remove();
    throw new Error(`The fixture archive (${FIXTURE_ARCHIVE}) did not build:\n${build.output}`);
  }
  return { dist: join(site.root, 'dist'), remove: site.remove };
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDER_POOL_VARIABLE } from '../../src/markdown/pool-threshold.ts';
import { SHARD_SIZE_VARIABLE } from '../../src/search/shard-plan.ts';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { siteBuild, temporarySite } from '../support/temporary-site.ts';

/**
 * A setting the build reads from the environment, when wrong, stops `npm run build` before it builds anything,
 * naming the setting: not after Astro's minute (the index's shard size) or inside Astro's articles loader (where the
 * articles are rendered).
 */
describe('a wrong setting in the environment', () => {
  it.each([
    [RENDER_POOL_VARIABLE, 'viele'],
    [SHARD_SIZE_VARIABLE, '0'],
  ])('%s=%s stops the build before Astro starts, naming it', async (name, value) => {
    const site = temporarySite({ content: FIXTURE_ARCHIVE });
    try {
      const { code, output } = await siteBuild(site.root, { ...process.env, [name]: value });
      expect(code, output).toBe(1);
      expect(output).toContain(`${name} must be a whole number of articles`);
      expect(output).toContain(`"${value}". Nothing was built.`);
      expect(output).not.toContain('[content]');
      expect(existsSync(join(site.root, 'dist'))).toBe(false);
    } finally {
      site.remove();
    }
  });
});

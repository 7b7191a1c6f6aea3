/**
 * Every other file (styles, scripts, fonts, images, Pagefind's script and
 * WebAssembly, robots.txt, other XML): the same paths with the same bytes.
 * Hashed asset names are paired by their name without the hash, and failing
 * that by equal content; a pair whose bytes are equal, or whose text is equal
 * once the asset names inside it are normalized, is a renaming, not a difference.
 */
import { createHash } from 'node:crypto';
import { normalizeAssetRefs } from './assets.ts';
import { indent, listed, type Section } from './section.ts';
import type { SiteFiles } from './site-files.ts';
import { shortDiff } from './text-diff.ts';

const TEXT = /\.(css|js|mjs|json|txt|svg|xml|webmanifest|map|html)$/;
const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export function compareFiles(before: SiteFiles, after: SiteFiles, isCompared: (path: string) => boolean): Section {
  const section: Section = { name: 'other files', summary: '', failures: 0, details: [], notes: [] };
  const byName = (site: SiteFiles) =>
    new Map(site.paths.filter(isCompared).map((path) => [normalizeAssetRefs(`/${path}`).slice(1), path]));
  const [namesBefore, namesAfter] = [byName(before), byName(after)];
  const pairs: [string, string][] = [];
  const unpairedBefore: string[] = [];
  for (const [name, path] of namesBefore) {
    const match = namesAfter.get(name);
    if (match === undefined) unpairedBefore.push(path);
    else {
      pairs.push([path, match]);
      namesAfter.delete(name);
    }
  }
  // Files renamed beyond their hash (a bundle named after another component): paired by equal content.
  const unpairedAfter = new Map([...namesAfter.values()].map((path) => [digest(after.read(path)), path]));
  const onlyBefore: string[] = [];
  for (const path of unpairedBefore) {
    const match = unpairedAfter.get(digest(before.read(path)));
    if (match === undefined) onlyBefore.push(path);
    else {
      pairs.push([path, match]);
      unpairedAfter.delete(digest(before.read(path)));
    }
  }
  const onlyAfter = [...unpairedAfter.values()];

  let same = 0;
  const renamed: string[] = [];
  for (const [pathBefore, pathAfter] of pairs) {
    const [bytesBefore, bytesAfter] = [before.read(pathBefore), after.read(pathAfter)];
    const textual = TEXT.test(pathBefore);
    const equal =
      bytesBefore.equals(bytesAfter) ||
      (textual && normalizeAssetRefs(bytesBefore.toString('utf8')) === normalizeAssetRefs(bytesAfter.toString('utf8')));
    if (equal && pathBefore === pathAfter && bytesBefore.equals(bytesAfter)) same++;
    else if (equal)
      renamed.push(
        pathBefore === pathAfter ? `${pathBefore} (asset names inside changed)` : `${pathBefore} → ${pathAfter}`,
      );
    else {
      section.failures++;
      const diff = textual
        ? shortDiff(bytesBefore.toString('utf8').split('\n'), bytesAfter.toString('utf8').split('\n'))
        : [`${bytesBefore.length} bytes → ${bytesAfter.length} bytes, different content`];
      section.details.push(
        [`/${pathBefore}${pathAfter === pathBefore ? '' : ` → /${pathAfter}`}`, ...indent(diff, '  ')].join('\n'),
      );
    }
  }
  section.failures += onlyBefore.length + onlyAfter.length;
  section.details.unshift(...listed('only before', onlyBefore), ...listed('only after', onlyAfter));
  if (renamed.length > 0) section.notes.push(...listed('asset names changed, same content', renamed));
  section.summary = `${pairs.length} in both (${same} same bytes, ${renamed.length} renamed with the same content), ${pairs.length - same - renamed.length} different, ${onlyBefore.length} only before, ${onlyAfter.length} only after`;
  return section;
}

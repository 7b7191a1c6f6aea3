/**
 * Pages and links: every HTML page of one build against the same path in the
 * other (see page-summary.ts for what counts), then every internal link of the
 * before site (href, src, srcset, action; with its #fragment) against the
 * files and element ids of the after site.
 */
import { normalizeAssetRefs } from './assets.ts';
import { assetNamesChanged, comparePageSummaries, summarizePage } from './page-summary.ts';
import { indent, listed, type Section } from './section.ts';
import type { SiteFiles } from './site-files.ts';
import { isHtml } from './site-files.ts';
import { splitKeys } from './text-diff.ts';

const DIFFERENCES_PER_PAGE = 3;

/** decodeURIComponent that leaves a malformed escape as it is instead of throwing. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The site's own origin: the canonical URL of its home page, else a stand-in for links without a host. */
export function siteOrigin(site: SiteFiles): string {
  if (!site.paths.includes('index.html')) return 'http://site.invalid';
  const canonical = /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(site.read('index.html').toString('utf8'))?.[1];
  return canonical ? new URL(canonical).origin : 'http://site.invalid';
}

/** The file a URL path is served from (`/a/` → `a/index.html`, `/a` → `a`, `a.html` or `a/index.html`), if the site has it. */
export function fileOfPath(
  pathname: string,
  files: ReadonlySet<string>,
  normalizedFiles: ReadonlySet<string>,
): string | undefined {
  const path = decoded(pathname).replace(/^\//, '');
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
  return candidates.find(
    (candidate) => files.has(candidate) || normalizedFiles.has(normalizeAssetRefs(`/${candidate}`)),
  );
}

interface LinkTarget {
  pathname: string;
  fragment: string;
  /** The pages of the before site that link there. */
  from: Set<string>;
}

/** `/page` or `3 pages, e.g. /page`, preferring a page other than the target itself (a lost page links to itself). */
function linkedFrom(target: LinkTarget): string {
  const pages = [...target.from];
  const example = pages.find((page) => `/${page}`.replace(/index\.html$/, '') !== target.pathname) ?? pages[0]!;
  return pages.length === 1 ? `/${example}` : `${pages.length} pages, e.g. /${example}`;
}

export function comparePagesAndLinks(before: SiteFiles, after: SiteFiles): Section[] {
  const origin = siteOrigin(before);
  const { onlyBefore, onlyAfter, both } = splitKeys(before.paths.filter(isHtml), after.paths.filter(isHtml));
  const pages: Section = {
    name: 'pages',
    summary: '',
    failures: onlyBefore.length + onlyAfter.length,
    details: [...listed('only before', onlyBefore), ...listed('only after', onlyAfter)],
    notes: [],
  };
  const idsBefore = new Map<string, Set<string>>();
  const idsAfter = new Map<string, Set<string>>();
  const targets = new Map<string, LinkTarget>();
  let references = 0;
  let different = 0;
  let renamed = 0;
  let markupOnly = 0;

  const collectLinks = (page: string, found: readonly string[]) => {
    for (const reference of found) {
      let url: URL;
      try {
        // The page's URL, not its file: `#top` on artikel/a/index.html is /artikel/a/#top.
        url = new URL(reference, `${origin}/${page.replace(/(^|\/)index\.html$/, '$1')}`);
      } catch {
        continue;
      }
      if (url.origin !== origin) continue;
      references++;
      const fragment = decoded(url.hash.slice(1));
      const key = `${url.pathname}${fragment ? `#${fragment}` : ''}`;
      const target = targets.get(key) ?? { pathname: url.pathname, fragment, from: new Set<string>() };
      target.from.add(page);
      targets.set(key, target);
    }
  };

  for (const path of onlyBefore) {
    const summary = summarizePage(before.read(path).toString('utf8'));
    idsBefore.set(path, new Set(summary.ids));
    collectLinks(path, summary.references);
  }
  for (const path of onlyAfter) idsAfter.set(path, new Set(summarizePage(after.read(path).toString('utf8')).ids));
  for (const path of both) {
    const rawBefore = before.read(path);
    const rawAfter = after.read(path);
    const summaryBefore = summarizePage(rawBefore.toString('utf8'));
    const summaryAfter = rawBefore.equals(rawAfter) ? summaryBefore : summarizePage(rawAfter.toString('utf8'));
    idsBefore.set(path, new Set(summaryBefore.ids));
    idsAfter.set(path, new Set(summaryAfter.ids));
    collectLinks(path, summaryBefore.references);
    if (summaryAfter === summaryBefore) continue;
    const differences = comparePageSummaries(summaryBefore, summaryAfter);
    if (differences.length > 0) {
      different++;
      const shown = differences
        .slice(0, DIFFERENCES_PER_PAGE)
        .flatMap(({ part, diff }) => [`  ${part}:`, ...indent(diff)]);
      const more =
        differences.length > DIFFERENCES_PER_PAGE
          ? [
              `  … also ${differences
                .slice(DIFFERENCES_PER_PAGE)
                .map(({ part }) => part)
                .join(', ')}`,
            ]
          : [];
      pages.details.push([`/${path}`, ...shown, ...more].join('\n'));
    } else if (assetNamesChanged(summaryBefore, summaryAfter)) renamed++;
    else markupOnly++;
  }
  pages.failures += different;
  pages.summary = `${both.length} in both, ${onlyBefore.length} only before, ${onlyAfter.length} only after, ${different} with different content`;
  if (renamed > 0)
    pages.notes.push(`${renamed} pages differ only in hashed asset names or CSP hashes (asset names changed)`);
  if (markupOnly > 0) pages.notes.push(`${markupOnly} pages differ only in whitespace between tags or attribute order`);

  const links: Section = { name: 'links', summary: '', failures: 0, details: [], notes: [] };
  const filesOf = (site: SiteFiles) => ({
    files: new Set(site.paths),
    normalized: new Set(site.paths.map((path) => normalizeAssetRefs(`/${path}`))),
  });
  const [beforeFiles, afterFiles] = [filesOf(before), filesOf(after)];
  const resolves = (
    target: LinkTarget,
    files: ReturnType<typeof filesOf>,
    ids: Map<string, Set<string>>,
  ): 'ok' | 'no file' | 'no anchor' => {
    const file = fileOfPath(target.pathname, files.files, files.normalized);
    if (file === undefined) return 'no file';
    if (target.fragment && isHtml(file) && !ids.get(file)?.has(target.fragment)) return 'no anchor';
    return 'ok';
  };
  let brokenBefore = 0;
  for (const [key, target] of targets) {
    const inAfter = resolves(target, afterFiles, idsAfter);
    if (inAfter === 'ok') continue;
    if (resolves(target, beforeFiles, idsBefore) !== 'ok') {
      brokenBefore++;
      links.notes.push(`already broken before: ${key} (linked from ${linkedFrom(target)})`);
      continue;
    }
    links.failures++;
    links.details.push(
      `${key}: ${inAfter === 'no file' ? 'no such file' : 'no element with this id'} after (linked from ${linkedFrom(target)})`,
    );
  }
  links.summary = `${references} internal links to ${targets.size} distinct targets in before; ${links.failures} do not resolve after${brokenBefore > 0 ? ` (${brokenBefore} already broken before)` : ''}`;
  return [pages, links];
}

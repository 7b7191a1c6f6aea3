import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RENDER_CACHE, readRendered } from '../src/markdown/render-cache.ts';
import type { PublishedArticle } from '../src/reader/published-articles.ts';
import { FileFacts, ownString, versionOf } from '../src/integrations/file-facts.ts';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: '\u00a0',
};
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]!);

/** What the check reads in an article page: its <title>, and the key of the rendering whose text it was found to hold. */
interface PageFacts {
  title: string;
  holds?: string;
}

/**
 * What is wrong with the article pages of a built site (`siteDir`, the
 * articles under `articleDir`) against the articles its content check
 * published: a page missing or left over, a page whose <title> does not
 * begin with its headline, a page without exactly the text its rendering
 * has (unless `text` is false). Empty when the pages are exactly the
 * published articles. A page unchanged since the last check (src/integrations/file-facts.ts)
 * is not read again: its title and the rendering it held are known.
 */
export function articlePageProblems(
  siteDir: string,
  articleDir: string,
  published: readonly PublishedArticle[],
  {
    renderCache = RENDER_CACHE,
    text = true,
    facts = new FileFacts<PageFacts>(
      'article-pages',
      `${versionOf(import.meta.url)} ${versionOf(new URL('../src/markdown/render-cache.ts', import.meta.url))}`,
    ),
  }: { renderCache?: string; text?: boolean; facts?: FileFacts<PageFacts> } = {},
): string[] {
  const folder = join(siteDir, articleDir);
  const built = new Set(
    existsSync(folder) ? readdirSync(folder).filter((name) => existsSync(join(folder, name, 'index.html'))) : [],
  );
  const problems: string[] = [];
  for (const article of published) {
    if (!built.delete(article.slug)) {
      problems.push(`${articleDir}/${article.slug}/: no page`);
      continue;
    }
    // The merge of a build in jobs has no renderings: each job checked the text of its own pages.
    const checksText = !article.withdrawn && text;
    const { title, holds } = facts.of(
      join(folder, article.slug, 'index.html'),
      () => {
        const page = readFileSync(join(folder, article.slug, 'index.html'), 'utf8');
        const read: PageFacts = { title: ownString(decode(/<title>([^<]*)<\/title>/.exec(page)?.[1] ?? '')) };
        const rendered = checksText ? readRendered(article.renderKey, renderCache) : undefined;
        if (rendered && page.includes(rendered.html)) read.holds = article.renderKey;
        return read;
      },
      (known) => !checksText || known.holds === article.renderKey,
    );
    if (!title.includes(article.title))
      problems.push(`${articleDir}/${article.slug}/: its title is not "${article.title}" (found "${title}")`);
    if (checksText && holds !== article.renderKey)
      problems.push(`${articleDir}/${article.slug}/: not the text of its file as rendered now`);
  }
  for (const slug of built) problems.push(`${articleDir}/${slug}/: a page of no published article`);
  facts.save();
  return problems;
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RENDER_CACHE, readRendered } from '../src/markdown/render-cache.ts';
import type { PublishedArticle } from '../src/reader/published-articles.ts';

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

/**
 * What is wrong with the article pages of a built site (`siteDir`, the
 * articles under `articleDir`) against the articles its content check
 * published: a page missing or left over, a page whose <title> does not
 * begin with its headline, a page without exactly the text its rendering
 * has (unless `text` is false). Empty when the pages are exactly the
 * published articles.
 */
export function articlePageProblems(
  siteDir: string,
  articleDir: string,
  published: readonly PublishedArticle[],
  { renderCache = RENDER_CACHE, text = true }: { renderCache?: string; text?: boolean } = {},
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
    const page = readFileSync(join(folder, article.slug, 'index.html'), 'utf8');
    const title = decode(/<title>([^<]*)<\/title>/.exec(page)?.[1] ?? '');
    if (!title.includes(article.title))
      problems.push(`${articleDir}/${article.slug}/: its title is not "${article.title}" (found "${title}")`);
    // The merge of a build in jobs has no renderings: each job checked the text of its own pages.
    if (article.withdrawn || !text) continue;
    const rendered = readRendered(article.renderKey, renderCache);
    if (!rendered || !page.includes(rendered.html))
      problems.push(`${articleDir}/${article.slug}/: not the text of its file as rendered now`);
  }
  for (const slug of built) problems.push(`${articleDir}/${slug}/: a page of no published article`);
  return problems;
}

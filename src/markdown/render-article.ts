import { parseFrontmatter, unified, type AstroMarkdownOptions, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownPipeline } from './pipeline.ts';

/**
 * The one renderer of an article's text: its file's frontmatter cut off, the
 * body rendered by the site's Markdown pipeline (remark and rehype, through
 * @astrojs/markdown-remark's unified processor). The loaders render with it
 * on worker threads (render-pool.ts), the article page reads what it gave
 * (render-cache.ts): Astro's own renderer is never asked, so nothing here
 * depends on how Astro renders or stores Markdown.
 */

/** The renderer's settings besides the pipeline: GitHub Markdown, no highlighting (its inline styles would break the CSP). */
export const RENDERER_SETTINGS: AstroMarkdownOptions = {
  gfm: true,
  smartypants: false,
  syntaxHighlight: false,
  image: { domains: [], remotePatterns: [] },
};

/** What an article page needs of its text. */
export interface RenderedArticle {
  html: string;
  /** The text of the body, one block per line, as remark-reading-time.ts counts its words. */
  text: string;
  /** Words of the body, as remark-reading-time.ts counts them. */
  wordCount: number;
  readingMinutes: number;
}

export type ArticleRenderer = (text: string, fileURL: URL) => Promise<RenderedArticle>;

let renderer: Promise<MarkdownRenderer> | undefined;

/** Renders a whole article file (frontmatter and Markdown); rejects with a message naming the file. */
export const renderArticle: ArticleRenderer = async (file, fileURL) => {
  renderer ??= unified(markdownPipeline).createRenderer(RENDERER_SETTINGS);
  try {
    const { frontmatter, content } = parseFrontmatter(file);
    const { code, metadata } = await (await renderer).render(content, { frontmatter, fileURL });
    const { text, wordCount, readingMinutes } = metadata.frontmatter as Partial<RenderedArticle>;
    if (typeof text !== 'string' || typeof wordCount !== 'number' || typeof readingMinutes !== 'number')
      throw new Error('the pipeline gave no text or reading time');
    return { html: code, text, wordCount, readingMinutes };
  } catch (error) {
    throw new Error(`${fileURL.pathname}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
};

import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { remarkReadingTime } from './remark-reading-time.ts';

/**
 * The Markdown pipeline of every article, shared by astro.config.mjs and the
 * unit tests. Astro 7's default processor (Sätteri) runs no remark/rehype
 * plugins, so the site uses the unified processor with these options.
 */
export const markdownPipeline: UnifiedProcessorOptions = {
  remarkPlugins: [remarkReadingTime],
  rehypePlugins: [rehypeHeadingIds, [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }]],
  // SmartyPants makes English quotes unless told otherwise: German texts get „…“ and ‚…‘.
  smartypants: {
    openingQuotes: { double: '„', single: '‚' },
    closingQuotes: { double: '“', single: '‘' },
    dashes: false,
    backticks: false,
  },
};

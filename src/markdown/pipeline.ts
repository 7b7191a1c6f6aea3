import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeLocalImages } from './rehype-local-images.ts';
import { remarkTypography } from './remark-typography.ts';
import { remarkReadingTime } from './remark-reading-time.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { pageIds } from '../routes.ts';

/**
 * The Markdown pipeline of every article, shared by astro.config.mjs and the
 * unit tests. Astro 7's default processor (Sätteri) runs no remark/rehype
 * plugins, so the site uses the unified processor with these options.
 */
export const markdownPipeline: UnifiedProcessorOptions = {
  // SmartyPants makes English quotes unless told otherwise: German texts get „…“ and ‚…‘.
  remarkPlugins: [
    [
      remarkTypography,
      {
        openingQuotes: { double: '„', single: '‚' },
        closingQuotes: { double: '“', single: '‘' },
        dashes: false,
        backticks: false,
      },
    ],
    remarkReadingTime,
  ],
  // Raw HTML in an article is parsed, then cut down to an allow-list, before
  // anything else sees it: no article can bring script into a reader's browser.
  rehypePlugins: [
    rehypeRaw,
    [rehypeSanitize, sanitizeSchema],
    // Nothing from other servers: an image with an absolute address is dropped.
    rehypeLocalImages,
    // The ids the article page itself uses around the text are never a heading's.
    [rehypeHeadingIds, { reserved: Object.values(pageIds) }],
    [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
  ],
  // Astro's own SmartyPants would run on every text: remarkTypography above runs it where needed.
  smartypants: false,
};

import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * What raw HTML an article may keep: GitHub's allow-list (the schema of
 * rehype-sanitize, as github.com renders Markdown), narrowed for an archive:
 * - no script, style, iframe, object, embed, form or input, ever;
 * - no event handler and no style attribute (nothing that can run, hide or
 *   overlay the page), and a class only where GitHub's list fixes its value
 *   (footnotes), so no article can borrow the site's own styles;
 * - links and images only over http(s) (and mailto for links): no
 *   `javascript:` and no `data:` URL;
 * - an id or name written in the HTML gets GitHub's "user-content-" prefix,
 *   so it cannot clobber the page's own ids or globals; subheads get their
 *   ids after sanitizing, from the pipeline.
 */
const REMOVED_TAGS = new Set(['input', 'details', 'summary']);

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !REMOVED_TAGS.has(tag)),
  attributes: Object.fromEntries(
    Object.entries(defaultSchema.attributes ?? {}).map(([tag, attributes]) => [
      tag,
      attributes.filter((attribute) => {
        const name = Array.isArray(attribute) ? attribute[0] : attribute;
        return name !== 'style' && !(name === 'className' && !Array.isArray(attribute));
      }),
    ]),
  ),
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
    src: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  // Dropped with their content (other disallowed elements keep their text).
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'select', 'svg', 'math'],
};

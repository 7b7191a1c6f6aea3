import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownPipeline } from './pipeline.ts';

const [, germanQuotes] = markdownPipeline.remarkPlugins![0] as [unknown, object];
const ours = await createMarkdownProcessor({ ...markdownPipeline, syntaxHighlight: false });
// Astro's own SmartyPants on every text, with the same options: what remarkTypography must equal.
const always = await createMarkdownProcessor({
  ...markdownPipeline,
  remarkPlugins: markdownPipeline.remarkPlugins!.slice(1),
  smartypants: germanQuotes,
  syntaxHighlight: false,
});
const render = async (processor: typeof ours, markdown: string) =>
  (await processor.render(markdown, { frontmatter: {} })).code;

describe('remarkTypography', () => {
  it('sets straight quotes and three dots as German typography', async () => {
    expect(await render(ours, 'Er sagte: "Wir kommen ..." und ging, \'leise\'.')).toContain(
      'Er sagte: „Wir kommen …“ und ging, ‚leise‘.',
    );
  });

  it('gives the same HTML as SmartyPants on every text, with or without straight quotes', async () => {
    const piece = fc.constantFrom(
      'Putin',
      'sagte',
      '„Freunde“',
      '"Freunde"',
      "'so'",
      "geht's",
      '...',
      '. . .',
      '*betont*',
      '[Link](https://example.org)',
      '`Code`',
      '–',
      '\n\n',
      '## Titel\n\n',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 20 }), async (pieces) => {
        const markdown = pieces.join(' ');
        expect(await render(ours, markdown)).toBe(await render(always, markdown));
      }),
      { numRuns: 200 },
    );
  });
});

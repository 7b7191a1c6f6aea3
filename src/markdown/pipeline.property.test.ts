import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { markdownPipeline } from './pipeline.ts';

const processor = await createMarkdownProcessor({
  remarkPlugins: markdownPipeline.remarkPlugins!,
  rehypePlugins: markdownPipeline.rehypePlugins!,
  smartypants: markdownPipeline.smartypants!,
  // As astro.config.mjs: no syntax highlighting.
  syntaxHighlight: false,
});

const HOSTILE = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '<iframe src="https://example.org"></iframe>',
  '<svg onload=alert(1)>',
  '<div style="position:fixed;inset:0">',
  '<object data=x>',
  '<img src="data:text/html,<script>alert(1)</script>">',
  '<a href=" JaVaScRiPt:alert(1)">x</a>',
  '<scr<script>ipt>alert(1)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<!--',
  '-->',
  '<![CDATA[',
  '`<b>`',
  '```\n<script>\n```',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<form><button formaction=javascript:alert(1)>',
  '# Titel',
  '> Zitat',
  '- Liste',
  '"Zitat"',
  '**fett**',
  '\n\n',
  '<p id="inhalt">',
);

/** What the rendered HTML of an article must never contain, checked on the parsed tree. */
function dangers(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    if (['script', 'iframe', 'object', 'embed', 'style', 'base', 'meta', 'form', 'svg', 'math'].includes(node.tagName))
      found.push(node.tagName);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${node.tagName}[${name}]`);
      if (name === 'style') found.push(`${node.tagName}[style]`);
      if (typeof value === 'string' && /^\s*(javascript|data|vbscript):/i.test(value))
        found.push(`${node.tagName}[${name}=${value}]`);
    }
  });
  return found;
}

describe('the Markdown pipeline under random and hostile Markdown', () => {
  it('always renders, and never lets script, handlers, dangerous URLs or overlays through', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string(), HOSTILE), { maxLength: 12 }), async (parts) => {
        const { code } = await processor.render(parts.join(' '), { frontmatter: {} });
        expect(dangers(code)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

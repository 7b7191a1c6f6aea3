import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownPipeline } from './pipeline.ts';

const processor = await createMarkdownProcessor({
  remarkPlugins: markdownPipeline.remarkPlugins!,
  rehypePlugins: markdownPipeline.rehypePlugins!,
  smartypants: markdownPipeline.smartypants!,
  // As astro.config.mjs: no syntax highlighting.
  syntaxHighlight: false,
});
const html = async (markdown: string) => (await processor.render(markdown, { frontmatter: {} })).code;

/** Each hostile construct and exactly what of it survives. */
describe('the sanitizer in the Markdown pipeline', () => {
  it.each([
    ['a script element, with its content', 'Text <script>alert(1)</script> weiter', '<p>Text  weiter</p>'],
    ['a script block', '<script>alert(1)</script>', ''],
    [
      'an event handler',
      '<img src="/bilder/a.png" alt="Bild" onerror="alert(1)">',
      '<img src="/bilder/a.png" alt="Bild">',
    ],
    [
      'an image from another server (HTML), a tracking pixel',
      'Text <img src="https://tracker.example/p.gif" alt=""> weiter',
      '<p>Text  weiter</p>',
    ],
    ['an image from another server (Markdown)', '![x](https://tracker.example/p.gif)', '<p></p>'],
    ['an image from another server without a scheme', '<img src="//tracker.example/p.gif">', ''],
    ['a javascript: link (HTML)', '<a href="javascript:alert(1)">klick</a>', '<p><a>klick</a></p>'],
    ['a javascript: link (Markdown)', '[klick](javascript:alert(1))', '<p><a>klick</a></p>'],
    ['a data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">', '<img alt="x">'],
    ['an iframe', '<iframe src="https://example.org"></iframe>', ''],
    ['an object and an embed', '<object data="x.swf"></object><embed src="x.swf">', '<p></p>'],
    [
      'a style attribute that could overlay the page',
      '<div style="position:fixed;inset:0">Überlagerung</div>',
      '<div>Überlagerung</div>',
    ],
    ['a style element', '<style>body{display:none}</style>Text', 'Text'],
    ["a class that borrows the site's styles", '<p class="skip-link">x</p>', '<p>x</p>'],
    ['a form with an input', '<form action="https://evil.example"><input name="pw"></form>', ''],
    ['an svg with script', '<svg><script>alert(1)</script></svg>', '<p></p>'],
    ['an id that could clobber the page', '<p id="inhalt">x</p>', '<p id="user-content-inhalt">x</p>'],
  ])('removes %s', async (_, markdown, expected) => {
    expect((await html(markdown)).trim()).toBe(expected);
  });

  it('keeps harmless markup and safe links', async () => {
    expect(await html('<b>fett</b> und <a href="https://example.org/x" title="t">Link</a>')).toBe(
      '<p><b>fett</b> und <a href="https://example.org/x" title="t" rel="noopener noreferrer">Link</a></p>',
    );
  });

  it('still gives subheads their ids after sanitizing', async () => {
    expect(await html('## Für immer zusammen?')).toBe('<h2 id="fuer-immer-zusammen">Für immer zusammen?</h2>');
  });
});

describe('code blocks', () => {
  it('render as plain, escaped text without inline styles', async () => {
    expect(await html('```\n<script>alert(1)</script>\n```')).toBe(
      '<pre><code>&#x3C;script>alert(1)&#x3C;/script>\n</code></pre>',
    );
  });
});

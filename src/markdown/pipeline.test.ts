import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownPipeline } from './pipeline.ts';
import { countWords, readingMinutes } from './remark-reading-time.ts';

// The same options astro.config.mjs hands to Astro's unified processor.
const processor = await createMarkdownProcessor({
  remarkPlugins: markdownPipeline.remarkPlugins!,
  rehypePlugins: markdownPipeline.rehypePlugins!,
  smartypants: markdownPipeline.smartypants!,
  // As astro.config.mjs: no syntax highlighting.
  syntaxHighlight: false,
});

async function render(markdown: string) {
  return processor.render(markdown, { frontmatter: {} });
}

describe('the Markdown pipeline', () => {
  it('sets German quotation marks', async () => {
    const { code } = await render('Er sagte: "Es kann nicht ewig so weitergehen." Und \'so\' fort.');
    expect(code).toContain('„Es kann nicht ewig so weitergehen.“');
    expect(code).toContain('‚so‘');
  });

  it('leaves quotation marks that are already German alone', async () => {
    const { code } = await render('die „Hegemonie“ der USA');
    expect(code).toContain('die „Hegemonie“ der USA');
  });

  it('keeps a single hyphen as printed and makes "..." an ellipsis', async () => {
    const { code } = await render('auf der Matte - oder besser gesagt ...');
    expect(code).toContain('auf der Matte - oder besser gesagt …');
  });

  it('makes external links safe and leaves internal links alone', async () => {
    const { code } = await render('[extern](https://example.org/x) und [intern](/themen/russland/)');
    expect(code).toContain('<a href="https://example.org/x" rel="noopener noreferrer">extern</a>');
    expect(code).toContain('<a href="/themen/russland/">intern</a>');
  });

  it('gives subheads ids in the slug style of the site, unique and starting with a letter', async () => {
    const { code } = await render(
      '## Für immer zusammen?\n\n## ... stritt dies ab\n\n## Für immer zusammen?\n\n## 1961\n\n## 1961\n\n## Inhalt',
    );
    expect(code).toContain('<h2 id="fuer-immer-zusammen">');
    expect(code).toContain('<h2 id="stritt-dies-ab">');
    expect(code).toContain('<h2 id="fuer-immer-zusammen-2">');
    expect(code).toContain('<h2 id="abschnitt-1961">');
    expect(code).toContain('<h2 id="abschnitt-1961-2">');
    // "inhalt" is the page's skip-link target.
    expect(code).toContain('<h2 id="inhalt-2">');
  });

  it('hands the reading time to the page', async () => {
    const words = Array.from({ length: 450 }, (_, i) => `Wort${i}`).join(' ');
    const { metadata } = await render(`# Titel\n\n${words}`);
    expect(metadata.frontmatter).toMatchObject({ wordCount: 451, readingMinutes: 2 });
  });

  it('hands the text of the body to the search record: one block per line, without Markdown or link targets', async () => {
    const { metadata } = await render(
      '## Atomprogramm\n\nKim lobt das **Atomprogramm** ([Quelle](https://example.org/kernwaffen)).\n\n- Raketentest',
    );
    expect(metadata.frontmatter.text).toBe('Atomprogramm\nKim lobt das Atomprogramm (Quelle).\nRaketentest');
  });
});

describe('reading time', () => {
  it('counts words, not punctuation or dashes', () => {
    expect(countWords('Putin – und Kim: „Freunde“ in Not (Munition).')).toBe(7);
    expect(countWords('  ')).toBe(0);
  });

  it('rounds to whole minutes and says at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(299)).toBe(1);
    expect(readingMinutes(300)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });
});

// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { astroOutputs, outputsList } from './src/integrations/astro-outputs.ts';
import { permanentLinkPages } from './src/integrations/permanent-link-pages.ts';
import { sitemapOfPages } from './src/integrations/sitemap-pages.ts';
import { thisBuildJob } from './src/reader/build-job.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { HIGHLIGHT_LOADER_HASH } from './src/search/highlight-loader.ts';

export default defineConfig({
  // The one setting for canonical URLs, feeds and the sitemap: where the
  // archive is published (docs/operators.md, "Building for publishing").
  site: process.env.ARCHIV_URL ?? 'http://localhost:4321',
  // Plain directory URLs (/artikel/<slug>/), as any static host serves them.
  trailingSlash: 'always',
  // Stylesheets as files, never inlined (Astro inlines small ones by default): an inline <style> would need a hash in
  // the CSP, and the policy is one for the whole site (scripts/csp-header.ts).
  // `concurrency`: four pages at once on the one thread, so that one page renders while another's files are written
  // (Astro awaits a mkdir and two writes per page). Nothing the build publishes depends on the order the pages are
  // written in (the search index reads them through links made in its own order: scripts/search-index.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // 'jsx' (Astro 7's default) can glue inline words together in the text that
  // readers copy and the search index reads; `true` keeps the spaces.
  compressHTML: true,
  // No syntax highlighting: Shiki's inline styles would break the CSP, and
  // news articles have no code to colour.
  markdown: { processor: unified(markdownPipeline), syntaxHighlight: false },
  devToolbar: { enabled: false },
  // `npm run build` builds into the last site when it may (scripts/site-base.ts): Astro then leaves each page it keeps
  // as the folder has it instead of copying it from its cache, and the build deletes what it no longer makes.
  // `npm run dev` watches none of the built sites beside the code (dist/, .dist-basis/, …): at 100,000 articles each
  // is 240,000 files.
  vite: { build: { emptyOutDir: !outputsList() }, server: { watch: { ignored: ['**/dist/**', '**/.dist-*/**'] } } },
  // A page whose key (getStaticPaths' cacheKey: src/archive/page-key.ts) and
  // code are those of the last build is copied from Astro's cache
  // (node_modules/.astro) instead of rendered again: adding one article
  // renders its page, its neighbours' and the listings it joins.
  // The content store written in parts (20 MB each) rather than as one
  // string, which passes V8's string limit near 70,000 articles
  // (docs/scale.md); as fast at 10,000 (docs/benchmarks.md). Both options are
  // experimental: the exact Astro version is pinned and
  // tests/build/stale-output.test.ts builds a changed article with them.
  experimental: { incrementalBuild: true, collectionStorage: 'chunked' },
  // A Content Security Policy on every page, as a <meta> tag with hashes of
  // the inline scripts and styles Astro renders: no 'unsafe-inline'. Pagefind
  // needs its own scripts and index files ('self') and WebAssembly. The one
  // inline script of our own (the highlight loader) is hashed here, site-wide,
  // so that every page carries the same policy and `npm start` can send it as
  // a header too (scripts/csp-header.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [HIGHLIGHT_LOADER_HASH] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // First the integration that learns where the site was built, then the sitemap that asks it. A job of a build in
  // jobs builds part of the pages: the merge step writes the sitemap of all (scripts/build-jobs.ts).
  integrations: [astroOutputs(), permanentLinkPages(), ...(thisBuildJob() ? [] : sitemapOfPages())],
});

import type { APIContext } from 'astro';
import { paths } from '../routes.ts';

/** Every page may be indexed; the sitemap lists them. */
export function GET(context: APIContext) {
  const sitemap = new URL(paths.sitemap, context.site).href;
  return new Response(`User-agent: *\nAllow: ${paths.home}\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

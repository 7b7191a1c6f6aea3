import type { APIContext } from 'astro';
import { loadArchive } from '../archive/load-archive.ts';
import { redirectPage } from '../format/redirect-page.ts';
import { permanentLinks, type PermanentLink } from '../reader/permanent-links.ts';

/**
 * /a/<capture id>/: the permanent address of an article, listed or
 * withdrawn, whatever its slug becomes, as `astro dev` serves it: a route
 * that src/integrations/permanent-link-pages.ts adds in dev alone. A build
 * writes these pages after Astro's, from the same entries and with the same
 * two functions, without Astro's cost per page.
 */
export async function getStaticPaths() {
  const archive = await loadArchive();
  return permanentLinks([...archive.articles, ...archive.withdrawn]).map((link) => ({
    params: { id: link.id },
    props: link,
  }));
}

export function GET({ props, site }: APIContext<PermanentLink>) {
  return new Response(redirectPage({ title: props.title, slug: props.slug, site: site!, path: props.path }), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

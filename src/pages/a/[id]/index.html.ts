import type { APIContext } from 'astro';
import { loadArchive } from '../../../archive/load-archive.ts';
import { redirectPage } from '../../../format/redirect-page.ts';
import { permanentLinks, type PermanentLink } from '../../../reader/permanent-links.ts';

/**
 * /a/<capture id>/: the permanent address of an article, listed or
 * withdrawn, whatever its slug becomes. A page of a few lines written as a
 * string (src/format/redirect-page.ts), not through a layout. `astro dev`
 * serves it from here; a build writes these pages after Astro's, from the
 * same entries and with the same two functions, without Astro's cost per
 * page (src/integrations/permanent-link-pages.ts).
 */
export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
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

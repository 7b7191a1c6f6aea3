import type { APIContext } from 'astro';
import { loadArchive } from '../../../archive/load-archive.ts';
import { permanentLinks, type PermanentLink } from '../../../archive/permanent-links.ts';
import { redirectPage } from '../../../format/redirect-page.ts';

/**
 * /a/<capture id>/: the permanent address of an article, listed or
 * withdrawn, whatever its slug becomes. A page of a few lines written as a
 * string (src/format/redirect-page.ts), not through a layout.
 */
export async function getStaticPaths() {
  const archive = await loadArchive();
  const versionsOf = (slug: string) => archive.histories.get(slug)?.versions ?? [];
  return permanentLinks([...archive.articles, ...archive.withdrawn], versionsOf).map((link) => ({
    params: { id: link.id },
    props: link,
    cacheKey: `${link.id}:${link.slug}:${link.title}${link.path ? `:${link.path}` : ''}`,
  }));
}

export function GET({ props, site }: APIContext<PermanentLink>) {
  return new Response(redirectPage({ title: props.title, slug: props.slug, site: site!, path: props.path }), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

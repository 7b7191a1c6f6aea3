/**
 * Which articles the archive lists. A draft (`draft: true`) is work in
 * progress: `npm run dev` shows it, marked "Entwurf", so the editor sees it
 * as readers will; the built site never has it, so it is in no listing,
 * feed, sitemap, search index or permanent link, and has no page.
 */
export interface Listable {
  draft?: boolean | undefined;
}

export function isListed(data: Listable, { dev }: { dev: boolean }): boolean {
  if (data.draft === true) return dev;
  return true;
}

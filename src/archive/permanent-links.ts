import { CAPTURE_ID } from '../schema/capture-id.ts';

/** What the page behind a permanent address needs of an article. */
export interface PermanentLink {
  /** The capture id: the address /a/<id>/. */
  id: string;
  slug: string;
  title: string;
}

interface ArticleLike {
  id: string;
  data: { title: { text: string }; provenance: { capture: string } };
}

/**
 * The permanent addresses of the site's articles, listed or withdrawn: one
 * per capture id. The content check holds ids to their form; this keeps any
 * slip (an id "..") from becoming a page outside /a/.
 */
export function permanentLinks(articles: readonly ArticleLike[]): PermanentLink[] {
  return articles.map(({ id: slug, data }) => {
    const id = data.provenance.capture;
    if (!CAPTURE_ID.test(id)) throw new Error(`the permanent address of ${slug} would leave the folder of permanent addresses: capture id ${JSON.stringify(id)}`);
    return { id, slug, title: data.title.text };
  });
}

import { CAPTURE_ID } from '../schema/capture-id.ts';
import { paths, versionPath } from '../routes.ts';

/** What the page behind a permanent address needs of an article. */
export interface PermanentLink {
  /** The capture id: the address /a/<id>/. */
  id: string;
  slug: string;
  title: string;
  /** Where a later version's address leads: its page (the newest's is the article's). */
  path?: string;
}

/** A stored story (src/reader/story-versions.ts): its versions, oldest first, when it has later ones. */
interface ArticleLike {
  id: string;
  data: {
    title: { text: string };
    provenance: { capture: string };
    withdrawn?: unknown;
    history?: readonly { number: number; provenance: { capture: string } }[] | undefined;
  };
}

/**
 * The permanent addresses of the site's articles, listed or withdrawn: one
 * per capture id. The content check holds ids to their form; this keeps any
 * slip (an id "..") from becoming a page outside /a/. A later version's
 * address leads to the page that shows it: the article's for the newest, its
 * own (/artikel/<slug>/fassung/<n>/) for an older one, as the story's
 * history (src/archive/story-history.ts) places them. A withdrawn story's,
 * like its first, lead to the notice.
 */
export function permanentLinks(articles: readonly ArticleLike[]): PermanentLink[] {
  const checked = (id: string, slug: string) => {
    if (!CAPTURE_ID.test(id))
      throw new Error(
        `the permanent address of ${slug} would leave the folder of permanent addresses: capture id ${JSON.stringify(id)}`,
      );
    return id;
  };
  return articles.flatMap(({ id: slug, data }) => {
    const first = { id: checked(data.provenance.capture, slug), slug, title: data.title.text };
    const versions = data.history ?? [];
    const later = versions.slice(1).map((version, index) => ({
      id: checked(version.provenance.capture, slug),
      slug,
      title: data.title.text,
      ...(data.withdrawn === undefined && {
        path: index === versions.length - 2 ? paths.article(slug) : versionPath(slug, version.number),
      }),
    }));
    return [first, ...later];
  });
}

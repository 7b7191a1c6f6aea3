import { CAPTURE_ID } from '../schema/capture-id.ts';

/** What the page behind a permanent address needs of an article. */
export interface PermanentLink {
  /** The capture id: the address /a/<id>/. */
  id: string;
  slug: string;
  title: string;
  /** Where a later version's address leads: its page, when it is no longer the newest. */
  path?: string;
}

interface ArticleLike {
  id: string;
  data: { title: { text: string }; provenance: { capture: string }; withdrawn?: unknown };
}

/** A story's later versions, as the history knows them (src/archive/story-history.ts). */
interface VersionLike {
  path: string;
  provenance: { capture: string };
}

/**
 * The permanent addresses of the site's articles, listed or withdrawn: one
 * per capture id. The content check holds ids to their form; this keeps any
 * slip (an id "..") from becoming a page outside /a/.
 */
export function permanentLinks(
  articles: readonly ArticleLike[],
  versionsOf: (slug: string) => readonly VersionLike[] = () => [],
): PermanentLink[] {
  const checked = (id: string, slug: string) => {
    if (!CAPTURE_ID.test(id))
      throw new Error(
        `the permanent address of ${slug} would leave the folder of permanent addresses: capture id ${JSON.stringify(id)}`,
      );
    return id;
  };
  return articles.flatMap(({ id: slug, data }) => {
    const first = { id: checked(data.provenance.capture, slug), slug, title: data.title.text };
    // A later version's address leads to its page; a withdrawn story's, like its first, to the notice.
    const later = versionsOf(slug)
      .slice(1)
      .map((version) => ({
        id: checked(version.provenance.capture, slug),
        slug,
        title: data.title.text,
        ...(data.withdrawn === undefined && { path: version.path }),
      }));
    return [first, ...later];
  });
}

import { de } from '../i18n/de.ts';
import { UNSTATED, type ArticleSource, type SourceEntry } from '../schema/source.ts';

export interface SourceLine {
  /** The publication's name, the explicit "Quelle nicht angegeben", or (a draft's) "noch offen". */
  publication: string;
  publicationKnown: boolean;
  byline?: string;
  url?: string;
  cited: { id: string; name: string; mention: string }[];
}

/** Spells out an article's source with the names of the source vocabulary. */
export function describeSource(
  source: ArticleSource,
  sourcesById: ReadonlyMap<string, { data: SourceEntry }>,
): SourceLine {
  const nameOf = (id: string) => {
    const entry = sourcesById.get(id);
    if (!entry) throw new Error(`unknown source "${id}"`);
    return entry.data.name;
  };
  const { publication } = source;
  const known = publication !== undefined && publication !== UNSTATED;
  return {
    publication: known
      ? nameOf(publication)
      : publication === undefined
        ? de.draft.open
        : de.article.publicationUnstated,
    publicationKnown: known,
    ...(source.byline && { byline: source.byline }),
    ...(source.url && { url: source.url }),
    cited: source.cited.map(({ source: id, mention }) => ({ id, name: nameOf(id), mention })),
  };
}

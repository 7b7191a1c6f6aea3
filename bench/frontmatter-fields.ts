/**
 * The fields of a draft's or an edition's frontmatter that the import
 * measures read, as the YAML gives them: a draft need not pass the schema
 * yet, so each field may be missing, and the measures check what they use.
 */
export interface FrontmatterFields {
  title?: { text?: string; kicker?: string; editorial?: boolean };
  teaser?: { text?: string; editorial?: boolean };
  date?: DateFields;
  tags?: string[];
  source?: { byline?: string; cited?: { source: string; mention: string }[] };
  /** provenance.removed as { description, lines }, or as a string in the old shape (no lines known). */
  provenance?: { capture?: string; removed?: ({ description: string; lines: string[] } | string)[] };
}

/** A date field: one value, or a period from … to. */
export interface DateFields {
  kind: string;
  basis: string;
  value?: string;
  from?: string;
  to?: string;
}

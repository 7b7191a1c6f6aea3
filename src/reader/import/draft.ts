import { de } from '../../i18n/de.ts';
import { citedSources, publicationOf, type CitedSource, type SourceNames } from './cited-sources.ts';
import { separateFurniture, type RemovedFurniture, type SeparatedCapture } from './furniture.ts';
import { metadataDate, readHtmlPage } from './html-draft.ts';
import { germanDateValue } from './page-metadata.ts';
import type { FoundDate } from './printed-date.ts';
import { structureEdition, type EditionText } from './structure.ts';
import { suggestTags, type TagNames, type TagSuggestion } from './tag-suggestions.ts';
import { escapeMarkdown, germanQuotes, yamlString } from './text.ts';

/**
 * A draft edition of a capture: the frontmatter and Markdown of
 * content/articles/<slug>.md with `draft: true`, filled in with what the
 * capture shows and nothing it does not. Fields it cannot decide stay open
 * (teaser, date, source.publication, tags): the schema allows that in a
 * draft, and the content check names each one until the editor decides it.
 *
 * Tags stay empty: the ranked suggestions are written beside the field as a
 * comment and printed, so that no tag reaches the site without the editor
 * choosing it.
 */
export interface Draft {
  edition: EditionText;
  date?: FoundDate;
  dateNote?: string;
  translationEvidence: string[];
  url?: string;
  /** The printed byline's names (source.byline). */
  byline?: string;
  /** A source file that the page's metadata names as its publication. */
  publication?: string;
  /** The publication the page suggests: a source id, or a printed name with no file. */
  suggestedPublication?: string;
  /** Whether suggestedPublication is the id of a file of content/sources. */
  suggestedPublicationIsFile?: boolean;
  /** The YAML of a source file to create for each suggested source. */
  sourceFiles: string[];
  /** Where the page's metadata and its printed text disagree. */
  warnings: string[];
  /** For provenance.notes (a later modified time of the page). */
  notes: string[];
  cited: CitedSource[];
  sourceSuggestions: string[];
  tagSuggestions: TagSuggestion[];
  removed: RemovedFurniture[];
  /** The draft file's text. */
  text: string;
}

/** Tags written beside the empty field and printed: the first of the ranking. */
export const SUGGESTED_TAGS = 8;

function dateNoteOf(date: FoundDate): string {
  const { dateNote } = de.edition;
  // A saved page's metadata prints a full ISO time; a text capture's first line a day or month.
  if (date.basis === 'capture-metadata')
    return /T\d/.test(date.printed) ? dateNote.pageMetadata(date.printed) : dateNote.captureMetadata(date.value);
  if (date.englishOrder) return dateNote.englishOrder(date.printed);
  const offset = /([+-]\d{2}:\d{2})$/.exec(date.value)?.[1];
  if (offset !== undefined)
    return dateNote.localTime(date.printed, date.summerTime === true, offset.replace(/^([+-])0?(\d+):00$/, '$1$2'));
  return dateNote.printed(date.printed);
}

const indent = (lines: string[], by: string) => lines.map((line) => `${by}${line}`);

function frontmatter(draft: Omit<Draft, 'text'>, capture: string): string {
  const { edition, date } = draft;
  const lines: string[] = ['draft: true', 'title:'];
  if (edition.title.kicker) lines.push(`  kicker: ${yamlString(edition.title.kicker)}`);
  lines.push(`  text: ${yamlString(edition.title.text)}`, `  editorial: ${edition.title.editorial}`);
  if (edition.teaser) lines.push('teaser:', `  text: ${yamlString(edition.teaser.text)}`, '  editorial: false');
  else lines.push('# teaser: open (see the checklist): { text: "…", editorial: false | true }');
  if (date) {
    lines.push('date:', `  kind: ${date.kind}`, `  basis: ${date.basis}`, `  value: ${yamlString(date.value)}`);
    if (draft.dateNote) lines.push(`  note: ${yamlString(draft.dateNote)}`);
  } else {
    lines.push(
      '# date: open: no date printed; an inferred date needs kind: inferred, basis: text-evidence, value or from/to, reasoning',
    );
  }
  if (draft.publication) lines.push('source:', `  publication: ${draft.publication}`);
  else
    lines.push(
      'source:',
      `  # publication: open: a file id from content/sources, or unstated${draft.suggestedPublication ? ` (the page names "${draft.suggestedPublication}")` : ''}`,
    );
  if (draft.byline) lines.push(`  byline: ${yamlString(draft.byline)}`);
  if (draft.url) lines.push(`  url: ${yamlString(draft.url)}`);
  if (draft.cited.length > 0) {
    lines.push('  cited:');
    for (const { source, mention } of draft.cited)
      lines.push(`    - source: ${source}`, `      mention: ${yamlString(mention)}`);
  } else lines.push('  cited: []');
  if (draft.translationEvidence.length > 0) {
    lines.push(
      'translation:',
      '  from: en',
      '  evidence:',
      ...indent(draft.translationEvidence.map(yamlString), '    - '),
    );
  } else lines.push('translation: false');
  lines.push('provenance:', `  capture: ${yamlString(capture)}`);
  if (draft.removed.length > 0) {
    lines.push('  removed:');
    for (const { description, lines: removedLines } of draft.removed) {
      lines.push(
        `    - description: ${yamlString(description)}`,
        '      lines:',
        ...indent(removedLines.map(yamlString), '        - '),
      );
    }
  } else lines.push('  removed: []');
  if (draft.notes.length > 0) lines.push('  notes:', ...indent(draft.notes.map(yamlString), '    - '));
  else lines.push('  notes: []');
  const suggested = draft.tagSuggestions.slice(0, SUGGESTED_TAGS).map((tag) => tag.id);
  lines.push(`tags: []${suggested.length > 0 ? ` # suggested, best first: ${suggested.join(', ')}` : ''}`);
  return lines.join('\n');
}

export interface DraftVocabulary {
  sources: readonly SourceNames[];
  tags: readonly TagNames[];
  /** The headlines of the archived articles (a link block's links name them). */
  titles?: ReadonlySet<string>;
}

/** The draft of a capture's text, to be filed under `capture`. */
export function draftOf(captureText: string, capture: string, vocabulary: DraftVocabulary): Draft {
  return draftOfSeparated(separateFurniture(captureText, vocabulary.titles), capture, vocabulary);
}

/**
 * The draft of a saved page (`<id>.html`): its markup tells which lines are
 * the site's and which element printed each (src/reader/import/html-draft.ts);
 * the text rules do the rest. Date, byline, publication and address come
 * from the page's own metadata, with the printed text as the fallback, and
 * the checklist warns where the two disagree.
 */
export function draftOfHtml(html: string, capture: string, vocabulary: DraftVocabulary): Draft {
  const page = readHtmlPage(html);
  const separated = separateFurniture('', vocabulary.titles, page.lines);
  const { metadata } = page;
  const warnings: string[] = [];
  const notes: string[] = [];
  const published = metadataDate(metadata);
  if (published !== undefined) {
    const printed = separated.date;
    if (printed && printed.basis === 'printed' && printed.value.slice(0, 10) !== published.slice(0, 10)) {
      warnings.push(
        `date: the page's metadata says ${published}, the page prints "${printed.printed}": check which is the publication`,
      );
    }
    // The printed date line stays listed as removed, no longer as the date taken.
    if (printed) {
      const taken = separated.removed.find(
        (item) =>
          item.lines[0] === printed.printed && item.description === de.edition.removed.dateLine(printed.printed, true),
      );
      if (taken) taken.description = de.edition.removed.dateLine(printed.printed, false);
    }
    separated.date = {
      kind: 'published',
      basis: 'capture-metadata',
      value: published,
      printed: metadata.published!,
      englishOrder: false,
    };
    const modified = metadata.modified === undefined ? undefined : germanDateValue(metadata.modified);
    if (modified !== undefined && modified !== published) notes.push(de.edition.dateNote.modifiedLater(modified));
  }
  const authors = de.edition.bylineOf(metadata.authors);
  if (separated.byline === undefined && authors !== '') separated.byline = { line: '', names: authors };
  else if (separated.byline && authors !== '' && separated.byline.names !== authors) {
    warnings.push(`source.byline: the page prints "${separated.byline.names}", its metadata names "${authors}": check`);
  }
  if (metadata.canonical) separated.url = metadata.canonical;
  // A name, not markup: a hostile page's metadata never reaches the draft or the terminal.
  const siteNames = [metadata.siteName, metadata.publisher].filter(
    (name): name is string => name !== undefined && /^[^<>{}\n]{1,80}$/.test(name),
  );
  return draftOfSeparated(separated, capture, vocabulary, { warnings, notes, siteNames });
}

/** What a saved page adds to a draft beyond its text. */
interface PageExtras {
  warnings: string[];
  notes: string[];
  /** og:site_name and the publisher: a source file that matches one is the publication. */
  siteNames: string[];
}

function draftOfSeparated(
  separated: SeparatedCapture,
  capture: string,
  vocabulary: DraftVocabulary,
  extras: PageExtras = { warnings: [], notes: [], siteNames: [] },
): Draft {
  const edition = structureEdition(separated.blocks, { headline: separated.headline, kicker: separated.kicker });
  const paragraphs = separated.blocks.map((block) => block.text);
  const sourceLines = separated.sourceLines.map((block) => block.text.trim());
  const { cited, suggestions, suggestedFiles } = citedSources(
    paragraphs,
    sourceLines,
    vocabulary.sources,
    separated.creditLines,
  );
  // A line of the list of sources that names no source file stays in the text, so nothing is lost.
  const uncited = sourceLines.filter((line) => !cited.some((source) => source.mention === line));
  if (uncited.length > 0)
    edition.body = [edition.body, uncited.map(escapeMarkdown).join('\n\n')].filter(Boolean).join('\n\n');
  const tagSuggestions = suggestTags(
    {
      title: edition.title.editorial ? '' : edition.title.text,
      teaser: edition.teaser?.text ?? '',
      body: [edition.body, ...sourceLines].join('\n'),
    },
    vocabulary.tags,
  );
  // The publication: a source file named by the page's site name or publisher, else by its ©-line; otherwise only suggested.
  const removedLines = separated.removed.flatMap((item) => item.lines);
  const fromSite = extras.siteNames
    .map((name) => publicationOf([`© ${name}`], vocabulary.sources))
    .find((found) => found.id !== undefined);
  const publication = fromSite ?? publicationOf(removedLines, vocabulary.sources);
  const suggestedPublication = publication.id === undefined ? (publication.name ?? extras.siteNames[0]) : undefined;
  const draft: Omit<Draft, 'text'> = {
    edition,
    translationEvidence: separated.date?.englishOrder
      ? [de.edition.translationEvidence.englishDateOrder(separated.date.printed)]
      : [],
    cited: cited.map(({ source, mention }) => ({ source, mention: germanQuotes(mention) })),
    sourceSuggestions: suggestions,
    sourceFiles: suggestedFiles,
    tagSuggestions,
    removed: separated.removed,
    warnings: extras.warnings,
    notes: extras.notes,
  };
  // Only an HTML page's metadata or ©-line names the publication firmly enough to write it; a text capture's ©-line suggests it.
  if (publication.id !== undefined && fromSite !== undefined) draft.publication = publication.id;
  else if (publication.id !== undefined) {
    draft.suggestedPublication = publication.id;
    draft.suggestedPublicationIsFile = true;
  } else if (suggestedPublication !== undefined) draft.suggestedPublication = suggestedPublication;
  if (separated.date) {
    draft.date = separated.date;
    // A later update printed beside the publication date: the date stays the publication's, the note says when it changed.
    draft.dateNote = [
      dateNoteOf(separated.date),
      separated.updated ? de.edition.dateNote.updatedLater(separated.updated) : undefined,
    ]
      .filter(Boolean)
      .join(' ');
  }
  if (separated.byline) draft.byline = separated.byline.names;
  if (separated.url) draft.url = separated.url;
  const body = edition.body === '' ? '' : `\n${edition.body}\n`;
  return { ...draft, text: `---\n${frontmatter(draft, capture)}\n---\n${body}` };
}

/** The fields of a draft that a later version of a story has (src/schema/article-version.ts): the rest are the story's. */
const VERSION_FIELDS = new Set(['draft', 'title', 'teaser', 'date', 'provenance']);

/**
 * The draft as a later version of a story (content/versions/<slug>/<capture>.md):
 * its frontmatter cut to the fields a version has, each block as the draft
 * writes it (a top-level key, or its comment when open, and its indented lines).
 */
export function versionTextOf(draft: Draft): string {
  const [, head = '', ...rest] = draft.text.split(/^---$/m);
  const blocks: string[][] = [];
  for (const line of head.trim().split('\n')) {
    if (/^\s/.test(line) && blocks.length > 0) blocks.at(-1)!.push(line);
    else blocks.push([line]);
  }
  const kept = blocks.filter(([first]) => VERSION_FIELDS.has(/^(?:# )?([a-z]+):/.exec(first!)?.[1] ?? ''));
  return `---\n${kept.flat().join('\n')}\n---${rest.join('---')}`;
}

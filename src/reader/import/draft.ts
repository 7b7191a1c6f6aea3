import { de } from '../../i18n/de.ts';
import { citedSources, type CitedSource, type SourceNames } from './cited-sources.ts';
import { separateFurniture, type RemovedFurniture } from './furniture.ts';
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
  if (date.basis === 'capture-metadata') return dateNote.captureMetadata(date.value);
  if (date.englishOrder) return dateNote.englishOrder(date.printed);
  const offset = /([+-]\d{2}:\d{2})$/.exec(date.value)?.[1];
  if (offset !== undefined) return dateNote.localTime(date.printed, date.summerTime === true, offset.replace(/^([+-])0?(\d+):00$/, '$1$2'));
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
    lines.push('# date: open: no date printed; an inferred date needs kind: inferred, basis: text-evidence, value or from/to, reasoning');
  }
  lines.push('source:', '  # publication: open: a file id from content/sources, or unstated');
  if (draft.url) lines.push(`  url: ${yamlString(draft.url)}`);
  if (draft.cited.length > 0) {
    lines.push('  cited:');
    for (const { source, mention } of draft.cited) lines.push(`    - source: ${source}`, `      mention: ${yamlString(mention)}`);
  } else lines.push('  cited: []');
  if (draft.translationEvidence.length > 0) {
    lines.push('translation:', '  from: en', '  evidence:', ...indent(draft.translationEvidence.map(yamlString), '    - '));
  } else lines.push('translation: false');
  lines.push('provenance:', `  capture: ${yamlString(capture)}`);
  if (draft.removed.length > 0) {
    lines.push('  removed:');
    for (const { description, lines: removedLines } of draft.removed) {
      lines.push(`    - description: ${yamlString(description)}`, '      lines:', ...indent(removedLines.map(yamlString), '        - '));
    }
  } else lines.push('  removed: []');
  lines.push('  notes: []');
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
  const separated = separateFurniture(captureText, vocabulary.titles);
  const edition = structureEdition(separated.blocks);
  const paragraphs = separated.blocks.map((block) => block.text);
  const sourceLines = separated.sourceLines.map((block) => block.text.trim());
  const { cited, suggestions } = citedSources(paragraphs, sourceLines, vocabulary.sources);
  // A line of the list of sources that names no source file stays in the text, so nothing is lost.
  const uncited = sourceLines.filter((line) => !cited.some((source) => source.mention === line));
  if (uncited.length > 0) edition.body = [edition.body, uncited.map(escapeMarkdown).join('\n\n')].filter(Boolean).join('\n\n');
  const tagSuggestions = suggestTags(
    { title: edition.title.editorial ? '' : edition.title.text, teaser: edition.teaser?.text ?? '', body: [edition.body, ...sourceLines].join('\n') },
    vocabulary.tags,
  );
  const draft: Omit<Draft, 'text'> = {
    edition,
    translationEvidence: separated.date?.englishOrder ? [de.edition.translationEvidence.englishDateOrder(separated.date.printed)] : [],
    cited: cited.map(({ source, mention }) => ({ source, mention: germanQuotes(mention) })),
    sourceSuggestions: suggestions,
    tagSuggestions,
    removed: separated.removed,
  };
  if (separated.date) {
    draft.date = separated.date;
    draft.dateNote = dateNoteOf(separated.date);
  }
  if (separated.url) draft.url = separated.url;
  const body = edition.body === '' ? '' : `\n${edition.body}\n`;
  return { ...draft, text: `---\n${frontmatter(draft, capture)}\n---\n${body}` };
}

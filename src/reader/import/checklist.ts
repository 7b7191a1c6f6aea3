import { TEASER_MAX_LENGTH } from '../../schema/article.ts';
import { sourceFileSuggestion } from './cited-sources.ts';
import { SUGGESTED_TAGS, type Draft } from './draft.ts';

/**
 * What the editor must still decide about a draft, as short lines for the
 * terminal: the open fields, what to check in the filled ones, and how to
 * publish.
 */
export function checklist(draft: Draft): string[] {
  const { edition, date } = draft;
  const lines: string[] = [];
  if (edition.title.editorial) {
    const from = edition.titleFrom === 'subhead' ? 'its first subhead' : 'its first sentence';
    lines.push(
      `title: the capture prints no headline; the draft uses ${from} (editorial: true): write the archive's title, and rename the file to its slug`,
    );
  } else if (edition.title.kicker) {
    lines.push('title: the printed headline, and the line above it as its kicker (Dachzeile): check both');
  } else {
    lines.push('title: the printed headline; if the page glued a kicker (Dachzeile) to it, move that to title.kicker');
  }
  if (edition.teaser) lines.push('teaser: the printed lead, taken out of the body: check it is the lead');
  else if (edition.longLead !== undefined) {
    lines.push(
      `teaser: OPEN: the lead has ${edition.longLead} characters (at most ${TEASER_MAX_LENGTH}); shorten it with "[…]" and take it out of the body`,
    );
  } else
    lines.push('teaser: OPEN: no printed lead found; take the lead (editorial: false) or write one (editorial: true)');
  if (date) lines.push(`date: ${date.kind} ${date.value} (${date.basis}) from "${date.printed}": check it`);
  else
    lines.push(
      'date: OPEN: the capture prints no date; reason an inferred date from the text (kind: inferred, basis: text-evidence, reasoning)',
    );
  if (draft.publication) lines.push(`source.publication: ${draft.publication}, as the page's metadata names it: check`);
  else if (draft.suggestedPublication && draft.suggestedPublicationIsFile) {
    lines.push(
      `source.publication: OPEN: the page's ©-line names content/sources/${draft.suggestedPublication}.yaml: set publication: ${draft.suggestedPublication} if it is the publication, or "unstated"`,
    );
  } else if (draft.suggestedPublication) {
    lines.push(
      `source.publication: OPEN: the page names "${draft.suggestedPublication}", which has no file in content/sources: create one (the import never does), for example:`,
    );
    for (const line of sourceFileSuggestion(draft.suggestedPublication).trimEnd().split('\n'))
      lines.push(`    ${line}`);
    lines.push('  then set publication to its id, or "unstated"');
  } else
    lines.push(
      'source.publication: OPEN: a file id from content/sources, or "unstated" if the text does not name its publication',
    );
  if (draft.byline) lines.push(`source.byline: "${draft.byline}", as printed: check`);
  if (draft.cited.length > 0)
    lines.push(`source.cited: ${draft.cited.map((cited) => cited.source).join(', ')}: check each mention`);
  draft.sourceSuggestions.forEach((name, index) => {
    lines.push(
      `source.cited: "${name}" looks like a source but has no file in content/sources: if the text cites it, create the file (the import never does), for example:`,
    );
    for (const line of (draft.sourceFiles[index] ?? '').trimEnd().split('\n')) lines.push(`    ${line}`);
  });
  for (const warning of draft.warnings) lines.push(`WARNING ${warning}`);
  const tags = draft.tagSuggestions.slice(0, SUGGESTED_TAGS);
  lines.push(
    tags.length > 0
      ? `tags: OPEN: suggested, best first: ${tags.map((tag) => tag.id).join(', ')}${
          draft.tagSuggestions.length > SUGGESTED_TAGS
            ? ` (also: ${draft.tagSuggestions
                .slice(SUGGESTED_TAGS)
                .map((tag) => tag.id)
                .join(', ')})`
            : ''
        }`
      : 'tags: OPEN: no tag of content/tags occurs in the text; choose or add tags',
  );
  if (draft.translationEvidence.length > 0)
    lines.push('translation: the date is printed in English order: check that the text is a translation');
  else lines.push('translation: false: change it if the text shows it is translated');
  lines.push(
    `provenance.removed: ${draft.removed.reduce((sum, item) => sum + item.lines.length, 0)} line(s) of page furniture removed: check them, and the body for any left`,
  );
  lines.push(
    'body: check the subheads (##), lists (-) and quotations (>); note any garble in provenance.notes, fix nothing silently',
  );
  lines.push('then: remove "draft: true" and run npm run check:content');
  return lines;
}

/** Two built sites compared part by part: pages and links, feeds, sitemap, search index, other files. */
import { compareFeeds, compareSitemaps, siteDocuments } from './compare-documents.ts';
import { compareFiles } from './compare-files.ts';
import { compareSearchIndexesOf } from './compare-index.ts';
import { comparePagesAndLinks } from './compare-pages.ts';
import { DETAILS_SHOWN, indent, type Section } from './section.ts';
import { isHtml, isSearchIndexData, siteFiles } from './site-files.ts';

export function compareSites(beforeDist: string, afterDist: string): Section[] {
  const [before, after] = [siteFiles(beforeDist), siteFiles(afterDist)];
  const [documentsBefore, documentsAfter] = [siteDocuments(before), siteDocuments(after)];
  const isDocument = (path: string) => documentsBefore.paths.has(path) || documentsAfter.paths.has(path);
  return [
    ...comparePagesAndLinks(before, after),
    compareFeeds(documentsBefore, documentsAfter),
    compareSitemaps(documentsBefore, documentsAfter),
    ...compareSearchIndexesOf(beforeDist, afterDist),
    compareFiles(before, after, (path) => !isHtml(path) && !isSearchIndexData(path) && !isDocument(path)),
  ];
}

/** The report: one summary line per section, then each section's differences (the first DETAILS_SHOWN) and notes. */
export function formatReport(sections: readonly Section[]): string {
  const failures = sections.reduce((sum, section) => sum + section.failures, 0);
  const lines = [...sections.map((section) => `${section.name}: ${section.summary}`)];
  for (const section of sections) {
    if (section.details.length === 0 && section.notes.length === 0) continue;
    lines.push('', `## ${section.name}${section.failures > 0 ? ` (${section.failures} differences)` : ''}`);
    for (const detail of section.details.slice(0, DETAILS_SHOWN)) lines.push(...detail.split('\n'));
    if (section.details.length > DETAILS_SHOWN) lines.push(`… ${section.details.length - DETAILS_SHOWN} more`);
    lines.push(...indent(section.notes.slice(0, DETAILS_SHOWN), 'note: '));
    if (section.notes.length > DETAILS_SHOWN) lines.push(`note: … ${section.notes.length - DETAILS_SHOWN} more`);
  }
  lines.push(
    '',
    failures === 0
      ? 'Result: the same site (nothing lost, nothing added, same content).'
      : `Result: ${failures} differences.`,
  );
  return lines.join('\n');
}

import type { ArticleData } from '../schema/article.ts';
import type { VersionData } from '../schema/article-version.ts';
import { firstDayOf, instantOf, type CalendarDate } from '../schema/calendar-date.ts';
import { CAPTURE_ID } from '../schema/capture-id.ts';
import type { ContentProblem } from '../schema/validation-message.ts';

/**
 * The rules that hold a story's versions together, beyond each file's own
 * check: a version belongs to an article that exists, comes from a capture
 * that arrived after the story's (capture ids number the captures in order
 * of arrival, and the versions are read in that order), and is not dated
 * before the version it follows. A later capture is a later look at the
 * page, so a "Stand" that goes back is a typing error, not news.
 */

/** A version the per-file check accepted. */
export interface CheckedVersion {
  /** The story's slug (content/versions/<story>/). */
  story: string;
  capture: string;
  file: string;
  text: string;
  data: VersionData;
  body: string;
}

/** What the rules read of a story: its capture and date, as far as its file could be read. */
export interface StoryHead {
  file: string;
  capture?: string | undefined;
  date?: ArticleData['date'];
}

const sequenceOf = (capture: string) => Number(CAPTURE_ID.exec(capture)?.[1] ?? Number.NaN);

/** Two dates in order: by their instants when both have a time, else by their first day. */
function isBefore(later: CalendarDate, earlier: CalendarDate): boolean {
  const [a, b] = [instantOf(later), instantOf(earlier)];
  return a !== undefined && b !== undefined ? a < b : firstDayOf(later) < firstDayOf(earlier);
}

/**
 * The problems of the versions against their stories. `versions` are in the
 * reader's order (by story, oldest capture first); `stories` maps a slug to
 * its article file as far as it could be read.
 */
export function versionProblems(
  versions: readonly CheckedVersion[],
  stories: ReadonlyMap<string, StoryHead>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let previous: { story: string; date?: ArticleData['date'] } | undefined;
  for (const version of versions) {
    const { file, story, data } = version;
    const head = stories.get(story);
    if (!head) {
      const message = `a version of no article: there is no file content/articles/${story}.md (the folder's name is the story's slug)`;
      problems.push({ level: 'error', file, field: '(file name)', message });
      continue;
    }
    if (head.capture !== undefined && sequenceOf(version.capture) <= sequenceOf(head.capture)) {
      const message = `a later version comes from a later capture: ${version.capture} is not after the story's own ${head.capture}`;
      problems.push({ level: 'error', file, field: 'provenance.capture', message });
    }
    const before = previous?.story === story ? previous.date : head.date;
    if (data.date && before && isBefore(data.date.start, before.start)) {
      const message = `dated before the version it follows (${before.start.iso}): a later capture's "Stand" is not earlier (found: "${data.date.start.iso}")`;
      problems.push({ level: data.draft ? 'warning' : 'error', file, field: 'date', message });
    }
    previous = { story, date: data.date ?? before };
  }
  return problems;
}

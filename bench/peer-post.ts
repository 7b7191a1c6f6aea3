/**
 * An archive article as a post of Astro's blog template, the peer of
 * `npm run bench -- --peer`: the same Markdown body under the frontmatter
 * the template's schema reads (title, description, pubDate), plus the tags.
 */
import yaml from 'js-yaml';
import { parseCalendarDate } from '../src/schema/calendar-date.ts';

export interface PeerFrontmatter {
  title: string;
  description: string;
  /** YYYY-MM-DD: the template's schema coerces it to a Date. */
  pubDate: string;
  tags: string[];
}

interface ArchiveFrontmatter {
  draft?: boolean;
  title: { text: string };
  teaser?: { text: string };
  date?: { value?: string; from?: string };
  tags?: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The first day of an archive date as written: a year, a month, a day or a
 * time ("2024", "2024-07", "2024-06-19", "2024-06-19T14:27+02:00"). A time
 * keeps the day it was printed on, whatever its offset from UTC.
 */
export function firstDay(written: string): string {
  const parsed = parseCalendarDate(written);
  if (!parsed.ok) throw new Error(parsed.error);
  const { year, month = 1, day = 1 } = parsed.value;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The post's frontmatter; a period's date is its start ("from"). */
export function peerFrontmatter(data: ArchiveFrontmatter): PeerFrontmatter {
  const written = data.date?.value ?? data.date?.from;
  if (written === undefined) throw new Error('an article without a date cannot be a post');
  return {
    title: data.title.text,
    description: data.teaser?.text ?? '',
    pubDate: firstDay(written),
    tags: data.tags ?? [],
  };
}

/** An article file's text as a post's, or undefined for a draft (the archive does not publish it either). */
export function peerPost(article: string, file = 'article'): string | undefined {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(article);
  if (!match) throw new Error(`${file}: no frontmatter`);
  const data = yaml.load(match[1]!) as ArchiveFrontmatter;
  if (data.draft === true) return undefined;
  try {
    return `---\n${yaml.dump(peerFrontmatter(data), { lineWidth: -1 })}---\n${article.slice(match[0].length)}`;
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

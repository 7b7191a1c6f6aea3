import type { ArticleDate } from '../schema/article-date.ts';
import { firstDayOf } from '../schema/calendar-date.ts';

/**
 * The build in jobs (docs/operators.md, "Building in jobs"): the same build
 * split by date range into N jobs, each a process of its own, on this
 * machine or another, with its own output; then one merge step puts the
 * parts together, writes the sitemap and the search index, and checks the
 * whole (scripts/build.ts --merge).
 *
 * Every job reads and checks all of content/ and stores every article's data
 * (listings, related articles and the neighbours in time need them all), but
 * renders the Markdown and builds the pages of its own articles only: the
 * articles ordered by date, oldest first, cut into N blocks of equal count,
 * job 1 the oldest. Job 1 also builds the pages that list articles (home,
 * topics, sources, years and months, their feeds) and the permanent
 * addresses; every job builds the few fixed pages (search, imprint, 404),
 * which come out the same in each.
 */

/** The environment variable that makes a build one job of several: "<job>/<jobs>", e.g. "2/4". */
export const BUILD_JOB_VARIABLE = 'ARCHIV_BUILD_JOB';

export interface BuildJob {
  /** This job, 1 to `of`. */
  number: number;
  /** How many jobs the build is split into. */
  of: number;
}

/** The job a value of BUILD_JOB_VARIABLE names; undefined when unset or empty (the whole build in one). */
export function buildJobFrom(value: string | undefined): BuildJob | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const [number, of] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(number >= 1 && number <= of))
    throw new Error(
      `${BUILD_JOB_VARIABLE} must be "<job>/<jobs>" with 1 <= job <= jobs, e.g. "2/4", but is "${value}"`,
    );
  return { number, of };
}

/** The job this process builds, from its environment. */
export const thisBuildJob = (): BuildJob | undefined => buildJobFrom(process.env[BUILD_JOB_VARIABLE]);

export interface Datable {
  id: string;
  date?: ArticleDate | undefined;
}

/**
 * The job of each article, by id: ordered by the first day of its date
 * (undated ones first), then by id, oldest first, and cut into `jobs` blocks
 * whose sizes differ by one at most.
 */
export function jobsByArticle(articles: readonly Datable[], jobs: number): Map<string, number> {
  const day = (article: Datable) => (article.date ? firstDayOf(article.date.start) : -Infinity);
  const ordered = [...articles].sort((a, b) => day(a) - day(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(ordered.map((article, index) => [article.id, Math.floor((index * jobs) / ordered.length) + 1]));
}

/**
 * Which of `articles` this process builds: all of them outside a job build,
 * else those of its job. `articles` must be every article the build stores,
 * so that each job cuts the same blocks.
 */
export function articlesOfThisJob<T extends Datable>(articles: readonly T[], job = thisBuildJob()): T[] {
  if (!job) return [...articles];
  const jobs = jobsByArticle(articles, job.of);
  return articles.filter((article) => jobs.get(article.id) === job.number);
}

/** Whether this process builds the pages that are no article's own (listings, their feeds, the permanent addresses): outside a job build, or as job 1. */
export const buildsSitePages = (job = thisBuildJob()): boolean => !job || job.number === 1;

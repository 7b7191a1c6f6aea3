import { describe, expect, it } from 'vitest';
import { articleDateSchema } from '../schema/article-date.ts';
import { articlesOfThisJob, buildJobFrom, buildsSitePages, jobsByArticle } from './build-job.ts';

const dated = (id: string, value?: string) => ({
  id,
  date: value === undefined ? undefined : articleDateSchema.parse({ kind: 'published', basis: 'printed', value }),
});

describe('the job of a build in jobs', () => {
  it('reads "<job>/<jobs>", and refuses anything else with the form it needs', () => {
    expect(buildJobFrom(undefined)).toBeUndefined();
    expect(buildJobFrom(' ')).toBeUndefined();
    expect(buildJobFrom('2/4')).toEqual({ number: 2, of: 4 });
    expect(buildJobFrom(' 1 / 1 ')).toEqual({ number: 1, of: 1 });
    for (const value of ['0/4', '5/4', '2', '2/', 'a/b', '2/4/1', '-1/4'])
      expect(() => buildJobFrom(value), value).toThrow(/ARCHIV_BUILD_JOB must be "<job>\/<jobs>".*e\.g\. "2\/4"/);
  });

  it('cuts the articles by date into blocks of equal count, job 1 the oldest, undated ones first', () => {
    const articles = [
      dated('e', '2024-05-01'),
      dated('a', '2019-01-01'),
      dated('ohne-datum'),
      dated('d', '2024-03'),
      dated('c', '2023'),
      dated('b', '2020-06-30'),
    ];
    expect(Object.fromEntries(jobsByArticle(articles, 3))).toEqual({
      'ohne-datum': 1,
      a: 1,
      b: 2,
      c: 2,
      d: 3,
      e: 3,
    });
    // Sizes differ by one at most; the order of the input does not matter.
    const counts = (jobs: Map<string, number>) =>
      [...jobs.values()].reduce((n, job) => n.set(job, (n.get(job) ?? 0) + 1), new Map<number, number>());
    expect([...counts(jobsByArticle(articles, 4)).values()].sort()).toEqual([1, 1, 2, 2]);
    expect(jobsByArticle([...articles].reverse(), 4)).toEqual(jobsByArticle(articles, 4));
  });

  it('orders articles of the same day by id, so that every job cuts the same blocks', () => {
    const sameDay = ['z', 'm', 'a', 'q'].map((id) => dated(id, '2024-01-01'));
    expect(Object.fromEntries(jobsByArticle(sameDay, 2))).toEqual({ a: 1, m: 1, q: 2, z: 2 });
  });

  it('gives each job its own articles, every article to one job, and the site pages to job 1', () => {
    const articles = Array.from({ length: 7 }, (_, index) => dated(`artikel-${index}`, `2024-01-0${index + 1}`));
    const parts = [1, 2, 3].map((number) =>
      articlesOfThisJob(articles, { number, of: 3 }).map((article) => article.id),
    );
    expect(parts.flat().sort()).toEqual(articles.map((article) => article.id).sort());
    expect(parts.map((part) => part.length)).toEqual([3, 2, 2]);
    expect(articlesOfThisJob(articles, undefined)).toEqual(articles);
    expect([undefined, { number: 1, of: 3 }, { number: 2, of: 3 }].map((job) => buildsSitePages(job))).toEqual([
      true,
      true,
      false,
    ]);
  });
});

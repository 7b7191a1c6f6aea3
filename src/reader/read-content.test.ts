import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileNameProblem, listVocabulary, readContent, vocabularyOf, type ContentFs } from './read-content.ts';
import { checkContent, validateContent } from './validate-content.ts';

/** The node:fs calls the reader makes, counted by path. */
function countingFs(): ContentFs & { reads: Map<string, number>; listings: Map<string, number> } {
  const reads = new Map<string, number>();
  const listings = new Map<string, number>();
  return {
    reads,
    listings,
    readdirSync: (dir) => {
      listings.set(dir, (listings.get(dir) ?? 0) + 1);
      return fs.readdirSync(dir);
    },
    readFileSync: (file, encoding) => {
      reads.set(file, (reads.get(file) ?? 0) + 1);
      return fs.readFileSync(file, encoding);
    },
  };
}

const DIR = 'tests/fixtures/broken-content';

describe('readContent', () => {
  it('reads every article, tag and source file and the variants list once, and lists each folder once', () => {
    const counting = countingFs();
    const content = readContent(DIR, counting);
    const expected = ['articles', 'tags', 'sources'].flatMap((folder) =>
      fs.readdirSync(`${DIR}/${folder}`).map((name) => `${DIR}/${folder}/${name}`),
    );
    expect([...counting.reads.keys()].sort()).toEqual([...expected, `${DIR}/varianten.yaml`].sort());
    expect([...counting.reads.values()].every((count) => count === 1)).toBe(true);
    // content/versions/ is looked for once (this folder has none).
    expect([...counting.listings.entries()].sort()).toEqual(
      ['articles', 'captures', 'sources', 'tags', 'versions'].map((folder) => [`${DIR}/${folder}`, 1]),
    );
    expect(content.articles).toHaveLength(17);
  });

  it('lists captures without reading them: an article only names one', () => {
    const content = readContent(DIR, countingFs());
    expect(content.captures).toContain('802_a4a1a67225a724b7');
    const { names, ...ids } = vocabularyOf(content);
    expect(ids).toEqual(listVocabulary(DIR));
    expect(names).toBeDefined();
  });

  it('maps the names of tags and sources to their ids: label and aliases, name, short name and aliases', () => {
    const { names } = vocabularyOf(readContent('content'));
    expect(names!.tags.get('waffen und munition')).toBe('waffenlieferungen');
    expect(names!.tags.get('kim jong-un')).toBe('kim-jong-un');
    expect(names!.sources.get('deutsche presse-agentur')).toBe('dpa');
    expect(names!.sources.get('faz')).toBe('faz');
    expect(names!.sources.get('frankfurter allgemeine zeitung')).toBe('faz');
    // Related words are no names of the tag.
    expect(names!.tags.has('munition')).toBe(false);
  });

  it('leaves out the names of a file that is no YAML object, and the fields that are no strings', () => {
    const entry = (id: string, data: unknown) => ({
      file: `${id}.yaml`,
      id,
      text: '',
      yaml: { ok: true as const, data },
    });
    const { names } = vocabularyOf({
      tags: [
        entry('leer', null),
        entry('liste', ['Russland']),
        entry('russland', { label: 'Russland', aliases: [7, 'Russia'] }),
      ],
      sources: [{ file: 'kaputt.yaml', id: 'kaputt', text: '', yaml: { ok: false, error: new Error('bad') } }],
      captures: [],
    });
    expect([...names!.tags]).toEqual([
      ['russland', 'russland'],
      ['russia', 'russland'],
    ]);
    expect(names!.sources.size).toBe(0);
  });

  it("lets the check name the id meant where a tag's or source's name was written", () => {
    const content = readContent('content');
    const [first] = content.articles;
    if (!first?.article.ok) throw new Error('content/ has no readable article');
    const frontmatter = first.article.frontmatter as Record<string, any>;
    const article = {
      ...first.article,
      frontmatter: {
        ...frontmatter,
        tags: ['Waffen und Munition', 'russland'],
        source: {
          ...frontmatter.source,
          publication: 'FAZ',
          cited: [{ source: 'Deutsche Presse-Agentur', mention: 'dpa' }],
        },
      },
    };
    const problems = checkContent({ ...content, articles: [{ ...first, article }] }).problems.filter(
      (problem) => problem.level === 'error',
    );
    expect(problems.map(({ field, message }) => `${field}: ${message}`)).toEqual([
      'source.publication: unknown publication "FAZ": expected "unstated" or the id of a file in content/sources (did you mean "faz"?)',
      'source.cited.0.source: unknown source "Deutsche Presse-Agentur": there is no file content/sources/Deutsche Presse-Agentur.* (did you mean "dpa"?)',
      'tags.0: unknown tag "Waffen und Munition": there is no file content/tags/Waffen und Munition.* (did you mean "waffenlieferungen"?)',
    ]);
  });

  it('splits an article into frontmatter and body, and keeps the error of broken YAML for the check', () => {
    const { articles } = readContent(DIR);
    const valid = articles.find(({ id }) => id === 'gueltig')!;
    expect(valid.file).toBe(`${DIR}/articles/gueltig.md`);
    expect(valid.article).toMatchObject({ ok: true, frontmatter: { tags: ['russland'] } });
    expect(valid.article.ok && valid.article.body.trim()).toBe('Ein Satz.');
    expect(articles.find(({ id }) => id === 'kaputtes-yaml')!.article.ok).toBe(false);
  });

  it('states the slug rule for file names once', () => {
    expect(fileNameProblem({ file: 'content/tags/russland.yaml', id: 'russland' })).toBeUndefined();
    expect(fileNameProblem({ file: 'content/articles/Gross.md', id: 'Gross' })).toMatchObject({
      field: '(file name)',
      message: expect.stringMatching(/^the file name must be a slug/),
    });
  });

  it('gives the check what it needs: the same report as reading and checking in one call', () => {
    const today = new Date('2026-11-23T12:00:00Z');
    expect(checkContent(readContent(DIR), today)).toEqual(validateContent(DIR, today));
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateArticleFile } from './article-file.ts';
import { listVocabulary as readVocabulary } from '../reader/read-content.ts';
import type { Vocabulary } from './vocabulary.ts';

const vocabulary: Vocabulary = {
  tags: new Set(['russland', 'nordkorea', 'wladimir-putin']),
  sources: new Set(['dpa', 'tass']),
  captures: new Set(['003_8186d7623cbe01d7']),
};

const FILE = 'content/articles/beispiel.md';

/** A valid article; each test breaks one thing. */
function frontmatter(): Record<string, any> {
  return {
    title: { text: 'Ein Titel', editorial: false },
    teaser: { text: 'Ein Vorspann.', editorial: false },
    date: { kind: 'updated', basis: 'printed', value: '2024-06-19T14:27+02:00' },
    source: { publication: 'unstated', cited: [{ source: 'dpa', mention: 'wie die dpa berichtete' }] },
    translation: false,
    provenance: { capture: '003_8186d7623cbe01d7', removed: [], notes: [] },
    tags: ['russland', 'nordkorea'],
  };
}

/** JSON is YAML too: one key per line keeps the generated frontmatter readable. */
function fileWith(data: Record<string, unknown>, extraYaml = ''): string {
  const lines = Object.entries(data).map(([key, value]) => `${key}: ${JSON.stringify(value)}\n`);
  return `---\n${lines.join('')}${extraYaml}---\n\nText.\n`;
}

function errorsOf(text: string): string[] {
  const result = validateArticleFile(FILE, text, vocabulary);
  return result.ok ? [] : result.errors;
}

// Every article of the archive, however many there are, and those of the fixture archive the browser tests build.
describe.each(['content', 'tests/fixtures/archive'])('the articles of %s/', (dir) => {
  const realVocabulary = readVocabulary(dir);
  const files = readdirSync(`${dir}/articles`).filter((name) => name.endsWith('.md'));

  it('are there to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s passes the schema', (name) => {
    const result = validateArticleFile(name, readFileSync(`${dir}/articles/${name}`, 'utf8'), realVocabulary);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('articleSchema', () => {
  it('accepts a valid article and parses its date', () => {
    const result = validateArticleFile(FILE, fileWith(frontmatter()), vocabulary);
    expect(result.ok).toBe(true);
    expect(result.ok && result.data.date).toMatchObject({ precision: 'datetime', isRange: false, kind: 'updated' });
  });

  it('rejects an unknown tag, naming file, field and the likely intended tag', () => {
    const data = frontmatter();
    data.tags = ['russland', 'wladimir-putn'];
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: tags.1: unknown tag "wladimir-putn": there is no file content/tags/wladimir-putn.* (did you mean "wladimir-putin"?)`,
    ]);
  });

  it('rejects an unknown key at the top and inside an object', () => {
    const data = frontmatter();
    data.autor = 'Jemand';
    data.source.author = 'Jemand';
    const errors = errorsOf(fileWith(data));
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toMatch(new RegExp(`^${FILE}: \\(frontmatter\\): Unrecognized key: "autor"`, 'm'));
    expect(errors.join('\n')).toMatch(new RegExp(`^${FILE}: source: Unrecognized key: "author"`, 'm'));
  });

  it('suggests the key a misspelt one was meant to be, at the top and inside an object', () => {
    const data = frontmatter();
    data.tgas = data.tags;
    delete data.tags;
    data.title = { txt: 'Ein Titel', text: 'Ein Titel', editorial: false };
    data.source.pubication = 'dpa';
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: title: Unrecognized key: "txt" (did you mean "text"?)`,
      `${FILE}: source: Unrecognized key: "pubication" (did you mean "publication"?)`,
      `${FILE}: tags: missing: 1–10 ids from content/tags (only a draft, draft: true, may leave it open)`,
      `${FILE}: (frontmatter): Unrecognized key: "tgas" (did you mean "tags"?)`,
    ]);
  });

  it('names each unknown key on its own line', () => {
    const data = frontmatter();
    data.datum = '2024';
    data.autor = 'Jemand';
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: (frontmatter): Unrecognized key: "datum" (did you mean "date"?)`,
      `${FILE}: (frontmatter): Unrecognized key: "autor"`,
    ]);
  });

  it('rejects a missing date', () => {
    const data = frontmatter();
    delete data.date;
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: date: missing: the printed date, or with none printed an inferred date (kind: inferred, basis: text-evidence, its reasoning) (only a draft, draft: true, may leave it open)`,
    ]);
  });

  it('rejects an impossible date instead of rolling it over', () => {
    const data = frontmatter();
    data.date = { kind: 'published', basis: 'printed', value: '2024-02-30' };
    expect(errorsOf(fileWith(data))).toEqual([`${FILE}: date.value: "2024-02-30" is not a day of the calendar`]);
  });

  it('rejects an unquoted YAML date, which YAML would have made a timestamp', () => {
    const data = frontmatter();
    delete data.date;
    const text = fileWith(data, 'date:\n  kind: published\n  basis: printed\n  value: 2024-02-28\n');
    expect(errorsOf(text)).toEqual([
      `${FILE}: date.value: write the date as a quoted string ("2024-06-19"): YAML turns unquoted dates into timestamps (found: the timestamp 2024-02-28 (an unquoted date))`,
    ]);
  });

  it('rejects an inferred date without reasoning or with a printed basis', () => {
    const data = frontmatter();
    data.date = { kind: 'inferred', basis: 'printed', value: '2024' };
    const errors = errorsOf(fileWith(data));
    expect(errors).toContain(`${FILE}: date.reasoning: an inferred date must show its reasoning (found: nothing)`);
    expect(errors).toContain(`${FILE}: date.basis: an inferred date rests on "text-evidence" (found: "printed")`);
  });

  it('accepts an inferred period and rejects a period that ends before it starts', () => {
    const data = frontmatter();
    data.date = { kind: 'inferred', basis: 'text-evidence', from: '2023-07', to: '2023-12', reasoning: 'Belege.' };
    expect(errorsOf(fileWith(data))).toEqual([]);
    data.date.to = '2023-03';
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: date.to: the period must end after it starts (2023-07 to 2023-03)`,
    ]);
  });

  it('accepts an open-ended inferred period and rejects a period without its start', () => {
    const data = frontmatter();
    data.date = { kind: 'inferred', basis: 'text-evidence', from: '2024', reasoning: 'Frühestens 2024.' };
    expect(errorsOf(fileWith(data))).toEqual([]);
    data.date = { kind: 'inferred', basis: 'text-evidence', to: '2024', reasoning: 'Spätestens 2024.' };
    expect(errorsOf(fileWith(data))[0]).toMatch(`${FILE}: date.from: a period needs its start`);
  });

  it('rejects a printed date given as a period', () => {
    const data = frontmatter();
    data.date = { kind: 'published', basis: 'printed', from: '2023-07', to: '2023-12' };
    expect(errorsOf(fileWith(data))).toContain(
      `${FILE}: date.from: only an inferred date may be a period (found: "2023-07")`,
    );
  });

  it('rejects a missing source and an unknown publication', () => {
    const data = frontmatter();
    delete data.source;
    expect(errorsOf(fileWith(data))).toEqual([`${FILE}: source: missing: expected object`]);
    const guessed = frontmatter();
    guessed.source.publication = 'tagesschau';
    expect(errorsOf(fileWith(guessed))).toEqual([
      `${FILE}: source.publication: unknown publication "tagesschau": expected "unstated" or the id of a file in content/sources`,
    ]);
  });

  it('names the source meant when a publication is written as its name', () => {
    const named: Vocabulary = {
      ...vocabulary,
      names: { tags: new Map(), sources: new Map([['deutsche presse-agentur', 'dpa']]) },
    };
    const data = frontmatter();
    data.source.publication = 'Deutsche Presse-Agentur';
    const result = validateArticleFile(FILE, fileWith(data), named);
    expect(result.ok ? [] : result.errors).toEqual([
      `${FILE}: source.publication: unknown publication "Deutsche Presse-Agentur": expected "unstated" or the id of a file in content/sources (did you mean "dpa"?)`,
    ]);
  });

  it('rejects an empty publication, so its absence is always said explicitly', () => {
    const data = frontmatter();
    data.source.publication = null;
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: source.publication: expected "unstated" or the id of a file in content/sources (found: null)`,
    ]);
  });

  it('rejects a cited source that is not in the vocabulary', () => {
    const data = frontmatter();
    data.source.cited = [{ source: 'faz', mention: 'FAZ' }];
    expect(errorsOf(fileWith(data))[0]).toMatch(`${FILE}: source.cited.0.source: unknown source "faz"`);
  });

  it('rejects a provenance capture that does not exist', () => {
    const data = frontmatter();
    data.provenance.capture = '009_0000000000000000';
    expect(errorsOf(fileWith(data))[0]).toMatch(`${FILE}: provenance.capture: unknown capture "009_0000000000000000"`);
  });

  it('accepts removed furniture as descriptions with the removed lines', () => {
    const data = frontmatter();
    data.provenance.removed = [
      { description: 'drei Anzeigen-Platzhalter („Anzeige“)', lines: ['Anzeige', 'Anzeige', 'Anzeige'] },
      { description: 'Datumszeile', lines: ['Stand: 19.06.2024 14:27 Uhr'] },
    ];
    const result = validateArticleFile(FILE, fileWith(data), vocabulary);
    expect(result.ok && result.data.provenance.removed).toEqual(data.provenance.removed);
  });

  it('rejects removed furniture without its lines, with an empty line, or as a bare description (the old format)', () => {
    const data = frontmatter();
    data.provenance.removed = [{ description: 'Videohinweis', lines: [] }];
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: provenance.removed.0.lines: Too small: expected array to have >=1 items (found: [])`,
    ]);
    data.provenance.removed = [{ description: 'Videohinweis', lines: ['Im Video: …', '  '] }];
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: provenance.removed.0.lines.1: Too small: expected string to have >=1 characters (found: "")`,
    ]);
    data.provenance.removed = [{ lines: ['Im Video: …'] }];
    expect(errorsOf(fileWith(data))).toEqual([`${FILE}: provenance.removed.0.description: missing: expected string`]);
    data.provenance.removed = ['Videohinweis'];
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: provenance.removed.0: expected { description, lines }: the German description readers see and the removed lines of the capture, word for word (found: "Videohinweis")`,
    ]);
  });

  it('rejects a teaser over 400 characters and a missing editorial flag', () => {
    const data = frontmatter();
    data.teaser = { text: 'x'.repeat(401) };
    const errors = errorsOf(fileWith(data));
    expect(errors[0]).toMatch(
      new RegExp(
        `^${FILE}: teaser.text: 401 characters, 1 too many \\(at most 400\\): cut the printed lead after a sentence and mark the cut with "\\[…\\]" .* \\(found: "x{50,}\\.\\.\\.\\)$`,
      ),
    );
    expect(errors).toContain(`${FILE}: teaser.editorial: missing: expected boolean`);
  });

  it('rejects a translation without evidence', () => {
    const data = frontmatter();
    data.translation = { from: 'en', evidence: [] };
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: translation.evidence: Too small: expected array to have >=1 items (found: [])`,
    ]);
    data.translation = true;
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: translation: expected false or { evidence: [...] } with the evidence for a translation (found: true)`,
    ]);
  });

  it('rejects a tag listed twice and an article without tags', () => {
    const data = frontmatter();
    data.tags = ['russland', 'russland'];
    expect(errorsOf(fileWith(data))).toEqual([`${FILE}: tags: a tag is listed twice (found: ["russland","russland"])`]);
    data.tags = [];
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: tags: missing: 1–10 ids from content/tags (only a draft, draft: true, may leave it open)`,
    ]);
  });

  it('accepts a withdrawal with its day and reason', () => {
    const data = frontmatter();
    data.withdrawn = { date: '2025-03-01', reason: 'Auf Verlangen des Verlags entfernt.' };
    const result = validateArticleFile(FILE, fileWith(data), vocabulary);
    expect(result.ok && result.data.withdrawn).toEqual({
      date: { precision: 'day', year: 2025, month: 3, day: 1, iso: '2025-03-01' },
      reason: 'Auf Verlangen des Verlags entfernt.',
    });
  });

  it('rejects a withdrawal without a day, without a reason, or with a misspelt key', () => {
    const data = frontmatter();
    data.withdrawn = { date: '2025-03', reason: 'Entfernt.' };
    expect(errorsOf(fileWith(data))).toEqual([
      `${FILE}: withdrawn.date: a withdrawal names its day as "YYYY-MM-DD" (found: "2025-03")`,
    ]);
    data.withdrawn = { date: '2025-03-01' };
    expect(errorsOf(fileWith(data))).toEqual([`${FILE}: withdrawn.reason: missing: expected string`]);
    data.withdrawn = { date: '2025-03-01', reason: 'Entfernt.', grund: 'Entfernt.' };
    expect(errorsOf(fileWith(data))).toEqual([`${FILE}: withdrawn: Unrecognized key: "grund"`]);
    data.withdrawn = { date: '2025-03-01', reasn: 'Entfernt.' };
    expect(errorsOf(fileWith(data))).toContain(
      `${FILE}: withdrawn: Unrecognized key: "reasn" (did you mean "reason"?)`,
    );
  });

  it('rejects an unquoted withdrawal day', () => {
    const data = frontmatter();
    const text = fileWith(data, 'withdrawn:\n  date: 2025-03-01\n  reason: "Entfernt."\n');
    expect(errorsOf(text)).toEqual([
      `${FILE}: withdrawn.date: expected the day of the withdrawal as a quoted string such as "2025-03-01" (found: the timestamp 2025-03-01 (an unquoted date))`,
    ]);
  });

  it('rejects broken YAML, naming the file and the line', () => {
    const text = '---\ntitle:\n  text: "Ein Titel\n  editorial: false\n---\nText.\n';
    const [error] = errorsOf(text);
    expect(error).toMatch(new RegExp(`^${FILE}: \\(frontmatter\\): invalid YAML at line 5: `));
  });

  it('rejects a file without frontmatter', () => {
    expect(errorsOf('Nur Text.\n')).toEqual([`${FILE}: (frontmatter): no frontmatter between "---" lines at the top`]);
  });
});

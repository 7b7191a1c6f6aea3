import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateArticleFile } from '../../schema/article-file.ts';
import { openFields } from '../../schema/article.ts';
import { listVocabulary } from '../read-content.ts';
import { checklist } from './checklist.ts';
import { draftOf, draftOfHtml } from './draft.ts';
import { captureLines } from '../edition-integrity.ts';
import { readArchiveState } from './import-capture.ts';

const state = readArchiveState('content');
const vocabulary = listVocabulary('content');
const files = readdirSync('content/captures').filter((name) => /\.(txt|html)$/.test(name));
/** The draft of a capture of content/, a text capture or a saved page. */
const draftOfFile = (name: string) => {
  const text = readFileSync(`content/captures/${name}`, 'utf8');
  const capture = name.replace(/\.(txt|html)$/, '');
  return name.endsWith('.html') ? draftOfHtml(text, capture, state) : draftOf(text, capture, state);
};

describe('the draft of a capture', () => {
  it.each(files)('%s passes the schema as a draft, with only the open fields open', (name) => {
    const capture = name.replace(/\.(txt|html)$/, '');
    const draft = draftOfFile(name);
    const result = validateArticleFile(`content/articles/${capture}.md`, draft.text, vocabulary);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.data.draft).toBe(true);
    expect(result.data.provenance.capture).toBe(capture);
    expect(openFields(result.data)).toContain('tags');
    expect(openFields(result.data)).toContain('source.publication');
    // Published, it would fail on exactly its open fields.
    const published = validateArticleFile('x.md', draft.text.replace('draft: true\n', ''), vocabulary);
    expect(published.ok ? [] : published.problems.map((problem) => problem.field).sort()).toEqual(
      [...openFields(result.data)].sort(),
    );
  });

  it('records every removed line word for word: the lines kept and removed make up the capture', () => {
    for (const name of files) {
      const text = captureLines(name, readFileSync(`content/captures/${name}`, 'utf8')).join('\n');
      for (const line of draftOfFile(name).removed.flatMap((item) => item.lines)) expect(text).toContain(line);
    }
  });

  it('turns a printed date in English order into a translation hint', () => {
    const draft = draftOf(
      readFileSync('content/captures/004_89ae70b186e0ea4d.txt', 'utf8'),
      '004_89ae70b186e0ea4d',
      state,
    );
    expect(draft.translationEvidence).toEqual(['Das Datum steht in englischer Reihenfolge: „Juni 19, 2024“.']);
    expect(draft.text).toContain(
      'translation:\n  from: en\n  evidence:\n    - "Das Datum steht in englischer Reihenfolge: „Juni 19, 2024“."',
    );
  });

  it('keeps a capture with markup and script as text, and the draft still parses', () => {
    const capture = [
      'Titel mit <b>Markup</b>',
      'Ein Vorspann, der lang genug ist, um als Vorspann zu gelten, und der mit einem Punkt endet.',
      '<script>alert(1)</script>',
      '---',
      'title: "eingeschleust"',
      'Letzter Satz.',
    ].join('\n');
    const draft = draftOf(capture, '003_8186d7623cbe01d7', state);
    expect(draft.text).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(draft.text).toContain('\n\\---\n');
    const result = validateArticleFile('content/articles/x.md', draft.text, vocabulary);
    expect(result.ok ? result.data.title.text : result.errors).toBe('Titel mit <b>Markup</b>');
  });

  it('prints a checklist naming each open field', () => {
    const draft = draftOf(readFileSync('content/captures/002_7491ef1a70dbf932.txt', 'utf8'), 'x', state);
    const lines = checklist(draft);
    for (const field of [
      'teaser: OPEN',
      'date: OPEN',
      'source.publication: OPEN',
      'tags: OPEN: suggested, best first: ',
    ]) {
      expect(lines.some((line) => line.startsWith(field))).toBe(true);
    }
    expect(lines.at(-1)).toBe('then: remove "draft: true" and run npm run check:content');
  });
});

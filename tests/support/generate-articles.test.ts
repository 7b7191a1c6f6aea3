import { describe, expect, it } from 'vitest';
import { validateArticleFile } from '../../src/schema/article-file.ts';
import { listVocabulary as readVocabulary } from '../../src/reader/read-content.ts';
import { generateArticles, random, zipfSampler } from './generate-articles.ts';
import { FIXTURE_ARCHIVE } from './fixture-archive.ts';
import { generatorInput, sentencesOf, wordsOfDictionary } from './generated-archive.ts';

// The fixture archive's five articles, tags and sources: the figures below stay put as content/ grows.
const input = generatorInput(FIXTURE_ARCHIVE);
const distinctWords = (texts: string[]) =>
  new Set(texts.flatMap((text) => text.toLocaleLowerCase('de').match(/\p{L}+/gu) ?? [])).size;

describe('generator input', () => {
  it('takes the stems of a Hunspell dictionary, letters only', () => {
    expect(wordsOfDictionary('3\nAbart/P\nzzgl.\nab\nÄpfel/NMm\nLKW-Fahrer/S\n')).toEqual(['Abart', 'Äpfel']);
    expect(input.words.length).toBeGreaterThan(50_000);
  });

  it('takes whole sentences of the running text, never splitting a quotation', () => {
    const markdown =
      '---\ntitle: x\n---\n\n## Zwischentitel\n\nEr sagte: „Wir kommen. Und wir bleiben.“ Dann ging er wieder.\n\n> Zitat aus einem Block.\n';
    expect(sentencesOf(markdown)).toEqual(['Er sagte: „Wir kommen. Und wir bleiben.“', 'Dann ging er wieder.']);
    expect(input.sentences.length).toBeGreaterThan(80);
    expect(input.tags.length).toBeGreaterThan(10);
  });
});

describe('zipfSampler', () => {
  it('draws the word at rank r about 1/r as often as the first', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `w${i}`);
    const draw = zipfSampler(words, random(3));
    const counts = new Map<string, number>();
    for (let i = 0; i < 200_000; i++) {
      const word = draw();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const byFrequency = [...counts.values()].sort((a, b) => b - a);
    expect(byFrequency[0]! / byFrequency[9]!).toBeGreaterThan(7);
    expect(byFrequency[0]! / byFrequency[9]!).toBeLessThan(13);
    expect(byFrequency[0]! / byFrequency[99]!).toBeGreaterThan(70);
    expect(byFrequency[0]! / byFrequency[99]!).toBeLessThan(130);
  });
});

describe('generateArticles', () => {
  const articles = generateArticles(200, 11, input);

  it('is deterministic from its seed', () => {
    expect(generateArticles(200, 11, input).map((a) => a.text)).toEqual(articles.map((a) => a.text));
    expect(generateArticles(200, 12, input)[0]!.text).not.toBe(articles[0]!.text);
  });

  it('writes articles the content check accepts, with the tags and sources of the archive', () => {
    const vocabulary = readVocabulary(FIXTURE_ARCHIVE);
    const withCaptures = {
      ...vocabulary,
      captures: new Set([...vocabulary.captures, ...articles.map((a) => a.capture)]),
    };
    for (const article of articles) {
      const result = validateArticleFile(`${article.slug}.md`, article.text, withCaptures);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
    expect(new Set(articles.map((a) => a.slug)).size).toBe(200);
    expect(new Set(articles.flatMap((a) => a.tags)).size).toBe(input.tags.length);
  });

  it('mixes real sentences into the text', () => {
    const real = articles.flatMap((a) => input.sentences.filter((sentence) => a.text.includes(sentence)));
    expect(real.length).toBeGreaterThan(200);
  });

  it('grows its vocabulary ever slower, as a real archive does', () => {
    const texts = generateArticles(1000, 5, input).map((a) => a.text);
    const [at10, at100, at1000] = [10, 100, 1000].map((n) => distinctWords(texts.slice(0, n)));
    // Ten times the articles, far less than ten times the words, and ever less (Heaps' law)…
    expect(at100! / at10!).toBeLessThan(8);
    expect(at1000! / at100!).toBeLessThan(at100! / at10!);
    // …but still growing: new compounds and rare words keep coming, as in a real archive.
    expect(at1000! / at100!).toBeGreaterThan(2.5);
  });
});

/**
 * Generates a deterministic archive of N articles for tests and benchmarks:
 * the real tag and source vocabulary, dates from 2019 to 2024 at every
 * precision the schema knows, and text made of the real articles' sentences
 * mixed with sentences of German words drawn at Zipf-like frequencies (the
 * word at rank r about 1/r as often as the most frequent one), so that the
 * vocabulary and the search index grow with the archive as a real one's do:
 * fast at first, then ever slower, and never stop (a few tokens are new
 * compounds). The same seed gives the same archive.
 */
import { createHash } from 'node:crypto';
import { TEASER_MAX_LENGTH } from '../../src/schema/article.ts';

/**
 * A generated teaser cut after its last whole word that fits the schema's
 * limit with the final full stop: 30 long words exceed 400 characters about
 * once in 100,000 articles, and the content check then stops the build.
 * No random draw, so every other article stays as the seed made it.
 */
function withinTeaserLength(text: string): string {
  let fitted = text;
  while (fitted.length + 1 > TEASER_MAX_LENGTH) fitted = fitted.slice(0, fitted.lastIndexOf(' '));
  return fitted;
}

export interface GeneratedArticle {
  slug: string;
  /** Its own capture id (the permanent id); write content/captures/<capture>.txt for it. */
  capture: string;
  /** The capture's text: the article's body and its mentions of cited sources, so that the edition is faithful to it as the content check requires. */
  captureText: string;
  text: string;
  tags: string[];
  publication: string;
  cited: string[];
  year: number;
}

export interface GeneratorInput {
  tags: string[];
  sources: string[];
  /** Sentences of the real articles, used word for word. */
  sentences: string[];
  /** A German word list; its order does not matter (the seed ranks it). */
  words: string[];
}

/** A small, fast, seedable generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws words at Zipf frequencies: the list is ranked by a seeded shuffle,
 * and the word at rank r (from 1) is drawn with weight 1 / r.
 */
export function zipfSampler(words: readonly string[], next: () => number): () => string {
  const ranked = [...words];
  for (let i = ranked.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [ranked[i], ranked[j]] = [ranked[j]!, ranked[i]!];
  }
  const cumulative = new Float64Array(ranked.length);
  let total = 0;
  ranked.forEach((_, index) => (cumulative[index] = total += 1 / (index + 1)));
  return () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return ranked[low]!;
  };
}

/** The share of sentences taken from the real articles; the rest are drawn from the word list. */
export const REAL_SENTENCE_SHARE = 0.1;

/** The share of drawn tokens that are compounds of two drawn words. */
export const COMPOUND_SHARE = 0.03;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function generateArticles(count: number, seed: number, input: GeneratorInput): GeneratedArticle[] {
  const next = random(seed);
  const word = zipfSampler(input.words, next);
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const pickSome = <T>(items: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(items)))];
  // German makes new words by compounding: a few tokens join two drawn words, so the vocabulary
  // keeps growing with the archive (Heaps' law) instead of running out at the word list's end.
  const token = () => (next() < COMPOUND_SHARE ? word() + word().toLocaleLowerCase('de') : word());
  const phrase = (min: number, max: number) => {
    const text = Array.from({ length: between(min, max) }, token).join(' ');
    return text[0]!.toLocaleUpperCase('de') + text.slice(1);
  };
  // About one sentence in ten is real: the real articles' names and words then occur in a part of the archive, as a
  // topic's do, not in every article (104 real sentences reused would make "Putin" a word of every page).
  const sentence = () => (next() < REAL_SENTENCE_SHARE ? pick(input.sentences) : `${phrase(6, 16)}.`);
  const paragraph = () => Array.from({ length: between(2, 4) }, sentence).join(' ');

  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const year = 2019 + Math.floor(next() * 6);
    const month = between(1, 12);
    const day = `${year}-${pad(month)}-${pad(between(1, 28))}`;
    const kind = next();
    const date =
      kind < 0.6
        ? `{ kind: published, basis: printed, value: "${day}" }`
        : kind < 0.8
          ? `{ kind: updated, basis: printed, value: "${day}T${pad(between(6, 19))}:${pad(between(0, 59))}+01:00" }`
          : kind < 0.9
            ? `{ kind: published, basis: capture-metadata, value: "${year}-${pad(month)}" }`
            : `{ kind: inferred, basis: text-evidence, value: "${year}", reasoning: "Erzeugter Testartikel." }`;
    const tags = pickSome(input.tags, between(2, 6));
    const publication = next() < 0.5 ? 'unstated' : pick(input.sources);
    const cited = next() < 0.6 ? pickSome(input.sources, between(1, 2)) : [];
    const slug = `testartikel-${pad(number, 5)}`;
    // An id of the documented form (docs/editors.md, "Capture ids"), numbered above any real capture.
    const capture = `${100000 + number}_${createHash('sha256').update(`generated ${number}`).digest('hex').slice(0, 16)}`;
    // The number keeps titles apart: the content check refuses two articles with one title.
    const title = `${phrase(3, 7)} (${number})`;
    const body = Array.from({ length: between(5, 12) }, paragraph).join('\n\n');
    const text = `---
title: { kicker: "${phrase(1, 2)}", text: "${title}", editorial: true }
teaser: { text: "${withinTeaserLength(phrase(12, 30))}.", editorial: true }
date: ${date}
source: { publication: ${publication}, cited: [${cited.map((source) => `{ source: ${source}, mention: "laut ${source}" }`).join(', ')}] }
translation: false
provenance: { capture: "${capture}" }
tags: [${tags.join(', ')}]
---

${body}
`;
    // The capture prints the body and each cited source's mention: the content check holds the edition to it.
    const captureText = [body, ...cited.map((source) => `laut ${source}`)].join('\n\n');
    return { slug, capture, captureText: `${captureText}\n`, text, tags, publication, cited, year };
  });
}

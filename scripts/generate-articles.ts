/**
 * Generates a deterministic archive of N articles for tests and benchmarks:
 * the real tag and source vocabulary, dates from 2019 to 2024 at every
 * precision the schema knows, sentences of the real articles. The same seed
 * gives the same archive.
 */
export interface GeneratedArticle {
  slug: string;
  /** Its own capture id (the permanent id); write content/captures/<capture>.txt for it. */
  capture: string;
  text: string;
  tags: string[];
  publication: string;
  cited: string[];
  year: number;
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

export interface GeneratorInput {
  tags: string[];
  sources: string[];
  sentences: string[];
}

export function generateArticles(count: number, seed: number, input: GeneratorInput): GeneratedArticle[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const pickSome = <T>(items: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(items)))];
  return Array.from({ length: count }, (_, index) => {
    const year = 2019 + Math.floor(next() * 6);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const kind = next();
    const date =
      kind < 0.6
        ? `{ kind: published, basis: printed, value: "${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}" }`
        : kind < 0.8
          ? `{ kind: updated, basis: printed, value: "${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(6 + Math.floor(next() * 14)).padStart(2, '0')}:15+01:00" }`
          : kind < 0.9
            ? `{ kind: published, basis: capture-metadata, value: "${year}-${String(month).padStart(2, '0')}" }`
            : `{ kind: inferred, basis: text-evidence, value: "${year}", reasoning: "Erzeugter Testartikel." }`;
    const tags = pickSome(input.tags, 2 + Math.floor(next() * 5));
    const publication = next() < 0.5 ? 'unstated' : pick(input.sources);
    const cited = next() < 0.6 ? pickSome(input.sources, 1 + Math.floor(next() * 2)) : [];
    const slug = `testartikel-${String(index + 1).padStart(5, '0')}`;
    const capture = `test_${String(index + 1).padStart(5, '0')}`;
    const body = Array.from({ length: 4 + Math.floor(next() * 8) }, () => pick(input.sentences)).join(' ');
    const text = `---
title: { text: "Testartikel ${index + 1}", editorial: true }
teaser: { text: "Erzeugter Artikel ${index + 1} für Tests.", editorial: true }
date: ${date}
source: { publication: ${publication}, cited: [${cited.map((source) => `{ source: ${source}, mention: "laut ${source}" }`).join(', ')}] }
translation: false
provenance: { capture: "${capture}" }
tags: [${tags.join(', ')}]
---

${body}
`;
    return { slug, capture, text, tags, publication, cited, year };
  });
}

/**
 * Tags for a draft, suggested from the labels, aliases and related words of content/tags/
 * that occur in the text, best first; the editor chooses. A name counts as
 * a word of its own, inflected ("Putins", "Atomprogramms"); a topic's name
 * also inside a compound ("Artilleriemunition", "UN-Sanktionen"), at half
 * weight. Words in the headline weigh three times, in the lead twice.
 */
export interface TagNames {
  id: string;
  label: string;
  kind: string;
  aliases: readonly string[];
  /** Words of the tag that are not its name ("Munition" for "Waffen und Munition"). */
  related: readonly string[];
}

export interface TextParts {
  title: string;
  teaser: string;
  body: string;
}

export interface TagSuggestion {
  id: string;
  score: number;
}

const WEIGHTS: Record<keyof TextParts, number> = { title: 3, teaser: 2, body: 1 };
const INFLECTION = '(?:s|es|n|en|e|er|ern)?';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a pattern matches: a name and its alias found at one place count once. */
function positions(text: string, pattern: RegExp, into: Set<number>): void {
  for (const match of text.matchAll(pattern)) into.add(match.index);
}

export function suggestTags(parts: TextParts, tags: readonly TagNames[]): TagSuggestion[] {
  const scored: (TagSuggestion & { first: number })[] = [];
  const all = `${parts.title}\n${parts.teaser}\n${parts.body}`;
  for (const tag of tags) {
    let score = 0;
    let first = Number.POSITIVE_INFINITY;
    const names = [...new Set([tag.label, ...tag.aliases, ...tag.related])];
    const words = names.map((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}${INFLECTION}(?![\\p{L}\\p{N}])`, 'gu'));
    // A topic inside a compound: as its tail ("Artillerie|munition") or head ("Sanktions|liste").
    const compounds =
      tag.kind === 'thema'
        ? names
            .filter((name) => name.length >= 5 && !name.includes(' '))
            .map((name) => new RegExp(`\\p{L}${escapeRegExp(name.toLocaleLowerCase('de'))}${INFLECTION}(?![\\p{L}])|(?<![\\p{L}-])${escapeRegExp(name)}\\p{Ll}{3,}`, 'gu'))
        : [];
    for (const part of Object.keys(WEIGHTS) as (keyof TextParts)[]) {
      const whole = new Set<number>();
      for (const word of words) positions(parts[part], word, whole);
      const inCompounds = new Set<number>();
      for (const compound of compounds) positions(parts[part], compound, inCompounds);
      for (const at of whole) inCompounds.delete(at);
      score += WEIGHTS[part] * (whole.size + inCompounds.size / 2);
    }
    for (const word of words) {
      const at = all.search(word);
      if (at >= 0) first = Math.min(first, at);
    }
    if (score > 0) scored.push({ id: tag.id, score, first });
  }
  return scored.sort((a, b) => b.score - a.score || a.first - b.first).map(({ id, score }) => ({ id, score }));
}

import { escape, regex } from './pattern-parts.ts';

/**
 * Tags for a draft, suggested from the labels, aliases and related words of content/tags/
 * that occur in the text, best first; the editor chooses. A name counts as
 * a word of its own, inflected ("Putins", "Atomprogramms"); a topic's name
 * also inside a compound ("Artilleriemunition", "UN-Sanktionen"), at half
 * weight. A person's family name alone ("Putin", "Kim") and a country's
 * adjective ("russische Truppen", "nordkoreanischen") count half as well:
 * they point to the tag less surely than its full name. Words in the
 * headline weigh three times, in the lead twice.
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
const ADJECTIVE_ENDINGS = '(?:e|em|en|er|es)?';
const ALONE_BEFORE = '(?<![\\p{L}\\p{N}])';
const ALONE_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * A person's family name, to be found alone ("Putin sagte", "Kims Schwester"):
 * the last word of the label and of each alias of two or more words, with the
 * lower-case particles before it ("von der Leyen"). East Asian names put the
 * family name first, and their usual romanisation joins the given name's two
 * syllables by a hyphen, the second in lower case ("Kim Jong-un", "Moon
 * Jae-in", "Mao Tse-tung"); a person with such a spelling takes the first
 * word of each spelling instead ("Kim"). Western names never look like that:
 * a hyphen joins given names in front ("Hans-Peter Friedrich") or capitalised
 * family names ("Kramp-Karrenbauer"). The other signals fail on real tags: the
 * word all spellings share is "Boris" for "Boris Jelzin" and "Boris Yeltsin",
 * and two short words at the end are both "Jong Un" and "Le Pen". A name of
 * fewer than three letters is left out ("Un", "Xi": too often another word).
 */
export function familyNames(spellings: readonly string[]): string[] {
  const names = spellings.map((spelling) => spelling.trim().split(/\s+/)).filter((words) => words.length >= 2);
  const familyFirst = names.some((words) => /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(words.at(-1)!));
  const family = names.map((words) => {
    if (familyFirst) return words[0]!;
    let start = words.length - 1;
    while (start > 1 && /^\p{Ll}/u.test(words[start - 1]!)) start--;
    return words.slice(start).join(' ');
  });
  return [...new Set(family)].filter((name) => /^\p{Lu}\p{L}{2}/u.test(name.split(' ').at(-1)!));
}

/** Country adjectives no ending rule gives (see countryAdjective); add a country here when its tag comes. */
const IRREGULAR_ADJECTIVES: Readonly<Record<string, string>> = {
  China: 'chinesisch',
  Dänemark: 'dänisch',
  Deutschland: 'deutsch',
  Frankreich: 'französisch',
  Griechenland: 'griechisch',
  Italien: 'italienisch',
  Kanada: 'kanadisch',
  Niederlande: 'niederländisch',
  Polen: 'polnisch',
  Schweiz: 'schweizerisch',
  USA: 'amerikanisch',
  'Vereinigte Staaten': 'amerikanisch',
  Vietnam: 'vietnamesisch',
};

/**
 * The endings German puts in place of a country's name ending, first match
 * wins: Russland -> russisch, Syrien -> syrisch, Türkei -> türkisch, Schweden
 * -> schwedisch, Ukraine -> ukrainisch, Nordkorea -> nordkoreanisch, and
 * "-isch" after anything else (Japan -> japanisch, Iran -> iranisch).
 */
const ADJECTIVE_RULES: readonly (readonly [string, string])[] = [
  ['land', 'isch'],
  ['ien', 'isch'],
  ['ei', 'isch'],
  ['en', 'isch'],
  ['e', 'isch'],
  ['a', 'anisch'],
  ['', 'isch'],
];

/**
 * The adjective of a country's name, uninflected and in lower case; none for a name of several words the table lacks.
 */
export function countryAdjective(label: string): string | undefined {
  const irregular = IRREGULAR_ADJECTIVES[label];
  if (irregular) return irregular;
  if (/\s/.test(label)) return undefined;
  const name = label.toLocaleLowerCase('de');
  const [ending, replacement] = ADJECTIVE_RULES.find(([ending]) => name.endsWith(ending))!;
  return name.slice(0, name.length - ending.length) + replacement;
}

type Span = readonly [start: number, end: number];

/**
 * Where patterns match, as spans; a match inside another is the same mention
 * and counts once ("Putin" inside "Wladimir Putin", "Russische" inside
 * "Russische Föderation").
 */
function mentions(text: string, patterns: readonly RegExp[]): Span[] {
  const spans = patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match): Span => [match.index, match.index + match[0].length]),
  );
  const length = ([start, end]: Span) => end - start;
  // Of two nested matches the longer stands; of two equal ones, the first.
  return spans.filter(
    (span, i) =>
      !spans.some(
        (outer, j) => j !== i && outer[0] <= span[0] && span[1] <= outer[1] && (length(outer) > length(span) || j < i),
      ),
  );
}

function overlaps([start, end]: Span, spans: readonly Span[]): boolean {
  return spans.some(([otherStart, otherEnd]) => otherStart < end && start < otherEnd);
}

function wordPattern(name: string): RegExp {
  return new RegExp(`${ALONE_BEFORE}${escape(name)}${INFLECTION}${ALONE_AFTER}`, 'gu');
}

/** An adjective inflected, in lower case or capitalised at a sentence's or a name's start ("Russische Föderation"). */
export function adjectivePattern(adjective: string): RegExp {
  const first = adjective[0]!;
  // Its first letter in either case, then the rest as printed.
  const initial = `[${first}${first.toLocaleUpperCase('de')}]`;
  return regex('gu')`${ALONE_BEFORE}${initial}${escape(adjective.slice(1))}${ADJECTIVE_ENDINGS}${ALONE_AFTER}`;
}

/** A topic's name inside a compound: as its tail ("Artillerie|munition") or its head ("Sanktions|liste"). */
export function compoundPattern(name: string): RegExp {
  // As the tail: after a letter, in lower case, inflected, with no letter after it.
  const tail = regex('u')`\p{L}${escape(name.toLocaleLowerCase('de'))}${INFLECTION}(?![\p{L}])`;
  // As the head: as printed, with no letter or hyphen before it and three lower-case letters or more after it.
  const head = regex('u')`(?<![\p{L}-])${escape(name)}\p{Ll}{3,}`;
  return regex('gu')`${tail}|${head}`;
}

/** A tag's names that count half: a person's family names, a country's adjective. */
function shortNames(tag: TagNames): string[] {
  if (tag.kind === 'person') return familyNames([tag.label, ...tag.aliases]);
  const adjective = tag.kind === 'land' ? countryAdjective(tag.label) : undefined;
  return adjective ? [adjective] : [];
}

export function suggestTags(parts: TextParts, tags: readonly TagNames[]): TagSuggestion[] {
  const scored: (TagSuggestion & { first: number })[] = [];
  const all = `${parts.title}\n${parts.teaser}\n${parts.body}`;
  // A family name two people share ("Kim" of Kim Jong Un and Kim Yo Jong) names neither for sure.
  const shortNamesOf = new Map(tags.map((tag) => [tag, shortNames(tag)]));
  const owners = new Map<string, number>();
  for (const names of shortNamesOf.values()) for (const name of names) owners.set(name, (owners.get(name) ?? 0) + 1);
  for (const tag of tags) {
    let score = 0;
    let first = Number.POSITIVE_INFINITY;
    const names = [...new Set([tag.label, ...tag.aliases, ...tag.related])];
    const words = names.map(wordPattern);
    const halves = shortNamesOf
      .get(tag)!
      .filter((name) => owners.get(name) === 1)
      .map((name) => (tag.kind === 'land' ? adjectivePattern(name) : wordPattern(name)));
    // A topic inside a compound: as its tail ("Artillerie|munition") or head ("Sanktions|liste").
    const compounds =
      tag.kind === 'thema' ? names.filter((name) => name.length >= 5 && !name.includes(' ')).map(compoundPattern) : [];
    for (const part of Object.keys(WEIGHTS) as (keyof TextParts)[]) {
      const whole = mentions(parts[part], words);
      const half = mentions(parts[part], [...halves, ...compounds]).filter((span) => !overlaps(span, whole));
      score += WEIGHTS[part] * (whole.length + half.length / 2);
    }
    for (const pattern of [...words, ...halves]) {
      const at = all.search(pattern);
      if (at >= 0) first = Math.min(first, at);
    }
    if (score > 0) scored.push({ id: tag.id, score, first });
  }
  return scored.sort((a, b) => b.score - a.score || a.first - b.first).map(({ id, score }) => ({ id, score }));
}

/**
 * The German lexicon the compound splitter reads (src/search/decompound.ts),
 * taken from the Hunspell dictionary of the npm package dictionary-de
 * (igerman98). Build time only: it reads 1.1 MB of word list, never in the
 * browser.
 *
 * igerman98 already says how German compounds are built, so the lexicon keeps
 * its three roles instead of guessing them from plain nouns:
 * - heads: forms that may begin a compound, with their linking element
 *   ("Staats", "Waffen", "Verteidigungs"; flag j, compound-begin);
 * - middles: forms that may stand inside one ("waffen" in "Atomwaffenprogramm";
 *   flags k and e, compound-middle);
 * - tails: forms that may end one, with every inflection their suffix flags
 *   allow ("lieferungen", "sträuße", "programms"; entries with flag z,
 *   compound-end, expanded by the .aff's suffix rules).
 * Beside them, `nouns`: every inflected form of a free, capitalised entry,
 * mapped to that entry. It says which parts are words a reader may search for
 * ("Waffen" -> "Waffe"; "Groß", "Nord", "Ein" are none) and which words the
 * dictionary lists whole ("Einsatz", "Nordkorea", "Abkommen").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A form that begins or continues a compound. */
export interface Inner {
  /** The free noun it is a form of, or null (an adjective: "groß"). */
  noun: string | null;
  /** Whether igerman98 marks it (else it is a noun the lexicon lets begin one). */
  marked: boolean;
}

export interface Lexicon {
  /** Lower-case inflected form of a free noun -> the noun as printed ("waffen" -> "Waffe"). */
  nouns: ReadonlyMap<string, string>;
  /** Lower-case compound-begin forms ("staats", "groß"). */
  heads: ReadonlyMap<string, Inner>;
  /** Lower-case compound-middle forms ("waffen"). */
  middles: ReadonlyMap<string, Inner>;
  /** Lower-case compound-end forms, inflected -> the free noun they are a form of ("sträuße" -> "Strauß"). */
  tails: ReadonlyMap<string, string>;
  /** Nouns that only grade the next part of a compound, lower case: no part of their own. */
  grading: ReadonlySet<string>;
}

interface Suffix {
  strip: string;
  add: string;
  condition: RegExp;
}

// Hunspell flags of igerman98's .aff (FLAG is the default: one character each).
const FORBIDDEN = 'd';
const NEEDS_AFFIX = 'h';
const BEGIN = 'j';
const MIDDLE = ['k', 'e'];
const END = 'z';
// The suffix flags that inflect a noun: case and plural endings ("-s", "-es",
// "-e", "-en", "-n", "-se") and umlaut plurals ("Strauß" -> "Sträuße").
// Other flags derive other words: diminutives, verb forms, female forms
// ("Chef" -> "Chefin"; on a female noun, F is its plural: "Moderatorinnen").
const INFLECTING = new Set(['S', 'E', 'P', 'T', 'N', 'p', 'q']);
const FEMALE = 'F';
// Flag J derives nouns in -ung from verbs ("liefern" -> "Lieferung", "Lieferungen"):
// each is a noun of its own, its singular the noun a reader searches for.
const VERBAL_NOUN = 'J';
// A head's linking element, tried when the head is no form of a noun itself ("Verteidigungs" -> "Verteidigung").
const LINKING_ELEMENTS = ['s', 'es', 'n', 'en', 'e', 'er', 'ens', 'ns'];
// The linking elements tried on a noun igerman98 does not mark as a head.
const GENERATED_LINKS = ['', 's', 'n', 'en'];
const ADJECTIVE = 'A';
const MIN_GENERATED_HEAD = 4;
// Flags of verb entries; a word that begins 20 verbs or more is a verb
// particle ("unter": 79, "über": 184), not an adjective head ("groß": 2, "still": 8).
const VERB = ['D', 'X'];
const PARTICLE_VERBS = 20;
// Nouns that are also noun-forming suffixes: "Partner|schaft", "Produkt|ion" are derivations.
const SUFFIXES = new Set(['schaft', 'ion', 'tum', 'ling']);
// Nouns that in a compound only grade the next part ("Haupt|stadt", "Ober|haupt",
// "Riesen|erfolg"): the compound splits there, but they are no word a reader
// searches it by, neither alone nor as a head.
const GRADING_NOUNS = new Set(['haupt', 'ober', 'riesen', 'spitzen', 'top', 'mega', 'super', 'extra']);
// A bare head that is also a verb's stem is that verb, not the noun: "Tipp|fehler"
// is "tippen", "Reich|weite" "reichen". Only short heads: longer ones are nouns
// in their own right ("Einreise").
const MAX_VERB_STEM_HEAD = 5;
const MIN_HEAD_ONLY_NOUN = 6;

/** The .aff's suffix rules by flag; rules that add a hyphen (forms for "Bettbezüge und -laken") are left out. */
function suffixRules(aff: string): Map<string, Suffix[]> {
  const rules = new Map<string, Suffix[]>();
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] !== 'SFX' || fields.length < 5) continue;
    const [, flag, strip, addField, condition] = fields as [string, string, string, string, string];
    const add = addField.split('/')[0]!;
    if (add.includes('-')) continue;
    const list = rules.get(flag) ?? [];
    list.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
    });
    rules.set(flag, list);
  }
  return rules;
}

/** The forms of an entry, each with the noun it is a form of: the entry itself, or a verbal noun in -ung. */
function inflections(stem: string, flags: string, rules: Map<string, Suffix[]>): [form: string, noun: string][] {
  const forms: [string, string][] = [[stem, stem]];
  for (const flag of flags) {
    if (!(INFLECTING.has(flag) || flag === VERBAL_NOUN || (flag === FEMALE && stem.endsWith('in')))) continue;
    for (const rule of rules.get(flag) ?? []) {
      if (!rule.condition.test(stem) || !stem.endsWith(rule.strip)) continue;
      const form = stem.slice(0, stem.length - rule.strip.length) + rule.add;
      forms.push([form, flag === VERBAL_NOUN ? form.replace(/ungen$/, 'ung') : stem]);
    }
  }
  return forms;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The lexicon of a Hunspell dictionary in igerman98's form (its .aff and .dic as text). */
export function parseLexicon(aff: string, dic: string): Lexicon {
  const rules = suffixRules(aff);
  const entries = dic
    .split('\n')
    .slice(1)
    .filter((line) => line && !line.startsWith('\t'))
    .map((line) => {
      const [stem, flags = ''] = line.trim().split('/') as [string, string?];
      return { stem, flags };
    })
    .filter(({ stem, flags }) => /^\p{L}+$/u.test(stem) && !flags.includes(FORBIDDEN));

  const nouns = new Map<string, string>();
  for (const { stem, flags } of entries) {
    if (!/^\p{Lu}\p{Ll}/u.test(stem) || flags.includes(NEEDS_AFFIX)) continue;
    for (const [form, noun] of inflections(stem, flags, rules)) {
      const key = form.toLowerCase();
      // An entry itself wins over another entry's form.
      if (!nouns.has(key) || form === stem) nouns.set(key, capitalised(noun));
    }
  }
  const nounOf = (form: string): string | null => {
    const lower = form.toLowerCase();
    const direct = nouns.get(lower);
    if (direct) return direct;
    for (const ending of LINKING_ELEMENTS) {
      // A noun of three letters at least: "Eins" is no "Ei" with a linking "s".
      const noun =
        lower.endsWith(ending) && lower.length - ending.length >= 3
          ? nouns.get(lower.slice(0, -ending.length))
          : undefined;
      if (noun) return noun;
    }
    return null;
  };

  const verbs = entries
    .filter(({ stem, flags }) => /^\p{Ll}/u.test(stem) && VERB.some((flag) => flags.includes(flag)))
    .map(({ stem }) => stem);
  const adjectives = new Set(
    entries.filter(({ stem, flags }) => /^\p{Ll}/u.test(stem) && flags.includes(ADJECTIVE)).map(({ stem }) => stem),
  );
  // How many verbs each adjective begins: one pass over the verbs, not one per adjective.
  const verbsBegun = new Map<string, number>();
  for (const verb of verbs) {
    for (let end = 3; end < verb.length; end++) {
      const prefix = verb.slice(0, end);
      if (adjectives.has(prefix)) verbsBegun.set(prefix, (verbsBegun.get(prefix) ?? 0) + 1);
    }
  }
  const isParticle = (form: string) => (verbsBegun.get(form) ?? 0) >= PARTICLE_VERBS;
  const verbSet = new Set(verbs);
  // igerman98 lists some nouns only as compound forms ("Einreise/hij", no free
  // "Einreise"): a capitalised head of six letters or more, no adjective or
  // particle ("Zusammen-"), is such a noun.
  const headOnlyCandidates = new Set(
    entries
      .filter(
        ({ stem, flags }) =>
          /^\p{Lu}/u.test(stem) &&
          flags.includes(BEGIN) &&
          flags.includes(NEEDS_AFFIX) &&
          stem.length >= MIN_HEAD_ONLY_NOUN,
      )
      .map(({ stem }) => stem.toLowerCase())
      .filter((form) => !adjectives.has(form)),
  );
  // How many verbs each candidate begins (or is): one pass over the verbs, as for the adjectives.
  const verbsBegunByCandidate = new Map<string, number>();
  for (const verb of verbs) {
    for (let end = MIN_HEAD_ONLY_NOUN; end <= verb.length; end++) {
      const prefix = verb.slice(0, end);
      if (headOnlyCandidates.has(prefix))
        verbsBegunByCandidate.set(prefix, (verbsBegunByCandidate.get(prefix) ?? 0) + 1);
    }
  }
  const headOnlyNouns = new Set(
    [...headOnlyCandidates].filter((form) => (verbsBegunByCandidate.get(form) ?? 0) < PARTICLE_VERBS),
  );
  // A head may also drop a noun's final e: "Grenz|region" (Grenze), "Schul|buch".
  const headNoun = (form: string): string | null => {
    if (GRADING_NOUNS.has(form)) return null;
    const noun = nounOf(form) ?? nouns.get(`${form}e`) ?? (headOnlyNouns.has(form) ? capitalised(form) : null);
    if (noun !== null && form === noun.toLowerCase() && form.length <= MAX_VERB_STEM_HEAD && verbSet.has(`${form}en`))
      return null;
    return noun;
  };
  const heads = new Map<string, Inner>();
  const middles = new Map<string, Inner>();
  const tails = new Map<string, string>();
  const addInner = (map: Map<string, Inner>, form: string) => {
    const noun = headNoun(form);
    // A head that is no noun must be an adjective ("Groß-", "Geheim-") and no verb
    // particle: particles and prepositions ("Unter-", "Gegen-", "Zusammen-", "Nord-")
    // make derivations ("Unterschrift") or names.
    if (noun !== null || (adjectives.has(form) && !isParticle(form))) map.set(form, { noun, marked: true });
  };
  for (const { stem, flags } of entries) {
    const lower = stem.toLowerCase();
    if (flags.includes(BEGIN)) addInner(heads, lower);
    if (MIDDLE.some((flag) => flags.includes(flag))) addInner(middles, lower);
    if (flags.includes(END)) {
      // A tail is a part readers search for only when it is a free noun ("haber" of "Machthaber" is none).
      if (nouns.get(lower)?.toLowerCase() !== lower) continue;
      if (SUFFIXES.has(lower)) continue;
      for (const [form, noun] of inflections(lower, flags, rules)) {
        const free = nouns.get(noun);
        if (free !== undefined && !tails.has(form)) tails.set(form, free);
      }
    }
  }
  // igerman98 marks only some nouns as compound heads; any free noun of four
  // letters or more begins or continues one, bare or with a linking element
  // ("Kreml|chef", "Quitten|marmelade"). Shorter ones and forms without a final
  // e made nonsense ("Tau|sende", "Ent|wicklung", "Zus|ammen").
  for (const { stem, flags } of entries) {
    if (!/^\p{Lu}\p{Ll}/u.test(stem) || flags.includes(NEEDS_AFFIX) || stem.length < 3) continue;
    const lower = stem.toLowerCase();
    if (stem.length < MIN_GENERATED_HEAD) continue;
    const inner = { noun: headNoun(lower) === null ? null : capitalised(stem), marked: false };
    for (const link of GENERATED_LINKS) {
      const form = lower + link;
      if (!heads.has(form)) heads.set(form, inner);
      if (!middles.has(form)) middles.set(form, inner);
    }
  }
  // Adjectives igerman98 does not mark begin compounds too ("hegemonial|politik").
  for (const adjective of adjectives) {
    if (adjective.length >= MIN_GENERATED_HEAD && !isParticle(adjective) && !heads.has(adjective))
      heads.set(adjective, { noun: null, marked: false });
  }
  return { nouns, heads, middles, tails, grading: GRADING_NOUNS };
}

/** The lexicon of dictionary-de, read from the package's files. */
export function loadLexicon(): Lexicon {
  const directory = createRequire(import.meta.url)
    .resolve('dictionary-de')
    .replace(/index\.js$/, '');
  return parseLexicon(readFileSync(`${directory}index.aff`, 'utf8'), readFileSync(`${directory}index.dic`, 'utf8'));
}

import { toSlug } from '../../schema/slug.ts';
import type { SourceEntry } from '../../schema/source.ts';
import { anyOf, escape, regex } from './pattern-parts.ts';
import { printedSentences, yamlString } from './text.ts';

/**
 * The sources a text names as its sources, found the way editors print them:
 * - a name or alias of a file in content/sources/ in a sentence that reports,
 *   quotes or names a medium ("wie die Deutsche Presse-Agentur berichtete",
 *   "meldete die Nachrichtenagentur Tass."); the mention is that sentence;
 * - a line of the page's list of sources ("FAZ: …"); the mention is the line;
 * - a dateline, the agency in parentheses at a paragraph's start
 *   ("Moskau (AFP) – …", "Hamburg (dpa/lno) -"); the mention is the dateline
 *   up to the closing parenthesis ("Moskau (AFP)"): the words that cite, as
 *   printed at the start of the paragraph, without the sentence they open;
 * - an agency credit the import removed as furniture ("(AFP/jbr)",
 *   "lh/kle (dpa, afp, rtr)", "Mit Informationen von Yonhap und AFP"); the
 *   mention is the credit line as printed.
 * Names that look like a source but have no file are suggestions, each with
 * the text of the file to create (`sourceFileSuggestion`).
 *
 * How a name matches printed text (`nameMatcher`): as a whole word, trailing
 * punctuation aside ("Tass." at a sentence's end). An acronym of up to four
 * capitals keeps its capitals ("AP", never the "ap" of a word), and one of
 * three or four may also be printed as a word ("TASS" as "Tass"). Any other
 * name matches whatever the case, except that a capital initial stays
 * capital: "dpa" and "DPA", "SPIEGEL" and "Spiegel", but "das erste Mal" is
 * not the channel "Das Erste". Declined forms match too: an adjective of a
 * name takes its endings ("der Deutschen Presse-Agentur", "des Bayerischen
 * Rundfunks") and the last word the genitive's s ("des Tagesspiegels").
 * In credit lines, where agencies are codes
 * ("dpa, afp, rtr"), longer names match in any case and the codes of
 * AGENCY_CODES resolve through the source files' names.
 */
export interface SourceNames {
  id: string;
  /** Name, short name and aliases. */
  names: readonly string[];
}

export interface CitedSource {
  source: string;
  mention: string;
}

type SourceKind = SourceEntry['kind'];

/** Words of a medium before its name, and the kind of source file each suggests. */
const MEDIUM_KINDS: Record<string, SourceKind> = {
  Nachrichtenagentur: 'nachrichtenagentur',
  Presseagentur: 'nachrichtenagentur',
  Agentur: 'nachrichtenagentur',
  Zeitung: 'zeitung',
  Boulevardzeitung: 'zeitung',
  Tageszeitung: 'zeitung',
  Wochenzeitung: 'zeitung',
  Sonntagszeitung: 'zeitung',
  Zeitschrift: 'zeitung',
  Magazin: 'zeitung',
  Nachrichtenmagazin: 'zeitung',
  Blatt: 'zeitung',
  Boulevardblatt: 'zeitung',
  Sender: 'sender',
  Fernsehsender: 'sender',
  Radiosender: 'sender',
  Nachrichtensender: 'sender',
  Staatssender: 'sender',
  Staatsfernsehen: 'sender',
  Portal: 'onlinemedium',
  Nachrichtenportal: 'onlinemedium',
  Onlineportal: 'onlinemedium',
  Nachrichtenseite: 'onlinemedium',
};
/** One of the medium words above. */
const MEDIUM = anyOf(Object.keys(MEDIUM_KINDS));
/** A medium word at the end of a text: what stands before a name in "meldete die Nachrichtenagentur Tass". */
export const MEDIUM_BEFORE = regex()`${MEDIUM}\s*$`;

/** Stems of reporting verbs, with any ending: "berichtete", "meldeten", "zitierte", "veröffentlichte". */
const REPORTING_VERB_STEMS = /berichte|meldete?|schreib|schrieb|zitier|veröffentlicht|verbreitet|sagte|erklärte?/;
/** Stems of nouns of reporting, with any ending: "Quellen", "Berichten", "Interviews". */
const REPORTING_NOUN_STEMS = /Quelle|Bericht|Interview/;
/** Words that attribute: "laut", "zufolge", "nach Angaben", "hieß es". */
const ATTRIBUTIONS = /laut|zufolge|Angaben|Informationen|hieß es|heißt es/;
/** Verbs of saying, as whole words: "sagt", "eingeräumt", "bestätigte". */
const SAYING_VERBS = /erinnerte|sagt|gesagt|teilte|räumte|eingeräumt|betonte?|bestätigte?|äußerte|geäußert|sprach/;
/** What a medium learnt: "wie der SPIEGEL erfuhr". */
const LEARNING_VERBS = /erfuhr|erfahren/;
/** A stem with its ending. */
const REPORTING_STEM_WORD = regex('u')`(?:${REPORTING_VERB_STEMS}|${REPORTING_NOUN_STEMS})\p{L}*`;
/** One reporting word. */
const REPORTING_WORD = regex('u')`${REPORTING_STEM_WORD}|${ATTRIBUTIONS}|${SAYING_VERBS}|${LEARNING_VERBS}`;
/**
 * Words that say a sentence reports what a medium said or what someone said to it ("Laut SPIEGEL", "im ZDF
 * eingeräumt").
 */
export const REPORTING = regex('iu')`(?<!\p{L})(?:${REPORTING_WORD})(?!\p{L})`;

/** A name in quotation marks, German or straight: „Kommersant“, "Meduza". */
const QUOTED_NAME = /\u201e[^\u201c]{2,40}\u201c|\u0022[^\u0022]{2,40}\u0022/;
/** A name of up to four capitalised words, "&" between them allowed: "Mail & Guardian", "Kyiv Independent". */
const CAPITALISED_NAME = /\p{Lu}[\p{L}.&-]*(?:\s(?:&\s)?\p{Lu}[\p{L}.&-]*){0,3}/u;
/**
 * A medium and the name after it: "Nachrichtenagentur Yonhap", "Zeitung „Kommersant“", "Wochenzeitung Mail &
 * Guardian". Group 1: the medium word; group 2: the name.
 */
export const MEDIUM_AND_NAME = regex('gu')`(${MEDIUM})\s+(${QUOTED_NAME}|${CAPITALISED_NAME})`;
/** A suggested source's name with its medium word first: group 1 the medium, group 2 the name. */
export const MEDIUM_THEN_NAME = regex('u')`^(${MEDIUM})\s+(.+)$`;

/**
 * Agency codes as German credits and datelines print them, in lower case,
 * with the names a source file of that agency carries (the first that a
 * file has wins; the last is the name a suggested file gets). Codes resolve
 * through the files' names, so the ids stay the files' business.
 */
const AGENCY_CODES: Record<string, readonly string[]> = {
  afp: ['AFP', 'Agence France-Presse'],
  ap: ['AP', 'Associated Press'],
  rtr: ['Reuters'],
  dpa: ['dpa', 'Deutsche Presse-Agentur'],
  epd: ['epd', 'Evangelischer Pressedienst'],
  kna: ['KNA', 'Katholische Nachrichten-Agentur'],
  sid: ['SID', 'Sport-Informations-Dienst'],
  apa: ['APA', 'Austria Presse Agentur'],
};

/** Not an article, which opens a sentence and never a place name ("Die Regierung hat (…) –"). */
const NO_ARTICLE = /(?!(?:Der|Die|Das|Ein|Eine)\s)/;
/** A word of a place name: "Moskau", "Main", "St.", "Val-d'Or" (\u0027 is the apostrophe). */
const PLACE_WORD = /\p{Lu}[\p{L}.\u0027-]*/u;
/** What joins a place's words: a slash, or a space and a small word ("Frankfurt am Main", "Halle an der Saale"). */
const PLACE_JOINT = /\s*\/\s*|\s+(?:(?:am|an der|an|im|in|bei|ob|vor der)\s+)?/;
/** A place of one to four words. */
const PLACE = regex('u')`${PLACE_WORD}(?:(?:${PLACE_JOINT})${PLACE_WORD}){0,3}`;
/** What the parentheses of a dateline hold: "AFP", "dpa/lno", "dpa-AFX". */
const AGENCY_IN_DATELINE = /[^()]{2,40}/;
/** The dash after a dateline, with a space after it. */
const DATELINE_DASH = /\s*[–—-]\s/;
/**
 * A dateline: a place, the agency in parentheses, a dash ("Moskau (AFP) – ",
 * "Frankfurt am Main (dpa-AFX) - ", "Den Haag (AP) — "). The place is words with
 * a capital, joined by "/", "-" or the small words of place names, and begins
 * with no article, so that "Die Regierung hat (…) –" or "Der Hafen (…) –" is none.
 * Group 1: the dateline up to its closing parenthesis; group 2: what the parentheses hold.
 */
export const DATELINE = regex('u')`^(${NO_ARTICLE}${PLACE}\s*\((${AGENCY_IN_DATELINE})\))${DATELINE_DASH}`;
/** Where a credit's parts divide: "AFP/jbr", "dpa, afp, rtr", "Yonhap und AFP", "Quelle: dpa". */
const CREDIT_PARTS = /[()/,;:]|\s+(?:und|&)\s+/;
/**
 * A credit for a picture, not for the text ("Foto: …/dpa", "© picture alliance / dpa"); a newspaper may be called
 * "Bild".
 */
const PICTURE = /(?<!\p{L})(?:(?:Fotos?|Bilder?|Grafik|Video)\s*:|picture[\s-]*alliance|imago|Getty Images)/iu;
/** A code printed in capitals that names no file yet ("(KNA)") is an agency to suggest. */
const AGENCY_LIKE = /^\p{Lu}{2,6}$/u;

/** A character in either case, as a regular expression. */
function eitherCase(char: string): string {
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  return lower === upper || lower.length !== 1 || upper.length !== 1 ? escape(char) : `[${lower}${upper}]`;
}

/** Declined endings of an adjective in a name: "der Deutschen Presse-Agentur", "des Bayerischen Rundfunks". */
const ADJECTIVE = /^(\p{Lu}\p{Ll}{3,})(?:e|er|es)$/u;
const ADJECTIVE_ENDINGS = ['e', 'em', 'en', 'er', 'es'];
/**
 * A last word that takes the genitive's s: "des Tagesspiegels", "des Norddeutschen Rundfunks", "des Pressedienstes".
 */
const GENITIVE = /^\p{L}[\p{L}-]{2,}[^\P{L}sxzß]$/u;

function casePattern(word: string, credit: boolean): string {
  const chars = [...word];
  const initial = chars.findIndex((char) => /\p{L}/u.test(char));
  return chars
    .map((char, index) => (!credit && index === initial && /\p{Lu}/u.test(char) ? escape(char) : eitherCase(char)))
    .join('');
}

function wordPattern(word: string, position: 'inner' | 'last', credit: boolean): string {
  const letters = word.replace(/\P{L}/gu, '');
  const acronym =
    letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  if (acronym) {
    const asWord = letters.length >= 3 && letters === word ? `${word[0]}${word.slice(1).toLowerCase()}` : undefined;
    return asWord ? `(?:${escape(word)}|${escape(asWord)})` : escape(word);
  }
  const adjective = position === 'inner' ? ADJECTIVE.exec(word) : null;
  if (adjective) {
    const endings = ADJECTIVE_ENDINGS.map((ending) => casePattern(ending, true)).join('|');
    return `${casePattern(adjective[1]!, credit)}(?:${endings})`;
  }
  const genitive =
    position === 'last' && GENITIVE.test(word) ? `(?:${casePattern('es', true)}|${casePattern('s', true)})?` : '';
  return `${casePattern(word, credit)}${genitive}`;
}

/** A name as printed text matches it, as a whole word (a hyphen may follow: "dpa-Meldung"). */
function nameMatcher(name: string, credit = false): RegExp {
  // "F.A.Z." ends in its own full stop: the name without it also matches "F.A.Z" at a sentence's end.
  const words = name
    .trim()
    .replace(/[.,;:!?]+$/u, '')
    .split(/\s+/);
  const patterns = words.map((word, index) => wordPattern(word, index === words.length - 1 ? 'last' : 'inner', credit));
  return new RegExp(`(?<![\\p{L}\\p{N}])${patterns.join('\\s+')}(?![\\p{L}\\p{N}])`, 'u');
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A source with its names compiled for text and for credits. */
interface Matchable {
  id: string;
  names: readonly string[];
  text: RegExp[];
  credit: RegExp[];
}

function matchable(source: SourceNames): Matchable {
  const names = source.names.filter((name) => name.trim() !== '');
  return {
    id: source.id,
    names,
    text: names.map((name) => nameMatcher(name)),
    credit: names.map((name) => nameMatcher(name, true)),
  };
}

function namesSource(sentence: string, matchers: readonly RegExp[]): boolean {
  return matchers.some((matcher) => {
    const match = matcher.exec(sentence);
    if (!match) return false;
    return (
      MEDIUM_BEFORE.test(sentence.slice(0, match.index).trimEnd()) || REPORTING.test(sentence) || /["„“]/.test(sentence)
    );
  });
}

/**
 * The sources one part of a credit or dateline names ("AFP", "rtr", "Mit Informationen von Yonhap"), or the agency it
 * names without a file.
 */
function creditedBy(part: string, sources: readonly Matchable[]): { ids: string[]; agency?: string } {
  const code = part.trim().replace(/[.]+$/, '');
  const names = AGENCY_CODES[code.toLowerCase()];
  if (names) {
    const source = names
      .map((name) => sources.find((candidate) => candidate.names.some((known) => sameName(known, name))))
      .find(Boolean);
    const [short, long] = [names[0]!, names[names.length - 1]!];
    return source ? { ids: [source.id] } : { ids: [], agency: short === long ? long : `${long} (${short})` };
  }
  const ids = sources
    .filter((source) => source.credit.some((matcher) => matcher.test(part)))
    .map((source) => source.id);
  return ids.length === 0 && AGENCY_LIKE.test(code) ? { ids, agency: code } : { ids };
}

/** The medium word of an agency, for the kind of the file a suggestion proposes. */
const AGENCY = 'Nachrichtenagentur';

/** A suggested name as printed, without the full stop of its sentence ("Tass." -> "Tass", but "F.A.Z." stays). */
const withoutSentenceEnd = (name: string) => (/(?:^|\.)\p{L}\.$/u.test(name) ? name : name.replace(/[.,;:!?]+$/u, ''));

export function citedSources(
  paragraphs: readonly string[],
  sourceLines: readonly string[],
  sources: readonly SourceNames[],
  creditLines: readonly string[] = [],
): { cited: CitedSource[]; suggestions: string[]; suggestedFiles: string[] } {
  const known = sources.map(matchable);
  // Every place that may cite, in the order the page shows them to an editor: the list of
  // sources first (as the import has always put it), then the text, then the credits after it.
  const found: { id: string; mention: string; at: number }[] = [];
  const suggestions = new Map<string, string>();
  const suggest = (name: string, medium = '') => {
    const printed = withoutSentenceEnd(name.trim());
    if (printed !== '' && !suggestions.has(printed)) suggestions.set(printed, medium);
  };
  const isKnown = (text: string) => known.some((source) => source.text.some((matcher) => matcher.test(text)));

  let at = 0;
  for (const line of sourceLines) {
    at += 1;
    const naming = known.filter((source) => source.text.some((matcher) => matcher.test(line)));
    for (const source of naming) found.push({ id: source.id, mention: line.trim(), at });
    if (naming.length === 0) suggest(line.split(':')[0]!);
  }
  for (const paragraph of paragraphs) {
    const dateline = DATELINE.exec(paragraph.trim());
    if (dateline) {
      at += 1;
      for (const part of dateline[2]!.split(CREDIT_PARTS)) {
        at += 1;
        const { ids, agency } = creditedBy(part, known);
        for (const id of ids) found.push({ id, mention: dateline[1]!, at });
        // Only a known agency code is suggested here: "Die Partei (SPD) – …" also looks like a dateline.
        if (agency && AGENCY_CODES[part.trim().toLowerCase()]) suggest(agency, AGENCY);
      }
    }
    for (const sentence of printedSentences(paragraph)) {
      at += 1;
      for (const source of known) {
        if (namesSource(sentence, source.text)) found.push({ id: source.id, mention: sentence, at });
      }
      for (const match of sentence.matchAll(MEDIUM_AND_NAME)) {
        const name = match[2]!.replace(/^[\u201e\u0022]|[\u201c\u0022]$/g, '').trim();
        if (!isKnown(name)) suggest(name, match[1]);
      }
    }
  }
  for (const line of creditLines) {
    at += 1;
    if (PICTURE.test(line)) continue;
    // Each part in turn, so that the sources of a credit keep its order: "Yonhap und AFP".
    for (const part of line.split(CREDIT_PARTS)) {
      at += 1;
      const { ids, agency } = creditedBy(part, known);
      for (const id of ids) found.push({ id, mention: line.trim(), at });
      if (agency) suggest(agency, AGENCY);
    }
  }

  // Each source once, with the place that names it first.
  const cited: CitedSource[] = [];
  for (const { id, mention } of found.sort((a, b) => a.at - b.at)) {
    if (!cited.some((source) => source.source === id)) cited.push({ source: id, mention });
  }
  const names = [...suggestions.keys()];
  return {
    cited,
    suggestions: names,
    suggestedFiles: names.map((name) => sourceFileSuggestion(`${suggestions.get(name)} ${name}`.trim())),
  };
}

/** A YAML scalar as the source files write it: plain where YAML reads it back as the same text. */
function yamlScalar(text: string): string {
  const plain = /^\p{L}[\p{L}\p{N} .&\u0027/-]*$/u.test(text) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(text);
  return plain ? text : yamlString(text);
}

/**
 * The file to create for a source without one: a comment with its path,
 * then its YAML text, for the import to print (it never writes it). A medium
 * word before the name ("Nachrichtenagentur Yonhap") sets the kind and is
 * left out of the name; without one the kind is `zeitung`, for the editor to
 * check. A short name in parentheses after it ("Agence France-Presse (AFP)")
 * becomes the shortName and names the file, as content/sources/ names them.
 */
export function sourceFileSuggestion(name: string): string {
  const medium = MEDIUM_THEN_NAME.exec(name.trim());
  const kind = medium ? MEDIUM_KINDS[medium[1]!]! : 'zeitung';
  const printed = (medium ? medium[2]! : name).trim().replace(/^[\u201e\u0022]|[\u201c\u0022]$/g, '');
  const [, full = printed, short] = /^(.+?)\s*\(([^()]+)\)$/.exec(printed) ?? [];
  const slug = toSlug(short ?? full) || 'neue-quelle';
  const lines = [`# content/sources/${slug}.yaml`, `name: ${yamlScalar(full)}`];
  if (short) lines.push(`shortName: ${yamlScalar(short)}`);
  return [...lines, `kind: ${kind}`, 'aliases: []', ''].join('\n');
}

/** A copyright line of the page itself ("© NDR 2025"), not of a picture. */
const COPYRIGHT = /^(?:(?:©|\(c\)|Copyright(?!\p{L}))\s*)+/iu;
const ALL_RIGHTS = /\.?\s*(?:Alle Rechte vorbehalten|All rights reserved).*$/i;
const YEARS = /(?<!\p{N})(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\p{N})/gu;
/** A publisher's word, the longer first so that each is removed whole. */
const PUBLISHER = /Verlagsgesellschaft|Verlagsgruppe|Verlag/;
/** The legal form of a company, "GmbH & Co. KG" before "GmbH" for the same reason. */
const LEGAL_FORM = /GmbH\s*&\s*Co\.?\s*KG|GmbH|mbH|AG|KG|SE/;
/**
 * The company around a publication's name: "Verlag Der Tagesspiegel GmbH", "Rheinische Post Verlagsgesellschaft mbH".
 */
export const COMPANY = regex('gu')`(?<!\p{L})(?:${PUBLISHER}|${LEGAL_FORM})(?!\p{L})`;
/**
 * Where a copyright line divides: "ARD-aktuell / tagesschau.de", "Süddeutsche Zeitung GmbH, München",
 * "finanzblick.de – …".
 */
const COPYRIGHT_PARTS = /\s*[,/|]\s*|\s+[–—-]\s+/;

function copyrightNames(line: string): string[] {
  if (!COPYRIGHT.test(line.trim()) || PICTURE.test(line)) return [];
  const text = line.trim().replace(COPYRIGHT, '').replace(ALL_RIGHTS, '').replace(YEARS, ' ').replace(COMPANY, ' ');
  return text
    .split(COPYRIGHT_PARTS)
    .map((part) => part.replace(/\s+/g, ' ').replace(/^[\s.,:;–—-]+|[\s.,:;–—-]+$/g, ''))
    .filter((part) => /\p{L}/u.test(part));
}

/**
 * The page's own publication, from its copyright lines: the id of the source
 * file whose name or alias the line prints (whatever the case, "Verlag",
 * "GmbH" and years aside), else the name as printed, for the editor to
 * create a file or decide. Pictures' credits are no publication. With no
 * copyright line, nothing.
 */
export function publicationOf(
  lines: readonly string[],
  sources: readonly SourceNames[],
): { id?: string; name?: string } {
  const known = sources.map(matchable);
  const parts = lines.map(copyrightNames).filter((names) => names.length > 0);
  for (const names of parts) {
    const same = known.find((source) =>
      names.some((name) => source.names.some((sourceName) => sameName(sourceName, name))),
    );
    if (same) return { id: same.id };
  }
  for (const names of parts) {
    const naming = known.find((source) => names.some((name) => source.credit.some((matcher) => matcher.test(name))));
    if (naming) return { id: naming.id };
  }
  // The page's footer comes last: its line names the publication.
  const last = parts[parts.length - 1];
  return last ? { name: last[0]! } : {};
}

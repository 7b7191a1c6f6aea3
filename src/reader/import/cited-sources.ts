import { printedSentences } from './text.ts';

/**
 * The sources a text names as its sources: a name or alias of a file in
 * content/sources/ in a sentence that reports, quotes or names a medium
 * ("wie die Deutsche Presse-Agentur berichtete", "erinnerte die russische
 * Boulevardzeitung Moskovsky Komsomolets"), or a line of the page's list of
 * sources ("FAZ: …"). The mention is that sentence or line, word for word.
 * Names that look like a source but have no file are suggestions.
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

/** Words of a medium before its name. */
const MEDIUM =
  '(?:Nachrichtenagentur|Presseagentur|Agentur|Zeitung|Boulevardzeitung|Tageszeitung|Wochenzeitung|Sonntagszeitung|Zeitschrift|Magazin|Nachrichtenmagazin|Sender|Fernsehsender|Radiosender|Nachrichtensender|Staatssender|Staatsfernsehen|Portal|Nachrichtenportal|Onlineportal|Nachrichtenseite|Blatt|Boulevardblatt)';
const MEDIUM_BEFORE = new RegExp(`${MEDIUM}\\s*$`);
/** Words that say a sentence reports what a medium said. */
const REPORTING =
  /\b(berichte\w*|meldete?\w*|schreib\w*|schrieb\w*|zitier\w*|laut|zufolge|Angaben|Quelle\w*|erinnerte|hieß es|heißt es|veröffentlicht\w*|verbreitet\w*|Bericht\w*|Interview|sagte|erklärte|teilte)\b/;
/** A medium and the name after it: "Nachrichtenagentur Yonhap", "Zeitung „Kommersant“". */
const MEDIUM_AND_NAME = new RegExp(`${MEDIUM}\\s+(\\u201e[^\\u201c]{2,40}\\u201c|\\u0022[^\\u0022]{2,40}\\u0022|\\p{Lu}[\\p{L}.&-]*(?:\\s\\p{Lu}[\\p{L}.&-]*){0,3})`, 'gu');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a name occurs as a whole word (a hyphen may follow: "dpa-Meldung"). */
function findName(text: string, name: string): number {
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return match ? match.index : -1;
}

function namesSource(sentence: string, name: string): boolean {
  const at = findName(sentence, name);
  if (at < 0) return false;
  return MEDIUM_BEFORE.test(sentence.slice(0, at).trimEnd()) || REPORTING.test(sentence) || /["„“]/.test(sentence);
}

export function citedSources(
  paragraphs: readonly string[],
  sourceLines: readonly string[],
  sources: readonly SourceNames[],
): { cited: CitedSource[]; suggestions: string[] } {
  const cited: CitedSource[] = [];
  const known = sources.flatMap((source) => source.names);
  const sentences = paragraphs.flatMap((paragraph) => printedSentences(paragraph));
  // In the order the text names them: the list of sources first, as the page prints it at the end.
  const order: string[] = [...sourceLines, ...sentences];
  for (const source of sources) {
    const line = sourceLines.find((candidate) => source.names.some((name) => findName(candidate, name) >= 0));
    const sentence = line ?? sentences.find((candidate) => source.names.some((name) => namesSource(candidate, name)));
    if (sentence !== undefined) cited.push({ source: source.id, mention: sentence.trim() });
  }
  cited.sort((a, b) => order.indexOf(a.mention) - order.indexOf(b.mention));

  const suggestions = new Set<string>();
  const isKnown = (name: string) => known.some((knownName) => findName(name, knownName) >= 0);
  for (const line of sourceLines) {
    const name = line.split(':')[0]!.trim();
    if (!isKnown(line)) suggestions.add(name);
  }
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(MEDIUM_AND_NAME)) {
      const name = match[1]!.replace(/^[\u201e\u0022]|[\u201c\u0022]$/g, '').trim();
      if (!isKnown(name)) suggestions.add(name);
    }
  }
  return { cited, suggestions: [...suggestions] };
}

import { GERMAN_TIME_ZONE, formatUtcOffset, germanUtcOffset } from '../../schema/german-time.ts';
import { regex } from './pattern-parts.ts';

/**
 * What a saved news page says about itself in its markup, rather than in
 * its text: JSON-LD (schema.org), Open Graph and `article:*` properties,
 * Dublin Core and plain `<meta>` names, the canonical link, and the comment
 * SingleFile puts at the top of a page it saved.
 *
 * - Each field takes the first source that has it, in the order the sources
 *   are usually kept with care: JSON-LD first (search engines check it),
 *   then Open Graph (social previews show it), then the older meta names.
 * - JSON-LD is read with JSON.parse, never run; a block that does not parse
 *   is skipped. Its strings may still carry HTML entities (CMSs escape them
 *   for the script element), which are decoded here; linkedom has already
 *   decoded the attributes.
 * - Dates are kept as the page printed them, but only when they are ISO 8601,
 *   the form every one of these vocabularies prescribes: a "12.03.2025" in a
 *   meta tag is a page's own habit and left to the printed-date reader.
 *   `germanDateValue` turns one into the schema's German local time.
 */
export interface PageMetadata {
  headline?: string;
  /** ISO 8601 as printed in the metadata. */
  published?: string;
  /** ISO 8601 as printed in the metadata. */
  modified?: string;
  /** People only: an organisation named as author is the publisher, not a byline. */
  authors: string[];
  publisher?: string;
  siteName?: string;
  /** An absolute http(s) address. */
  canonical?: string;
  /** SingleFile's record; `date` as ISO 8601 with the offset the saving browser printed. */
  savedFrom?: { url?: string; date?: string };
  description?: string;
}

/** The parts of linkedom's DOM this module reads. */
interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  closest(selectors: string): unknown;
}
export interface MetaDocument {
  querySelectorAll(selectors: string): ArrayLike<MetaElement>;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * schema.org types of an article: the first node of one of them, in document order, describes the page; a WebPage only
 * when none does.
 */
const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
]);

/** Meta keys (`name`, `property`, `itemprop` or `http-equiv`, lower case) for each field, most trusted first. */
const PUBLISHED_KEYS = [
  'article:published_time',
  'date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'datepublished',
];
const MODIFIED_KEYS = [
  'article:modified_time',
  'og:updated_time',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'datemodified',
];
const AUTHOR_KEYS = ['author', 'dc.creator', 'dcterms.creator', 'article:author', 'parsely-author'];

export function pageMetadata(document: MetaDocument, html: string): PageMetadata {
  const meta = metaValues(document);
  const first = (keys: string[]) => keys.map((key) => meta.get(key)?.[0]).find((value) => value !== undefined);
  const firstDate = (keys: string[]) => keys.flatMap((key) => meta.get(key) ?? []).find(isIsoDate);
  const { article, byId } = jsonLdArticle(document);
  const resolve = (value: Json | undefined) =>
    (isObject(value) && typeof value['@id'] === 'string' && byId.get(value['@id'])) || value;

  const people: string[] = [];
  const organisations: string[] = [];
  for (const author of asList(article?.['author'])) {
    const node = resolve(author);
    const name = typeof node === 'string' ? clean(node) : isObject(node) ? stringOf(node['name']) : undefined;
    if (!name || isAddress(name)) continue;
    (isObject(node) && hasType(node, 'Organization', 'NewsMediaOrganization') ? organisations : people).push(name);
  }
  const publisherNode = asList(article?.['publisher']).map(resolve)[0];
  const publisherName =
    typeof publisherNode === 'string'
      ? clean(publisherNode)
      : isObject(publisherNode)
        ? stringOf(publisherNode['name'])
        : undefined;
  const publisher = publisherName ?? first(['dc.publisher', 'dcterms.publisher', 'publisher']) ?? organisations[0];
  const siteName = first(['og:site_name', 'application-name']);
  // A meta author is often the house itself ("t-online"): no byline.
  const houses = new Set([...organisations, publisher, siteName].flatMap((name) => (name ? [name.toLowerCase()] : [])));
  const metaAuthors =
    AUTHOR_KEYS.map((key) =>
      (meta.get(key) ?? []).filter((name) => !isAddress(name) && !houses.has(name.toLowerCase())),
    ).find((names) => names.length > 0) ?? [];

  return {
    authors: unique(people.length > 0 ? people : metaAuthors),
    // What the page does not say is left out rather than undefined, so that `'key' in` and toEqual see only findings.
    ...present({
      headline: stringOf(article?.['headline']) ?? first(['og:title']) ?? titleOf(document),
      published: [stringOf(article?.['datePublished'])].find(isIsoDate) ?? firstDate(PUBLISHED_KEYS),
      modified: [stringOf(article?.['dateModified'])].find(isIsoDate) ?? firstDate(MODIFIED_KEYS),
      publisher,
      siteName,
      canonical: [
        ...linkHrefs(document, 'canonical'),
        ...(meta.get('og:url') ?? []),
        ...jsonLdAddresses(article, resolve),
      ].find(isAbsoluteWebAddress),
      savedFrom: singleFileRecord(html),
      description: first(['og:description', 'description']) ?? stringOf(article?.['description']),
    }),
  };
}

function present<T extends Record<string, unknown>>(record: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/** Every meta value by its lower-cased name, property or itemprop, in document order. */
function metaValues(document: MetaDocument): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const content = clean(element.getAttribute('content') ?? '');
    if (!content) continue;
    const keys = new Set(
      ['name', 'property', 'itemprop', 'http-equiv'].map((attribute) =>
        element.getAttribute(attribute)?.trim().toLowerCase(),
      ),
    );
    for (const key of keys) {
      if (key) values.set(key, [...(values.get(key) ?? []), content]);
    }
  }
  return values;
}

function titleOf(document: MetaDocument): string | undefined {
  // An SVG icon's <title> is not the page's.
  const title = Array.from(document.querySelectorAll('title')).find((element) => !element.closest('svg'));
  return clean(title?.textContent ?? '') || undefined;
}

function linkHrefs(document: MetaDocument, rel: string): string[] {
  return Array.from(document.querySelectorAll('link[href]'))
    .filter((link) => (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes(rel))
    .map((link) => (link.getAttribute('href') ?? '').trim());
}

/** The article node of the page's JSON-LD, and every node with an @id, to follow references in a @graph. */
function jsonLdArticle(document: MetaDocument): { article?: JsonObject; byId: Map<string, JsonObject> } {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const parsed = parseJson(script.textContent ?? '');
    // Top-level objects, arrays of them, their @graph, and an article a WebPage names as its mainEntity;
    // not every nested object, which would find the teasers of other articles.
    for (const node of asList(parsed).flatMap((item) => (isObject(item) ? [item, ...asList(item['@graph'])] : []))) {
      if (!isObject(node)) continue;
      nodes.push(node);
      for (const entity of asList(node['mainEntity'])) if (isObject(entity)) nodes.push(entity);
    }
  }
  const byId = new Map(
    nodes.flatMap((node) => (typeof node['@id'] === 'string' ? [[node['@id'], node] as const] : [])),
  );
  const article =
    nodes.find((node) => hasType(node, ...ARTICLE_TYPES)) ?? nodes.find((node) => hasType(node, 'WebPage'));
  return article ? { article, byId } : { byId };
}

function parseJson(text: string): Json | undefined {
  // Some CMSs wrap the block in a comment or CDATA, or leave raw line breaks inside strings.
  const body = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>)$/, '');
  // eslint-disable-next-line no-control-regex -- raw control characters in JSON strings are what this repairs
  for (const attempt of [body, body.replace(/[\u0000-\u001f]+/g, ' ')]) {
    try {
      return JSON.parse(attempt) as Json;
    } catch {
      // Not JSON: try the repaired form, then give up on this block.
    }
  }
  return undefined;
}

function jsonLdAddresses(
  article: JsonObject | undefined,
  resolve: (value: Json | undefined) => Json | undefined,
): string[] {
  if (!article) return [];
  const page = resolve(asList(article['mainEntityOfPage'])[0]);
  const pageAddress =
    typeof page === 'string' ? page : isObject(page) ? (stringOf(page['url']) ?? stringOf(page['@id'])) : undefined;
  return [stringOf(article['url']), pageAddress].filter((address): address is string => address !== undefined);
}

const asList = (value: Json | undefined): Json[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a node's @type (a name, a list, or a full "https://schema.org/…" IRI) is one of the given. */
function hasType(node: JsonObject, ...types: string[]): boolean {
  return asList(node['@type']).some((type) => typeof type === 'string' && types.includes(type.replace(/^.*[/:#]/, '')));
}

function stringOf(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? clean(decodeEntities(value)) || undefined : undefined;
}

/** Spaces collapsed, control characters dropped: a page's metadata never reaches the terminal as escape sequences. */
const clean = (text: string) =>
  text
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const unique = (names: string[]) =>
  names.filter((name, index) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index);
const isAddress = (text: string) => /^(?:https?:)?\/\//i.test(text);

function isAbsoluteWebAddress(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

const isIsoDate = (text: string | undefined): text is string =>
  text !== undefined && germanDateValue(text) !== undefined;

/** The entities German news JSON-LD carries; an unknown one stays as printed. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  euro: '€',
  auml: '\u00e4',
  ouml: '\u00f6',
  uuml: '\u00fc',
  Auml: '\u00c4',
  Ouml: '\u00d6',
  Uuml: '\u00dc',
  szlig: '\u00df',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  ccedil: 'ç',
  oacute: 'ó',
  iacute: 'í',
  ntilde: 'ñ',
  scaron: 'š',
  ccaron: 'č',
  middot: '·',
  deg: '°',
  sect: '§',
};

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi,
    (whole, decimal?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
      const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** What may stand before SingleFile's comment: a byte order mark, the doctype, the <html> tag. */
const PAGE_START = /^\uFEFF?\s*(?:<!doctype[^>]*>\s*)?(?:<html\b[^>]*>\s*)?/;
/** SingleFile's comment at the page's start; group 1 is its record, "url: …" and "saved date: …" lines. */
export const SINGLEFILE_COMMENT = regex('i')`${PAGE_START}<!--\s*Page saved with SingleFile\b([\s\S]*?)-->`;

/**
 * SingleFile's comment, right after the doctype and the <html> tag: "Page saved with SingleFile / url: … / saved date:
 * …".
 */
function singleFileRecord(html: string): PageMetadata['savedFrom'] {
  const comment = SINGLEFILE_COMMENT.exec(html);
  if (!comment) return undefined;
  const url = /^\s*url:\s*(\S+)/m.exec(comment[1]!)?.[1];
  const date = savedDate(/^\s*saved date:\s*(.+)$/m.exec(comment[1]!)?.[1]?.trim() ?? '');
  return { ...(url !== undefined && { url }), ...(date !== undefined && { date }) };
}

const MONTH_NUMBERS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/**
 * SingleFile prints the browser's Date.toString(): "Tue Nov 04 2025 07:41:12 GMT+0100 (Mitteleurop\u00e4ische
 * Normalzeit)".
 */
function savedDate(printed: string): string | undefined {
  if (isIsoDate(printed)) return printed;
  const match = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{2}) (\d{4}) (\d{2}:\d{2}:\d{2}) GMT([+-]\d{2})(\d{2})\b/.exec(printed);
  const month = match && MONTH_NUMBERS[match[1]!.toLowerCase()];
  if (!match || !month) return undefined;
  const iso = `${match[3]}-${month}-${match[2]}T${match[4]}${match[5]}:${match[6]}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** A day: groups of the year, the month and the day. */
const ISO_DAY = /(\d{4})-(\d{2})-(\d{2})/;
/** A time of day: groups of the hour, the minute and the second, if any; a fraction of the second is dropped. */
const ISO_TIME = /(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?/;
/** A time zone: "Z", "+01", "+0100", "-01:00". */
const ISO_ZONE = /Z|[+-]\d{2}(?::?\d{2})?/;
/**
 * An ISO 8601 day, maybe with a time ("T" or a space before it) and a zone: "2025-03-12", "2025-03-12T13:27:00Z".
 * Groups 1 to 3: the day's; 4 to 6: the time's; 7: the zone.
 */
export const ISO_DATE = regex('i')`^${ISO_DAY}(?:[T ]${ISO_TIME}\s*(${ISO_ZONE})?)?$`;

const germanClock = new Intl.DateTimeFormat('en-US', {
  timeZone: GERMAN_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'longOffset',
});

const pad = (n: number) => String(n).padStart(2, '0');

/** "Z", "+01", "+0100" or "+01:00" in minutes east of UTC. */
function minutesOfOffset(offset: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/**
 * An ISO 8601 date or time from a page's metadata as the archive's schema
 * writes it: a time becomes German local time with that day's offset
 * ("2025-03-12T13:27:00Z" -> "2025-03-12T14:27+01:00"), seconds dropped as a
 * printed time drops them; a day alone stays a day. A time without an offset
 * is read as German local time, the zone a German page writes in. Undefined
 * for anything else, or an impossible day or time.
 */
export function germanDateValue(iso: string): string | undefined {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (month! < 1 || month! > 12 || day! < 1 || day! > new Date(Date.UTC(year!, month, 0)).getUTCDate()) {
    return undefined;
  }
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  if (hour === undefined || minute === undefined) return date;
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) return undefined;
  const offset = match[7];
  if (offset === undefined) {
    const localOffset = germanUtcOffset({ year: year!, month: month!, day: day!, hour, minute });
    return `${date}T${pad(hour)}:${pad(minute)}${formatUtcOffset(localOffset)}`;
  }
  const offsetMinutes = minutesOfOffset(offset);
  if (Math.abs(offsetMinutes) > 18 * 60) return undefined;
  const instant = Date.UTC(year!, month! - 1, day, hour, minute) - offsetMinutes * 60_000;
  const parts = Object.fromEntries(germanClock.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  // Intl names the offset "GMT+01:00" (or "GMT" for none, which Germany never has).
  const germanOffset = minutesOfOffset((parts['timeZoneName'] ?? '').replace(/^GMT/, '') || 'Z');
  const germanDay = `${parts['year']}-${parts['month']}-${parts['day']}`;
  return `${germanDay}T${parts['hour']}:${parts['minute']}${formatUtcOffset(germanOffset)}`;
}

/**
 * Every URL of the site in one place: paths, route and query parameters,
 * the element ids that pages, the Markdown pipeline and scripts share, and
 * the names of the fields the search index carries. Pages, components,
 * feeds, the search client and the index use these; no other module spells
 * out a site path. Imports nothing, so every layer may use it.
 */

/** The folder of the article pages in the built site: the only pages the search index reads. */
export const ARTICLE_DIR = 'artikel';

/** Paths of the site, all with a trailing slash (astro.config.mjs: trailingSlash 'always'). */
export const paths = {
  home: '/',
  article: (slug: string) => `/${ARTICLE_DIR}/${slug}/`,
  /** The permanent URL of an article: its capture id, whatever its slug becomes. */
  permanent: (captureId: string) => `/a/${captureId}/`,
  topics: '/themen/',
  topic: (tag: string) => `/themen/${tag}/`,
  topicFeed: (tag: string) => `/themen/${tag}/feed.xml`,
  archive: '/archiv/',
  year: (year: number | string) => `/archiv/${year}/`,
  /** A month of the archive: /archiv/2024/06/. */
  month: (year: number, month: number) => `/archiv/${year}/${monthParam(month)}/`,
  sources: '/quellen/',
  source: (slug: string) => `/quellen/${slug}/`,
  search: '/suche/',
  feed: '/feed.xml',
  imprint: '/impressum/',
  privacy: '/datenschutz/',
  rights: '/rechte/',
  pagefind: '/pagefind/',
  /** Written by @astrojs/sitemap. */
  sitemap: '/sitemap-index.xml',
  favicon: '/favicon.svg',
  /** The picture a shared link shows (public/, drawn by scripts/draw-share-card.ts). */
  shareCard: '/vorschaubild.png',
} as const;

/**
 * The page of an older version of a story (its first is 1): noindex, canonical to the article, which shows the
 * newest. Apart from `paths`, which the search page's script bundles whole: its bytes stay as they were.
 */
export function versionPath(slug: string, number: number): string {
  return `/${ARTICLE_DIR}/${slug}/fassung/${number}/`;
}

/** The share card's size in pixels: the 1.91:1 that OpenGraph and X (Twitter) crop to. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

/** The sections a reader's path belongs to, for the navigation's "you are here". */
export const sections = {
  articles: (path: string) => path === paths.home || path.startsWith(`/${ARTICLE_DIR}/`) || path.startsWith('/blatt/'),
  topics: (path: string) => path.startsWith(paths.topics),
  archive: (path: string) => path.startsWith(paths.archive),
  sources: (path: string) => path.startsWith(paths.sources),
  search: (path: string) => path.startsWith(paths.search),
} as const;

/**
 * A listing's newest articles are its own URL; its older pages, numbered from the oldest
 * (src/archive/paging.ts), `<base>blatt/<n>/`.
 */
export function pageUrl(base: string, number: number | undefined): string {
  return number === undefined ? base : `${base}blatt/${number}/`;
}

/** The rest parameter `[...seite]` of a paged route: undefined for the listing's own URL, "blatt/<n>" for a page. */
export function pageParam(number: number | undefined): string | undefined {
  return number === undefined ? undefined : `blatt/${number}`;
}

/** An address of the paging before December 2026, counted from the newest: `<base>seite/<n>/` (src/pages/404.astro forwards it). */
export const EARLIER_PAGE = /^(\/(?:.*\/)?)seite\/(\d+)\/?$/;

/** The route parameter [monat] of a month page: two digits. */
export function monthParam(month: number): string {
  return String(month).padStart(2, '0');
}

/** An anchor on a year page: a month's heading, or the articles without a month. */
export const yearAnchors = {
  month: (month: number) => `monat-${month}`,
  withoutMonth: 'ohne-monat',
} as const;

/** Query parameters of the search page (and the one an article page reads). */
export const searchParams = {
  query: 'q',
  sort: 'sortierung',
  /** Set on a result's link: the article page highlights these words. */
  highlight: 'markiert',
} as const;

/** The search page with a query string, or bare without one. */
export function searchUrl(query: URLSearchParams | string = ''): string {
  const text = query.toString();
  return text ? `${paths.search}?${text}` : paths.search;
}

/** The search page filtered, e.g. by a topic and a year: /suche/?thema=Russland&jahr=2024. */
export function filteredSearchUrl(filters: Partial<Record<FilterKey, string | undefined>>): string {
  return searchUrl(
    new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined)),
  );
}

/**
 * Ids of elements around an article's text, which the Markdown pipeline
 * must never give a heading of the text.
 */
export const pageIds = {
  main: 'inhalt',
  headerSearch: 'kopfsuche',
  citation: 'zitiervorschlag',
  related: 'verwandte-artikel',
  translation: 'archiv-uebersetzung',
  editorial: 'archiv-redaktionell',
  dating: 'archiv-datierung',
  provenance: 'archiv-herkunft',
  versions: 'archiv-fassungen',
} as const;

/** Ids of the search page's elements, shared by suche.astro and the search script. */
export const searchIds = {
  form: 'suchformular',
  input: 'suchbegriff',
  hint: 'suchhilfe',
  sort: 'sortierung',
  filterPanel: 'filterbereich',
  filters: 'suchfilter',
  status: 'suchstatus',
  suggestions: 'suchvorschlaege',
  results: 'suchergebnisse',
  more: 'weitere-treffer',
  /** The topics and sources a query names, above the results. */
  shortcuts: 'suchthemen',
  /** The list of topics and sources a query may name, as JSON in the page. */
  shortcutData: 'suchthemen-daten',
  /** The shards of the search index, as JSON in the page; absent when the index is one (src/search/shard-plan.ts). */
  shardData: 'suchbestand-daten',
  /** Which years the results come from, and the way to search older ones. */
  coverage: 'suchbestand',
  olderYears: 'aeltere-jahrgaenge',
} as const;

/**
 * Marks the page of a withdrawn article: it sits among the article pages
 * but is no article, so the search index leaves it out and the build does
 * not count it as an article to index.
 */
export const WITHDRAWN_NOTICE_ATTRIBUTE = 'data-withdrawn-notice';

/** The event the search page sends when it shows a search's results (browser tests wait for it). */
export const SEARCH_SHOWN_EVENT = 'suche:angezeigt';

/**
 * Field names in the search index. A filter's name is also its query
 * parameter on the search page (/suche/?thema=Sanktionen&jahr=2024).
 */
export const searchFields = {
  meta: {
    title: 'title',
    /** Date and publication as a result shows them, unsearchable (src/search/index-fields.ts). */
    line: 'zeile',
    /** Words an article is found by without printing them. */
    variants: 'varianten',
    /** Each of those with the printed word it stands for, unsearchable: why a result matched. */
    why: 'warum',
  },
  filters: { topic: 'thema', source: 'quelle', year: 'jahr' },
  sort: 'datum',
} as const;

export const FILTER_KEYS = [
  searchFields.filters.topic,
  searchFields.filters.source,
  searchFields.filters.year,
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The orders the search page offers, as values of its sort parameter; the first is the default. */
export const SEARCH_SORTS = ['relevanz', 'neu', 'alt'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/**
 * Set on the search form once its script listens to it: what is typed
 * before then is not searched as typed (browser tests wait for it).
 */
export const SEARCH_READY_ATTRIBUTE = 'data-ready';

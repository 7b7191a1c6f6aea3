/**
 * The strings the search page's script writes (src/search/client/), apart
 * from `de` (which lists them as `de.search.script`) so that the script
 * imports them alone: the bundler keeps or drops an object whole, and all of
 * `de` would add 1.6 KB gzip to the bytes before the first results.
 */
export const searchScript = {
  enterQuery: 'Geben Sie einen Suchbegriff ein.',
  /** The status line of a search; `query` '' is a search by filters alone. */
  resultCount: (count: number, query: string) =>
    `${count === 0 ? 'Keine' : count} Treffer ${query ? `für „${query}“` : 'mit diesen Filtern'}.`,
  noResultsHint: 'Versuchen Sie ein anderes Wort oder eine andere Schreibweise.',
  widerSearches: 'Versuchen Sie es',
  withoutFilters: 'ohne Filter',
  withoutQuotes: (query: string) => `ohne Anführungszeichen: ${query}`,
  resultTags: 'Themen',
  /** Keyed like `searchFields.filters` in src/routes.ts. */
  filterLabels: { topic: 'Thema', source: 'Quelle', year: 'Jahr' },
  filterCount: (count: number) => `(${count})`,
} as const;

/** Every string a reader sees, in one place. */
export const de = {
  siteName: 'Nachrichtenarchiv',
  siteTagline: 'Deutsche Nachrichtenartikel, archiviert und belegt',
  nav: { label: 'Hauptnavigation', articles: 'Artikel', topics: 'Themen', archive: 'Archiv', sources: 'Quellen', search: 'Suche' },
  skipLink: 'Zum Inhalt springen',
  home: {
    title: 'Alle Artikel',
    intro: (count: number) => `${count} Artikel, die neuesten zuerst.`,
  },
  article: {
    editorialTitle: 'Titel redaktionell',
    editorialTitleExplained: 'Die Vorlage hat keine Überschrift; der Titel stammt vom Archiv.',
    editorialTeaser: 'Teaser redaktionell',
    editorialTeaserExplained: 'Die Vorlage hat keinen Vorspann; der Teaser stammt vom Archiv.',
    editorialHeading: 'Vom Archiv geschrieben',
    translation: 'Übersetzung',
    translationFrom: { en: 'aus dem Englischen', ru: 'aus dem Russischen', ko: 'aus dem Koreanischen', fr: 'aus dem Französischen' },
    translationExplained: 'Der Text zeigt, dass er übersetzt ist:',
    date: 'Datum',
    readingTimeLabel: 'Lesezeit',
    readingTime: (minutes: number) => `${minutes} Min.`,
    source: 'Quelle',
    publicationUnstated: 'Quelle nicht angegeben',
    byline: 'Von',
    cited: 'Nennt als Quellen',
    tags: 'Themen',
    dateHeading: 'Zur Datierung',
    provenanceHeading: 'Herkunft dieser Ausgabe',
    provenanceCapture: 'Bearbeitet nach der Erfassung',
    provenanceRemoved: 'Entfernt (Seitenelemente, keine Artikeltexte)',
    provenanceNotes: 'Anmerkungen der Redaktion',
    neighbours: 'Weitere Artikel im Archiv',
    newer: 'Neuerer Artikel',
    older: 'Älterer Artikel',
    related: 'Verwandte Artikel',
  },
  date: {
    stand: 'Stand',
    inferred: 'erschlossen',
    captureMetadata: 'laut Erfassungsdaten',
    until: 'bis',
    since: 'ab',
    clock: 'Uhr',
  },
  topics: {
    title: 'Themen',
    intro: 'Alle Schlagworte des Archivs, nach Art geordnet, mit der Zahl ihrer Artikel.',
    kinds: { thema: 'Sachthemen', person: 'Personen', land: 'Länder', ort: 'Orte', organisation: 'Organisationen' },
    articleCount: (count: number) => `${count} Artikel`,
    back: 'Alle Themen',
  },
  search: {
    title: 'Suche',
    description: 'Das Archiv durchsuchen: nach Wörtern, Namen in jeder Schreibweise und Wortteilen.',
    label: 'Suchbegriff',
    submit: 'Suchen',
    headerLabel: 'Archiv durchsuchen',
    hint: 'Namen in jeder Schreibweise, Umlaute auch als ae, oe, ue; Wortgruppen in Anführungszeichen.',
    sortLabel: 'Sortierung',
    filters: 'Filtern nach Thema, Quelle und Jahr',
    sort: { relevanz: 'Relevanz', neu: 'Neueste zuerst', alt: 'Älteste zuerst' },
    more: 'Weitere Treffer laden',
    noScript: 'Die Suche braucht JavaScript. Alle Artikel finden Sie auch über die Themen.',
    /** What the search page's script writes. */
    script: searchScript,
  },
  archive: {
    title: 'Archiv',
    intro: 'Alle Artikel nach Jahren und Monaten, mit der Zahl ihrer Artikel.',
    yearIntro: 'Alle Artikel aus',
    back: 'Alle Jahre',
    withoutMonth: 'Ohne Monatsangabe',
    withoutMonthNote: 'Artikel, deren Datum nur das Jahr oder einen erschlossenen Zeitraum nennt. Sie stehen hier, nicht unter einem Monat.',
  },
  sources: {
    title: 'Quellen',
    intro: 'Die Medien, in denen die Artikel erschienen sind, und die Quellen, die sie nennen, mit der Zahl ihrer Artikel.',
    published: 'Erschienen in',
    cited: 'Von Artikeln genannt',
    back: 'Alle Quellen',
    publishedCount: (count: number) => `${count} erschienen`,
    citedCount: (count: number) => `${count}-mal genannt`,
    listingIntro: (published: number, cited: number) => `${published} Artikel erschienen hier, ${cited} nennen diese Quelle.`,
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder die Adresse ist falsch geschrieben.',
    home: 'Zu allen Artikeln',
    topics: 'Zu den Themen',
  },
  footer: {
    feed: 'RSS-Feed',
    rights: 'Rechte und Entfernung',
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    about: 'Ein Archiv deutscher Nachrichtenartikel. Die Texte gehören ihren Verlagen; jede Ausgabe nennt die Erfassung, aus der sie stammt.',
  },
  paging: {
    label: 'Seiten',
    previous: 'Zurück',
    next: 'Weiter',
    page: (number: number) => `Seite ${number}`,
    pageOf: (number: number, count: number) => `Seite ${number} von ${count}`,
    /** The title of a listing's later page, e.g. "Russland – Seite 2". */
    title: (title: string, number: number) => `${title} – Seite ${number}`,
  },
  feed: {
    /** The site feed's title after the site name: "Nachrichtenarchiv: neueste Artikel". */
    newest: 'neueste Artikel',
  },
  citation: {
    heading: 'Zitiervorschlag',
    permanentUrl: 'Dauerhafte Adresse',
    /** "dpa: „Titel“ (Übersetzung), 19. Juni 2024. Archiviert im Nachrichtenarchiv: <URL>" */
    text: (parts: { who: string; title: string; translated: boolean; date: string; siteName: string; url: string }) =>
      `${parts.who}: „${parts.title}“${parts.translated ? ' (Übersetzung)' : ''}, ${parts.date}. Archiviert im ${parts.siteName}: ${parts.url}`,
  },
  withdrawn: {
    label: 'Zurückgezogen',
    /** Around the day: "Dieser Artikel wurde am 1. März 2025 zurückgezogen. …" */
    before: 'Dieser Artikel wurde am',
    after: 'zurückgezogen. Sein Text steht nicht mehr im Archiv.',
    reason: 'Grund',
    description: (day: string) => `Dieser Artikel wurde am ${day} zurückgezogen.`,
  },
  redirect: {
    title: 'Weiterleitung',
    text: 'Dieser Artikel steht unter',
  },
} as const;

/**
 * The strings the search page's script writes (src/search/client/), apart
 * from `de` (which lists them as `de.search.script`) so that the script
 * imports them alone: the bundler keeps or drops an object whole, and all of
 * `de` would add 1.6 KB gzip to the bytes before the first results.
 */
export const searchScript = {
  enterQuery: 'Geben Sie einen Suchbegriff ein.',
  /** For a query of one character, which the page does not search. */
  enterLonger: 'Gesucht wird ab zwei Zeichen.',
  /** The status line of a search; `query` '' is a search by filters alone. */
  resultCount: (count: number, query: string) =>
    `${count === 0 ? 'Keine' : count} Treffer ${query ? `für „${query}“` : 'mit diesen Filtern'}.`,
  noResultsHint: 'Versuchen Sie ein anderes Wort oder eine andere Schreibweise.',
  widerSearches: 'Versuchen Sie es',
  withoutFilters: 'ohne Filter',
  withoutQuotes: (query: string) => `ohne Anführungszeichen: ${query}`,
  resultTags: 'Themen',
  /** Why a result matched a query word it does not print. */
  why: {
    part: (word: string, printed: string) => `„${word}“ gefunden als Teil von »${printed}«`,
    spelling: (word: string, printed: string) => `„${word}“ gefunden in der Schreibweise »${printed}«`,
  },
  /** Above the results: the topics and sources a query names; the link applies the filter. */
  shortcuts: 'Passend zur Suche',
  applyFilter: 'Treffer darauf eingrenzen',
  /** Keyed like `searchFields.filters` in src/routes.ts. */
  filterLabels: { topic: 'Thema', source: 'Quelle', year: 'Jahr' },
  filterCount: (count: number) => `(${count})`,
  /** The years from `from` to `to`: "2024", "2024–2026". */
  years: (from: string, to: string) => (from === to ? from : `${from}–${to}`),
  /**
   * Which years a result list covers, when the index is in shards: "Treffer aus 2024–2026.", and
   * the years of the shards not searched yet.
   */
  coverage: (searched: string, unsearched: string | undefined) =>
    `Treffer aus ${searched}${unsearched ? `; Artikel aus ${unsearched} noch nicht durchsucht` : ''}.`,
} as const;

/** Lines as „a“, „b“. */
/** "2024-11-05T11:02+01:00" as "05.11.2024, 11:02 Uhr" (a value of the schema, already German local time). */
const germanTime = (value: string) =>
  value.replace(
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}).*)?$/,
    (_all, y, m, d, hh, mm) => `${d}.${m}.${y}${hh ? `, ${hh}:${mm} Uhr` : ''}`,
  );
const quoted = (lines: readonly string[]) => lines.map((line) => `„${line}“`).join(', ');
/** The first lines of a long list, and how many more: a description stays readable. */
const shortList = (lines: readonly string[]) =>
  `${quoted(lines.slice(0, 4))}${lines.length > 4 ? ` und ${lines.length - 4} weitere Zeilen` : ''}`;

/** German quotation marks one level down: „…“ inside „…“ becomes ‚…‘. */
function nestedQuotes(text: string): string {
  return text.replace(/„/g, '‚').replace(/“/g, '‘');
}

/** Every string a reader sees, in one place. */
export const de = {
  siteName: 'Nachrichtenarchiv',
  siteTagline: 'Deutsche Nachrichtenartikel, archiviert und belegt',
  nav: {
    label: 'Hauptnavigation',
    articles: 'Artikel',
    topics: 'Themen',
    archive: 'Archiv',
    sources: 'Quellen',
    search: 'Suche',
  },
  skipLink: 'Zum Inhalt springen',
  /** The alt text of the picture a shared link shows: what the card says. */
  shareCardAlt: 'Nachrichtenarchiv – Deutsche Nachrichtenartikel, archiviert und belegt',
  home: {
    title: 'Alle Artikel',
    intro: (count: number) => (count === 1 ? '1 Artikel.' : `${count} Artikel, die neuesten zuerst.`),
  },
  article: {
    editorialTitle: 'Titel redaktionell',
    editorialTitleExplained: 'Die Vorlage hat keine Überschrift; der Titel stammt vom Archiv.',
    editorialTeaser: 'Teaser redaktionell',
    editorialTeaserExplained: 'Die Vorlage hat keinen Vorspann; der Teaser stammt vom Archiv.',
    editorialHeading: 'Vom Archiv geschrieben',
    translation: 'Übersetzung',
    translationFrom: {
      en: 'aus dem Englischen',
      ru: 'aus dem Russischen',
      ko: 'aus dem Koreanischen',
      fr: 'aus dem Französischen',
    },
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
  /** A story the archive captured more than once: its versions and what changed between them. */
  versions: {
    heading: 'Fassungen dieses Artikels',
    /** In the article's facts, a link to its history. */
    metaLabel: 'Fassungen',
    metaLink: (count: number) => `${count} erfasst – was sich geändert hat`,
    intro: (count: number) =>
      `Die Seite wurde nach ihrer Veröffentlichung geändert. Das Archiv hat ${count} Fassungen erfasst, jede mit ihrem Stand; hier steht, was sich von einer zur nächsten geändert hat.`,
    version: (number: number) => `Fassung ${number}`,
    /** Beside the version the page shows. */
    shown: 'diese Seite',
    newest: 'aktuell',
    changesFrom: (number: number, count: number) =>
      `${count === 0 ? 'Keine Änderung am Text' : count === 1 ? 'Eine Änderung' : `${count} Änderungen`} gegenüber Fassung ${number}`,
    first: 'Erste erfasste Fassung',
    parts: { title: 'Überschrift', teaser: 'Vorspann', body: 'Text' },
    /** Each change named in words, not by colour alone. */
    added: 'hinzugefügt',
    removed: 'entfernt',
    changed: 'geändert',
    /** Around a word of a changed sentence, for screen readers: „[entfernt: 12]“. */
    wordRemoved: 'entfernt:',
    wordAdded: 'hinzugefügt:',
    updated: 'Aktualisiert',
    olderNotice: (number: number, count: number) =>
      `Dies ist eine ältere Fassung dieses Artikels (Fassung ${number} von ${count}).`,
    toNewest: 'Zur aktuellen Fassung',
    permanentUrl: 'Dauerhafte Adresse dieser Fassung',
  },
  /** Only `npm run dev` shows drafts: the editor's view of an article before it is published. */
  draft: {
    mark: 'Entwurf',
    markExplained: 'Entwurf: nur in der Vorschau sichtbar, nicht auf der veröffentlichten Website.',
    /** A field the editor has yet to decide. */
    open: 'noch offen',
    dateOpen: 'Datum noch offen',
  },
  /**
   * What `npm run import` writes into a draft for readers: the page furniture
   * it removed (shown under "Entfernt"), the notes on a printed date and the
   * evidence of a translation. The editor may rewrite each.
   */
  edition: {
    removed: {
      dateLine: (line: string, taken: boolean) => `Datumszeile „${line}“${taken ? ' (als Datum übernommen)' : ''}`,
      captureMetadata: (part: string, taken: boolean) =>
        `Erfassungs-Metadaten „${part}“ am Anfang${taken ? ' (als Datum übernommen)' : ''}`,
      advert: (line: string, count: number) => `Werbekennzeichnung „${line}“${count > 1 ? ` (${count}-mal)` : ''}`,
      video: (lines: readonly string[]) => `Videohinweis ${quoted(lines)}`,
      linkBlock: (heading: string, links: readonly string[]) =>
        `Linkblock „${heading}“${links.length > 0 ? ` mit ${links.length === 1 ? 'einem Link' : `${links.length} Links`}: ${quoted(links)}` : ''}`,
      linkLine: (line: string) => `Linkhinweis „${line}“`,
      programme: (lines: readonly string[]) => `Sendehinweis ${quoted(lines)}`,
      social: (lines: readonly string[]) => `Teilen- und Social-Media-Elemente ${quoted(lines)}`,
      authorBox: (name: string) => `Autorenkasten der Website mit dem Namen „${name}“ und einer Kurzbiografie`,
      backToTop: (line: string) => `Schaltfläche „${line}“`,
      sourcesHeading: (line: string) =>
        `Zwischenzeile „${line}“ über der Liste der Quellen (die Quellen stehen unter „Nennt als Quellen“)`,
      readingTime: (line: string) => `Lesezeit-Angabe „${line}“`,
      imageCredit: (line: string) => `Bildnachweis „${line}“ (das Bild selbst ist nicht erfasst)`,
      breadcrumb: (line: string) => `Rubrikzeile „${line}“`,
      newsletter: (line: string) => `Hinweis der Website „${line}“`,
      siteHeader: (lines: readonly string[]) =>
        `Kopf der Website über dem Artikel (Navigation, Menüs, Rubriken): ${shortList(lines)}`,
      pageEnd: (lines: readonly string[]) =>
        `Teil der Website nach dem Artikel (Empfehlungen, Kommentare, Fußzeile): ${shortList(lines)}`,
      siteControls: (lines: readonly string[]) => `Bedienelemente der Website ${quoted(lines)}`,
      consent: (lines: readonly string[]) => `Cookie-Hinweis der Website ${shortList(lines)}`,
      audio: (lines: readonly string[]) => `Audio-Element ${quoted(lines)}`,
      comments: (lines: readonly string[]) => `Kommentarbereich ${quoted(lines)}`,
      pageTools: (lines: readonly string[]) => `Werkzeuge der Seite ${quoted(lines)}`,
      previousNext: (line: string) => `Blätterleiste „${line}“`,
      footer: (lines: readonly string[]) => `Fußzeile der Website ${shortList(lines)}`,
      programmeNote: (line: string) => `Sendehinweis „${line}“`,
      caption: (lines: readonly string[]) =>
        `Bildunterschrift und Bildnachweis ${quoted(lines)} (das Bild selbst ist nicht erfasst)`,
      agencyCredit: (line: string) => `Agenturkürzel „${line}“ (die Agentur steht unter „Nennt als Quellen“)`,
      byline: (line: string) => `Autorenzeile „${line}“ (als Verfasser übernommen)`,
      teaserBox: (heading: string, count: number) =>
        `Kasten „${heading}“ mit Überschriften und Anrissen anderer Artikel (${count} Zeilen)`,
      newsletterBox: (heading: string) => `Newsletter-Kasten „${heading}“`,
      paywall: (lines: readonly string[]) => `Abo-Angebot der Website ${quoted(lines)}`,
      rank: (line: string) => `Platzziffer „${line}“ aus einer Liste anderer Artikel`,
      captionElement: (lines: readonly string[]) =>
        `Bildunterschrift und Bildnachweis ${shortList(lines)} (das Bild selbst ist nicht erfasst)`,
      navigationElement: (lines: readonly string[]) => `Navigation der Website: ${shortList(lines)}`,
      footerElement: (lines: readonly string[]) => `Fußzeile der Website: ${shortList(lines)}`,
      asideElement: (lines: readonly string[]) => `Kasten der Website neben oder im Artikel: ${shortList(lines)}`,
      formElement: (lines: readonly string[]) => `Schaltflächen und Formulare der Website: ${shortList(lines)}`,
      headerElement: (lines: readonly string[]) => `Kopf der Website: ${shortList(lines)}`,
      boxElement: (lines: readonly string[]) =>
        `Element der Website (Cookie-Hinweis, Teilen, Kommentare oder Empfehlungen): ${shortList(lines)}`,
    },
    /** Authors a page's metadata names, as a byline: "A", "A und B", "A, B und C". */
    bylineOf: (names: readonly string[]) =>
      names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} und ${names.at(-1)}`,
    dateNote: {
      localTime: (printed: string, summerTime: boolean, offset: string) =>
        `Gedruckt als „${printed}“, deutsche Ortszeit (${summerTime ? 'Sommerzeit' : 'Winterzeit'}, UTC${offset}).`,
      printed: (printed: string) => `Gedruckt als „${printed}“.`,
      englishOrder: (printed: string) => `Gedruckt als „${printed}“, in englischer Reihenfolge.`,
      captureMetadata: (value: string) =>
        `Die Angabe „${value}“ stammt aus den Metadaten der Erfassung, nicht aus dem Artikel.`,
      updatedLater: (printed: string) => `Später aktualisiert: „${printed}“.`,
      pageMetadata: (value: string) => `Veröffentlichungszeit aus den Metadaten der gespeicherten Seite: „${value}“.`,
      modifiedLater: (value: string) => `Laut den Metadaten der Seite zuletzt geändert am ${germanTime(value)}.`,
    },
    translationEvidence: {
      englishDateOrder: (printed: string) => `Das Datum steht in englischer Reihenfolge: „${printed}“.`,
    },
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
    /** A tag's kind, for one tag ("Thema: Sanktionen"). */
    kindSingular: { thema: 'Thema', person: 'Person', land: 'Land', ort: 'Ort', organisation: 'Organisation' },
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
    olderYears: 'Auch ältere Jahrgänge durchsuchen',
    filters: 'Filtern nach Thema, Quelle und Jahr',
    sort: { relevanz: 'Relevanz', neu: 'Neueste zuerst', alt: 'Älteste zuerst' },
    more: 'Weitere Treffer laden',
    noScript: 'Die Suche braucht JavaScript. Alle Artikel finden Sie auch über die Themen.',
    /** What the search page's script writes. */
    script: searchScript,
    /** A topic or source a query names, above the results (src/search/search-shortcuts.ts). */
    shortcut: {
      /** `kind`: one of `topics.kindSingular`. */
      topic: (kind: string, label: string, count: number) => `${kind}: ${label}, ${count} Artikel`,
      source: (name: string, published: number, cited: number) =>
        `Quelle: ${name}, ${[
          published > 0 && `${published} Artikel`,
          cited > 0 && `zitiert in ${cited} ${cited === 1 ? 'Artikel' : 'Artikeln'}`,
        ]
          .filter(Boolean)
          .join(', ')}`,
    },
  },
  archive: {
    title: 'Archiv',
    intro: 'Alle Artikel nach Jahren und Monaten, mit der Zahl ihrer Artikel.',
    yearIntro: 'Alle Artikel aus',
    back: 'Alle Jahre',
    withoutMonth: 'Ohne Monatsangabe',
    withoutMonthNote:
      'Artikel, deren Datum nur das Jahr oder einen erschlossenen Zeitraum nennt. Sie stehen hier, nicht unter einem Monat.',
    /** The month pages: "Alle Artikel aus Juni 2024." */
    monthIntro: (month: string) => `Alle Artikel aus ${month}.`,
  },
  /** The timelines of the archive, topic and source pages (inline SVG, text alternatives). */
  charts: {
    caption: (from: string, to: string) => `Artikel je Monat, ${from} bis ${to}`,
    archiveHint: 'Jeder Balken führt zu den Artikeln seines Monats.',
    filteredHint: 'Jedes Jahr führt zur Suche nach seinen Artikeln.',
    legendBars: 'Balken: Artikel mit Tages- oder Monatsangabe, in ihrem Monat',
    legendBands:
      'Band: Artikel ohne Monatsangabe (nur Jahr, erschlossener Zeitraum oder „ab …“), über die Monate, in die sie fallen können',
    apart: 'Ohne Monatsangabe',
    yearOnly: (year: number) => `${year} (nur Jahr)`,
    since: (month: string) => `ab ${month}`,
    period: (from: string, to: string) => `${from} bis ${to}`,
    yearSearch: (name: string, year: number) => `${name}, ${year}: Artikel in der Suche`,
    tableMonth: 'Monat',
    tableCount: 'Artikel',
  },
  sources: {
    title: 'Quellen',
    intro:
      'Die Medien, in denen die Artikel erschienen sind, und die Quellen, die sie nennen, mit der Zahl ihrer Artikel.',
    published: 'Erschienen in',
    cited: 'Von Artikeln genannt',
    back: 'Alle Quellen',
    /** Under "Erschienen in": "1 Artikel", "5 Artikel" (the heading says where; no verb to agree). */
    publishedCount: (count: number) => `${count} Artikel`,
    citedCount: (count: number) => `${count}-mal genannt`,
    /** "1 Artikel erschien hier, 2 nennen diese Quelle."; the verb agrees with each number. */
    listingIntro: (published: number, cited: number) =>
      `${published === 0 ? 'Kein' : published} Artikel ${published === 1 || published === 0 ? 'erschien' : 'erschienen'} hier, ` +
      `${cited === 0 ? 'keiner' : cited} ${cited === 1 || cited === 0 ? 'nennt' : 'nennen'} diese Quelle.`,
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
    about:
      'Ein Archiv deutscher Nachrichtenartikel. Die Texte gehören ihren Verlagen; jede Ausgabe nennt die Erfassung, aus der sie stammt.',
  },
  paging: {
    label: 'Seiten',
    newer: 'Neuere',
    older: 'Ältere',
    /** A page of a listing, counted from the oldest; undefined: the listing's own URL, its newest articles. */
    page: (number: number | undefined) => (number === undefined ? 'Neueste' : `Seite ${number}`),
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
    /**
     * "dpa: „Titel“ (Übersetzung), 19. Juni 2024. Archiviert im Nachrichtenarchiv: <URL>"; quotation
     * marks inside the quoted title become the inner German ones: „Zwei ‚innige Freunde‘ …“.
     */
    text: (parts: { who: string; title: string; translated: boolean; date: string; siteName: string; url: string }) =>
      `${parts.who}: „${nestedQuotes(parts.title)}“${parts.translated ? ' (Übersetzung)' : ''}, ${parts.date}. Archiviert im ${parts.siteName}: ${parts.url}`,
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

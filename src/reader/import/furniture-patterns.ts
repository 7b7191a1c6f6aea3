import { anyOf, regex } from './pattern-parts.ts';

/**
 * The forms of page furniture on German news pages (and on the English
 * themes German republishers use), as patterns of a whole line: what a site
 * prints around the journalism, never a sentence of it. Each pattern names a
 * kind of element, not the string of one capture or one site. Language data,
 * like the word lists of src/search/.
 *
 * A long pattern is written from named parts (./pattern-parts.ts): lists of
 * words as printed, and the pieces of pattern between them. The lines each
 * must and must not match are in furniture-patterns.test.ts. A pattern too
 * long for its line breaks after its `=`, marked prettier-ignore: Prettier
 * cannot break a template and would split `regex('i')` instead.
 */

/** "Anzeige", "Werbung": the label an advert leaves in a text capture. */
export const ADVERT = /^(Anzeige|ANZEIGE|Werbung|WERBUNG|Advertisement|Sponsored|Gesponsert)$/;

/** Words that open a video teaser, before its colon. */
const VIDEO_TEASER_LEADS = [
  'Im Video',
  'Video',
  'Videos',
  'Zum Video',
  'Sehen Sie im Video',
  'Mehr im Video',
  'Video abspielen',
  'Jetzt ansehen',
];
/** A video teaser: "Im Video: …", "Video: …", "Zum Video: …". */
export const VIDEO = regex('i')`^${anyOf(VIDEO_TEASER_LEADS)}\s*:\s*\S.*$`;

/** The label before a player's time: "Video 02:35", "Dauer: 3 Min.". */
const DURATION_LABEL = /(?:Video|Dauer|Länge)\s*:?\s*/;
/** A player's time, minutes and seconds, maybe hours: "02:35", "1:02:35". */
const PLAYER_TIME = /(?:\d{1,2}:)?\d{1,2}:\d{2}/;
/** "Min." after a player's time. */
const MINUTES_AFTER_TIME = /\s*(?:Min\.?|min|Minuten)/;
/** A player's time, labelled or not: "02:35", "Video 02:35", "1:02:35 Min.". */
const PLAYER_DURATION = regex()`^(?:${DURATION_LABEL})?${PLAYER_TIME}(?:${MINUTES_AFTER_TIME})?$`;
/** A labelled duration in whole minutes or seconds: "Dauer: 3 Min.", "Länge 45 Sek.". */
const LABELLED_DURATION = /^(?:Dauer|Länge)\s*:?\s*\d{1,3}\s*(?:Min\.?|Minuten|Sek\.?)$/;
/** A video's duration on its own line: "02:35", "1:02:35 Min.", "Video 02:35", "Dauer: 3 Min.". */
export const VIDEO_DURATION = regex('i')`${PLAYER_DURATION}|${LABELLED_DURATION}`;

/** German headings of a block of links to other articles. */
const LINK_BLOCK_HEADINGS = [
  'Mehr zum Thema',
  'Mehr zu diesem Thema',
  'Siehe auch',
  'Auch interessant',
  'Ebenfalls interessant',
  'Das könnte Sie auch interessieren',
  'Das könnte dich auch interessieren',
  'Ähnliche Artikel',
  'Ähnliche Beiträge',
  'Verwandte Artikel',
  'Weitere Artikel',
  'Weitere Nachrichten',
  'Lesen Sie auch',
  'Lesen Sie mehr',
  'Lesetipp',
  'Lesetipps',
  'Empfehlungen',
  'Empfehlungen der Redaktion',
  'Mehr aus dem Ressort',
  'Mehr aus der Rubrik',
  'Meistgelesen',
  'Top-Themen',
];
/** The same headings of an English theme. */
const LINK_BLOCK_HEADINGS_EN = [
  'Related Posts',
  'Related Articles',
  'Related Stories',
  'You may also like',
  'Read more',
  'Read next',
];
/** An English theme's heading with the site's or the section's name: "Latest from Tech", "More from Business". */
const LINK_BLOCK_HEADING_NAMED = /(?:Latest|More) from .{1,30}/;
/** A heading of a block of links to other articles, alone on its line. */
// prettier-ignore
export const LINK_BLOCK_HEADING =
  regex('i')`^(?:${anyOf(LINK_BLOCK_HEADINGS)}|${anyOf(LINK_BLOCK_HEADINGS_EN)}|${LINK_BLOCK_HEADING_NAMED})\s*:?$`;

/** Headings a single link follows on its line. */
const LINK_LINE_HEADINGS = [
  'Mehr zum Thema',
  'Siehe auch',
  'Auch interessant',
  'Lesen Sie auch',
  'Lesen Sie mehr',
  'Lesetipp',
  'Weiterlesen',
  'Read more',
  'Read also',
];
/** Of those, the ones a link may follow after a single space: "Siehe auch Putin droht dem Westen". */
const LINK_LINE_HEADINGS_SPACED = ['Mehr zum Thema', 'Siehe auch', 'Lesen Sie auch', 'Lesetipp'];
/** What divides a heading from its link: a colon, or two spaces or more (a copied table cell). */
const LINK_LINE_GAP = /\s*:\s*|\s{2,}/;
/** A heading and a link of any text, after a colon or a wide gap. */
const LINK_AFTER_GAP = regex()`^${anyOf(LINK_LINE_HEADINGS)}(?:${LINK_LINE_GAP})\S.{0,150}$`;
/** A heading and a link after a single space: the link is no sentence, without . ! or ?. */
const LINK_AFTER_SPACE = regex()`^${anyOf(LINK_LINE_HEADINGS_SPACED)}\s+\S[^.!?]{0,150}$`;
/** A single link with its heading on one line: "Siehe auch  Morgenbesprechung …", "Lesen Sie auch: …". */
export const LINK_LINE = regex('i')`${LINK_AFTER_GAP}|${LINK_AFTER_SPACE}`;

/** The glyphs that open the items of a link list: "⋙ …", "» …", "► …". */
export const LINK_ITEM = /^(⋙|»|›|►|▶|→|⇒|•|·|■|▪|>>)\s*\S/;

/** Headings of a broadcaster's note on where the topic runs. */
const PROGRAMME_HEADINGS = [
  'Dieses Thema im Programm',
  'Diese Sendung im Programm',
  'Dieses Thema in der Sendung',
  'Sendehinweis',
  'Im Programm',
];
/** A time or a date of a broadcast: "20:15", "20.15", "18.02.2025". */
const BROADCAST_TIME = /\d{1,2}[:.]\d{2}|\d{1,2}\.\d{1,2}\.\d{4}/;
/** "Dieses Thema im Programm:" and a broadcaster's schedule line after it. */
export const PROGRAMME_HEADING = regex('i')`^${anyOf(PROGRAMME_HEADINGS)}\s*:?(?:\s+\S.*(?:${BROADCAST_TIME}).*)?$`;
export const PROGRAMME_LINE = /(\d{1,2}[:.]\d{2}\s*Uhr|\d{1,2}\.\d{1,2}\.\d{4})/;

/** The labels of a share button. */
const SHARE_LABELS = [
  'Teilen',
  'Artikel teilen',
  'Beitrag teilen',
  'Seite teilen',
  'Jetzt teilen',
  'Share',
  'Share this',
];
/** The networks and channels a share row offers. */
const SHARE_CHANNELS = [
  'Facebook',
  'Twitter',
  'X',
  'WhatsApp',
  'E-Mail',
  'Mail',
  'LinkedIn',
  'Telegram',
  'Pinterest',
  'Xing',
  'Threads',
  'Bluesky',
  'Mastodon',
  'Flipboard',
  'Reddit',
  'Instagram',
  'TikTok',
];
/** The other buttons of a share row: print, copy, comment, bookmark, read aloud. */
const SHARE_ROW_TOOLS = [
  'Drucken',
  'Artikel drucken',
  'Link kopieren',
  'Kommentieren',
  'Merken',
  'Vorlesen',
  'Artikel anhören',
];
/** One button of a share row. */
const SOCIAL_WORD = anyOf([...SHARE_LABELS, ...SHARE_CHANNELS, ...SHARE_ROW_TOOLS]);
/** What stands between the buttons of a row in a copy: spaces, bars, dots, commas, slashes. */
const BUTTON_GAP = /[\s|·•,/]+/;
/** Share buttons and social widgets: the words alone, or a row of them. */
export const SOCIAL_ROW = regex('i')`^${SOCIAL_WORD}(?:${BUTTON_GAP}${SOCIAL_WORD})*$`;

/** The networks a "share on" line names. */
const SHARE_ON_NETWORKS = [
  'Facebook',
  'X',
  'Twitter',
  'WhatsApp',
  'LinkedIn',
  'Threads',
  'Bluesky',
  'Telegram',
  'Pinterest',
  'E-Mail',
  'Mail',
];
/** "Auf Facebook teilen", "Per E-Mail versenden". */
const SHARE_ON = regex()`(?:Auf|Bei|Per|Via) ${anyOf(SHARE_ON_NETWORKS)} (?:teilen|versenden|senden|empfehlen)`;
/** "Folgen Sie uns auf Instagram", "Follow us on X": up to 40 characters of where after it. */
const FOLLOW_US = /(?:Folgen Sie|Folge|Follow) (?:uns|us)(?: auf| on)? .{1,40}/;
/** "Auf Facebook teilen", "Folgen Sie uns auf Instagram", "withemes on instagram". */
export const SOCIAL_LINE = regex('i')`^(?:${SHARE_ON}|${FOLLOW_US})$`;

/** A handle: lower case, a digit or "@" first, no space, at most 40 characters. */
const HANDLE = /[@\p{Ll}\d]\S{0,39}/u;
/** The networks a handle is on, capitalised or in a theme's lower case; "X" only capitalised. */
const HANDLE_NETWORKS = [
  'Instagram',
  'instagram',
  'Facebook',
  'facebook',
  'Twitter',
  'twitter',
  'X',
  'TikTok',
  'tiktok',
  'YouTube',
  'youtube',
  'Threads',
  'threads',
  'Bluesky',
  'bluesky',
];
/** A site's handle on a network, "withemes on instagram": lower case or "@", never a subhead's "Musk auf X". */
export const SOCIAL_HANDLE = regex('u')`^${HANDLE} (?:on|auf) ${anyOf(HANDLE_NETWORKS)}$`;
/** A WordPress shortcode left as text: "[instagram-feed feed=1]". */
export const SHORTCODE = /^\[[a-z][\w-]*(\s+[^\]]*)?\]$/;

/** Labels of a button back to the top of the page. */
const BACK_TO_TOP_LABELS = [
  'Zurück zum Anfang',
  'Zurück nach oben',
  'Nach oben',
  'Zum Seitenanfang',
  'Seitenanfang',
  'Back to top',
  'Scroll to top',
];
/** What a screen reader's copy prints before the label: the word for a button, an opening quote. */
const BUTTON_BEFORE_LABEL = /(?:Schaltfläche\s+)?[\u0022\u201e\u201c]?/;
/** The closing quote after it. */
const BUTTON_AFTER_LABEL = /[\u0022\u201c\u201d]?/;
/** "Zurück zum Anfang", "Nach oben", also as the label of a button. Group 1: the label. */
export const BACK_TO_TOP = regex('i')`^${BUTTON_BEFORE_LABEL}(${anyOf(BACK_TO_TOP_LABELS)})${BUTTON_AFTER_LABEL}$`;

/** The heading of the list of sources a republisher prints at the end. */
export const SOURCES_HEADING = /^(Verwendete Quellen|Quellen|Quelle|Quellenangaben?|Sources?)\s*:?$/i;
/** A line of such a list: "FAZ: Titel …", "Quelle: dpa". */
export const SOURCE_LINE = /^[^:.!?]{1,60}:\s+\S.{0,250}$/;

/** An English theme's reading time: "2 mins read". */
const MINUTES_READ = /\d{1,3}\s*(?:mins?|minutes?)\s+read/;
/** The German words for reading time. */
const READING_TIME_WORD = /(?:Lesezeit|Lesedauer)/;
/** A number of minutes, maybe about: "3 Min.", "ca. 4 Minuten". */
const READING_MINUTES = /(?:ca\.\s*)?\d{1,3}\s*(?:Min\.?|Minuten)/;
/** "Lesezeit: 3 Minuten", "Lesedauer ca. 4 Min.". */
const WORD_THEN_MINUTES = regex()`${READING_TIME_WORD}\s*:?\s*${READING_MINUTES}`;
/** "3 Min. Lesezeit". */
const MINUTES_THEN_WORD = regex()`${READING_MINUTES}\s+${READING_TIME_WORD}`;
/** "2 mins read", "Lesezeit: 3 Minuten", "3 Min. Lesezeit". */
export const READING_TIME = regex('i')`^(?:${MINUTES_READ}|${WORD_THEN_MINUTES}|${MINUTES_THEN_WORD})$`;

/** Labels of a picture's credit, German and English; each may also take an s. */
const IMAGE_CREDIT_LABELS = [
  'Bild',
  'Bilder',
  'Foto',
  'Fotos',
  'Fotografie',
  'Bildquelle',
  'Bildnachweis',
  'Titelbild',
  'Image',
  'Photo',
  'Credit',
];
/** A label, a colon and the names, without a sentence's end: "Foto: picture alliance / dpa". */
const LABELLED_IMAGE_CREDIT = regex()`${anyOf(IMAGE_CREDIT_LABELS)}s?\s*:\s*[^.!?]{1,100}`;
/** The copyright sign first: "© IMAGO". */
const SIGN_FIRST_CREDIT = /©\s*\S[^.!?]{0,100}/;
/** The copyright sign between a name and the agency: "Kay Nietfeld © dpa". */
const SIGN_BETWEEN_CREDIT = /\S[^.!?]{0,80}\s©\s*\S[^.!?]{0,60}/;
/** "Bild: Getty Images", "Foto: picture alliance / dpa", "© IMAGO". */
export const IMAGE_CREDIT = regex('i')`^(?:${LABELLED_IMAGE_CREDIT}|${SIGN_FIRST_CREDIT}|${SIGN_BETWEEN_CREDIT})$`;

/** Breadcrumbs: items with separators ("Politik › Ausland"), or a "Startseite"/"Home" trail. */
export const BREADCRUMB_SEPARATORS = /\S\s*(›|»|→)\s*\S|\S\s+(>|\||\/)\s+\S/;
export const BREADCRUMB_START = /^(Startseite|Home|Start|Sie sind hier)\b/i;
/** Link texts glued together when a page's menu is copied as text: "NachrichtenWelt". */
export const GLUED_LINKS = /\p{Ll}{2}\p{Lu}\p{Ll}/u;

/** "Jetzt den kostenlosen Newsletter abonnieren", "Newsletter Politik bestellen". */
const NEWSLETTER_ORDER = /(?:Jetzt )?(?:den |unseren )?(?:kostenlosen )?Newsletter(?: \S+)? (?:abonnieren|bestellen)/;
/** A button to sign up: "Jetzt abonnieren", "Jetzt kostenlos registrieren". */
const SIGN_UP_NOW = /Jetzt (?:kostenlos )?(?:abonnieren|anmelden|registrieren)/;
/** "Abonnieren Sie unseren Newsletter …", with up to 60 characters after. */
const NEWSLETTER_INVITATION = /Abonnieren Sie (?:unseren|den) Newsletter.{0,60}/;
/** "Hier geht's zum Newsletter". */
const NEWSLETTER_LINK = /Hier (?:geht's|geht es) zum Newsletter/;
/** Newsletter and subscription prompts. */
// prettier-ignore
export const NEWSLETTER =
  regex('i')`^(?:${NEWSLETTER_ORDER}|Newsletter|${SIGN_UP_NOW}|${NEWSLETTER_INVITATION}|${NEWSLETTER_LINK})[.!]?$`;

/** Whom an author box is about, after "Über den"/"Über die". */
const AUTHOR_WORDS = ['Autor', 'Autorin', 'Autor:in', 'Autorin/den Autor'];
/** Other headings of an author box. */
const AUTHOR_BOX_HEADINGS = ['Zum Autor', 'Zur Autorin', 'Über uns', 'About the author'];
/** Headings of the site's author box. */
// prettier-ignore
export const AUTHOR_BOX_HEADING =
  regex('i')`^(?:Über (?:den|die) ${anyOf(AUTHOR_WORDS)}|${anyOf(AUTHOR_BOX_HEADINGS)})\s*:?$`;
/** A name alone on its line: two to four capitalised words. */
export const PERSON_NAME = /^\p{Lu}[\p{L}'-]+(\s\p{Lu}[\p{L}'.-]+){1,3}$/u;
/** How a site's biography goes on after the name. */
export const BIOGRAPHY = /^\s*(ist|war|schreibt|arbeitet|berichtet|studierte|absolvierte|lebt|kam|volontierte)\b/;

/** Headings of a summary box, tried in this order. */
const SUMMARY_HEADINGS = [
  'Das Wichtigste in Kürze',
  'Das Wichtigste auf einen Blick',
  'Das Wichtigste zusammengefasst',
  'Auf einen Blick',
  'Die wichtigsten Punkte',
  'Kurz zusammengefasst',
  'In Kürze',
  'Zusammenfassung',
];
/** The heading of a summary box whose points become a list: "Das Wichtigste in Kürze". The match is the heading. */
export const SUMMARY_HEADING = regex('i')`^${anyOf(SUMMARY_HEADINGS)}\s*:?(?=\s|$)`;

/** Verbs and phrases that introduce what someone said. */
const QUOTING_WORDS = [
  'sagt',
  'sagte',
  'betont',
  'betonte',
  'erklärt',
  'erklärte',
  'schreibt',
  'schrieb',
  'heißt es',
  'hieß es',
  'mit den Worten',
  'wörtlich',
  'fügte hinzu',
  'fügt hinzu',
  'so',
  'zitiert',
  'zitierte',
  'verkündete',
  'verkündet',
  'warnte',
  'warnt',
  'erinnerte',
  'teilte mit',
  'antwortete',
];
/** The words before a long quotation: "…, wie er selbst betont:", "mit den Worten:". */
export const QUOTATION_LEAD = regex()`\b${anyOf(QUOTING_WORDS)}\b[^.!?]{0,40}:$`;

/*
 * The site around the article (issue 25): what a select-all copy brings from
 * a page's header, controls and footer. Each is a whole line, short, and
 * names an element of the site, never a sentence of the article.
 */

/** The links a keyboard or screen-reader user jumps with. */
const SKIP_LINKS = [
  'Zur Navigation springen',
  'Zum Inhalt springen',
  'Zur Suche springen',
  'Zum Hauptinhalt springen',
  'Direkt zum Inhalt',
  'Direkt zur Navigation',
  'Inhalt überspringen',
  'Springe zum Inhalt',
  'Zum Seitenende',
  'Skip to content',
  'Skip to main content',
];
/** Skip links for keyboard and screen-reader users: "Zur Navigation springen", "Direkt zum Inhalt". */
export const SKIP_LINK = regex('i')`^${anyOf(SKIP_LINKS)}$`;

/** The menu and the search. */
const MENU_CONTROLS = [
  'Menü',
  'Menu',
  'Hauptmenü',
  'Menü öffnen',
  'Menü schließen',
  'Navigation',
  'Suche',
  'Suchen',
  'Suche öffnen',
];
/** The reader's account. */
const ACCOUNT_LINKS = [
  'Anmelden',
  'Abmelden',
  'Login',
  'Log-in',
  'Einloggen',
  'Registrieren',
  'Mein Konto',
  'Mein Profil',
  'Konto',
];
/** Subscriptions and the printed edition. */
const SUBSCRIPTION_LINKS = ['Abo', 'Abos', 'Abonnieren', 'Abo abschließen', 'E-Paper', 'ePaper'];
/** Buttons that close a layer or show more of a list, and the way home. */
const LIST_CONTROLS = ['Schließen', 'mehr', 'Mehr anzeigen', 'Alle anzeigen', 'Alle Bilder anzeigen', 'Zur Startseite'];
/** A live blog's buttons and a list's "load more". */
const LOAD_CONTROLS = [
  'Liveblog aktualisieren',
  'Neue Einträge laden',
  'Ältere Einträge laden',
  'Mehr laden',
  'Weitere laden',
];
/** "Weitere Angebote" and the name of the publisher's group after it. */
const MORE_OFFERS = /Weitere Angebote.{0,30}/;
/** All the controls above, as printed. */
const SITE_CONTROLS = [...MENU_CONTROLS, ...ACCOUNT_LINKS, ...SUBSCRIPTION_LINKS, ...LIST_CONTROLS, ...LOAD_CONTROLS];
/** The site's controls and account links, each alone on its line: "Menü", "Suche", "Anmelden", "E-Paper". */
export const SITE_CONTROL = regex('i')`^(?:${anyOf(SITE_CONTROLS)}|${MORE_OFFERS})$`;

/** A consent banner: its first sentence, and its buttons. */
export const COOKIE_NOTICE =
  /^(Wir verwenden Cookies|Diese (Website|Seite|Webseite) verwendet Cookies|Wir nutzen Cookies)\b.*$/i;
/** The buttons of a consent banner. */
const CONSENT_BUTTONS = [
  'Alle akzeptieren',
  'Akzeptieren',
  'Alle ablehnen',
  'Ablehnen',
  'Einstellungen',
  'Cookie-Einstellungen',
  'Datenschutz-Einstellungen',
  'Privatsphäre-Einstellungen',
  'Zustimmen',
  'Einverstanden',
  'Nur notwendige',
  'Nur notwendige Cookies',
];
export const CONSENT_BUTTON = regex('i')`^${anyOf(CONSENT_BUTTONS)}$`;

/** The buttons of an audio player and of reading aloud. */
const AUDIO_BUTTONS = [
  'Artikel anhören',
  'Beitrag anhören',
  'Anhören',
  'Vorlesen',
  'Artikel vorlesen lassen',
  'Audio herunterladen',
  'Audio abspielen',
  'Podcast abonnieren',
  'Audio',
];
/** An audio player's label with a title or a duration: "Audio: Der Tag in Hamburg", "Audio | 04:12 Min.". */
const AUDIO_LABEL = /Audio\s*[:|·]\s*[^.!?]{1,60}|Audio\s*[:|·]\s*\d{1,2}:\d{2}.{0,10}/;
/** Audio players and read-aloud buttons: "Artikel anhören", "Audio: 04:12 Min.", "Audio herunterladen". */
export const AUDIO = regex('i')`^(?:${anyOf(AUDIO_BUTTONS)}|${AUDIO_LABEL})$`;

/** A video player's controls and label: "Video abspielen", "Video | 01:45 Min.". */
export const VIDEO_CONTROL =
  /^(Video abspielen|Video ansehen|Jetzt ansehen|Zum Video|Video|Videos|Video\s*[|·]\s*\d.*)$/i;

/** A duration alone: "3 Min", "45 Sek.". */
export const DURATION = /^\d{1,3}\s*(Min\.?|min|Minuten|Sek\.?|Sekunden)$/;

/** A count of comments, or the word alone: "12 Kommentare", "Kommentare (12)", "Kommentar". */
const COMMENT_COUNT = /\d+\s+Kommentare?|Kommentare?\s*\(\d+\)|Kommentare?/;
/** Links and prompts to the comments. */
const COMMENT_LINKS = [
  'Leserkommentare',
  'Jetzt kommentieren',
  'Kommentar schreiben',
  'Kommentieren',
  'Weitere Kommentare laden',
  'Alle Kommentare anzeigen',
  'Zu den Kommentaren',
  'Zur Diskussion',
  'Diskutieren Sie mit',
  'Diskutieren Sie mit.',
];
/** Comments: counts and prompts. */
export const COMMENTS = regex('i')`^(?:${COMMENT_COUNT}|${anyOf(COMMENT_LINKS)})$`;

/** The buttons of a page's tools. */
const PAGE_TOOL_BUTTONS = [
  'Drucken',
  'Artikel drucken',
  'Seite drucken',
  'Drucken Diese Seite drucken',
  'Diese Seite drucken',
  'Link kopieren',
  'Merken',
  'Artikel merken',
  'Versenden',
  'Weiterleiten',
  'Teilen Weiterleiten',
  'Fehler melden',
  'Feedback',
  'Schriftgröße',
  'A A A',
];
/** A permanent or short link, maybe with its address: "Permalink https://…". */
const PAGE_LINK = /Permalink(?:\s+\S+)?|Kurzlink(?:\s+\S+)?/;
/** A row of tools: "Drucken | Versenden | Merken". */
const PAGE_TOOL_ROW = /Drucken\s*\|\s*Versenden(?:\s*\|\s*Merken)?/;
/** Print, permalink and similar tools: "Drucken", "Permalink https://…", "Diese Seite drucken". */
export const PAGE_TOOLS = regex('i')`^(?:${anyOf(PAGE_TOOL_BUTTONS)}|${PAGE_LINK}|${PAGE_TOOL_ROW})$`;

/** The link to the article before. */
const PREVIOUS_ARTICLE = /Vorige[rs]?|Vorheriger Artikel|Zurück/;
/** The link to the article after. */
const NEXT_ARTICLE = /Nächste[rs]?|Nächster Artikel/;
/** "« Vorige", "‹ Zurück": the link back with its arrow, the link on after a bar. */
const PREVIOUS_THEN_NEXT = regex()`^[«‹<]?\s*(?:${PREVIOUS_ARTICLE})\s*(?:\|\s*(?:${NEXT_ARTICLE}|Weiter)\s*[»›>]?)?$`;
/** Pagination between articles: "« Vorige | Nächste »", "Nächster Artikel". */
export const PREVIOUS_NEXT = regex('i')`${PREVIOUS_THEN_NEXT}|^(?:${NEXT_ARTICLE})\s*[»›>]?$`;

/** The legal pages: imprint, privacy, terms, cancellation, cookies. */
const LEGAL_LINKS = [
  'Impressum',
  'Datenschutz',
  'Datenschutzerklärung',
  'Datenschutzhinweise',
  'AGB',
  'Nutzungsbedingungen',
  'Widerruf',
  'Abo kündigen',
  'Verträge hier kündigen',
  'Cookie',
  'Cookies',
];
/** Accessibility and plain language. */
const ACCESSIBILITY_LINKS = [
  'Barrierefreiheit',
  'Erklärung zur Barrierefreiheit',
  'Leichte Sprache',
  'Gebärdensprache',
];
/** The publisher: contact, newsroom, jobs, press, advertising. */
const HOUSE_LINKS = ['Kontakt', 'Mediadaten', 'Jobs', 'Karriere', 'Über uns', 'Presse', 'Werbung', 'Redaktion', 'Team'];
/** Help, house rules and the site's map and feeds. */
const HELP_LINKS = ['Hilfe', 'FAQ', 'Hausordnung', 'Netiquette', 'Sitemap', 'RSS'];
/** All the footer's links above. */
const FOOTER_LINKS = [...LEGAL_LINKS, ...ACCESSIBILITY_LINKS, ...HOUSE_LINKS, ...HELP_LINKS];
/** The footer's links, each alone on its line. */
export const FOOTER_LINK = regex('i')`^${anyOf(FOOTER_LINKS)}$`;

/** A copyright line: "© NDR 2025", "© Verlag Der Tagesspiegel GmbH 2025", "Alle Rechte vorbehalten". */
export const COPYRIGHT = /^(©\s?\S.{0,120}|(\(c\)|Copyright) (©\s?)?\d{4}\b.{0,100}|Alle Rechte vorbehalten\.?)$/;

/** How a broadcaster's note on the programme begins. */
const PROGRAMME_NOTE_OPENINGS = [
  'Über dieses Thema berichtete',
  'Über dieses Thema berichten',
  'Dieser Beitrag lief',
  'Dieser Beitrag wurde gesendet',
  'Mehr dazu hören Sie',
  'Mehr dazu sehen Sie',
];
/** When it ran: "am 18. Februar", "um 08:00", "18.02.2025". */
const BROADCAST_WHEN = regex()`am \d|um \d{1,2}[:.]\d{2}|\d{1,2}\.\d{1,2}\.\d{4}`;
/** A broadcaster's note on the programme: "Über dieses Thema berichtete NDR Info am 18. Februar 2025 um 08:00 Uhr." */
export const PROGRAMME_NOTE = regex('i')`^${anyOf(PROGRAMME_NOTE_OPENINGS)}\b.{0,120}\b(?:${BROADCAST_WHEN}).{0,60}$`;

/** Labels of a credit of a photo or a graphic. */
const PHOTO_CREDIT_LABELS = [
  'Bildrechte',
  'Bildquelle',
  'Bildnachweis',
  'Foto',
  'Fotos',
  'Bild',
  'Bilder',
  'Grafik',
  'Illustration',
  'Quelle',
];
/** A credit of the photo beside: "Bildrechte: BR/Florian Seidl", "Quelle: picture alliance/dpa/…", "(Bild: …)". */
export const PHOTO_CREDIT = regex('i')`^\(?${anyOf(PHOTO_CREDIT_LABELS)}\s*:\s*[^.!?]{1,100}\)?$`;

/** A caption with its credit at the end: "… vor dem Reichstag. (Bild: IMAGO/Political-Moments)". */
export const CAPTION_WITH_CREDIT = /\s[(|]\s*(Bild|Foto|Fotos|Bildquelle|Grafik)\s*:\s*[^.!?()]{2,80}\)?$/i;

/** Agency codes in parentheses, up to five: "(AFP/jbr)", "(dpa, afp, rtr)". */
const AGENCY_CODES = /\(\s*[A-Za-z]{2,8}(?:\s*[/,]\s*[A-Za-z]{2,8}){0,4}\s*\)/;
/** The editors' initials before them: "lh/kle". */
const EDITOR_INITIALS = /[a-z]{2,4}(?:\/[a-z]{2,4}){0,3}/;
/** A capitalised name, or a word of one: "Yonhap", "France-Presse". */
const CAPITALISED_WORD = /\p{Lu}[\p{L}-]*/u;
/** How a credit of material begins: "Mit Informationen von", "Mit Material der". */
const WITH_MATERIAL = /Mit (?:Informationen|Material|Inhalten) (?:von|der|des)/;
/** Up to six names after it, with commas, "und", "&" between: "Yonhap und AFP". */
const CREDITED_NAMES = regex('u')`${CAPITALISED_WORD}(?:\s?(?:,|und|&)?\s?${CAPITALISED_WORD}){0,5}`;
/** "Mit Informationen von Yonhap und AFP", a full stop after or not. */
const WITH_MATERIAL_FROM = regex('u')`${WITH_MATERIAL} ${CREDITED_NAMES}\.?`;
/** "Quelle: dpa", "Quellen: AFP, Reuters". */
const SOURCE_CREDIT = /(?:Quelle|Quellen)\s*:\s*[A-Za-z][\w./, -]{1,40}/;
/** An agency's credit under the text: "(AFP/jbr)", "lh/kle (dpa, afp, rtr)", "Mit Informationen von Yonhap und AFP". */
// prettier-ignore
export const AGENCY_CREDIT =
  regex('u')`^(?:${AGENCY_CODES}|${EDITOR_INITIALS}\s*${AGENCY_CODES}|${WITH_MATERIAL_FROM}|${SOURCE_CREDIT})$`;

/** A rank in a list of most-read articles, alone on its line. */
export const RANK = /^\d{1,2}\.?$/;

/** The kinds of text a byline may name before "von": "Ein Kommentar von", "Eine Analyse von". */
const TEXT_KINDS = [
  'Kommentar',
  'Gastbeitrag',
  'Essay',
  'Interview',
  'Bericht',
  'Kolumne',
  'Analyse',
  'Reportage',
  'Glosse',
  'Einordnung',
];
/** "Ein Kommentar von", "Eine Analyse von". */
const KIND_OF_TEXT_BY = regex()`(?:Ein(?:e)? ${anyOf(TEXT_KINDS)}) von`;
/** "Autor:", "Autorin:", "Autorin/Autor", "Autoren:", "Text:". */
const AUTHOR_LABEL = /Autor(?:in)?:|Autor(?:in)?\/Autor(?:in)?:?|Autoren:?|Text:/;
/** What a byline prints before the names: "Von", "Ein Kommentar von", "Autorin:", "Autorin/Autor", "Text:". */
const BYLINE_LEAD = regex()`${KIND_OF_TEXT_BY}|Von|von|VON|${AUTHOR_LABEL}`;
/** A word of a name: a capital, then letters, dots, apostrophes, hyphens ("O'Neill", "J.", "Müller-Lüdenscheidt"). */
const NAME_WORD = /\p{Lu}[\p{L}.'’-]*/u;
/** A name: its words and the particles between them ("Ursula von der Leyen"). */
const NAME = regex('u')`${NAME_WORD}(?:\s+(?:${NAME_WORD}|von|van|de|der))*`;
/** What stands between two names: a comma, "und", "&". */
const BETWEEN_NAMES = /\s*,\s*|\s+und\s+|\s*&\s*/;
/** A role or a place after the names: ", ARD-Studio Tokio". */
const BYLINE_ROLE = /,\s*[^.!?]{2,60}/;
/**
 * A printed byline: "Von Katrin Hellwig, ARD-Studio Tokio", "Ein Kommentar von Malte Riedinger", "Autorin/Autor Lea
 * Sommer". Group 1: the names (and role).
 */
export const BYLINE = regex('u')`^(?:${BYLINE_LEAD})\s+(${NAME}(?:(?:${BETWEEN_NAMES})${NAME})*(?:${BYLINE_ROLE})?)$`;

/** Section names a site's menu and breadcrumbs print alone on a line: never a kicker. */
const SECTION_NAMES = [
  'News',
  'Nachrichten',
  'Aktuell',
  'Politik',
  'Wirtschaft',
  'Finanzen',
  'Geld',
  'Sport',
  'Kultur',
  'Panorama',
  'Inland',
  'Ausland',
  'Welt',
  'Deutschland',
  'Region',
  'Regional',
  'Regionales',
  'Lokales',
  'Lokal',
  'Meinung',
  'Kommentar',
  'Kommentare',
  'Wissen',
  'Digital',
  'Gesundheit',
  'Leben',
  'Reise',
  'Auto',
  'Karriere',
  'Video',
  'Videos',
  'Live',
  'Podcast',
  'Podcasts',
  'Wetter',
  'Startseite',
  'Home',
  'Service',
];
export const SECTION_NAME = regex('i')`^${anyOf(SECTION_NAMES)}$`;

/** Headings of boxes of the most read, the newest and recommended articles, pictures and videos. */
const TEASER_BOX_HEADINGS = [
  'Meistgelesen',
  'Meist gelesen',
  'Am meisten gelesen',
  'Beliebteste Artikel',
  'Top-Artikel',
  'Weitere Informationen',
  'Weitere Themen',
  'Neueste Artikel',
  'Neueste Nachrichten',
  'Aktuelle Nachrichten',
  'Top-Nachrichten',
  'Top-Meldungen',
  'Empfohlene Artikel',
  'Bilderstrecke',
  'Mehr Videos',
  'Weitere Videos',
];
/** "Auch auf HAZ online": the site's name between. */
const ALSO_ON_SITE = /Auch auf .{2,30} online/;
/** "Mehr Nachrichten aus Niedersachsen", "Mehr Themen über Bahn": a region or a topic after. */
const MORE_NEWS_FROM = /Mehr (?:Nachrichten|Meldungen|Artikel|Themen) (?:aus|zu|zum|zur|über) .{2,40}/;
/** "Weitere Meldungen zum Thema Bahn". */
const FURTHER_NEWS_FROM = /Weitere (?:Nachrichten|Meldungen|Artikel) (?:aus|zu|zum|zur) .{2,40}/;
/** "Mehr aus Hamburg", "Mehr zu Olympia". */
const MORE_FROM = /Mehr aus .{2,30}|Mehr zu .{2,30}/;
/** The headings above with a site, a region or a topic in them. */
const NAMED_TEASER_BOX_HEADING = regex()`${ALSO_ON_SITE}|${MORE_NEWS_FROM}|${FURTHER_NEWS_FROM}|${MORE_FROM}`;
/**
 * A heading of a box of other articles that the lines after it fill: "Meistgelesen", "Auch auf HAZ online", "Mehr
 * Nachrichten aus Niedersachsen".
 */
export const TEASER_BOX_HEADING = regex('i')`^(?:${anyOf(TEASER_BOX_HEADINGS)}|${NAMED_TEASER_BOX_HEADING})\s*:?$`;

/** A newsletter box's heading: "Newsletter Politik am Morgen", "Der Gesundheits-Newsletter". */
export const NEWSLETTER_HEADING = /^(.{0,40}\bNewsletter\b.{0,40}|.{0,30}-Newsletter.{0,30})$/i;
/** The fields and buttons of a newsletter form. */
const NEWSLETTER_FORM_WORDS = [
  'E-Mail-Adresse',
  'E-Mail',
  'Ihre E-Mail-Adresse',
  'Anmelden',
  'Abonnieren',
  'Kostenlos anmelden',
  'Kostenlos abonnieren',
];
/** Its form and its end: "E-Mail-Adresse", "Jetzt anmelden", the legal line. */
export const NEWSLETTER_FORM = regex('i')`^(?:${anyOf(NEWSLETTER_FORM_WORDS)}|${SIGN_UP_NOW})$`;
/** How the legal line under a newsletter form begins. */
const NEWSLETTER_LEGAL_OPENINGS = [
  'Mit der Anmeldung',
  'Mit Ihrer Anmeldung',
  'Ich bin',
  'Ich willige',
  'Hinweise zum Datenschutz',
  'Die Abmeldung ist jederzeit',
];
/** The legal line under a newsletter form: "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung." */
export const NEWSLETTER_LEGAL = regex('i')`^${anyOf(NEWSLETTER_LEGAL_OPENINGS)}\b.{0,200}$`;

/** A subscription's brand: "RP+", "SZ Plus", "FAZ PLUS". */
const PLUS_BRAND = /\p{Lu}{1,6}\s?(?:\+|PLUS|Plus)/u;
/** A trial's button: "SZplus testen", "Weiterlesen mit SZ Plus". */
const TRIAL_BUTTON = /\S+plus testen|Weiterlesen mit .{1,30}/;
/** "Jetzt lesen", "Jetzt 4 Wochen gratis testen", "Jetzt einen Monat kostenlos testen". */
const READ_NOW = /Jetzt (?:\d+ Wochen |einen Monat )?(?:gratis |kostenlos )?(?:testen|lesen|weiterlesen)/;
/** "Schon Abonnentin? Hier anmelden". */
const ALREADY_SUBSCRIBED = /Schon Abonnent(?:in)?\?.{0,40}/;
/** How an offer's sentence begins: "Testen Sie …", "Sichern Sie sich …". */
const OFFER_OPENING = /Testen Sie|Sichern Sie sich|Lesen Sie mit/;
/** An offer that names the brand: "Mit RP+ weiterlesen", "Mehr … lesen Sie mit RP+". */
const READ_WITH_BRAND = /Mit \S{1,20}\+ weiterlesen|Mehr .{1,80} lesen Sie mit \S{1,20}\+/;
/** An offer's sentence: how it begins, and up to 240 characters of prices and terms after. */
const OFFER_SENTENCE = regex()`(?:${OFFER_OPENING}|${READ_WITH_BRAND}).{0,240}`;
/**
 * A subscription offer: a paywall's words and prices ("Weiterlesen mit Plus", "… 9,99 Euro im Monat, jederzeit
 * kündbar", "RP+").
 */
// prettier-ignore
export const PAYWALL =
  regex('u')`^(?:${PLUS_BRAND}|${TRIAL_BUTTON}|${READ_NOW}|${ALREADY_SUBSCRIBED}|${OFFER_SENTENCE})$`;

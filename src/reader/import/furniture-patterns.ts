/**
 * The forms of page furniture on German news pages (and on the English
 * themes German republishers use), as patterns of a whole line: what a site
 * prints around the journalism, never a sentence of it. Each pattern names a
 * kind of element, not the string of one capture or one site. Language data,
 * like the word lists of src/search/.
 */

/** "Anzeige", "Werbung": the label an advert leaves in a text capture. */
export const ADVERT = /^(Anzeige|ANZEIGE|Werbung|WERBUNG|Advertisement|Sponsored|Gesponsert)$/;

/** A video teaser: "Im Video: …", "Video: …", "Zum Video: …". */
export const VIDEO = /^(Im Video|Video|Videos|Zum Video|Sehen Sie im Video|Mehr im Video|Video abspielen|Jetzt ansehen)\s*:\s*\S.*$/i;

/** A video's duration on its own line: "02:35", "1:02:35 Min.", "Video 02:35", "Dauer: 3 Min.". */
export const VIDEO_DURATION = /^((Video|Dauer|Länge)\s*:?\s*)?(\d{1,2}:)?\d{1,2}:\d{2}(\s*(Min\.?|min|Minuten))?$|^(Dauer|Länge)\s*:?\s*\d{1,3}\s*(Min\.?|Minuten|Sek\.?)$/i;

/** A heading of a block of links to other articles, alone on its line. */
export const LINK_BLOCK_HEADING =
  /^(Mehr zum Thema|Mehr zu diesem Thema|Siehe auch|Auch interessant|Ebenfalls interessant|Das könnte Sie auch interessieren|Das könnte dich auch interessieren|Ähnliche Artikel|Ähnliche Beiträge|Verwandte Artikel|Weitere Artikel|Weitere Nachrichten|Lesen Sie auch|Lesen Sie mehr|Lesetipps?|Empfehlungen( der Redaktion)?|Mehr aus dem Ressort|Mehr aus der Rubrik|Meistgelesen|Top-Themen|Latest from .{1,30}|Related (Posts|Articles|Stories)|More from .{1,30}|You may also like|Read more|Read next)\s*:?$/i;

/** A single link with its heading on one line: "Siehe auch  Morgenbesprechung …", "Lesen Sie auch: …". */
export const LINK_LINE = /^(Mehr zum Thema|Siehe auch|Auch interessant|Lesen Sie auch|Lesen Sie mehr|Lesetipp|Weiterlesen|Read more|Read also)(\s*:\s*|\s{2,})\S.{0,150}$|^(Mehr zum Thema|Siehe auch|Lesen Sie auch|Lesetipp)\s+\S[^.!?]{0,150}$/i;

/** The glyphs that open the items of a link list: "⋙ …", "» …", "► …". */
export const LINK_ITEM = /^(⋙|»|›|►|▶|→|⇒|•|·|■|▪|>>)\s*\S/;

/** "Dieses Thema im Programm:" and a broadcaster's schedule line after it. */
export const PROGRAMME_HEADING = /^(Dieses Thema im Programm|Diese Sendung im Programm|Dieses Thema in der Sendung|Sendehinweis|Im Programm)\s*:?(\s+\S.*(\d{1,2}[:.]\d{2}|\d{1,2}\.\d{1,2}\.\d{4}).*)?$/i;
export const PROGRAMME_LINE = /(\d{1,2}[:.]\d{2}\s*Uhr|\d{1,2}\.\d{1,2}\.\d{4})/;

/** Share buttons and social widgets: the words alone, or a row of them. */
const SOCIAL_WORD =
  /(Teilen|Artikel teilen|Beitrag teilen|Seite teilen|Jetzt teilen|Share|Share this|Facebook|Twitter|X|WhatsApp|E-Mail|Mail|LinkedIn|Telegram|Pinterest|Xing|Threads|Bluesky|Mastodon|Flipboard|Reddit|Instagram|TikTok|Drucken|Artikel drucken|Link kopieren|Kommentieren|Merken|Vorlesen|Artikel anhören)/.source;
export const SOCIAL_ROW = new RegExp(`^${SOCIAL_WORD}([\\s|·•,/]+${SOCIAL_WORD})*$`, 'i');
/** "Auf Facebook teilen", "Folgen Sie uns auf Instagram", "withemes on instagram". */
export const SOCIAL_LINE =
  /^((Auf|Bei|Per|Via) (Facebook|X|Twitter|WhatsApp|LinkedIn|Threads|Bluesky|Telegram|Pinterest|E-Mail|Mail) (teilen|versenden|senden|empfehlen)|(Folgen Sie|Folge|Follow) (uns|us)( auf| on)? .{1,40})$/i;
/** A site's handle on a network, "withemes on instagram": lower case or "@", never a subhead's "Musk auf X". */
export const SOCIAL_HANDLE = /^[@\p{Ll}\d]\S{0,39} (on|auf) (Instagram|instagram|Facebook|facebook|Twitter|twitter|X|TikTok|tiktok|YouTube|youtube|Threads|threads|Bluesky|bluesky)$/u;
/** A WordPress shortcode left as text: "[instagram-feed feed=1]". */
export const SHORTCODE = /^\[[a-z][\w-]*(\s+[^\]]*)?\]$/;

/** "Zurück zum Anfang", "Nach oben", also as the label of a button. */
export const BACK_TO_TOP = /^(Schaltfläche\s+)?[\u0022\u201e\u201c]?(Zurück zum Anfang|Zurück nach oben|Nach oben|Zum Seitenanfang|Seitenanfang|Back to top|Scroll to top)[\u0022\u201c\u201d]?$/i;

/** The heading of the list of sources a republisher prints at the end. */
export const SOURCES_HEADING = /^(Verwendete Quellen|Quellen|Quelle|Quellenangaben?|Sources?)\s*:?$/i;
/** A line of such a list: "FAZ: Titel …", "Quelle: dpa". */
export const SOURCE_LINE = /^[^:.!?]{1,60}:\s+\S.{0,250}$/;

/** "2 mins read", "Lesezeit: 3 Minuten", "3 Min. Lesezeit". */
export const READING_TIME =
  /^(\d{1,3}\s*(mins?|minutes?)\s+read|(Lesezeit|Lesedauer)\s*:?\s*(ca\.\s*)?\d{1,3}\s*(Min\.?|Minuten)|(ca\.\s*)?\d{1,3}\s*(Min\.?|Minuten)\s+(Lesezeit|Lesedauer))$/i;

/** "Bild: Getty Images", "Foto: picture alliance / dpa", "© IMAGO". */
export const IMAGE_CREDIT = /^((Bild|Bilder|Foto|Fotos|Fotografie|Bildquelle|Bildnachweis|Titelbild|Image|Photo|Credit)s?\s*:\s*[^.!?]{1,100}|©\s*\S[^.!?]{0,100}|\S[^.!?]{0,80}\s©\s*\S[^.!?]{0,60})$/i;

/** Breadcrumbs: items with separators ("Politik › Ausland"), or a "Startseite"/"Home" trail. */
export const BREADCRUMB_SEPARATORS = /\S\s*(›|»|→)\s*\S|\S\s+(>|\||\/)\s+\S/;
export const BREADCRUMB_START = /^(Startseite|Home|Start|Sie sind hier)\b/i;
/** Link texts glued together when a page's menu is copied as text: "NachrichtenWelt". */
export const GLUED_LINKS = /\p{Ll}{2}\p{Lu}\p{Ll}/u;

/** Newsletter and subscription prompts. */
export const NEWSLETTER = /^((Jetzt )?(den |unseren )?(kostenlosen )?Newsletter( \S+)? (abonnieren|bestellen)|Newsletter|Jetzt (kostenlos )?(abonnieren|anmelden|registrieren)|Abonnieren Sie (unseren|den) Newsletter.{0,60}|Hier (geht's|geht es) zum Newsletter)[.!]?$/i;

/** Headings of the site's author box. */
export const AUTHOR_BOX_HEADING = /^(Über (den|die) (Autor|Autorin|Autor:in|Autorin\/den Autor)|Zum Autor|Zur Autorin|Über uns|About the author)\s*:?$/i;
/** A name alone on its line: two to four capitalised words. */
export const PERSON_NAME = /^\p{Lu}[\p{L}'-]+(\s\p{Lu}[\p{L}'.-]+){1,3}$/u;
/** How a site's biography goes on after the name. */
export const BIOGRAPHY = /^\s*(ist|war|schreibt|arbeitet|berichtet|studierte|absolvierte|lebt|kam|volontierte)\b/;

/** The heading of a summary box whose points become a list: "Das Wichtigste in Kürze". */
export const SUMMARY_HEADING = /^(Das Wichtigste in Kürze|Das Wichtigste auf einen Blick|Das Wichtigste zusammengefasst|Auf einen Blick|Die wichtigsten Punkte|Kurz zusammengefasst|In Kürze|Zusammenfassung)\s*:?(?=\s|$)/i;

/** The words before a long quotation: "…, wie er selbst betont:", "mit den Worten:". */
export const QUOTATION_LEAD = /\b(sagt|sagte|betont|betonte|erklärt|erklärte|schreibt|schrieb|heißt es|hieß es|mit den Worten|wörtlich|fügte hinzu|fügt hinzu|so|zitiert|zitierte|verkündete|verkündet|warnte|warnt|erinnerte|teilte mit|antwortete)\b[^.!?]{0,40}:$/;

/*
 * The site around the article (issue 25): what a select-all copy brings from
 * a page's header, controls and footer. Each is a whole line, short, and
 * names an element of the site, never a sentence of the article.
 */

/** Skip links for keyboard and screen-reader users: "Zur Navigation springen", "Direkt zum Inhalt". */
export const SKIP_LINK = /^(Zur Navigation springen|Zum Inhalt springen|Zur Suche springen|Zum Hauptinhalt springen|Direkt zum Inhalt|Direkt zur Navigation|Inhalt überspringen|Springe zum Inhalt|Zum Seitenende|Skip to (main )?content)$/i;

/** The site's controls and account links, each alone on its line: "Menü", "Suche", "Anmelden", "E-Paper". */
export const SITE_CONTROL =
  /^(Menü|Menu|Hauptmenü|Menü öffnen|Menü schließen|Navigation|Suche|Suchen|Suche öffnen|Anmelden|Abmelden|Login|Log-in|Einloggen|Registrieren|Abo|Abos|Abonnieren|Abo abschließen|E-Paper|ePaper|Mein Konto|Mein Profil|Konto|Schließen|mehr|Mehr anzeigen|Alle anzeigen|Alle Bilder anzeigen|Zur Startseite|Weitere Angebote.{0,30}|Liveblog aktualisieren|Neue Einträge laden|Ältere Einträge laden|Mehr laden|Weitere laden)$/i;

/** A consent banner: its first sentence, and its buttons. */
export const COOKIE_NOTICE = /^(Wir verwenden Cookies|Diese (Website|Seite|Webseite) verwendet Cookies|Wir nutzen Cookies)\b.*$/i;
export const CONSENT_BUTTON = /^(Alle akzeptieren|Akzeptieren|Alle ablehnen|Ablehnen|Einstellungen|Cookie-Einstellungen|Datenschutz-Einstellungen|Privatsphäre-Einstellungen|Zustimmen|Einverstanden|Nur notwendige( Cookies)?)$/i;

/** Audio players and read-aloud buttons: "Artikel anhören", "Audio: 04:12 Min.", "Audio herunterladen". */
export const AUDIO = /^(Artikel anhören|Beitrag anhören|Anhören|Vorlesen|Artikel vorlesen lassen|Audio herunterladen|Audio abspielen|Podcast abonnieren|Audio|Audio\s*[:|·]\s*[^.!?]{1,60}|Audio\s*[:|·]\s*\d{1,2}:\d{2}.{0,10})$/i;

/** A video player's controls and label: "Video abspielen", "Video | 01:45 Min.". */
export const VIDEO_CONTROL = /^(Video abspielen|Video ansehen|Jetzt ansehen|Zum Video|Video|Videos|Video\s*[|·]\s*\d.*)$/i;

/** A duration alone: "3 Min", "45 Sek.". */
export const DURATION = /^\d{1,3}\s*(Min\.?|min|Minuten|Sek\.?|Sekunden)$/;

/** Comments: counts and prompts. */
export const COMMENTS =
  /^(\d+\s+Kommentare?|Kommentare?\s*\(\d+\)|Kommentare?|Leserkommentare|Jetzt kommentieren|Kommentar schreiben|Kommentieren|Weitere Kommentare laden|Alle Kommentare anzeigen|Zu den Kommentaren|Zur Diskussion|Diskutieren Sie mit\.?)$/i;

/** Print, permalink and similar tools: "Drucken", "Permalink https://…", "Diese Seite drucken". */
export const PAGE_TOOLS =
  /^(Drucken|Artikel drucken|Seite drucken|Drucken Diese Seite drucken|Diese Seite drucken|Permalink(\s+\S+)?|Link kopieren|Kurzlink(\s+\S+)?|Merken|Artikel merken|Versenden|Weiterleiten|Teilen Weiterleiten|Fehler melden|Feedback|Schriftgröße|A A A|Drucken\s*\|\s*Versenden(\s*\|\s*Merken)?)$/i;

/** Pagination between articles: "« Vorige | Nächste »", "Nächster Artikel". */
export const PREVIOUS_NEXT = /^[«‹<]?\s*(Vorige[rs]?|Vorheriger Artikel|Zurück)\s*(\|\s*(Nächste[rs]?|Nächster Artikel|Weiter)\s*[»›>]?)?$|^(Nächste[rs]?|Nächster Artikel)\s*[»›>]?$/i;

/** The footer's links, each alone on its line. */
export const FOOTER_LINK =
  /^(Impressum|Datenschutz|Datenschutzerklärung|Datenschutzhinweise|AGB|Kontakt|Barrierefreiheit|Erklärung zur Barrierefreiheit|Nutzungsbedingungen|Mediadaten|Jobs|Karriere|Über uns|Hilfe|FAQ|Presse|Werbung|Abo kündigen|Verträge hier kündigen|Sitemap|RSS|Widerruf|Leichte Sprache|Gebärdensprache|Hausordnung|Netiquette|Redaktion|Team|Cookies?)$/i;

/** A copyright line: "© NDR 2025", "© Verlag Der Tagesspiegel GmbH 2025", "Alle Rechte vorbehalten". */
export const COPYRIGHT = /^(©\s?\S.{0,120}|(\(c\)|Copyright) (©\s?)?\d{4}\b.{0,100}|Alle Rechte vorbehalten\.?)$/;

/** A broadcaster's note on the programme: "Über dieses Thema berichtete NDR Info am 18. Februar 2025 um 08:00 Uhr." */
export const PROGRAMME_NOTE = /^(Über dieses Thema (berichtete|berichten)|Dieser Beitrag (lief|wurde gesendet)|Mehr dazu (hören|sehen) Sie)\b.{0,120}\b(am \d|um \d{1,2}[:.]\d{2}|\d{1,2}\.\d{1,2}\.\d{4}).{0,60}$/i;

/** A credit of the photo beside: "Bildrechte: BR/Florian Seidl", "Quelle: picture alliance/dpa/…", "(Bild: IMAGO/…)". */
export const PHOTO_CREDIT = /^\(?(Bildrechte|Bildquelle|Bildnachweis|Foto|Fotos|Bild|Bilder|Grafik|Illustration|Quelle)\s*:\s*[^.!?]{1,100}\)?$/i;

/** A caption with its credit at the end: "… vor dem Reichstag. (Bild: IMAGO/Political-Moments)". */
export const CAPTION_WITH_CREDIT = /\s[(|]\s*(Bild|Foto|Fotos|Bildquelle|Grafik)\s*:\s*[^.!?()]{2,80}\)?$/i;

/** An agency's credit under the text: "(AFP/jbr)", "(dpa/lno)", "lh/kle (dpa, afp, rtr)", "Mit Informationen von Yonhap und AFP". */
export const AGENCY_CREDIT =
  /^(\(\s*[A-Za-z]{2,8}(\s*[/,]\s*[A-Za-z]{2,8}){0,4}\s*\)|[a-z]{2,4}(\/[a-z]{2,4}){0,3}\s*\(\s*[A-Za-z]{2,8}(\s*[/,]\s*[A-Za-z]{2,8}){0,4}\s*\)|Mit (Informationen|Material|Inhalten) (von|der|des) (\p{Lu}[\p{L}-]*)(\s?(,|und|&)?\s?\p{Lu}[\p{L}-]*){0,5}\.?|(Quelle|Quellen)\s*:\s*[A-Za-z][\w./, -]{1,40})$/u;

/** A rank in a list of most-read articles, alone on its line. */
export const RANK = /^\d{1,2}\.?$/;

/** A printed byline: "Von Katrin Hellwig, ARD-Studio Tokio", "Ein Kommentar von Malte Riedinger", "Autorin/Autor Lea Sommer". Group 1: the names (and role). */
export const BYLINE =
  /^(?:(?:Ein(?:e)? (?:Kommentar|Gastbeitrag|Essay|Interview|Bericht|Kolumne|Analyse|Reportage|Glosse|Einordnung)) von|Von|von|VON|Autor(?:in)?:|Autor(?:in)?\/Autor(?:in)?:?|Autoren:?|Text:)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|von|van|de|der))*(?:(?:\s*,\s*|\s+und\s+|\s*&\s*)\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|von|van|de|der))*)*(?:,\s*[^.!?]{2,60})?)$/u;

/** Section names a site's menu and breadcrumbs print alone on a line: never a kicker. */
export const SECTION_NAME =
  /^(News|Nachrichten|Aktuell|Politik|Wirtschaft|Finanzen|Geld|Sport|Kultur|Panorama|Inland|Ausland|Welt|Deutschland|Region|Regional|Regionales|Lokales|Lokal|Meinung|Kommentare?|Wissen|Digital|Gesundheit|Leben|Reise|Auto|Karriere|Video|Videos|Live|Podcasts?|Wetter|Startseite|Home|Service)$/i;

/** A heading of a box of other articles that the lines after it fill: "Meistgelesen", "Auch auf HAZ online", "Mehr Nachrichten aus Niedersachsen". */
export const TEASER_BOX_HEADING =
  /^(Meistgelesen|Meist gelesen|Am meisten gelesen|Beliebteste Artikel|Top-Artikel|Auch auf .{2,30} online|Mehr (Nachrichten|Meldungen|Artikel|Themen) (aus|zu|zum|zur|über) .{2,40}|Weitere (Nachrichten|Meldungen|Artikel) (aus|zu|zum|zur) .{2,40}|Mehr aus .{2,30}|Mehr zu .{2,30}|Weitere Informationen|Weitere Themen|Neueste Artikel|Neueste Nachrichten|Aktuelle Nachrichten|Top-Nachrichten|Top-Meldungen|Empfohlene Artikel|Bilderstrecke|Mehr Videos|Weitere Videos)\s*:?$/i;

/** A newsletter box's heading: "Newsletter Politik am Morgen", "Der Gesundheits-Newsletter". */
export const NEWSLETTER_HEADING = /^(.{0,40}\bNewsletter\b.{0,40}|.{0,30}-Newsletter.{0,30})$/i;
/** Its form and its end: "E-Mail-Adresse", "Jetzt anmelden", the legal line. */
export const NEWSLETTER_FORM = /^(E-Mail-Adresse|E-Mail|Ihre E-Mail-Adresse|Jetzt (kostenlos )?(anmelden|abonnieren|registrieren)|Anmelden|Abonnieren|Kostenlos (anmelden|abonnieren))$/i;
/** The legal line under a newsletter form: "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung." */
export const NEWSLETTER_LEGAL = /^(Mit (der|Ihrer) Anmeldung|Ich (bin|willige)|Hinweise zum Datenschutz|Die Abmeldung ist jederzeit)\b.{0,200}$/i;

/** A subscription offer: a paywall's words and prices ("Weiterlesen mit Plus", "… 9,99 Euro im Monat, jederzeit kündbar", "RP+"). */
export const PAYWALL =
  /^(\p{Lu}{1,6}\s?(\+|PLUS|Plus)|\S+plus testen|Weiterlesen mit .{1,30}|Jetzt (\d+ Wochen |einen Monat )?(gratis |kostenlos )?(testen|lesen|weiterlesen)|Schon Abonnent(in)?\?.{0,40}|(Testen Sie|Sichern Sie sich|Lesen Sie mit|Mit \S{1,20}\+ weiterlesen|Mehr .{1,80} lesen Sie mit \S{1,20}\+).{0,240})$/u;

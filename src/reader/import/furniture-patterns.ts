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
export const LINK_LINE = /^(Mehr zum Thema|Siehe auch|Auch interessant|Lesen Sie auch|Lesen Sie mehr|Lesetipp|Weiterlesen|Read more|Read also)\s*:?\s+\S.*$/i;

/** The glyphs that open the items of a link list: "⋙ …", "» …", "► …". */
export const LINK_ITEM = /^(⋙|»|›|►|▶|→|⇒|•|·|■|▪|>>)\s*\S/;

/** "Dieses Thema im Programm:" and a broadcaster's schedule line after it. */
export const PROGRAMME_HEADING = /^(Dieses Thema im Programm|Diese Sendung im Programm|Dieses Thema in der Sendung|Sendehinweis|Im Programm)\s*:?(\s+\S.*)?$/i;
export const PROGRAMME_LINE = /(\d{1,2}[:.]\d{2}\s*Uhr|\d{1,2}\.\d{1,2}\.\d{4})/;

/** Share buttons and social widgets: the words alone, or a row of them. */
const SOCIAL_WORD =
  /(Teilen|Artikel teilen|Beitrag teilen|Seite teilen|Jetzt teilen|Share|Share this|Facebook|Twitter|X|WhatsApp|E-Mail|Mail|LinkedIn|Telegram|Pinterest|Xing|Threads|Bluesky|Mastodon|Flipboard|Reddit|Instagram|TikTok|Drucken|Artikel drucken|Link kopieren|Kommentieren|Merken|Vorlesen|Artikel anhören)/.source;
export const SOCIAL_ROW = new RegExp(`^${SOCIAL_WORD}([\\s|·•,/]+${SOCIAL_WORD})*$`, 'i');
/** "Auf Facebook teilen", "Folgen Sie uns auf Instagram", "withemes on instagram". */
export const SOCIAL_LINE =
  /^((Auf|Bei|Per|Via) (Facebook|X|Twitter|WhatsApp|LinkedIn|Threads|Bluesky|Telegram|Pinterest|E-Mail|Mail) (teilen|versenden|senden|empfehlen)|(Folgen Sie|Folge|Follow) (uns|us)( auf| on)? .{1,40}|\S{1,40} (on|auf) (Instagram|Facebook|Twitter|X|TikTok|YouTube|Threads|Bluesky))$/i;
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
export const NEWSLETTER = /^(Newsletter( abonnieren)?|Jetzt (kostenlos )?(abonnieren|anmelden|registrieren)|Abonnieren Sie (unseren|den) Newsletter.{0,60}|Hier (geht's|geht es) zum Newsletter)[.!]?$/i;

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

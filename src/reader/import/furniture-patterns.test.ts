import { describe, expect, it } from 'vitest';
import * as patterns from './furniture-patterns.ts';

/**
 * Each long pattern with lines it must match (what sites print around an
 * article) and lines it must not (sentences of journalism with the same
 * words). A line that fails is named in the failure.
 */
interface Case {
  match: string[];
  keep: string[];
}

const CASES: Partial<Record<keyof typeof patterns, Case>> = {
  VIDEO: {
    match: [
      'Im Video: Putin dankt Kim für Unterstützung',
      'Video: So lief die Pressekonferenz in Kiew',
      'Zum Video: Scholz im Bundestag',
      'Sehen Sie im Video: Die Flut in Valencia',
      'Jetzt ansehen: Der Talk bei Maischberger',
    ],
    keep: [
      'Das Video zeigt Soldaten an der Grenze.',
      'Im Video sagte der Minister, er werde nicht zurücktreten.',
      'Videos aus der Region wurden tausendfach geteilt.',
    ],
  },
  VIDEO_DURATION: {
    match: ['02:35', '1:02:35 Min.', 'Video 02:35', 'Dauer: 3 Min.', 'Länge 45 Sek.', '12:04 Minuten'],
    keep: [
      'Um 02:35 Uhr meldete die Polizei einen Brand.',
      'Die Dauer der Verhandlungen ist offen.',
      'Das Spiel endete 2:1.',
    ],
  },
  LINK_BLOCK_HEADING: {
    match: [
      'Mehr zum Thema',
      'Das könnte Sie auch interessieren:',
      'Lesetipps',
      'Empfehlungen der Redaktion',
      'Related Posts',
      'Latest from Politics',
      'More from Business',
    ],
    keep: [
      'Mehr zum Thema Rente sagte die Ministerin nicht.',
      'Siehe auch den Bericht des Rechnungshofs von 2023.',
      'Ähnliche Artikel erschienen zuvor in der Lokalpresse.',
    ],
  },
  LINK_LINE: {
    match: [
      'Siehe auch  Morgenbesprechung mit dem Kanzler',
      'Lesen Sie auch: Was der Pakt für Europa bedeutet',
      'Mehr zum Thema Nordkorea liefert Granaten an Russland',
      'Weiterlesen: Die Bilanz der Ampel',
      'Read more: Why the pact matters',
    ],
    keep: [
      'Mehr zum Thema sagte er nicht.',
      'Lesen Sie auch, was die Opposition fordert.',
      'Siehe auch Artikel 5 des Grundgesetzes.',
      'Weiterlesen will sie trotzdem, sagt die Schülerin.',
    ],
  },
  PROGRAMME_HEADING: {
    match: [
      'Dieses Thema im Programm:',
      'Dieses Thema im Programm: Das Erste | tagesschau | 18.02.2025 | 20:00 Uhr',
      'Sendehinweis',
      'Im Programm: NDR Info, 18:00',
    ],
    keep: ['Im Programm der Partei steht die Schuldenbremse.', 'Dieses Thema im Programm der Union fehlt ganz.'],
  },
  SOCIAL_ROW: {
    match: [
      'Teilen',
      'Facebook X WhatsApp E-Mail',
      'Teilen | Facebook | Twitter',
      'Artikel teilen · Link kopieren · Drucken',
      'Share this',
      'Facebook, LinkedIn, Xing',
    ],
    keep: [
      'Facebook und Instagram sperrten das Konto.',
      'X hat den Account gesperrt.',
      'Teilen Sie die Sorge der Opposition?',
    ],
  },
  SOCIAL_LINE: {
    match: [
      'Auf Facebook teilen',
      'Per E-Mail versenden',
      'Via WhatsApp senden',
      'Folgen Sie uns auf Instagram',
      'Follow us on X',
    ],
    keep: ['Auf Facebook teilen viele Nutzer Falschmeldungen.', 'Folgen Sie dem Geld, riet der Ermittler.'],
  },
  SOCIAL_HANDLE: {
    match: ['withemes on instagram', '@tagesschau auf Instagram', 'ndr_info on youtube'],
    keep: ['Musk auf X', 'Merz auf Facebook', 'Hunderte Kommentare auf Facebook'],
  },
  BACK_TO_TOP: {
    match: [
      'Zurück zum Anfang',
      'Nach oben',
      'Schaltfläche "Zurück zum Anfang"',
      'Schaltfläche „Nach oben“',
      'Back to top',
    ],
    keep: ['Nach oben korrigierte die Bundesbank ihre Prognose.', 'Zurück zum Anfang der Verhandlungen will niemand.'],
  },
  READING_TIME: {
    match: ['2 mins read', 'Lesezeit: 4 Minuten', 'Lesedauer ca. 3 Min.', '3 Min. Lesezeit', 'ca. 5 Minuten Lesezeit'],
    keep: [
      'Die Lesezeit der Akte betrug nach Angaben des Gerichts 4 Minuten.',
      'Nach 3 Minuten Lesezeit brach die Seite ab.',
    ],
  },
  IMAGE_CREDIT: {
    match: [
      'Bild: Getty Images',
      'Foto: picture alliance / dpa',
      '© IMAGO / ITAR-TASS',
      'Fotos: Christian Charisius',
      'Kay Nietfeld © dpa',
      'Photo: Reuters',
    ],
    keep: [
      'Das Foto zeigt den Kanzler beim Gipfel in Brüssel.',
      'Bilder aus dem Krankenhaus wurden nicht veröffentlicht.',
      'Image: So nennt die Branche den Ruf einer Marke.',
    ],
  },
  NEWSLETTER: {
    match: [
      'Newsletter abonnieren',
      'Jetzt den kostenlosen Newsletter abonnieren!',
      'Newsletter',
      'Jetzt kostenlos registrieren',
      'Abonnieren Sie unseren Newsletter und bleiben Sie informiert.',
      "Hier geht's zum Newsletter",
    ],
    keep: [
      'Der Newsletter des Ministeriums erschien am Montag.',
      'Jetzt anmelden können sich nur Eltern aus dem Stadtteil.',
    ],
  },
  AUTHOR_BOX_HEADING: {
    match: ['Über den Autor', 'Über die Autorin:', 'Über die Autor:in', 'Zur Autorin', 'About the author'],
    keep: ['Über den Autor des Briefes ist wenig bekannt.', 'Über uns wird viel geredet, sagt die Bürgermeisterin.'],
  },
  SUMMARY_HEADING: {
    match: ['Das Wichtigste in Kürze', 'Auf einen Blick:', 'In Kürze: Die Bahn streikt ab Montag.', 'Zusammenfassung'],
    keep: [
      'Die Zusammenfassung des Berichts liegt der Redaktion vor.',
      'Zusammenfassungen gibt es nicht.',
      'In Kürzestzeit waren die Karten verkauft.',
    ],
  },
  QUOTATION_LEAD: {
    match: [
      'Der Kanzler sagte:',
      'Sie schrieb auf X:',
      'In dem Papier heißt es wörtlich:',
      'Der Minister betonte mit Nachdruck:',
    ],
    keep: ['Der Kanzler sagte, er werde nicht zurücktreten.', 'Sie sagte: „Wir bleiben.“', 'Die Gründe:'],
  },
  SKIP_LINK: {
    match: ['Zur Navigation springen', 'Direkt zum Inhalt', 'Skip to main content', 'Inhalt überspringen'],
    keep: [
      'Zum Inhalt der Gespräche wollte sich niemand äußern.',
      'Direkt zum Inhalt des Vertrags äußerte er sich nicht.',
    ],
  },
  SITE_CONTROL: {
    match: [
      'Menü',
      'Suche öffnen',
      'Anmelden',
      'E-Paper',
      'Mein Konto',
      'mehr',
      'Alle Bilder anzeigen',
      'Weitere Angebote der Madsack Mediengruppe',
      'Neue Einträge laden',
    ],
    keep: [
      'Das Menü im Kanzleramt bestand aus drei Gängen.',
      'Die Suche nach den Vermissten geht weiter.',
      'Mehr als 300 Menschen kamen.',
    ],
  },
  CONSENT_BUTTON: {
    match: ['Alle akzeptieren', 'Ablehnen', 'Cookie-Einstellungen', 'Nur notwendige Cookies', 'Einverstanden'],
    keep: [
      'Alle akzeptieren das Ergebnis, sagte der Wahlleiter.',
      'Einstellungen zur Wehrpflicht haben sich gewandelt.',
    ],
  },
  AUDIO: {
    match: [
      'Artikel anhören',
      'Audio',
      'Audio: Der Podcast zum Thema Rente',
      'Audio | 04:12 Min.',
      'Audio herunterladen',
      'Podcast abonnieren',
    ],
    keep: ['Audio-Aufnahmen belegen den Anruf.', 'Anhören wollte ihn niemand.'],
  },
  COMMENTS: {
    match: [
      '12 Kommentare',
      'Kommentare (3)',
      'Kommentar',
      'Jetzt kommentieren',
      'Diskutieren Sie mit.',
      'Zu den Kommentaren',
    ],
    keep: ['Der Kommentar des Ministers sorgte für Empörung.', '12 Kommentare gingen bis Mittag ein.'],
  },
  PAGE_TOOLS: {
    match: [
      'Drucken',
      'Permalink https://www.example.de/a/123',
      'Drucken | Versenden | Merken',
      'A A A',
      'Schriftgröße',
      'Fehler melden',
    ],
    keep: ['Drucken lässt sich das Formular nicht.', 'Versenden will die Behörde die Briefe erst im März.'],
  },
  PREVIOUS_NEXT: {
    match: ['« Vorige | Nächste »', 'Vorheriger Artikel', 'Nächster Artikel', '‹ Zurück', 'Nächste »'],
    keep: [
      'Zurück nach Kiew fuhr er mit dem Zug.',
      'Nächste Woche entscheidet der Bundestag.',
      'Vorige Woche war er noch in Berlin.',
    ],
  },
  FOOTER_LINK: {
    match: [
      'Impressum',
      'Datenschutzerklärung',
      'Erklärung zur Barrierefreiheit',
      'Über uns',
      'Leichte Sprache',
      'Cookies',
      'RSS',
    ],
    keep: ['Im Impressum fehlte die Adresse der Redaktion.', 'Der Datenschutz hat Vorrang, sagte der Richter.'],
  },
  PROGRAMME_NOTE: {
    match: [
      'Über dieses Thema berichtete NDR Info am 18. Februar 2025 um 08:00 Uhr.',
      'Dieser Beitrag lief am 3. März 2025 im Ersten.',
      'Mehr dazu hören Sie um 18:30 Uhr im Radio.',
    ],
    keep: [
      'Über dieses Thema berichtete zuerst der „Spiegel“.',
      'Dieser Beitrag wurde gesendet, bevor die Polizei den Verdächtigen fasste.',
    ],
  },
  PHOTO_CREDIT: {
    match: [
      'Bildrechte: BR/Florian Seidl',
      '(Bild: IMAGO/Political-Moments)',
      'Quelle: picture alliance/dpa/Kay Nietfeld',
      'Grafik: tagesschau',
    ],
    keep: ['Die Grafik zeigt den Anstieg seit 2020.', 'Das Bild: ein zerstörtes Dorf.'],
  },
  AGENCY_CREDIT: {
    match: [
      '(AFP/jbr)',
      '(dpa/lno)',
      'lh/kle (dpa, afp, rtr)',
      'Mit Informationen von Yonhap und AFP',
      'Mit Material von Reuters und AFP.',
      'Quelle: dpa',
    ],
    keep: [
      'Mit Informationen von Insidern arbeitet die Behörde seit Jahren.',
      'Mit Material aus dem Archiv',
      'Die Partei (SPD) lehnt das ab.',
    ],
  },
  BYLINE: {
    match: [
      'Von Katrin Hellwig, ARD-Studio Tokio',
      'Ein Kommentar von Malte Riedinger',
      'Autorin/Autor Lea Sommer',
      'Von Anna Müller und Jens Peter',
      'Text: Lea Sommer',
    ],
    keep: [
      'Von Trump zu Merz ist es ein weiter Weg.',
      'Von Berlin aus fuhr der Zug weiter.',
      'Von Montag an gilt die neue Regel.',
    ],
  },
  SECTION_NAME: {
    match: ['Politik', 'Wirtschaft', 'Podcasts', 'Kommentare', 'Startseite', 'live'],
    keep: ['Politik ist die Kunst des Möglichen.', 'Deutschlands Wirtschaft schrumpft.', 'Politiker'],
  },
  TEASER_BOX_HEADING: {
    match: [
      'Meistgelesen',
      'Auch auf HAZ online',
      'Mehr Nachrichten aus Niedersachsen',
      'Weitere Meldungen zum Thema Bahn',
      'Mehr aus Hamburg:',
      'Bilderstrecke',
    ],
    keep: [
      'Mehr Nachrichten aus Kiew gab es am Abend nicht, weil das Netz ausfiel.',
      'Weitere Informationen gibt es nicht.',
      'Mehr zu den Hintergründen des Anschlags wollte die Polizei nicht sagen.',
    ],
  },
  NEWSLETTER_FORM: {
    match: ['E-Mail-Adresse', 'Ihre E-Mail-Adresse', 'Jetzt anmelden', 'Kostenlos abonnieren', 'Anmelden'],
    keep: ['Anmelden müssen sich die Teilnehmer bis Freitag.', 'Die E-Mail-Adresse des Ministers war öffentlich.'],
  },
  NEWSLETTER_LEGAL: {
    match: [
      'Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.',
      'Ich willige ein, dass mir der Verlag Angebote schickt.',
      'Die Abmeldung ist jederzeit möglich.',
    ],
    keep: [
      'Die Anmeldung zur Wahl endet am Freitag.',
      'Nach der Anmeldung bin ich sofort hingefahren, sagt die Mutter.',
    ],
  },
  PAYWALL: {
    match: [
      'RP+',
      'SZ Plus',
      'Weiterlesen mit Plus',
      'Jetzt 4 Wochen gratis testen',
      'Schon Abonnent? Hier anmelden',
      'Testen Sie jetzt 30 Tage für 0 Euro, danach 9,99 Euro im Monat, jederzeit kündbar.',
      'Mehr Hintergründe aus der Region lesen Sie mit HAZ+',
    ],
    keep: [
      'Testen wollte der Verband die neuen Regeln erst 2026.',
      'Jetzt lesen viele Menschen wieder Zeitung.',
      'CDU Plus Grüne ergibt keine Mehrheit.',
    ],
  },
};

describe('the patterns of page furniture', () => {
  for (const [name, { match, keep }] of Object.entries(CASES)) {
    const pattern = patterns[name as keyof typeof patterns];
    it(`${name} matches the site's lines`, () => {
      expect(match.filter((line) => !pattern.test(line))).toEqual([]);
    });
    it(`${name} leaves the journalism alone`, () => {
      expect(keep.filter((line) => pattern.test(line))).toEqual([]);
    });
  }

  it('gives the groups the import reads', () => {
    expect(patterns.BACK_TO_TOP.exec('Schaltfläche "Zurück zum Anfang"')?.[1]).toBe('Zurück zum Anfang');
    expect(patterns.BYLINE.exec('Von Katrin Hellwig, ARD-Studio Tokio')?.[1]).toBe('Katrin Hellwig, ARD-Studio Tokio');
    expect(patterns.SUMMARY_HEADING.exec('In Kürze: Die Bahn streikt ab Montag.')?.[0]).toBe('In Kürze:');
  });
});

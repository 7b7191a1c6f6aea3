import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { sourceEntrySchema } from '../../schema/source.ts';
import {
  citedSources,
  COMPANY,
  DATELINE,
  MEDIUM_AND_NAME,
  MEDIUM_BEFORE,
  MEDIUM_THEN_NAME,
  publicationOf,
  REPORTING,
  sourceFileSuggestion,
} from './cited-sources.ts';

const SOURCES = [
  { id: 'dpa', names: ['Deutsche Presse-Agentur', 'dpa'] },
  { id: 'tass', names: ['TASS', 'Nachrichtenagentur TASS'] },
  { id: 'faz', names: ['Frankfurter Allgemeine Zeitung', 'FAZ', 'F.A.Z.'] },
];

/** As content/sources/ and the test set's sources/ name them: name, shortName, aliases. */
const AGENCIES = [
  ...SOURCES,
  { id: 'afp', names: ['Agence France-Presse', 'AFP', 'AFP', 'Nachrichtenagentur AFP'] },
  { id: 'ap', names: ['Associated Press', 'AP', 'AP'] },
  { id: 'reuters', names: ['Reuters', 'Nachrichtenagentur Reuters'] },
  { id: 'yonhap', names: ['Yonhap', 'Nachrichtenagentur Yonhap'] },
  { id: 'ndr', names: ['Norddeutscher Rundfunk', 'NDR', 'NDR'] },
  { id: 'tagesschau', names: ['tagesschau', 'tagesschau.de', 'ARD', 'Das Erste'] },
  { id: 'tagesspiegel', names: ['Der Tagesspiegel', 'Tagesspiegel', 'Tagesspiegel'] },
  { id: 'hannoversche-allgemeine', names: ['Hannoversche Allgemeine Zeitung', 'HAZ', 'HAZ'] },
  { id: 'weser-kurier', names: ['Weser-Kurier'] },
  { id: 'welt', names: ['Die Welt', 'Welt', 'WELT'] },
  { id: 'spiegel', names: ['Der Spiegel', 'Spiegel', 'SPIEGEL', 'Spiegel Online'] },
];

const citedIn = (paragraphs: string[], creditLines: string[] = []) =>
  citedSources(paragraphs, [], AGENCIES, creditLines).cited;

describe('citedSources', () => {
  it('finds a source the text reports from, with the sentence that names it', () => {
    const { cited } = citedSources(
      [
        'Es kann nicht ewig so weitergehen, teilte er mit, wie die Deutsche Presse-Agentur berichtete. Dann ging er.',
        'Wie die staatliche Nachrichtenagentur TASS meldet, ist Putin gelandet.',
      ],
      [],
      SOURCES,
    );
    expect(cited).toEqual([
      {
        source: 'dpa',
        mention: 'Es kann nicht ewig so weitergehen, teilte er mit, wie die Deutsche Presse-Agentur berichtete.',
      },
      { source: 'tass', mention: 'Wie die staatliche Nachrichtenagentur TASS meldet, ist Putin gelandet.' },
    ]);
  });

  it('takes the lines of a list of sources word for word, and suggests names without a file', () => {
    const { cited, suggestions } = citedSources(
      ['Wie die südkoreanische Nachrichtenagentur Yonhap berichtete, sind Soldaten eingetroffen.'],
      ['FAZ: Putin schenkt Kim eine Limousine', 'Kommersant: Ein Geschenk'],
      SOURCES,
    );
    expect(cited).toEqual([{ source: 'faz', mention: 'FAZ: Putin schenkt Kim eine Limousine' }]);
    expect(suggestions).toEqual(['Kommersant', 'Yonhap']);
  });

  it('does not take a name that is no citation', () => {
    expect(citedSources(['Die dpaX-Studie ist alt.', 'Er las die FAZ nie.'], [], SOURCES).cited).toEqual([]);
  });
});

describe('names as editors print them', () => {
  it('finds a name whatever its case and the full stop of the sentence it ends', () => {
    const sentence = 'Der 58-Jährige habe Schmiergelder angenommen, meldete die Nachrichtenagentur Tass.';
    expect(citedIn([sentence])).toEqual([{ source: 'tass', mention: sentence }]);
    for (const printed of ['Tass', 'TASS', 'Tass.']) {
      expect(citedIn([`Das berichtete ${printed}`]).map((c) => c.source)).toEqual(['tass']);
    }
    expect(
      citedIn(['Laut SPIEGEL prüft der Freistaat die Hilfen.', 'Das meldete die DPA am Abend.']).map((c) => c.source),
    ).toEqual(['spiegel', 'dpa']);
    expect(citedIn(['Wie die Faz berichtete, ist das Modell fertig.']).map((c) => c.source)).toEqual(['faz']);
  });

  it('keeps the capitals of a short acronym: "ap" in a word or in lower case is not AP', () => {
    expect(citedIn(['Das berichtete AP am Morgen.']).map((c) => c.source)).toEqual(['ap']);
    expect(
      citedIn(['Er sagte, die ap-Studie sei alt.', 'Der Ap-Preis sagte ihm nichts.', 'Er sagte, die Kapelle spiele.']),
    ).toEqual([]);
    expect(citedIn(['Das berichtete der ndr.', 'Das sagte haz.'])).toEqual([]);
  });

  it('keeps a capital initial capital: "das erste Mal" is not the channel Das Erste', () => {
    expect(citedIn(['Er sagte, es sei das erste Mal gewesen.'])).toEqual([]);
    expect(citedIn(['Das Erste berichtete zuerst.']).map((c) => c.source)).toEqual(['tagesschau']);
  });

  it('finds declined names: "der Deutschen Presse-Agentur", "des Tagesspiegels"', () => {
    const dative = 'Das sagte Verbandsgeschäftsführer Thomas Wendelin der Deutschen Presse-Agentur.';
    expect(citedIn([dative])).toEqual([{ source: 'dpa', mention: dative }]);
    expect(citedIn(['Nach Angaben des Tagesspiegels ist der Haushalt fertig.']).map((c) => c.source)).toEqual([
      'tagesspiegel',
    ]);
    expect(
      citedIn(['Ein Sprecher sagte der Hannoverschen Allgemeinen Zeitung, das Land helfe.']).map((c) => c.source),
    ).toEqual(['hannoversche-allgemeine']);
    expect(
      citedIn(['Das berichtete der Norddeutsche Rundfunk.', 'Er sagte dem Norddeutschen Rundfunks nichts.']).map(
        (c) => c.mention,
      ),
    ).toEqual(['Das berichtete der Norddeutsche Rundfunk.']);
  });

  it('takes a dateline: the agency in parentheses at a paragraph start, the dateline as the mention', () => {
    expect(citedIn(['Moskau (AFP) – Ein Moskauer Gericht hat den früheren Vizegouverneur verurteilt.'])).toEqual([
      { source: 'afp', mention: 'Moskau (AFP)' },
    ]);
    expect(citedIn(['Berlin (dpa) - Der Bundestag hat den Haushalt beschlossen.'])).toEqual([
      { source: 'dpa', mention: 'Berlin (dpa)' },
    ]);
    expect(citedIn(['Hamburg (dpa/lno) – Der Hafen meldet weniger Umschlag.'])).toEqual([
      { source: 'dpa', mention: 'Hamburg (dpa/lno)' },
    ]);
    expect(citedIn(['Frankfurt/Main (rtr) - Die Börse schloss fester.'])).toEqual([
      { source: 'reuters', mention: 'Frankfurt/Main (rtr)' },
    ]);
    // Parentheses that are no dateline: inside a sentence, or a party after a name.
    expect(
      citedIn(['Frankfurt am Main (dpa) – Die Börse schloss fester.', 'Den Haag (AP) — Das Gericht tagt.']).map(
        (c) => c.mention,
      ),
    ).toEqual(['Frankfurt am Main (dpa)', 'Den Haag (AP)']);
    expect(
      citedIn(['Der Hafen (dpa) – wie immer.', 'Die Regierung hat (AFP) – nichts.', 'Er kam (AFP) - und ging.']),
    ).toEqual([]);
    expect(citedSources(['Die Partei (SPD) – sie regiert seit Jahren.'], [], AGENCIES).suggestions).toEqual([]);
  });

  it('takes agency credits the import removed, with the credit line as the mention', () => {
    expect(citedIn([], ['(AFP/jbr)'])).toEqual([{ source: 'afp', mention: '(AFP/jbr)' }]);
    expect(citedIn([], ['lh/kle (dpa, afp, rtr)'])).toEqual([
      { source: 'dpa', mention: 'lh/kle (dpa, afp, rtr)' },
      { source: 'afp', mention: 'lh/kle (dpa, afp, rtr)' },
      { source: 'reuters', mention: 'lh/kle (dpa, afp, rtr)' },
    ]);
    expect(citedIn([], ['Mit Informationen von Yonhap und AFP']).map((c) => c.source)).toEqual(['yonhap', 'afp']);
    expect(citedIn([], ['Quelle: dpa', '(ap)']).map((c) => c.source)).toEqual(['dpa', 'ap']);
    // An editor's initials are no agency, and a picture's credit does not credit the text.
    expect(
      citedIn([], ['(bsc)', '(dpa/mk)', 'Foto: Ahn Young-joon/AP/dpa', 'Quelle: picture alliance/dpa/Jonas Vierling']),
    ).toEqual([{ source: 'dpa', mention: '(dpa/mk)' }]);
  });

  it('names each source once, where the page names it first: the text before its credit', () => {
    const paragraphs = ['Moskau (AFP) – Ein Gericht hat geurteilt, meldete die Nachrichtenagentur Tass.'];
    expect(citedIn(paragraphs, ['(AFP/jbr)'])).toEqual([
      { source: 'afp', mention: 'Moskau (AFP)' },
      { source: 'tass', mention: 'Moskau (AFP) – Ein Gericht hat geurteilt, meldete die Nachrichtenagentur Tass.' },
    ]);
  });

  it('suggests agencies of credits without a file, each with the file to create', () => {
    const { cited, suggestions, suggestedFiles } = citedSources([], [], SOURCES, [
      'lh/kle (dpa, afp, rtr)',
      '(KNA)',
      '(ANSA/red)',
    ]);
    expect(cited.map((c) => c.source)).toEqual(['dpa']);
    expect(suggestions).toEqual([
      'Agence France-Presse (AFP)',
      'Reuters',
      'Katholische Nachrichten-Agentur (KNA)',
      'ANSA',
    ]);
    expect(suggestedFiles[0]).toBe(
      '# content/sources/afp.yaml\nname: Agence France-Presse\nshortName: AFP\nkind: nachrichtenagentur\naliases: []\n',
    );
  });

  it('suggests a name without its sentence full stop, and not a name it knows in another case', () => {
    const { suggestions } = citedSources(
      ['Das meldete die Nachrichtenagentur Tass.', 'Das meldete die Nachrichtenagentur Interfax.'],
      [],
      SOURCES,
    );
    expect(suggestions).toEqual(['Interfax']);
  });
});

describe('sourceFileSuggestion', () => {
  it('writes the file to create, its kind from the medium word, else zeitung', () => {
    expect(sourceFileSuggestion('Nachrichtenagentur Yonhap')).toBe(
      '# content/sources/yonhap.yaml\nname: Yonhap\nkind: nachrichtenagentur\naliases: []\n',
    );
    expect(sourceFileSuggestion('Sender NHK')).toBe(
      '# content/sources/nhk.yaml\nname: NHK\nkind: sender\naliases: []\n',
    );
    expect(sourceFileSuggestion('Süddeutsche Zeitung')).toBe(
      '# content/sources/sueddeutsche-zeitung.yaml\nname: Süddeutsche Zeitung\nkind: zeitung\naliases: []\n',
    );
    expect(sourceFileSuggestion('Zeitung „Nowaja Gaseta“')).toContain('name: Nowaja Gaseta\n');
  });

  it('writes text the source schema accepts, quoted where YAML would read it otherwise', () => {
    for (const name of ['Kommersant', 'Mail & Guardian', 'Yes', 'Radio 1: Nord', 'Agence France-Presse (AFP)']) {
      const text = sourceFileSuggestion(name);
      const entry = sourceEntrySchema.parse(load(text));
      expect(entry.name).toBe(name.replace(/\s*\(AFP\)$/, ''));
      expect(text.split('\n')[0]).toMatch(/^# content\/sources\/[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/);
    }
  });

  it('gives every suggestion of citedSources its file, kind from the medium it was printed with', () => {
    const { suggestions, suggestedFiles } = citedSources(
      ['Das meldete der Staatssender NHK.', 'Das schrieb die Zeitung „Kommersant“.'],
      [],
      SOURCES,
    );
    expect(suggestions).toEqual(['NHK', 'Kommersant']);
    expect(suggestedFiles.map((text) => text.split('\n')[2])).toEqual(['kind: sender', 'kind: zeitung']);
  });
});

describe('publicationOf', () => {
  it('finds the source file a copyright line names, whatever the case, company and year', () => {
    expect(publicationOf(['© NDR 2025'], AGENCIES)).toEqual({ id: 'ndr' });
    expect(publicationOf(['© 2025 Norddeutscher Rundfunk'], AGENCIES)).toEqual({ id: 'ndr' });
    expect(publicationOf(['© Hannoversche Allgemeine Zeitung 2025'], AGENCIES)).toEqual({
      id: 'hannoversche-allgemeine',
    });
    expect(publicationOf(['© ARD-aktuell / tagesschau.de'], AGENCIES)).toEqual({ id: 'tagesschau' });
    expect(publicationOf(['© Verlag Der Tagesspiegel GmbH 2025'], AGENCIES)).toEqual({ id: 'tagesspiegel' });
    expect(publicationOf(['© WESER-KURIER 2025 – Alle Rechte vorbehalten'], AGENCIES)).toEqual({ id: 'weser-kurier' });
    expect(publicationOf(['© WELT 2025. Alle Rechte vorbehalten'], AGENCIES)).toEqual({ id: 'welt' });
  });

  it('suggests the printed name when no file matches, and reads only copyright lines of the page', () => {
    expect(publicationOf(['© 2025 Nachrichtenportal Rheinblick GmbH'], AGENCIES)).toEqual({
      name: 'Nachrichtenportal Rheinblick',
    });
    expect(
      publicationOf(['© Rheinische Post Verlagsgesellschaft mbH 2025. Alle Rechte vorbehalten.'], AGENCIES),
    ).toEqual({ name: 'Rheinische Post' });
    expect(publicationOf(['© 2024 finanzblick.de – Alle Kurse mit 15 Minuten Verzögerung'], AGENCIES)).toEqual({
      name: 'finanzblick.de',
    });
    // A picture's copyright, a caption with a copyright inside, a line about the NDR: no publication.
    expect(
      publicationOf(
        [
          '© Foto: Kay Nietfeld/dpa',
          '© picture alliance / dpa / Jonas Güttler',
          'Robben am Strand. © picture alliance/dpa',
          'Der NDR berichtete.',
        ],
        AGENCIES,
      ),
    ).toEqual({});
    expect(publicationOf(['© picture alliance / dpa / Jonas Güttler', 'Impressum', '© NDR 2025'], AGENCIES)).toEqual({
      id: 'ndr',
    });
  });
});

describe('the patterns of citing', () => {
  it('REPORTING finds a word of reporting in a sentence, never inside another word', () => {
    const reporting = [
      'Das meldete die Nachrichtenagentur Tass.',
      'Laut SPIEGEL plant die Regierung Kürzungen.',
      'Das habe er im ZDF eingeräumt.',
      'Der Zeitung zufolge sind drei Minister betroffen.',
      'Dem Bericht der FAZ nach fehlen 30 Milliarden Euro.',
      'In Moskau hieß es, der Vertrag sei unterschrieben.',
      'Das bestätigte ein Sprecher der Nachrichtenagentur Yonhap.',
    ];
    const not = [
      'Die Nachrichtenagentur Tass hat ihren Sitz in Moskau.',
      'Der Lautsprecher fiel während der Rede aus.',
      'Die Sage vom Rattenfänger spielt in Hameln.',
      'Der Kanzler reist am Montag nach Kiew.',
    ];
    expect(reporting.filter((sentence) => !REPORTING.test(sentence))).toEqual([]);
    expect(not.filter((sentence) => REPORTING.test(sentence))).toEqual([]);
  });

  it('MEDIUM_AND_NAME takes a medium word and the name after it, quoted or capitalised', () => {
    const found = (sentence: string) => [...sentence.matchAll(MEDIUM_AND_NAME)].map((match) => [match[1], match[2]]);
    expect(found('Das meldete die Nachrichtenagentur Yonhap am Morgen.')).toEqual([['Nachrichtenagentur', 'Yonhap']]);
    expect(found('Das schrieb die Zeitung „Kommersant“.')).toEqual([['Zeitung', '„Kommersant“']]);
    expect(found('Die Wochenzeitung Mail & Guardian berichtete.')).toEqual([['Wochenzeitung', 'Mail & Guardian']]);
    expect(found('Die Zeitung berichtete am Montag darüber.')).toEqual([]);
    expect(found('Ein Sender in Kiew fiel aus.')).toEqual([]);
  });

  it('MEDIUM_BEFORE and MEDIUM_THEN_NAME find a medium word before a name', () => {
    expect(MEDIUM_BEFORE.test('Das meldete die Nachrichtenagentur ')).toBe(true);
    expect(MEDIUM_BEFORE.test('Die Zeitung meldet')).toBe(false);
    expect(MEDIUM_THEN_NAME.exec('Nachrichtenagentur Yonhap')?.slice(1)).toEqual(['Nachrichtenagentur', 'Yonhap']);
    expect(MEDIUM_THEN_NAME.exec('Agence France-Presse (AFP)')).toBeNull();
  });

  it('DATELINE takes a place, the agency in parentheses and a dash, never a sentence with an article', () => {
    const datelines = [
      ['Moskau (AFP) – Der Kreml hat die Berichte nicht bestätigt.', 'Moskau (AFP)', 'AFP'],
      ['Frankfurt am Main (dpa-AFX) - Der Dax legte zu.', 'Frankfurt am Main (dpa-AFX)', 'dpa-AFX'],
      ['Den Haag (AP) — Der Gerichtshof vertagte sich.', 'Den Haag (AP)', 'AP'],
      ['Hamburg (dpa/lno) - Die Elbe führt Hochwasser.', 'Hamburg (dpa/lno)', 'dpa/lno'],
    ];
    for (const [paragraph, dateline, agency] of datelines) {
      expect(DATELINE.exec(paragraph!)?.slice(1)).toEqual([dateline, agency]);
    }
    const not = [
      'Die Regierung hat (nach eigenen Angaben) – anders als geplant – nichts entschieden.',
      'Der Hafen (im Norden) – so die Behörden – bleibt gesperrt.',
      'Moskau (AFP) meldet neue Angriffe.',
    ];
    expect(not.filter((paragraph) => DATELINE.test(paragraph))).toEqual([]);
  });

  it('COMPANY finds the company around a name, the longer form whole, never inside a word', () => {
    const found = (line: string) => [...line.matchAll(COMPANY)].map((match) => match[0]);
    expect(found('Rheinische Post Verlagsgesellschaft mbH')).toEqual(['Verlagsgesellschaft', 'mbH']);
    expect(found('Verlag Der Tagesspiegel GmbH')).toEqual(['Verlag', 'GmbH']);
    expect(found('Madsack GmbH & Co. KG')).toEqual(['GmbH & Co. KG']);
    expect(found('Axel Springer SE')).toEqual(['SE']);
    expect(found('Die AGB des Verlagshauses gelten seit SEPA.')).toEqual([]);
  });
});

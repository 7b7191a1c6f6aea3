import { describe, expect, it } from 'vitest';
import { citedSources } from './cited-sources.ts';

const SOURCES = [
  { id: 'dpa', names: ['Deutsche Presse-Agentur', 'dpa'] },
  { id: 'tass', names: ['TASS', 'Nachrichtenagentur TASS'] },
  { id: 'faz', names: ['Frankfurter Allgemeine Zeitung', 'FAZ', 'F.A.Z.'] },
];

describe('citedSources', () => {
  it('finds a source the text reports from, with the sentence that names it', () => {
    const { cited } = citedSources(
      ['Es kann nicht ewig so weitergehen, teilte er mit, wie die Deutsche Presse-Agentur berichtete. Dann ging er.', 'Wie die staatliche Nachrichtenagentur TASS meldet, ist Putin gelandet.'],
      [],
      SOURCES,
    );
    expect(cited).toEqual([
      { source: 'dpa', mention: 'Es kann nicht ewig so weitergehen, teilte er mit, wie die Deutsche Presse-Agentur berichtete.' },
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

import { describe, expect, it } from 'vitest';
import { describeSource } from './source-line.ts';

const sources = new Map([
  [
    'dpa',
    { data: { name: 'Deutsche Presse-Agentur', shortName: 'dpa', kind: 'nachrichtenagentur' as const, aliases: [] } },
  ],
  ['faz', { data: { name: 'Frankfurter Allgemeine Zeitung', kind: 'zeitung' as const, aliases: [] } }],
]);

describe('describeSource', () => {
  it('says explicitly that the publication is not stated', () => {
    expect(describeSource({ publication: 'unstated', cited: [] }, sources)).toEqual({
      publication: 'Quelle nicht angegeben',
      publicationKnown: false,
      cited: [],
    });
  });

  it('names a known publication, the byline and the cited sources with their mention', () => {
    const line = describeSource(
      { publication: 'faz', byline: 'Erika Muster', cited: [{ source: 'dpa', mention: 'wie die dpa berichtete' }] },
      sources,
    );
    expect(line).toEqual({
      publication: 'Frankfurter Allgemeine Zeitung',
      publicationKnown: true,
      byline: 'Erika Muster',
      cited: [{ id: 'dpa', name: 'Deutsche Presse-Agentur', mention: 'wie die dpa berichtete' }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { filteredSearchUrl, pageParam, pageUrl, paths, searchUrl } from './routes.ts';

describe('routes', () => {
  it('names the rest parameter of each page of a listing', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(4)).toBe('seite/4');
  });

  it('gives page 1 the listing URL and later pages a seite/<n>/ URL under it', () => {
    expect(pageUrl(paths.topic('sanktionen'), 1)).toBe('/themen/sanktionen/');
    expect(pageUrl(paths.topic('sanktionen'), 3)).toBe('/themen/sanktionen/seite/3/');
    expect(pageUrl(paths.home, 2)).toBe('/seite/2/');
  });

  it('writes the search page bare without a query and with its parameters otherwise', () => {
    expect(searchUrl()).toBe('/suche/');
    expect(searchUrl(new URLSearchParams())).toBe('/suche/');
    expect(searchUrl(new URLSearchParams({ q: 'Kim Jong Un', jahr: '2024' }))).toBe('/suche/?q=Kim+Jong+Un&jahr=2024');
  });

  it('gives a month of the archive two digits under its year', () => {
    expect(paths.month(2024, 6)).toBe('/archiv/2024/06/');
    expect(paths.month(2023, 12)).toBe('/archiv/2023/12/');
  });

  it('filters the search page by the filters given, in their order', () => {
    expect(filteredSearchUrl({ thema: 'Russland', jahr: '2024' })).toBe('/suche/?thema=Russland&jahr=2024');
    expect(filteredSearchUrl({ quelle: 'Quelle nicht angegeben', jahr: undefined })).toBe(
      '/suche/?quelle=Quelle+nicht+angegeben',
    );
  });
});

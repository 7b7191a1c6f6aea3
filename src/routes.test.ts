import { describe, expect, it } from 'vitest';
import { EARLIER_PAGE, filteredSearchUrl, pageParam, pageUrl, paths, searchUrl } from './routes.ts';

describe('routes', () => {
  it('names the rest parameter of each page of a listing', () => {
    expect(pageParam(undefined)).toBeUndefined();
    expect(pageParam(4)).toBe('blatt/4');
  });

  it('gives the newest articles the listing URL and numbered pages a blatt/<n>/ URL under it', () => {
    expect(pageUrl(paths.topic('sanktionen'), undefined)).toBe('/themen/sanktionen/');
    expect(pageUrl(paths.topic('sanktionen'), 3)).toBe('/themen/sanktionen/blatt/3/');
    expect(pageUrl(paths.home, 1)).toBe('/blatt/1/');
  });

  it('recognises an address of the earlier paging, counted from the newest', () => {
    expect(EARLIER_PAGE.exec('/seite/3/')?.slice(1)).toEqual(['/', '3']);
    expect(EARLIER_PAGE.exec('/themen/sanktionen/seite/12')?.slice(1)).toEqual(['/themen/sanktionen/', '12']);
    expect(EARLIER_PAGE.exec('/themen/sanktionen/blatt/12/')).toBeNull();
    expect(EARLIER_PAGE.exec('/artikel/seite-3/')).toBeNull();
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

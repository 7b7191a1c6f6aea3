// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillForm, readForm, type SearchForm } from './form.ts';
import type { QueryState } from './query-state.ts';

let form: SearchForm;
beforeEach(() => {
  document.body.innerHTML = `
    <input name="q">
    <select name="sortierung"><option value="relevanz">R</option><option value="neu">N</option><option value="alt">A</option></select>
    <div class="filters"></div>`;
  form = {
    input: document.querySelector('input')!,
    sort: document.querySelector('select')!,
    filters: document.querySelector('div')!,
  };
});

const fromUrl: QueryState = { q: 'Putin', filters: { thema: [], quelle: ['TASS'], jahr: ['2024'] }, sort: 'relevanz' };

describe('the search form', () => {
  it('shows a state and reads it back', () => {
    fillForm(form, { ...fromUrl, q: 'Kim Jong Un', sort: 'alt' });
    expect([form.input.value, form.sort.value]).toEqual(['Kim Jong Un', 'alt']);
    expect(readForm(form, fromUrl)).toEqual({ ...fromUrl, q: 'Kim Jong Un', sort: 'alt' });
  });

  it('trims the query', () => {
    form.input.value = '  Limousine ';
    expect(readForm(form, fromUrl).q).toBe('Limousine');
  });

  it("keeps the URL's filters until the filters are drawn, then reads the checked boxes", () => {
    form.input.value = 'Putin';
    expect(readForm(form, fromUrl).filters).toEqual(fromUrl.filters);
    form.filters.innerHTML = `
      <input type="checkbox" name="thema" value="Russland" checked>
      <input type="checkbox" name="quelle" value="TASS">
      <input type="checkbox" name="jahr" value="2024" checked>
      <input type="checkbox" name="jahr" value="2023" checked>`;
    expect(readForm(form, fromUrl).filters).toEqual({ thema: ['Russland'], quelle: [], jahr: ['2024', '2023'] });
  });
});

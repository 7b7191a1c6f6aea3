import { describe, expect, it } from 'vitest';
import { anyOf, escape, regex } from './pattern-parts.ts';

describe('escape', () => {
  it('makes a pattern that matches exactly the text, whatever it holds', () => {
    const texts = ['Min.', 'A A A', 'Autorin/den Autor', 'C++', '(dpa)', '[1]', 'Preis: 9,99 $ ^ | {2}', 'a\\b'];
    for (const text of texts) {
      expect(new RegExp(`^${escape(text)}$`).test(text)).toBe(true);
      expect(new RegExp(`^${escape(text)}$`, 'u').test(text)).toBe(true);
    }
    expect(new RegExp(`^${escape('Min.')}$`).test('Mins')).toBe(false);
  });

  it('leaves letters, spaces and hyphens as they are', () => {
    expect(escape('E-Mail-Adresse')).toBe('E-Mail-Adresse');
    expect(escape('Zurück zum Anfang')).toBe('Zurück zum Anfang');
  });
});

describe('anyOf', () => {
  it('matches each word as printed, in a group that captures nothing', () => {
    const pattern = new RegExp(`^${anyOf(['Impressum', 'A A A', 'Diskutieren Sie mit.'])}$`);
    expect(['Impressum', 'A A A', 'Diskutieren Sie mit.'].every((word) => pattern.test(word))).toBe(true);
    expect(['Impressumm', 'A  A A', 'Diskutieren Sie mit!'].some((word) => pattern.test(word))).toBe(false);
    expect(pattern.exec('Impressum')).toHaveLength(1);
  });

  it('tries the words in the order given', () => {
    expect(new RegExp(anyOf(['Verlag', 'Verlagsgruppe'])).exec('Verlagsgruppe')?.[0]).toBe('Verlag');
    expect(new RegExp(anyOf(['Verlagsgruppe', 'Verlag'])).exec('Verlagsgruppe')?.[0]).toBe('Verlagsgruppe');
  });

  it('refuses an empty list, which would match any text', () => {
    expect(() => anyOf([])).toThrow(/no words/);
  });
});

describe('regex', () => {
  it('reads its template raw, as a regular expression literal', () => {
    expect(regex()`^\d+\s*Min\.$`.source).toBe(/^\d+\s*Min\.$/.source);
  });

  it('puts in a RegExp part by its source (not its flags) and a string part as a pattern', () => {
    const DIGITS = /\d{1,2}/i;
    const pattern = regex('i')`^${DIGITS}:${'\\d{2}'} ${anyOf(['Uhr'])}$`;
    expect(pattern.source).toBe('^\\d{1,2}:\\d{2} (?:Uhr)$');
    expect(pattern.flags).toBe('i');
    expect(pattern.test('20:15 UHR')).toBe(true);
    expect(pattern.test('20:15 Uhr.')).toBe(false);
  });

  it('gives the flags to the whole pattern', () => {
    expect(regex('gu')`\p{Lu}`.flags).toBe('gu');
    expect('Von Anna Müller'.match(regex('gu')`\p{Lu}`)).toEqual(['V', 'A', 'M']);
  });
});

import { describe, expect, it } from 'vitest';
import { escapeMarkdown, germanQuotes, normalise, yamlString } from './text.ts';
import * as yaml from 'js-yaml';

describe('text helpers', () => {
  it('set straight quotes as German ones', () => {
    expect(germanQuotes('Zwei "innige Freunde" rücken zusammen')).toBe('Zwei „innige Freunde“ rücken zusammen');
    expect(germanQuotes('"Wir", sagte er.')).toBe('„Wir“, sagte er.');
  });

  it('escape what Markdown or HTML would read as markup, and normalise it back', () => {
    const line = '<img src=x onerror=alert(1)> & [Russia] *x* _y_ `z` ~~s~~ | a';
    const escaped = escapeMarkdown(line);
    expect(escaped).toBe(
      '\\<img src=x onerror=alert(1)\\> \\& \\[Russia\\] \\*x\\* \\_y\\_ \\`z\\` \\~\\~s\\~\\~ \\| a',
    );
    expect(normalise(escaped)).toBe(normalise(line));
    expect(escapeMarkdown('1. Punkt')).toBe('1\\. Punkt');
    expect(escapeMarkdown('- kein Punkt')).toBe('\\- kein Punkt');
  });

  it('write any string as YAML that reads back the same', () => {
    for (const text of [
      '„Zitat“: "x"',
      'a\\b',
      'line\nbreak',
      '#kein Kommentar',
      '- kein Eintrag',
      'true',
      '\u0000\u202e',
      "'",
    ]) {
      expect(yaml.load(`key: ${yamlString(text)}`)).toEqual({ key: text });
    }
  });
});

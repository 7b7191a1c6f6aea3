import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { firstDay, peerFrontmatter, peerPost } from './peer-post.ts';

describe('firstDay', () => {
  it('takes the first day of a year, a month or a day', () => {
    expect(firstDay('2024')).toBe('2024-01-01');
    expect(firstDay('2024-07')).toBe('2024-07-01');
    expect(firstDay('2024-06-19')).toBe('2024-06-19');
  });

  it('keeps the printed day of a time, whatever its offset', () => {
    expect(firstDay('2024-06-19T00:30+02:00')).toBe('2024-06-19');
    expect(firstDay('2024-06-19T23:30-05:00')).toBe('2024-06-19');
  });

  it('refuses what is not a date', () => {
    expect(() => firstDay('19.06.2024')).toThrow(/not a date/);
  });
});

describe('peerFrontmatter', () => {
  it('maps title, teaser, date and tags', () => {
    const data = {
      title: { text: 'Freunde' },
      teaser: { text: 'Ein Besuch.' },
      date: { value: '2024-07' },
      tags: ['russland'],
    };
    expect(peerFrontmatter(data)).toEqual({
      title: 'Freunde',
      description: 'Ein Besuch.',
      pubDate: '2024-07-01',
      tags: ['russland'],
    });
  });

  it('dates a period by its start', () => {
    expect(peerFrontmatter({ title: { text: 'T' }, teaser: { text: 'D' }, date: { from: '2023-08-25' } }).pubDate).toBe(
      '2023-08-25',
    );
  });
});

describe('peerPost', () => {
  const article = `---
title: { kicker: "K", text: "Titel (1)", editorial: true }
teaser: { text: "Ein Satz.", editorial: true }
date: { kind: updated, basis: printed, value: "2024-06-19T14:27+02:00" }
tags: [russland, nordkorea]
---

Erster Absatz.

## Zwischentitel
`;

  it('keeps the body and writes the template frontmatter', () => {
    const post = peerPost(article)!;
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(post)!;
    expect(yaml.load(front!)).toEqual({
      title: 'Titel (1)',
      description: 'Ein Satz.',
      pubDate: '2024-06-19',
      tags: ['russland', 'nordkorea'],
    });
    expect(body).toBe('\nErster Absatz.\n\n## Zwischentitel\n');
  });

  it('leaves drafts out', () => {
    expect(peerPost(article.replace('---\ntitle', '---\ndraft: true\ntitle'))).toBeUndefined();
  });

  it('names the file of an article it cannot map', () => {
    expect(() => peerPost(article.replace(/date: .*\n/, ''), 'a.md')).toThrow(/^a\.md: /);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Numbers that disagree with their nouns and verbs ("1 nennen diese
 * Quelle"): the check of tests/browser/german-numbers.test.ts, also run on
 * the grown archive of tests/build/growth.test.ts. It reads the text readers
 * see (and the descriptions that share cards show) and looks for a number
 * followed, directly or after one noun ("1 Artikel erschienen"), by a form
 * that contradicts it. Years are left out: "2023 wurde" in a text is a year,
 * not a count.
 */

/** Plural forms a "1" may not take, and singular forms no other count may take. */
const PLURAL = [
  'nennen',
  'erschienen',
  'sind',
  'haben',
  'werden',
  'wurden',
  'stehen',
  'gehören',
  'Quellen',
  'Themen',
  'Seiten',
  'Minuten',
  'Ausgaben',
  'Artikeln',
  'Schlagworte',
];
const SINGULAR = [
  'nennt',
  'erschien',
  'ist',
  'hat',
  'wird',
  'wurde',
  'steht',
  'gehört',
  'Quelle',
  'Thema',
  'Seite',
  'Minute',
  'Ausgabe',
  'Schlagwort',
];
const COUNTED_NOUN = '(?:Artikel|Treffer)\\s+';
const ONE_WITH_PLURAL = new RegExp(`(?<![\\d.,:/-])\\b1\\s+(?:${COUNTED_NOUN})?(?:${PLURAL.join('|')})\\b`, 'g');
const MANY_WITH_SINGULAR = new RegExp(
  `(?<![\\d.,:/-])\\b(?!1\\b)(?!(?:19|20)\\d\\d\\b)\\d+\\s+(?:${COUNTED_NOUN})?(?:${SINGULAR.join('|')})\\b`,
  'g',
);

function builtHtmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : builtHtmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** What a reader sees of a page: its text and the descriptions in its head, entities decoded, spaces collapsed. */
function visibleText(html: string): string {
  const descriptions = [...html.matchAll(/<meta [^>]*content="([^"]*)"/g)].map((match) => match[1]);
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
  return [text, ...descriptions]
    .join(' \n ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

export function disagreements(text: string): string[] {
  return [...text.matchAll(ONE_WITH_PLURAL), ...text.matchAll(MANY_WITH_SINGULAR)].map((match) => match[0]);
}

/** Every disagreement on every page of a built site, as "<file>: <words>". */
export function numberDisagreements(dist: string): string[] {
  return builtHtmlFiles(dist).flatMap((file) =>
    disagreements(visibleText(readFileSync(file, 'utf8'))).map((words) => `${file}: ${words}`),
  );
}

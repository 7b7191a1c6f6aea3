/**
 * The file side of the generator: reads its input from the project (tags,
 * sources, the real articles' sentences, the German word list of the npm
 * package dictionary-de) and writes generated articles into a copy of the
 * site. Never pointed at the project's own content/.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import dictionary from 'dictionary-de';
import { generateArticles, type GeneratedArticle, type GeneratorInput } from './generate-articles.ts';

const idsIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''));

/** Splits a paragraph after . ! ? but never inside a quotation („…“). */
function sentencesOfParagraph(paragraph: string): string[] {
  const sentences: string[] = [];
  let current = '';
  for (const piece of paragraph.split(/(?<=[.!?]“?)\s+(?=[\p{Lu}„])/u)) {
    current = current ? `${current} ${piece}` : piece;
    const open = current.split('„').length - current.split('“').length;
    if (open <= 0) {
      sentences.push(current);
      current = '';
    }
  }
  return current ? [...sentences, current] : sentences;
}

/** The sentences of an article's running text: paragraphs below the frontmatter, no headings, quotes, lists or tables. */
export function sentencesOf(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split(/\n{2,}/)
    .filter((paragraph) => /^[\p{Lu}„]/u.test(paragraph.trim()))
    .flatMap((paragraph) => sentencesOfParagraph(paragraph.replace(/\s+/g, ' ').trim()))
    .filter((sentence) => sentence.length >= 20 && /[.!?]“?$/.test(sentence));
}

/**
 * The words of a Hunspell dictionary: each line's stem before its affix
 * flags, letters only (no abbreviations), 3 to 20 letters.
 */
export function wordsOfDictionary(dic: string): string[] {
  return dic
    .split('\n')
    .map((line) => line.split('/')[0]!.trim())
    .filter((stem) => /^\p{L}{3,20}$/u.test(stem));
}

/** The generator's input from a content folder (content/ of a site, or a fixture archive) and dictionary-de. */
export function generatorInput(contentDir = 'content'): GeneratorInput {
  const articleDir = join(contentDir, 'articles');
  return {
    tags: idsIn(join(contentDir, 'tags')),
    sources: idsIn(join(contentDir, 'sources')),
    sentences: readdirSync(articleDir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .flatMap((name) => sentencesOf(readFileSync(join(articleDir, name), 'utf8'))),
    words: wordsOfDictionary(new TextDecoder().decode(dictionary.dic)),
  };
}

/** Writes one generated article and its capture into the site at `root`; returns the two files. */
export function writeGeneratedArticle(root: string, article: GeneratedArticle): { article: string; capture: string } {
  const files = {
    article: join(root, 'content/articles', `${article.slug}.md`),
    capture: join(root, 'content/captures', `${article.capture}.txt`),
  };
  writeFileSync(files.article, article.text);
  writeFileSync(files.capture, article.captureText);
  return files;
}

/** Writes `count` generated articles (and a capture for each) into the site at `root`, from its own tags, sources and sentences. */
export function writeGeneratedArchive(root: string, count: number, seed: number): GeneratedArticle[] {
  const articles = generateArticles(count, seed, generatorInput(join(root, 'content')));
  for (const article of articles) writeGeneratedArticle(root, article);
  return articles;
}

/**
 * The article that a generated archive of `count + 1` has beyond the one of
 * `count` (the generator draws article after article from one seeded
 * sequence). Call it before writeGeneratedArchive: the generator's input is
 * the site's content/ as it is then.
 */
export function nextGeneratedArticle(root: string, count: number, seed: number): GeneratedArticle {
  return generateArticles(count + 1, seed, generatorInput(join(root, 'content'))).at(-1)!;
}

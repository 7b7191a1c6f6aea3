import { de } from '../i18n/de.ts';
import type { ArticleDate } from '../schema/article-date.ts';
import { displayArticleDate } from './german-date.ts';
import type { SourceLine } from './source-line.ts';

/**
 * How to cite an article, and the same facts for reference managers
 * (Zotero reads the `citation_*` meta tags) and search engines (JSON-LD).
 * A date goes in only at its honest precision, and only as what it is: a
 * publication date, a "Stand", never an inferred date as a publication date.
 */
export interface CitableArticle {
  title: string;
  teaser: string;
  date: ArticleDate;
  source: SourceLine;
  tags: string[];
  permanentUrl: string;
  url: string;
  translation: boolean;
  /** The picture a shared link shows: the archive's card, as an absolute URL with its size. */
  image: { url: string; width: number; height: number };
}

/**
 * A date as Google Scholar reads the citation_* tags: "2024/06/19" for a day
 * (a time counts by the day it printed), or the year alone. Scholar documents
 * no month-only form ("2024/07" is read by Zotero but not by Scholar), so a
 * month gives its year: less precise, never wrong.
 */
export function scholarDate(date: ArticleDate): string {
  const { precision, iso, year } = date.start;
  return precision === 'day' || precision === 'datetime' ? iso.slice(0, 10).replace(/-/g, '/') : String(year);
}

export function citationText(article: CitableArticle, siteName: string): string {
  const who = [
    article.source.byline,
    article.source.publicationKnown ? article.source.publication : de.article.publicationUnstated,
  ]
    .filter(Boolean)
    .join(', ');
  return de.citation.text({
    who,
    title: article.title,
    translated: article.translation,
    date: displayArticleDate(article.date).text,
    siteName,
    url: article.permanentUrl,
  });
}

export function citationMeta(article: CitableArticle): [name: string, content: string][] {
  const meta: [string, string][] = [['citation_title', article.title]];
  if (article.source.byline) meta.push(['citation_author', article.source.byline]);
  if (article.source.publicationKnown) meta.push(['citation_journal_title', article.source.publication]);
  if (article.date.kind === 'published' && !article.date.isRange) {
    meta.push(['citation_publication_date', scholarDate(article.date)]);
  }
  if (article.date.kind === 'updated') meta.push(['citation_online_date', scholarDate(article.date)]);
  meta.push(['citation_language', 'de'], ['citation_public_url', article.permanentUrl]);
  for (const tag of article.tags) meta.push(['citation_keywords', tag]);
  return meta;
}

export function newsArticleJsonLd(article: CitableArticle, identifier: string): Record<string, unknown> {
  const { date, source } = article;
  const json: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.teaser,
    inLanguage: 'de',
    url: article.url,
    mainEntityOfPage: article.url,
    identifier,
    keywords: article.tags.join(', '),
    image: { '@type': 'ImageObject', url: article.image.url, width: article.image.width, height: article.image.height },
  };
  if (date.kind === 'published' && !date.isRange) json.datePublished = date.start.iso;
  if (date.kind === 'updated') json.dateModified = date.start.iso;
  if (source.byline) json.author = { '@type': 'Person', name: source.byline };
  if (source.publicationKnown) json.publisher = { '@type': 'Organization', name: source.publication };
  if (source.cited.length > 0) {
    json.isBasedOn = source.cited.map((cited) => ({
      '@type': 'CreativeWork',
      name: cited.mention,
      publisher: { '@type': 'Organization', name: cited.name },
    }));
  }
  return json;
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** JSON for a <script type="application/ld+json">: no "</script>" can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

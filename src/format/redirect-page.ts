import { de } from '../i18n/de.ts';
import { paths } from '../routes.ts';

/**
 * The page behind a permanent URL, /a/<capture id>/. A static host can only
 * redirect with a page: a meta refresh to the article, its canonical link
 * and a plain link for readers whose browser does not follow the refresh.
 * Written as a string, not rendered by Astro: at 10,000 articles, 10,000
 * such pages through Astro's renderer cost ten seconds of the build.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** `path`: where the address leads when not to the article itself (an older version's page; its canonical is the article). */
export function redirectPage({
  title,
  slug,
  site,
  path,
}: {
  title: string;
  slug: string;
  site: URL | string;
  path?: string | undefined;
}): string {
  const target = escapeHtml(path ?? paths.article(slug));
  const canonical = escapeHtml(new URL(paths.article(slug), site).href);
  const name = escapeHtml(title);
  return [
    '<!DOCTYPE html>',
    '<html lang="de">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${de.redirect.title}: ${name}</title>`,
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    `<link rel="canonical" href="${canonical}">`,
    '<meta name="robots" content="noindex">',
    `<meta http-equiv="content-security-policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">`,
    '</head>',
    '<body>',
    `<h1>${de.redirect.title}</h1>`,
    `<p>${de.redirect.text} <a href="${target}">${name}</a>.</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

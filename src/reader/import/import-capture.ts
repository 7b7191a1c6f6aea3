import * as nodeFs from 'node:fs';
import { dirname, join } from 'node:path';
import { toSlug } from '../../schema/slug.ts';
import { sourceEntrySchema } from '../../schema/source.ts';
import { tagSchema } from '../../schema/tag.ts';
import { FOLDERS, idOfFileName, listFolder, readArticles, readEntries } from '../read-content.ts';
import { decodeCapture, nextCaptureId, sha256Hex } from './capture-id.ts';
import type { SourceNames } from './cited-sources.ts';
import { draftOf, draftOfHtml, versionTextOf, type Draft } from './draft.ts';
import { HTML_MAX_BYTES, HTML_MAX_DEPTH, markupDepth } from './html-text.ts';
import { comparableSentences, nearCopyOf, type EditionSentences, type NearCopy } from './near-copy.ts';
import type { TagNames } from './tag-suggestions.ts';

/**
 * `npm run import`: a raw capture becomes a kept capture and a draft
 * edition. Nothing is lost and nothing overwritten: a capture already in the
 * archive (the same bytes) is refused with its id, a near-copy of an
 * archived story is refused with that edition, a capture that is no UTF-8
 * text is refused, and files are created only if they do not exist.
 */
export interface ArchiveState {
  dir: string;
  captureIds: Set<string>;
  /** SHA-256 of each capture's bytes, to its id. */
  captureDigests: Map<string, string>;
  slugs: Set<string>;
  editions: ArchivedEdition[];
  sources: SourceNames[];
  tags: TagNames[];
}

/**
 * An archived edition as the import compares a capture with it: its
 * sentences, its headline (a link block may name it), and where it was
 * published (a later capture of the same page is a version of it).
 */
export interface ArchivedEdition extends EditionSentences {
  title: string;
  url?: string | undefined;
  publication?: string | undefined;
  draft?: boolean;
}

function archivedEdition(
  slug: string,
  capture: string,
  title: string,
  teaser: string,
  body: string,
  origin: Pick<ArchivedEdition, 'url' | 'publication' | 'draft'> = {},
): ArchivedEdition {
  return { slug, capture, title, ...origin, sentences: new Set(comparableSentences([title, teaser, body].join('\n'))) };
}

/** The file calls the import makes; tests pass their own. */
export interface ImportFs {
  readFileSync(file: string): Uint8Array;
  readdirSync(dir: string): string[];
  writeFileSync(file: string, data: Uint8Array | string, options: { flag: 'wx' }): void;
  unlinkSync(file: string): void;
  /** For the folder of a story's versions; a run that writes no version needs none. */
  mkdirSync?(dir: string, options: { recursive: true }): unknown;
}

/** What the import needs to know of the archive, read once for a whole run. */
export function readArchiveState(dir: string, fs: ImportFs = nodeFs): ArchiveState {
  const textFs = {
    readdirSync: (path: string) => fs.readdirSync(path),
    readFileSync: (path: string) => new TextDecoder().decode(fs.readFileSync(path)),
  };
  const captureFiles = listFolder(dir, 'captures', textFs);
  const captureIds = new Set(captureFiles.map(idOfFileName));
  const captureDigests = new Map(
    captureFiles.map(
      (name) => [sha256Hex(fs.readFileSync(join(dir, FOLDERS.captures.folder, name))), idOfFileName(name)] as const,
    ),
  );
  const articles = readArticles(dir, textFs);
  const editions: ArchivedEdition[] = [];
  for (const article of articles) {
    if (!article.article.ok) continue;
    const { frontmatter, body } = article.article;
    const title = (frontmatter.title as { text?: string } | undefined)?.text ?? '';
    const teaser = (frontmatter.teaser as { text?: string } | undefined)?.text ?? '';
    const capture = String((frontmatter.provenance as { capture?: string } | undefined)?.capture ?? '');
    const source = frontmatter.source as { url?: unknown; publication?: unknown } | undefined;
    const origin = {
      url: typeof source?.url === 'string' ? source.url : undefined,
      publication:
        typeof source?.publication === 'string' && source.publication !== 'unstated' ? source.publication : undefined,
      draft: frontmatter.draft === true,
    };
    editions.push(archivedEdition(article.id, capture, title, teaser, body, origin));
  }
  const sources = readEntries(dir, 'sources', textFs).flatMap((entry) => {
    const parsed = sourceEntrySchema.safeParse(entry.yaml.ok ? entry.yaml.data : undefined);
    if (!parsed.success) return [];
    const { name, shortName, aliases } = parsed.data;
    return [{ id: entry.id, names: [name, ...(shortName ? [shortName] : []), ...aliases] }];
  });
  const tags = readEntries(dir, 'tags', textFs).flatMap((entry) => {
    const parsed = tagSchema.safeParse(entry.yaml.ok ? entry.yaml.data : undefined);
    return parsed.success
      ? [
          {
            id: entry.id,
            label: parsed.data.label,
            kind: parsed.data.kind,
            aliases: parsed.data.aliases,
            related: parsed.data.related,
          },
        ]
      : [];
  });
  return {
    dir,
    captureIds,
    captureDigests,
    slugs: new Set(articles.map((article) => article.id)),
    editions,
    sources,
    tags,
  };
}

/** The longest slug the import makes: a title written from a first sentence would make one of 160 characters. */
const SLUG_MAX = 80;

/** The slug of a title, at most SLUG_MAX characters cut after a whole word, with "-2", "-3", … when an article already has it. */
export function freeSlug(title: string, taken: ReadonlySet<string>): string {
  const full = toSlug(title) || 'artikel';
  // The hyphen after the last whole word within the limit, if there is one (the limit + 1 may be that hyphen).
  const end = full.length <= SLUG_MAX ? full.length : full.lastIndexOf('-', SLUG_MAX);
  const base = full.slice(0, end > 0 ? end : SLUG_MAX);
  if (!taken.has(base)) return base;
  let number = 2;
  while (taken.has(`${base}-${number}`)) number++;
  return `${base}-${number}`;
}

export type ImportPlan =
  | {
      ok: true;
      captureId: string;
      slug: string;
      captureFile: string;
      /** content/articles/<slug>.md, or for a later version of a story content/versions/<slug>/<capture id>.md. */
      draftFile: string;
      draft: Draft;
      /** The text written to draftFile: the draft, or its version (versionTextOf). */
      text: string;
      /** Set when the capture is a later version of the story `slug`: why (named by the editor, or the same page). */
      versionOf?: 'named' | 'same-page';
    }
  | {
      ok: false;
      reason: 'not-utf8' | 'same-capture' | 'near-copy' | 'not-an-article' | 'too-large' | 'no-story';
      message: string;
      captureId?: string;
      nearCopy?: NearCopy;
    };

/** Whether a file is a saved page: by its name, or by its first tag when the name says nothing. */
export function isHtmlCapture(fileName: string | undefined, text: string): boolean {
  if (fileName !== undefined && /\.html?$/i.test(fileName)) return true;
  if (fileName !== undefined && /\.txt$/i.test(fileName)) return false;
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype html|html)\b/i.test(text.slice(0, 2000));
}

/** The shortest paragraph of running text an article has: a sentence of a dozen words. */
const RUNNING_TEXT_MIN = 80;

/** Why a draft is no article: nothing, or no paragraph of running text (a page of navigation only). */
function notAnArticle(text: string, draft: Draft): string | undefined {
  if (text.trim() === '') return 'the capture is empty (or only whitespace): nothing imported';
  const running = draft.edition.body
    .split(/\n\n+/)
    .concat(draft.edition.teaser?.text ?? [])
    .some(
      (paragraph) =>
        paragraph.length >= RUNNING_TEXT_MIN &&
        /[.!?:"“”)…]\s*$/.test(paragraph.trim()) &&
        /\p{Ll}{2,}\s+\p{L}+\s+\p{L}+/u.test(paragraph),
    );
  if (!running)
    return 'the capture has no paragraph of running text (only navigation, headlines or short lines): not an article, nothing imported';
  return undefined;
}

/** How the editor named the file (its extension says whether it is a saved HTML page), and the story it is a later version of. */
export interface ImportOptions {
  fileName?: string;
  /** `--version-of <slug>`: the capture is a later version of this archived story. */
  versionOf?: string;
}

/**
 * Whether a near-copy is a later capture of the same page: the same address,
 * or the same publication (a source file both name). Another outlet's copy
 * of the same agency text has neither, and stays refused.
 */
function samePage(draft: Draft, edition: ArchivedEdition): boolean {
  if (draft.url !== undefined && draft.url === edition.url) return true;
  const publication = draft.publication ?? (draft.suggestedPublicationIsFile ? draft.suggestedPublication : undefined);
  return publication !== undefined && publication === edition.publication;
}

/** What importing these bytes would do, without doing it. */
export function planImport(bytes: Uint8Array, state: ArchiveState, options: ImportOptions = {}): ImportPlan {
  const decoded = decodeCapture(bytes);
  if (!decoded.ok) return { ok: false, reason: 'not-utf8', message: decoded.error };
  const existing = state.captureDigests.get(sha256Hex(bytes));
  if (existing !== undefined) {
    return {
      ok: false,
      reason: 'same-capture',
      captureId: existing,
      message: `already in the archive as capture ${existing} (the same bytes): nothing imported`,
    };
  }
  const html = isHtmlCapture(options.fileName, decoded.text);
  if (html && bytes.length > HTML_MAX_BYTES) {
    return {
      ok: false,
      reason: 'too-large',
      message: `a saved page of ${(bytes.length / 1024 / 1024).toFixed(1)} MB, more than the ${HTML_MAX_BYTES / 1024 / 1024} MB the import takes (SingleFile inlines images): save it as "Webseite, nur HTML", or copy its text into a .txt file; nothing imported`,
    };
  }
  if (html && markupDepth(decoded.text) > HTML_MAX_DEPTH) {
    return {
      ok: false,
      reason: 'not-an-article',
      message: `markup nested more than ${HTML_MAX_DEPTH} elements deep: no news page is; nothing imported`,
    };
  }
  const captureId = nextCaptureId(state.captureIds, bytes);
  const vocabulary = { ...state, titles: new Set(state.editions.map(({ title }) => title)) };
  const draft = html ? draftOfHtml(decoded.text, captureId, vocabulary) : draftOf(decoded.text, captureId, vocabulary);
  const refusal = notAnArticle(html ? draft.edition.body : decoded.text, draft);
  if (refusal !== undefined) return { ok: false, reason: 'not-an-article', message: refusal };
  const captureFile = join(state.dir, FOLDERS.captures.folder, `${captureId}${html ? '.html' : '.txt'}`);
  const asVersion = (slug: string, versionOf: 'named' | 'same-page'): ImportPlan => {
    const draftFile = join(state.dir, FOLDERS.versions.folder, slug, `${captureId}.md`);
    return { ok: true, captureId, slug, captureFile, draftFile, draft, text: versionTextOf(draft), versionOf };
  };
  if (options.versionOf !== undefined) {
    const story = state.editions.find((edition) => edition.slug === options.versionOf);
    if (!story || story.draft) {
      const why = story ? 'is a draft: edit it, or discard it and import again' : 'is not in content/articles/';
      return {
        ok: false,
        reason: 'no-story',
        message: `--version-of ${options.versionOf}: that story ${why}; nothing imported`,
      };
    }
    return asVersion(story.slug, 'named');
  }
  const nearCopy = nearCopyOf(
    [draft.edition.title.text, draft.edition.teaser?.text ?? '', draft.edition.body].join('\n'),
    state.editions,
  );
  if (nearCopy) {
    const story = state.editions.find((edition) => edition.slug === nearCopy.slug)!;
    if (!story.draft && samePage(draft, story)) return asVersion(story.slug, 'same-page');
    return {
      ok: false,
      reason: 'near-copy',
      nearCopy,
      message:
        `a later version or near-copy of the archived story ${nearCopy.slug} (capture ${nearCopy.capture}): ` +
        `${Math.round(nearCopy.share * 100)} % of its sentences are in that edition; nothing imported. ` +
        `If it is a later capture of that page, import it as a new version: npm run import -- --version-of ${nearCopy.slug} <file>`,
    };
  }
  const slug = freeSlug(draft.edition.title.text, state.slugs);
  return {
    ok: true,
    captureId,
    slug,
    captureFile,
    draftFile: join(state.dir, FOLDERS.articles.folder, `${slug}.md`),
    draft,
    text: draft.text,
  };
}

/**
 * Writes a planned import: the capture's bytes unchanged, then the draft;
 * neither replaces a file ('wx'). The state learns the new capture and slug,
 * so the next capture of the same run sees them.
 */
export function applyImport(
  bytes: Uint8Array,
  plan: Extract<ImportPlan, { ok: true }>,
  state: ArchiveState,
  fs: ImportFs = nodeFs,
): void {
  if (plan.versionOf) fs.mkdirSync?.(dirname(plan.draftFile), { recursive: true });
  fs.writeFileSync(plan.captureFile, bytes, { flag: 'wx' });
  try {
    fs.writeFileSync(plan.draftFile, plan.text, { flag: 'wx' });
  } catch (error) {
    // No capture without its draft: take back the file this import has just created.
    fs.unlinkSync(plan.captureFile);
    throw error;
  }
  state.captureIds.add(plan.captureId);
  state.captureDigests.set(sha256Hex(bytes), plan.captureId);
  // A version is its story's: no new slug, and the story's edition stays what later captures are compared with.
  if (plan.versionOf) return;
  state.slugs.add(plan.slug);
  const { title, teaser, body } = plan.draft.edition;
  state.editions.push(archivedEdition(plan.slug, plan.captureId, title.text, teaser?.text ?? '', body));
}

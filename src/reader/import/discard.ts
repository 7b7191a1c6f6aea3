import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { paths } from '../../routes.ts';
import { isYamlError, splitArticle } from '../../schema/article-file.ts';
import { CAPTURE_ID } from '../../schema/capture-id.ts';
import { closest } from '../../schema/vocabulary.ts';
import { entryFile, FOLDERS, idOfFileName, listFolder } from '../read-content.ts';

/**
 * `npm run discard`: takes back an import the editor does not want, a draft
 * and its capture. Only a draft: a published article's permanent address
 * /a/<capture id>/ has been out in the world, so it is withdrawn
 * (`withdrawn: { date, reason }`) and keeps its file and capture; a withdrawn
 * article is left as it is. The capture goes only if no other article file
 * names it (an article whose frontmatter cannot be read counts as naming it
 * when its text holds the id). Everything is checked before the first file
 * is deleted, so a refusal deletes nothing. A later version of a story
 * (content/versions/<slug>/<capture id>.md) is discarded the same way while
 * it is in review; the published version of its story is left as it is.
 */

/** The file calls the discard makes; tests pass their own. */
export interface DiscardFs {
  readdirSync(dir: string): string[];
  readFileSync(file: string, encoding: 'utf8'): string;
  unlinkSync(file: string): void;
}

export type DiscardPlan =
  | {
      ok: true;
      slug: string;
      /** content/articles/<slug>.md, or a version's file content/versions/<slug>/<capture id>.md */
      articleFile: string;
      /** The capture's files to delete with it (content/captures/<id>.txt or .html); empty when it stays. */
      captureFiles: string[];
      /** Why no capture is deleted, for the editor; undefined when one is. */
      captureNote?: string;
    }
  | { ok: false; message: string };

/**
 * The slug an argument names: the slug itself, or the path of its file
 * (content/articles/<slug>.md); undefined for a path outside the articles folder.
 */
export function slugOfArgument(dir: string, argument: string): string | undefined {
  const { folder } = FOLDERS.articles;
  const name = basename(argument);
  if (name === argument) return name.endsWith('.md') ? idOfFileName(name) : name;
  if (resolve(dirname(argument)) !== resolve(dir, folder) || !name.endsWith('.md')) return undefined;
  return idOfFileName(name);
}

/** The id of the capture an article's frontmatter names, if it names one. */
function captureOf(frontmatter: Record<string, unknown>): string | undefined {
  const provenance = frontmatter.provenance;
  if (typeof provenance !== 'object' || provenance === null) return undefined;
  const capture = (provenance as { capture?: unknown }).capture;
  return typeof capture === 'string' && capture !== '' ? capture : undefined;
}

/** The version an argument names: "<slug>/<capture id>", or its file content/versions/<slug>/<capture id>.md. */
export function versionOfArgument(
  dir: string,
  argument: string,
): { story: string; capture: string; file: string } | undefined {
  const parts = argument.replace(/\.md$/, '').split('/');
  const inFolder = parts.length > 2 && resolve(dirname(dirname(argument))) === resolve(dir, FOLDERS.versions.folder);
  if (parts.length !== 2 && !inFolder) return undefined;
  const [story, capture] = parts.slice(-2) as [string, string];
  if (!CAPTURE_ID.test(capture)) return undefined;
  return { story, capture, file: join(dir, FOLDERS.versions.folder, story, `${capture}.md`) };
}

/** What discarding a version in review would delete: its file and its capture, never its story's. */
function planVersionDiscard(
  dir: string,
  version: { story: string; capture: string; file: string },
  fs: DiscardFs,
): DiscardPlan {
  const { file, story, capture } = version;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { ok: false, message: `unknown version "${story}/${capture}": there is no file ${file}` };
  }
  const split = splitArticle(text);
  if (!split.ok || split.rawFrontmatter === '')
    return {
      ok: false,
      message: `${file}: its frontmatter cannot be read, so it is not known to be in review; nothing deleted`,
    };
  if (split.frontmatter.draft !== true) {
    const address = paths.permanent(capture);
    return {
      ok: false,
      message: `${file} is a published version of ${story}: its address ${address} is permanent; nothing deleted`,
    };
  }
  const captureFiles = listFolder(dir, 'captures', fs)
    .filter((name) => idOfFileName(name) === capture)
    .map((name) => entryFile(dir, 'captures', name));
  return { ok: true, slug: `${story}/${capture}`, articleFile: file, captureFiles };
}

/** What discarding the draft that `argument` names would delete, or why it must not; reads only. */
export function planDiscard(dir: string, argument: string, fs: DiscardFs = nodeFs): DiscardPlan {
  const version = versionOfArgument(dir, argument);
  if (version) return planVersionDiscard(dir, version, fs);
  const { folder } = FOLDERS.articles;
  const slug = slugOfArgument(dir, argument);
  if (slug === undefined)
    return {
      ok: false,
      message: `${argument}: not a file of ${join(dir, folder)}/; name the draft by its slug or its file there`,
    };
  let names: string[];
  try {
    names = listFolder(dir, 'articles', fs);
  } catch (error) {
    return {
      ok: false,
      message: `${join(dir, folder)}: cannot be read (${error instanceof Error ? error.message : String(error)}); run the command in the project folder`,
    };
  }
  const slugs = names.map(idOfFileName);
  const articleFile = entryFile(dir, 'articles', `${slug}.md`);
  if (!names.includes(`${slug}.md`)) {
    const guess = closest(slug, slugs);
    return {
      ok: false,
      message: `unknown article "${slug}": there is no file ${articleFile}${guess ? ` (did you mean "${guess}"?)` : ''}`,
    };
  }

  const article = splitArticle(fs.readFileSync(articleFile, 'utf8'));
  if (!article.ok || article.rawFrontmatter === '') {
    const why = article.ok
      ? 'no frontmatter between "---" lines at the top'
      : isYamlError(article.error)
        ? `invalid YAML at line ${article.error.mark.line + 1}: ${article.error.reason}`
        : String(article.error);
    return {
      ok: false,
      message: `${articleFile}: its frontmatter cannot be read (${why}), so it is not known to be a draft; nothing deleted`,
    };
  }
  const { frontmatter } = article;
  const capture = captureOf(frontmatter);
  const address = capture ? `its address ${paths.permanent(capture)} is permanent` : 'it is on the site';
  if (frontmatter.withdrawn !== undefined) {
    return {
      ok: false,
      message: `${articleFile} is withdrawn, not a draft: ${address}, and its file and capture stay in the archive; nothing deleted`,
    };
  }
  if (frontmatter.draft !== true) {
    return {
      ok: false,
      message: `${articleFile} is published: ${address}; withdraw it instead (withdrawn: { date, reason }; docs/editors.md, "Withdrawing an article"); nothing deleted`,
    };
  }

  if (capture === undefined)
    return {
      ok: true,
      slug,
      articleFile,
      captureFiles: [],
      captureNote: 'the draft names no capture (provenance.capture)',
    };
  const captureFiles = listFolder(dir, 'captures', fs)
    .filter((name) => idOfFileName(name) === capture)
    .map((name) => entryFile(dir, 'captures', name));
  if (captureFiles.length === 0)
    return {
      ok: true,
      slug,
      articleFile,
      captureFiles,
      captureNote: `its capture ${capture} is not in ${join(dir, FOLDERS.captures.folder)}/`,
    };
  const sharedWith = names.filter(
    (name) => name !== `${slug}.md` && namesCapture(fs.readFileSync(entryFile(dir, 'articles', name), 'utf8'), capture),
  );
  if (sharedWith.length > 0) {
    const others = sharedWith.map((name) => entryFile(dir, 'articles', name)).join(', ');
    return {
      ok: true,
      slug,
      articleFile,
      captureFiles: [],
      captureNote: `its capture ${capture} stays: ${others} names it too`,
    };
  }
  return { ok: true, slug, articleFile, captureFiles };
}

/** Whether an article file names a capture; one whose frontmatter cannot be read does if its text holds the id. */
function namesCapture(text: string, capture: string): boolean {
  const article = splitArticle(text);
  return article.ok ? captureOf(article.frontmatter) === capture : text.includes(capture);
}

/** Deletes what a plan names, the article first (a capture left behind harms nothing); returns the deleted files. */
export function applyDiscard(plan: Extract<DiscardPlan, { ok: true }>, fs: DiscardFs = nodeFs): string[] {
  const deleted: string[] = [];
  for (const file of [plan.articleFile, ...plan.captureFiles]) {
    fs.unlinkSync(file);
    deleted.push(file);
  }
  return deleted;
}

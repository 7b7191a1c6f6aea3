import { z } from 'zod';
import { articleDateSchema, type ArticleDate } from './article-date.ts';
import { provenanceSchema } from './provenance.ts';
import { articleSourceSchema } from './source.ts';
import { translationSchema } from './translation.ts';
import { knownId, type Vocabulary } from './vocabulary.ts';
import { withdrawalSchema } from './withdrawal.ts';

/** The longest teaser a listing shows in full. */
export const TEASER_MAX_LENGTH = 400;

/** A printed text, or an editorial one the archive wrote where the capture has none. */
const editableText = (maxLength: number, howToShorten: string) =>
  z.strictObject({
    text: z
      .string()
      .trim()
      .min(1)
      .max(maxLength, {
        error: (issue) => {
          const length = issue.input?.length ?? 0;
          return `${length} characters, ${length - maxLength} too many (at most ${maxLength}): ${howToShorten}`;
        },
      }),
    editorial: z.boolean({ error: 'expected editorial: true (written by the archive) or false (as printed)' }),
  });

/**
 * The fields a draft may leave open while the editor decides them: the
 * importer fills in only what the capture shows. Each is required once
 * `draft: true` is removed.
 */
export const OPEN_IN_DRAFT = ['teaser', 'date', 'source.publication', 'tags'] as const;
export type OpenField = (typeof OPEN_IN_DRAFT)[number];

interface WrittenFields {
  draft?: unknown;
  teaser?: unknown;
  date?: unknown;
  source?: { publication?: unknown };
  tags?: unknown;
}

/** What the editor decides for each open field, as the check's warning says it. */
export const OPEN_FIELD_HINTS: Record<OpenField, string> = {
  teaser: 'the printed lead (editorial: false), or one the archive writes (editorial: true)',
  date: 'the printed date, or with none printed an inferred date (kind: inferred, basis: text-evidence, its reasoning)',
  'source.publication':
    'the id of a file in content/sources, or "unstated" when the text does not name its publication',
  tags: '1–10 ids from content/tags',
};

/** The fields of a frontmatter that are still open, whatever else is wrong with it. */
export function openFields(data: WrittenFields): OpenField[] {
  const open: OpenField[] = [];
  if (data.teaser === undefined) open.push('teaser');
  if (data.date === undefined) open.push('date');
  if (typeof data.source === 'object' && data.source !== null && data.source.publication === undefined)
    open.push('source.publication');
  if (Array.isArray(data.tags) && data.tags.length === 0) open.push('tags');
  return open;
}

/** The issue a published article gets for each open field (worded as the draft's hint by article-file.ts, unfilled). */
function requireOpenFields(data: unknown, ctx: z.RefinementCtx): void {
  // Runs even when other fields fail, so one check names every problem; the input may be anything then.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
  const written = data as WrittenFields;
  if (written.draft === true) return;
  for (const field of openFields(written)) {
    if (field === 'tags') {
      ctx.addIssue({
        code: 'too_small',
        origin: 'array',
        minimum: 1,
        inclusive: true,
        path: ['tags'],
        input: written.tags,
      });
    } else {
      ctx.addIssue({
        code: 'invalid_type',
        expected: field === 'source.publication' ? 'string' : 'object',
        path: field.split('.'),
        input: undefined,
      });
    }
  }
}

/**
 * The frontmatter of an article in content/articles/. Strict: an unknown key
 * is an error, so a misspelt field never vanishes silently. `draft: true`
 * keeps an article off the built site (src/archive/visibility.ts) and lets
 * the fields of OPEN_IN_DRAFT stay open; the check warns about each.
 */
export function articleSchema(vocabulary: Vocabulary) {
  return z
    .strictObject({
      draft: z.boolean({ error: 'expected draft: true (not yet on the site), or leave the field out' }).optional(),
      title: editableText(200, 'shorten the headline').extend({
        /** The printed kicker above the headline ("Putin in Nordkorea"). */
        kicker: z.string().trim().min(1).optional(),
      }),
      teaser: editableText(
        TEASER_MAX_LENGTH,
        'cut the printed lead after a sentence and mark the cut with "[…]" ("Erster Satz. Zweiter Satz. […]")',
      ).optional(),
      date: articleDateSchema.optional(),
      source: articleSourceSchema(vocabulary.sources, vocabulary.names?.sources),
      translation: translationSchema,
      provenance: provenanceSchema(vocabulary.captures),
      tags: z
        .array(knownId(vocabulary.tags, 'tag', 'content/tags', vocabulary.names?.tags))
        .max(10)
        .refine((tags) => new Set(tags).size === tags.length, { error: 'a tag is listed twice' }),
      /** Set when the article is taken off the site: its page becomes a notice. */
      withdrawn: withdrawalSchema.optional(),
    })
    .superRefine(requireOpenFields, { when: () => true });
}

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;

/** An article with every field decided: any published article, and a draft that is ready. */
export type CompleteArticleData = ArticleData & {
  teaser: NonNullable<ArticleData['teaser']>;
  date: ArticleDate;
  source: ArticleData['source'] & { publication: string };
};

export function isComplete(data: ArticleData): data is CompleteArticleData {
  return openFields(data).length === 0;
}

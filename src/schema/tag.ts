import { z } from 'zod';

/** What a tag names; the tag index groups tags by it. */
export const TAG_KINDS = ['thema', 'person', 'land', 'ort', 'organisation'] as const;

/** Kinds of tags that name one person, country, place or body: only their names have other spellings. */
export const NAME_KINDS: ReadonlySet<TagKind> = new Set(['person', 'land', 'ort', 'organisation']);

const words = z.array(z.string().trim().min(1)).default([]);

/**
 * Why an alias names something else: it is another of the tag's names with a
 * word joined by a hyphen ("UN-Sicherheitsrat" beside "UN", "UN-Sanktionen"),
 * a body inside or a thing about the one named, not another spelling of it.
 * Undefined for an alias that passes.
 */
export function aliasProblem(alias: string, names: readonly string[]): string | undefined {
  const joined = names.find(
    (name) => name !== alias && (alias.startsWith(`${name}-`) || alias.endsWith(`-${name}`)) && !name.includes(' '),
  );
  return joined && `alias "${alias}" joins "${joined}" to another word: it names something else; put it under related`;
}

/** One entry of the tag vocabulary (content/tags/<slug>.yaml; the file name is the slug). */
export const tagSchema = z
  .strictObject({
    label: z.string().trim().min(1),
    description: z.string().trim().min(1).max(300),
    kind: z.enum(TAG_KINDS),
    /**
     * Other names and spellings of the same person, country, place or body
     * ("Kim Jong-un", "Pyongyang", "UNO"): search finds an article that prints
     * any of them by all of them. Topics have none.
     */
    aliases: words,
    /**
     * Words that belong to the tag without being its name ("Munition",
     * "UN-Sicherheitsrat"): a search for one shows the tag beside the results,
     * and the import suggests the tag for a text that uses one. Never a spelling.
     */
    related: words,
  })
  .superRefine((tag, context) => {
    if (tag.kind === 'thema' && tag.aliases.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['aliases'],
        message: 'a topic has no other spellings: put its other words under related',
      });
    }
    const names = [tag.label, ...tag.aliases];
    tag.aliases.forEach((alias, index) => {
      const problem = aliasProblem(alias, names);
      if (problem) context.addIssue({ code: 'custom', path: ['aliases', index], message: problem });
    });
  });

export type Tag = z.output<typeof tagSchema>;
export type TagKind = (typeof TAG_KINDS)[number];

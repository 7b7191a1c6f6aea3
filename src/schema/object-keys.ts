import type { z } from 'zod';

/**
 * The keys a schema accepts at a path of its input ("" for the top, "title"
 * for `title: { ... }`), so that an unknown key can be matched against the
 * known ones ("did you mean"). Zod's issue for an unknown key names only the
 * key; the accepted ones are in the schema, behind the wrappers that
 * optional fields, defaults, transforms, unions and lists put around it.
 */
interface Definition {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  element?: z.core.$ZodType;
}

function definitionOf(schema: z.core.$ZodType): Definition {
  return schema._zod.def;
}

export function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const def = definitionOf(schema);
  if (def.innerType) return keysAt(def.innerType, path);
  if (def.type === 'pipe' && def.in) return keysAt(def.in, path);
  if (def.type === 'union' && def.options) return [...new Set(def.options.flatMap((option) => keysAt(option, path)))];
  const [head, ...rest] = path;
  if (def.type === 'array' && def.element) return typeof head === 'number' ? keysAt(def.element, rest) : [];
  if (def.type !== 'object' || !def.shape) return [];
  if (head === undefined) return Object.keys(def.shape);
  const child = def.shape[String(head)];
  return child ? keysAt(child, rest) : [];
}

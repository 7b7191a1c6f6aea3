/** One part of the comparison's report: a summary line, the differences that fail it, and notes that do not. */
export interface Section {
  name: string;
  summary: string;
  /** Differences that make the two sites not the same (the script exits with 1 if any section has one). */
  failures: number;
  /** The differences, each a few lines; at most DETAILS_SHOWN of them are printed. */
  details: string[];
  /** Benign changes worth knowing (renamed assets, changed CSP hashes, whitespace). */
  notes: string[];
}

export const DETAILS_SHOWN = 20;

/** `label: a, b, c … (n more)` for a list of paths or keys, or nothing if the list is empty. */
export function listed(label: string, keys: readonly string[], shown = 10): string[] {
  if (keys.length === 0) return [];
  const more = keys.length > shown ? ` … (${keys.length - shown} more)` : '';
  return [`${label} (${keys.length}): ${keys.slice(0, shown).join(', ')}${more}`];
}

export const indent = (lines: readonly string[], by = '    ') => lines.map((line) => by + line);

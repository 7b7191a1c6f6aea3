/**
 * Short, readable differences between two lists of lines: the one changed
 * stretch between the common beginning and end, each long line cut around
 * the first character that differs. Enough to see what changed on a page,
 * never a full diff of 14,000 pages.
 */
const LINE_WIDTH = 160;
const SHOWN_LINES = 3;

/** Cuts `line` to about LINE_WIDTH characters around position `at`. */
function around(line: string, at: number): string {
  if (line.length <= LINE_WIDTH) return line;
  const start = Math.max(0, Math.min(at - LINE_WIDTH / 4, line.length - LINE_WIDTH));
  return `${start > 0 ? '…' : ''}${line.slice(start, start + LINE_WIDTH)}${start + LINE_WIDTH < line.length ? '…' : ''}`;
}

function firstDifference(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  return at;
}

/** `- line` / `+ line` rows for the changed stretch of `before` against `after`; empty if they are equal. */
export function shortDiff(before: readonly string[], after: readonly string[]): string[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  const removed = before.slice(start, before.length - end);
  const added = after.slice(start, after.length - end);
  if (removed.length === 0 && added.length === 0) return [];
  // Lines that replace one another are cut at the same place, so that the change shows in both.
  const cut = removed.length > 0 && added.length > 0 ? firstDifference(removed[0]!, added[0]!) : 0;
  const rows = [
    ...removed.slice(0, SHOWN_LINES).map((line, k) => `- ${around(line, k === 0 ? cut : 0)}`),
    ...(removed.length > SHOWN_LINES ? [`- … ${removed.length - SHOWN_LINES} more`] : []),
    ...added.slice(0, SHOWN_LINES).map((line, k) => `+ ${around(line, k === 0 ? cut : 0)}`),
    ...(added.length > SHOWN_LINES ? [`+ … ${added.length - SHOWN_LINES} more`] : []),
  ];
  return [`@ line ${start + 1}`, ...rows];
}

/** Keys only in `before`, only in `after`, and in both. */
export function splitKeys<K>(before: Iterable<K>, after: Iterable<K>): { onlyBefore: K[]; onlyAfter: K[]; both: K[] } {
  const afterSet = new Set(after);
  const beforeSet = new Set(before);
  return {
    onlyBefore: [...beforeSet].filter((key) => !afterSet.has(key)),
    onlyAfter: [...afterSet].filter((key) => !beforeSet.has(key)),
    both: [...beforeSet].filter((key) => afterSet.has(key)),
  };
}

/** A JSON text with object keys sorted, so that two equal values give the same text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );
}

/**
 * Peak memory of a whole process tree: a build is Node plus the processes it
 * starts (Pagefind's indexer is a native binary), so the RSS of each process
 * in the tree is read from /proc and summed, sampled while it runs. Linux only.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

/** The root and every process descending from it, given each process's parent. */
export function processTree(parentOf: ReadonlyMap<number, number>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Parent pids of all processes, from /proc/<pid>/stat (the field after the parenthesised name). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrUndefined(`/proc/${name}/stat`);
    if (stat) parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  }
  return parentOf;
}

/** Summed resident memory of the process tree under `root`, in bytes. */
export function treeRss(root: number): number {
  let bytes = 0;
  for (const pid of processTree(parents(), root)) {
    const statm = readOrUndefined(`/proc/${pid}/statm`);
    if (statm) bytes += Number(statm.split(' ')[1]) * PAGE_SIZE;
  }
  return bytes;
}

/** Samples the tree's memory every `intervalMs` until stopped; returns the peak in bytes. */
export function watchPeakMemory(root: number, intervalMs = 100): { stop(): number } {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, treeRss(root)));
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

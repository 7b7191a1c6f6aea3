/**
 * One build command, timed and its process tree's peak memory sampled, the
 * same way for the archive and for a peer: wall time from the spawn to the
 * process's end, peak as the summed RSS of the tree (process-tree-memory.ts).
 */
import { spawn } from 'node:child_process';
import { watchPeakMemory } from './process-tree-memory.ts';

export interface MeasuredProcess {
  seconds: number;
  peakBytes: number;
  output: string;
}

/**
 * Runs `args` with the bench's own Node in `cwd`; `onOutput` sees the output
 * so far and the seconds since the start whenever a chunk arrives. Throws with
 * the output's end when the command fails.
 */
export async function measuredProcess(
  cwd: string,
  args: string[],
  onOutput?: (output: string, seconds: number) => void,
): Promise<MeasuredProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const memory = watchPeakMemory(child.pid!);
  let output = '';
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    const now = (performance.now() - started) / 1000;
    // BENCH_ECHO=1: the command's own lines on stderr as they come, each with the seconds since its start.
    if (process.env.BENCH_ECHO)
      for (const line of String(chunk).split('\n'))
        if (line.trim()) process.stderr.write(`[${now.toFixed(1)} s] ${line}\n`);
    onOutput?.(output, now);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  const peakBytes = memory.stop();
  if (code !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${output.slice(-3000)}`);
  return { seconds, peakBytes, output };
}

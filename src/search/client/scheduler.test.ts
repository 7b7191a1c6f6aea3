import { describe, expect, it } from 'vitest';
import { createScheduler, type Ticket } from './scheduler.ts';

/** A run that the test ends by hand, recording what it was asked for and its ticket. */
function controlledRuns() {
  const runs: { request: string; ticket: Ticket; end: () => void }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const run = (request: string, ticket: Ticket) =>
    new Promise<void>((resolve) => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      runs.push({
        request,
        ticket,
        end: () => {
          running--;
          resolve();
        },
      });
    });
  return { runs, run, mostAtOnce: () => mostAtOnce };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the search scheduler', () => {
  it('runs a request at once when nothing runs', () => {
    const { runs, run } = controlledRuns();
    const scheduler = createScheduler(run);
    scheduler.request('Putin');
    expect(runs.map((r) => r.request)).toEqual(['Putin']);
    expect(runs[0]!.ticket.stale).toBe(false);
  });

  it('runs one search at a time, then once more with the latest of the requests made meanwhile', async () => {
    const { runs, run, mostAtOnce } = controlledRuns();
    const busy: string[] = [];
    const scheduler = createScheduler(run, { whileBusy: (request) => busy.push(request) });
    scheduler.request('P');
    scheduler.request('Pu');
    scheduler.request('Put');
    scheduler.request('Puti');
    await settle();
    expect(runs.map((r) => r.request)).toEqual(['P']);
    expect(busy).toEqual(['Pu', 'Put', 'Puti']);
    runs[0]!.end();
    await settle();
    expect(runs.map((r) => r.request)).toEqual(['P', 'Puti']);
    runs[1]!.end();
    await scheduler.idle();
    expect(runs.map((r) => r.request)).toEqual(['P', 'Puti']);
    expect(mostAtOnce()).toBe(1);
  });

  it('tells a superseded run that it is stale, and the latest one that it is not', async () => {
    const { runs, run } = controlledRuns();
    const scheduler = createScheduler(run);
    scheduler.request('Kim');
    const first = runs[0]!.ticket;
    scheduler.request('Kim Jong');
    expect(first.stale).toBe(true);
    runs[0]!.end();
    await settle();
    expect(runs[1]!.ticket.stale).toBe(false);
    expect(scheduler.latest().stale).toBe(false);
    const latest = scheduler.latest();
    scheduler.request('Kim Jong Un');
    expect(latest.stale).toBe(true);
    expect(runs[1]!.ticket.stale).toBe(true);
  });

  it('lets a run know, by a promise, the moment a newer request supersedes it', async () => {
    const { runs, run } = controlledRuns();
    const scheduler = createScheduler(run);
    scheduler.request('Kim');
    let superseded = false;
    void runs[0]!.ticket.superseded.then(() => (superseded = true));
    await settle();
    expect(superseded).toBe(false);
    scheduler.request('Kim Jong');
    await settle();
    expect(superseded).toBe(true);
    runs[0]!.end();
    await settle();
    let latestSuperseded = false;
    void runs[1]!.ticket.superseded.then(() => (latestSuperseded = true));
    void scheduler.latest().superseded.then(() => (latestSuperseded = true));
    await settle();
    expect(latestSuperseded).toBe(false);
    scheduler.request('Kim Jong Un');
    await settle();
    expect(latestSuperseded).toBe(true);
  });

  it('runs nothing more when no request came during a run, and starts afresh after', async () => {
    const { runs, run } = controlledRuns();
    const scheduler = createScheduler(run);
    scheduler.request('Aurus');
    runs[0]!.end();
    await scheduler.idle();
    expect(runs).toHaveLength(1);
    scheduler.request('Teeservice');
    expect(runs.map((r) => r.request)).toEqual(['Aurus', 'Teeservice']);
    expect(runs[1]!.ticket.stale).toBe(false);
  });

  it('never loses a request made while a run is ending', async () => {
    // However many callbacks after a run's end a request arrives, it is run.
    for (let delay = 0; delay < 8; delay++) {
      const seen: string[] = [];
      const run = async (request: string) => {
        seen.push(request);
        if (request !== 'first') return;
        let later = Promise.resolve();
        for (let step = 0; step < delay; step++) later = later.then(() => undefined);
        void later.then(() => scheduler.request('second'));
      };
      const scheduler = createScheduler(run);
      scheduler.request('first');
      await settle();
      await scheduler.idle();
      expect(seen, `a request ${delay} callbacks after the run`).toEqual(['first', 'second']);
    }
  });

  it('keeps running after a run fails', async () => {
    const seen: string[] = [];
    const scheduler = createScheduler(async (request: string) => {
      seen.push(request);
      if (request === 'kaputt') throw new Error('index not loaded');
    });
    scheduler.request('kaputt');
    await expect(scheduler.idle()).rejects.toThrow('index not loaded');
    scheduler.request('Putin');
    await scheduler.idle();
    expect(seen).toEqual(['kaputt', 'Putin']);
  });
});

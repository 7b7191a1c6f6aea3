/**
 * One search at a time, the latest wins. Pagefind searches on the main
 * thread, and in a large archive a word found in thousands of articles takes
 * a noticeable time: keystrokes during a search must not queue a search
 * each. When a run ends, the latest request is run once, whatever was asked
 * for meanwhile, and the older run, now stale, must render nothing.
 */

/** A request's view of whether a newer one has been made since. */
export interface Ticket {
  readonly stale: boolean;
  /**
   * Resolves when a newer request is made: a run waiting for the network
   * races it, so that the newer run need not wait for files it will not use.
   */
  readonly superseded: Promise<void>;
}

export interface Scheduler<T> {
  /** Asks for a run of `request`; it supersedes every earlier request. */
  request(request: T): void;
  /** The latest request's ticket, for work outside a run (loading more results) that a newer request makes moot. */
  latest(): Ticket;
  /** Resolves when no run is going on. */
  idle(): Promise<void>;
}

export interface SchedulerOptions<T> {
  /** Called instead of a run when a request arrives while one is going on (to prefetch for it). */
  whileBusy?: (request: T) => void;
}

export function createScheduler<T>(
  run: (request: T, ticket: Ticket) => Promise<void>,
  { whileBusy }: SchedulerOptions<T> = {},
): Scheduler<T> {
  let latest = 0;
  let latestRequest: T;
  let running: Promise<void> | undefined;
  let supersede = (): void => undefined;
  let superseded = new Promise<void>((resolve) => (supersede = resolve));
  const ticket = (number: number): Ticket => ({
    get stale() {
      return number !== latest;
    },
    superseded: number === latest ? superseded : Promise.resolve(),
  });

  async function runUntilLatest(): Promise<void> {
    try {
      let number: number;
      do {
        number = latest;
        await run(latestRequest, ticket(number));
      } while (number !== latest);
    } finally {
      // Here, not in a .finally() of the promise: that would leave a moment
      // in which a request finds a run going on that will not pick it up.
      running = undefined;
    }
  }

  return {
    request(request) {
      supersede();
      superseded = new Promise<void>((resolve) => (supersede = resolve));
      latest++;
      latestRequest = request;
      if (running) whileBusy?.(request);
      else running = runUntilLatest();
    },
    latest: () => ticket(latest),
    idle: () => running ?? Promise.resolve(),
  };
}

/** One build as the benchmark measures it: wall time, peak memory of its process tree, and where the time went. */
export interface BuildMeasure {
  seconds: number;
  peakBytes: number;
  phases: Phases;
}

/** Where a build's wall time went, by the lines Astro prints as it goes (the same on both sides). */
export interface Phases {
  /** From the start until Astro begins bundling: config, content check, content sync. */
  content: number;
  /** Until Astro begins rendering pages. */
  bundling: number;
  /** Rendering pages and Astro's hooks after them (sitemap; the archive's permanent links), until Astro ends. */
  rendering: number;
  /** The Pagefind index, after Astro has ended. */
  pagefind: number;
}

export const PHASES: { key: keyof Phases; label: string }[] = [
  { key: 'content', label: 'config, content check, content sync' },
  { key: 'bundling', label: 'bundling' },
  { key: 'rendering', label: 'rendering pages and hooks' },
  { key: 'pagefind', label: 'Pagefind index' },
];

/** The two lines of `astro build` where its bundling and its rendering begin. */
export const PHASE_MARKS = ['Building static entrypoints', 'generating static routes'] as const;

/** Phases of a build from the seconds at which its marks appeared, Astro's end and the Pagefind part. */
export function phasesOf(marks: ReadonlyMap<string, number>, astroSeconds: number, pagefindSeconds: number): Phases {
  const [bundling, rendering] = PHASE_MARKS.map((mark) => marks.get(mark) ?? NaN) as [number, number];
  return {
    content: bundling,
    bundling: rendering - bundling,
    rendering: astroSeconds - rendering,
    pagefind: pagefindSeconds,
  };
}

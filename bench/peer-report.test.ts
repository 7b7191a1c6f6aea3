import { describe, expect, it } from 'vitest';
import { pairedRatio } from './peer-report.ts';

describe('pairedRatio', () => {
  it('is the median of the per-pair ratios, not the ratio of the medians', () => {
    // A slow moment in the second pair slows both sides; its ratio stays 0.5.
    expect(pairedRatio([10, 40, 12], [20, 80, 20])).toBe(0.5);
  });

  it('takes the mean of the two middle ratios of an even count', () => {
    expect(pairedRatio([1, 3], [2, 2])).toBe(1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gini, median } from '../../../src/modules/reciprocity/reciprocity.service.js';

/** The textbook definition: mean absolute difference over all ordered pairs, halved, over the mean. */
function giniByPairs(values: readonly number[]): number {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  let sum = 0;
  for (const x of values) for (const y of values) sum += Math.abs(x - y);
  return sum / (2 * n * n * mean);
}

describe('gini()', () => {
  it('null when there is nothing to be unequal about (no values, or all zero)', () => {
    expect(gini([])).toBeNull();
    expect(gini([0])).toBeNull();
    expect(gini([0, 0, 0])).toBeNull();
  });

  it('0 when everyone has the same', () => {
    expect(gini([1])).toBe(0);
    expect(gini([4, 4, 4, 4])).toBeCloseTo(0, 12);
  });

  it('(n-1)/n when one member has everything', () => {
    // [0,0,0,10]: 2*(4*10)/(4*10) - 5/4 = 2 - 1.25 = 0.75
    expect(gini([0, 0, 0, 10])).toBeCloseTo(0.75, 12);
    expect(gini([7, 0])).toBeCloseTo(0.5, 12);
  });

  it('hand-computed values', () => {
    // [1,2,3,4,5]: sum(i*x) = 1+4+9+16+25 = 55, total 15: 110/75 - 6/5 = 4/15
    expect(gini([1, 2, 3, 4, 5])).toBeCloseTo(4 / 15, 12);
    // [0,0,1,2,2]: sum(i*x) = 3+8+10 = 21, total 5: 42/25 - 6/5 = 0.48
    expect(gini([2, 0, 1, 2, 0])).toBeCloseTo(0.48, 12);
    // [0,0,2,2,3]: 6+8+15 = 29, total 7: 58/35 - 6/5 = 16/35
    expect(gini([3, 2, 0, 2, 0])).toBeCloseTo(16 / 35, 12);
  });

  it('does not depend on order, does not mutate its input', () => {
    const values = [5, 0, 3, 1];
    const copy = [...values];
    expect(gini(values)).toBeCloseTo(gini([0, 1, 3, 5])!, 12);
    expect(values).toEqual(copy);
  });

  const counts = fc
    .array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 60 })
    .filter((xs) => xs.some((x) => x > 0));

  it('equals the pairwise definition, for any counts', () => {
    fc.assert(
      fc.property(counts, (xs) => {
        expect(gini(xs)).toBeCloseTo(giniByPairs(xs), 9);
      }),
    );
  });

  it('lies in [0, (n-1)/n] and is scale-invariant', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 2, max: 50 }), (xs, k) => {
        const g = gini(xs)!;
        expect(g).toBeGreaterThanOrEqual(-1e-12);
        expect(g).toBeLessThanOrEqual((xs.length - 1) / xs.length + 1e-12);
        expect(gini(xs.map((x) => x * k))).toBeCloseTo(g, 9);
      }),
    );
  });

  it('moving one referral from a richer to a poorer member never raises it (Pigou-Dalton)', () => {
    fc.assert(
      fc.property(counts, fc.nat(), fc.nat(), (xs, i, j) => {
        const rich = i % xs.length;
        const poor = j % xs.length;
        fc.pre(xs[rich]! - xs[poor]! >= 2);
        const moved = [...xs];
        moved[rich]! -= 1;
        moved[poor]! += 1;
        expect(gini(moved)!).toBeLessThanOrEqual(gini(xs)! + 1e-12);
      }),
    );
  });
});

describe('median()', () => {
  it('null for no values', () => {
    expect(median([])).toBeNull();
  });

  it('the middle value of an odd count, the mean of the two middle ones of an even count', () => {
    expect(median([3])).toBe(3);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 3])).toBe(2);
    expect(median([800, 460, 790, 500])).toBe(645);
    expect(median([460, 790])).toBe(625);
    expect(median([0.5, 0.25, 10, 2, 7])).toBe(2);
  });

  it('sorts numerically, not as strings, and leaves its input alone', () => {
    const values = [100, 9, 20];
    expect(median(values)).toBe(20);
    expect(values).toEqual([100, 9, 20]);
  });

  it('has as many values at or below it as at or above it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (xs) => {
          const m = median(xs)!;
          expect(xs.filter((x) => x <= m).length).toBeGreaterThanOrEqual(xs.length / 2);
          expect(xs.filter((x) => x >= m).length).toBeGreaterThanOrEqual(xs.length / 2);
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { specificity } from '../../../src/modules/matching/matching.skills.js';
import { WEIGHTS } from '../../../src/modules/matching/matching.weights.js';

/**
 * How much a brief word may say about a skill, from how many members use it (issue 18): an
 * everyday word that many members' texts hold ("pro", "Tag", "need") should not pick a skill.
 */
describe('specificity of a brief word in skill inference', () => {
  const members = 68;
  const fullUpTo = Math.floor(members ** WEIGHTS.inference.commonFrom);

  it('counts a word fully while few members use it', () => {
    expect(specificity(1, members)).toBe(1);
    expect(specificity(fullUpTo, members)).toBe(1);
  });

  it('counts it less as more members use it, and not at all when everyone does', () => {
    const weights = [fullUpTo + 1, 20, 34, 50, members].map((n) => specificity(n, members));
    for (const [i, weight] of weights.entries()) {
      if (i > 0) expect(weight).toBeLessThan(weights[i - 1]!);
    }
    expect(weights[0]).toBeLessThan(1);
    expect(weights.at(-1)).toBe(0);
  });

  it('keeps every word of a collective of one', () => {
    expect(specificity(1, 1)).toBe(1);
  });
});

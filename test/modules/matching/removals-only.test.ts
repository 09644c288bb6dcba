import { describe, expect, it } from 'vitest';
import { onlyFilteredRemovals } from '../../../src/modules/matching/matching.model.js';

const events = (...types: string[]) => types.map((type) => ({ type }));

describe('a model behind by removals only (served filtered of them, not rebuilt)', () => {
  it('is one whose unseen changes are retractions and departures that explain every bump', () => {
    expect(onlyFilteredRemovals(events('endorsement.retracted'), 1)).toBe(true);
    expect(onlyFilteredRemovals(events('member.left', 'member.removed', 'endorsement.retracted'), 3)).toBe(
      true,
    );
    // Events that do not bump graph_version do not count either way.
    expect(onlyFilteredRemovals(events('job.posted', 'endorsement.retracted'), 1)).toBe(true);
  });

  it('is not one with any other change, an erasure, or a bump no event explains', () => {
    expect(onlyFilteredRemovals(events('endorsement.retracted', 'endorsement.created'), 2)).toBe(false);
    expect(onlyFilteredRemovals(events('member.updated'), 1)).toBe(false);
    expect(onlyFilteredRemovals(events('endorsement.hidden'), 1)).toBe(false);
    expect(onlyFilteredRemovals(events('member.erased'), 1)).toBe(false);
    // A language change re-indexes every text without an event.
    expect(onlyFilteredRemovals(events('endorsement.retracted'), 2)).toBe(false);
    expect(onlyFilteredRemovals(events(), 1)).toBe(false);
  });
});

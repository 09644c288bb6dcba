import { describe, expect, it } from 'vitest';
import { givenIfPatchable } from '../../../src/modules/matching/matching.model.js';

const events = (...types: string[]) => types.map((type, i) => ({ type, subject_id: `subject-${i}` }));

describe('a model served patched rather than rebuilt (changes since: removals and endorsements given)', () => {
  it('is one whose unseen changes are retractions, departures and endorsements given that explain every bump', () => {
    expect(givenIfPatchable(events('endorsement.retracted'), 1)).toEqual([]);
    expect(givenIfPatchable(events('member.left', 'member.removed', 'endorsement.retracted'), 3)).toEqual([]);
    expect(
      givenIfPatchable(events('endorsement.given', 'endorsement.retracted', 'endorsement.given'), 3),
    ).toEqual(['subject-0', 'subject-2']);
    // Events that do not bump graph_version do not count either way.
    expect(givenIfPatchable(events('job.posted', 'endorsement.retracted'), 1)).toEqual([]);
  });

  it('is not one with any other change, an erasure, or a bump no event explains', () => {
    expect(givenIfPatchable(events('endorsement.retracted', 'endorsement.hidden'), 2)).toBeUndefined();
    expect(givenIfPatchable(events('endorsement.given', 'member.updated'), 2)).toBeUndefined();
    expect(givenIfPatchable(events('member.updated'), 1)).toBeUndefined();
    expect(givenIfPatchable(events('member.joined'), 1)).toBeUndefined();
    expect(givenIfPatchable(events('member.erased'), 1)).toBeUndefined();
    // A language change re-indexes every text without an event.
    expect(givenIfPatchable(events('endorsement.given'), 2)).toBeUndefined();
    expect(givenIfPatchable(events(), 1)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { patchableChanges } from '../../../src/modules/matching/matching.model.js';

type Event = { type: string; data?: unknown };
const events = (...list: (string | Event)[]) =>
  list.map((ev, i) => {
    const { type, data = {} } = typeof ev === 'string' ? { type: ev } : ev;
    return { type, data, subject_id: `subject-${i}` };
  });
const availability = { type: 'member.updated', data: { fields: ['availability'] } };

describe('a model served patched rather than rebuilt', () => {
  it('is one whose unseen changes are removals, endorsements given and availability or role changes that explain every bump', () => {
    expect(patchableChanges(events('endorsement.retracted'), 1)).toEqual({ given: [], availability: [] });
    expect(patchableChanges(events('member.left', 'member.removed', 'endorsement.retracted'), 3)).toEqual({
      given: [],
      availability: [],
    });
    expect(
      patchableChanges(
        events(
          'endorsement.given',
          'endorsement.retracted',
          availability,
          'endorsement.given',
          'member.role_changed',
        ),
        5,
      ),
    ).toEqual({ given: ['subject-0', 'subject-3'], availability: ['subject-2'] });
    // Events that do not bump graph_version do not count either way.
    expect(patchableChanges(events('job.posted', 'endorsement.retracted'), 1)).toEqual({
      given: [],
      availability: [],
    });
  });

  it('is not one with any other change, an erasure, or a bump no event explains', () => {
    expect(patchableChanges(events('endorsement.retracted', 'endorsement.hidden'), 2)).toBeUndefined();
    const profile = { type: 'member.updated', data: { fields: ['availability', 'headline'] } };
    expect(patchableChanges(events('endorsement.given', profile), 2)).toBeUndefined();
    expect(patchableChanges(events({ type: 'member.updated', data: null }), 1)).toBeUndefined();
    expect(patchableChanges(events('member.joined'), 1)).toBeUndefined();
    expect(patchableChanges(events('member.reinstated'), 1)).toBeUndefined();
    expect(patchableChanges(events('member.erased'), 1)).toBeUndefined();
    // A language change re-indexes every text without an event.
    expect(patchableChanges(events('endorsement.given'), 2)).toBeUndefined();
    expect(patchableChanges(events(), 1)).toBeUndefined();
  });
});

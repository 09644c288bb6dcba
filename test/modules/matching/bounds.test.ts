import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/modules/matching/matching.index.js';
import {
  askerTrust,
  availability,
  bestCandidates,
  receivedReferrals,
  combinedScore,
  credibility,
  evidence,
  findHits,
  fit,
} from '../../../src/modules/matching/matching.scoring.js';

/**
 * bestCandidates scores exactly only the members whose upper bound can still reach the best;
 * these collectives are large enough (up to 900 members, most of them trusted by the asker) that
 * the evidence bounds count the less trusted endorsers at a cut instead of one by one. Whatever
 * the cut, the members it returns must be exactly the best of an exhaustive scoring.
 */

const WORDS = ['brand', 'tea', 'packaging', 'website', 'logo', 'report', 'survey', 'film', 'audit', 'menu'];
const SKILLS = ['brand-design', 'copywriting', 'ux-research', 'translation'];

/** A tsvector's text form of some words, in the class the field would give them. */
const vector = (words: readonly string[], cls: 'A' | 'B') =>
  [...new Set(words)].map((w, i) => `'${w}':${i + 1}${cls}`).join(' ');

const shape = fc.record({
  members: fc.integer({ min: 300, max: 900 }),
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
  trusted: fc.double({ min: 0.3, max: 1, noNaN: true }),
  /** 1: trust spread evenly, so the cut is high; 4: a few trusted much more than the rest. */
  skew: fc.constantFrom(1, 4),
  brief: fc.subarray(WORDS, { minLength: 1, maxLength: 4 }),
  second: fc.subarray(WORDS, { minLength: 1, maxLength: 4 }),
  skills: fc.subarray(SKILLS, { maxLength: 2 }),
  limit: fc.integer({ min: 1, max: 20 }),
});

/** A small deterministic generator, so a failing shape replays exactly. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

type Member = Parameters<typeof buildSearchIndex>[0][number];
type Endorsement = Parameters<typeof buildSearchIndex>[1][number];

/** bestCandidates' members are exactly the best `limit` of an exhaustive scoring (to rounding). */
function expectExhaustive(
  index: ReturnType<typeof buildSearchIndex>,
  members: readonly Member[],
  trusted: readonly { p: number; trust: number }[],
  asker: ReturnType<typeof askerTrust>,
  brief: { lexemes: string[]; skills: string[]; limit: number },
): void {
  const hits = findHits(index, { lexemes: brief.lexemes, skills: brief.skills });
  const got = bestCandidates(index, hits, brief.limit, [], asker, {
    received: receivedReferrals(new Map()),
    since: 0,
  });
  const trustOf = new Float64Array(members.length);
  trusted.forEach((t) => (trustOf[t.p] = t.trust));
  const credibilities = Float64Array.from(trustOf, credibility);
  const exact: number[] = [];
  for (let p = 0; p < members.length; p += 1) {
    const touched = hits.memberText[p] !== 0 || hits.declaredSkills[p] !== 0 || hits.endorsedSkills[p] !== 0;
    if (!touched) continue;
    exact.push(
      combinedScore({
        fit: fit(hits, p),
        evidence: evidence(index, hits, p, credibilities),
        trust: trustOf[p]!,
        availability: availability(members[p]!.availabilityStatus, false),
        rotation: 1,
      }),
    );
  }
  exact.sort((a, b) => b - a);
  const returned = got.map((g) => combinedScore(g.components)).sort((a, b) => b - a);
  // Every one of the exhaustive top `limit` scores is among those returned (to rounding).
  const want = exact.slice(0, brief.limit);
  expect(returned.length).toBeGreaterThanOrEqual(want.length);
  want.forEach((score, i) => expect(returned[i]).toBeCloseTo(score, 5));
}

describe('the pruned ranking is the exhaustive one', () => {
  it('with hundreds of trusted endorsers, bestCandidates returns exactly the best by exact score', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const next = random(s.seed);
        const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
        const members: Member[] = Array.from({ length: s.members }, (_, p) => ({
          id: `m${p}`,
          headline: null,
          skills: [pick(SKILLS)],
          availabilityStatus: pick(['available', 'limited', 'unavailable'] as const),
          availabilityUntil: null,
          searchVector: vector([pick(WORDS), pick(WORDS)], 'A'),
        }));
        const endorsement = (
          k: number,
          endorser: number,
          endorsee: number,
          words: string[],
        ): Endorsement => ({
          id: `e${k}`,
          endorserId: `m${endorser}`,
          endorseeId: `m${endorsee}`,
          skills: [pick(SKILLS)],
          title: 'work',
          descriptionWords: Math.floor(next() * 80),
          verified: next() < 0.1,
          searchVector: vector(words, 'B'),
        });
        const endorsements = Array.from({ length: s.members * 4 }, (_, k) => {
          const endorser = Math.floor(next() * s.members);
          const endorsee = (endorser + 1 + Math.floor(next() * (s.members - 1))) % s.members;
          return endorsement(k, endorser, endorsee, [pick(WORDS), pick(WORDS), pick(WORDS)]);
        });
        const index = buildSearchIndex(members, endorsements, 'rx_english');
        // Most members trusted, in descending order as the service hands them over.
        const trusted = Array.from({ length: s.members }, (_, p) => ({ p, trust: next() }))
          .filter(() => next() < s.trusted)
          .map(({ p, trust }) => ({ p, trust: trust ** s.skew }));
        const asker = askerTrust(
          Int32Array.from(trusted, (t) => t.p),
          Float64Array.from(trusted, (t) => t.trust),
        );
        const brief = { lexemes: s.brief, skills: s.skills, limit: s.limit };
        expectExhaustive(index, members, trusted, asker, brief);
        // The same asker's next brief on the same index: the bounds kept for the asker serve it.
        expectExhaustive(index, members, trusted, asker, { ...brief, lexemes: s.second, skills: [] });
        // A grown index (as a patch makes one), the same asker: one member now endorsed by the
        // most trusted members in the brief's words must not be pruned by the first index's bounds.
        const star = Math.floor(next() * s.members);
        const vouchers = [...trusted].sort((a, b) => b.trust - a.trust).slice(0, 12);
        const grown = buildSearchIndex(
          members,
          [
            ...endorsements,
            ...vouchers
              .filter((v) => v.p !== star)
              .map((v, k) => endorsement(endorsements.length + k, v.p, star, [...s.brief])),
          ],
          'rx_english',
        );
        expectExhaustive(grown, members, trusted, asker, brief);
      }),
      { numRuns: 40, seed: 20261201 },
    );
  });
});

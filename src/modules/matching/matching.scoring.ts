/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays indexed by member and endorsement positions assigned by the index */
import type { IndexedMember, SearchIndex } from './matching.index.js';
import { WEIGHTS } from './matching.weights.js';

/** Example quality in [0.5, 1]: a richer description of the work counts more. */
export function exampleQuality(descriptionWords: number): number {
  return 0.5 + 0.5 * Math.min(1, descriptionWords / WEIGHTS.example.fullWords);
}

/** Endorsements count for more once the relationship has had time: 0.5 new, 1 after a year. */
export function ageFactor(ageDays: number): number {
  const young = WEIGHTS.trust.youngEndorsementFactor;
  return young + (1 - young) * Math.min(1, Math.max(0, ageDays) / WEIGHTS.trust.maturityDays);
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export function availability(
  member: Pick<IndexedMember, 'availabilityStatus' | 'availabilityUntil'>,
  startsOn?: string,
): number {
  const w = WEIGHTS.availability;
  const until = member.availabilityUntil;
  // A status with an end date before the requested start no longer applies then.
  const endsBeforeStart = startsOn !== undefined && until !== null && until < startsOn;
  switch (member.availabilityStatus) {
    case 'available':
      return w.available;
    case 'limited':
      return endsBeforeStart ? w.available : w.limited;
    case 'unavailable':
      return endsBeforeStart ? w.availableByStart : w.unavailable;
  }
}

export function rotation(receivedRecently: number): number {
  return 1 / (1 + receivedRecently);
}

export interface Components {
  fit: number;
  evidence: number;
  trust: number;
  availability: number;
  rotation: number;
}

export function combinedScore(c: Components): number {
  const w = WEIGHTS.score;
  return clamp01(
    w.fit * c.fit +
      w.evidence * c.evidence +
      w.trust * c.trust +
      w.availability * c.availability +
      w.rotation * c.rotation,
  );
}

/**
 * What a brief finds in a collective's index: for every member and endorsement it touches,
 * text scores and which requested skills they carry. Built by walking posting lists only.
 */
export interface BriefHits {
  /** Members the brief touches (each once). */
  candidates: number[];
  /** Text score per member: profile plus the examples written about them. */
  memberText: Float64Array;
  /** Text score per endorsement's example. */
  endorsementText: Float64Array;
  /** Bit s set: the member lists requested skill s / was endorsed for it. */
  declaredSkills: Int32Array;
  endorsedSkills: Int32Array;
  /** Per endorsement: it names at least one requested skill. */
  onSkill: Uint8Array;
  requestedSkills: number;
  /**
   * Per member: the sum of their relevant endorsements' weights times their endorsers'
   * credibility, before the per-endorser decay, so an upper bound of the evidence sum.
   */
  evidenceUpper: Float64Array;
}

/** At most 30 requested skills fit the bit masks; the API accepts 20. */
const MAX_SKILL_BITS = 30;

export function findHits(
  index: SearchIndex,
  lexemes: readonly string[],
  skills: readonly string[],
  credibilityOf: (member: number) => number,
): BriefHits {
  const n = index.members.length;
  const m = index.endorsements.length;
  const memberText = new Float64Array(n);
  const endorsementText = new Float64Array(m);
  const declaredSkills = new Int32Array(n);
  const endorsedSkills = new Int32Array(n);
  const onSkill = new Uint8Array(m);
  const seen = new Uint8Array(n);
  const candidates: number[] = [];
  const endorsementSeen = new Uint8Array(m);
  const endorsementsTouched: number[] = [];
  const touchEndorsement = (e: number) => {
    if (endorsementSeen[e] === 0) {
      endorsementSeen[e] = 1;
      endorsementsTouched.push(e);
    }
  };
  const touch = (p: number) => {
    if (seen[p] === 0) {
      seen[p] = 1;
      candidates.push(p);
    }
  };
  for (const lexeme of lexemes) {
    const profile = index.profileTerms.get(lexeme);
    if (profile) {
      for (let k = 0; k < profile.docs.length; k += 1) {
        const p = profile.docs[k]!;
        memberText[p]! += profile.weights[k]!;
        touch(p);
      }
    }
    const examples = index.endorsementTerms.get(lexeme);
    if (examples) {
      for (let k = 0; k < examples.docs.length; k += 1) {
        const e = examples.docs[k]!;
        const weight = examples.weights[k]!;
        endorsementText[e]! += weight;
        const p = index.endorseeOf[e]!;
        memberText[p]! += weight;
        touch(p);
        touchEndorsement(e);
      }
    }
  }
  skills.slice(0, MAX_SKILL_BITS).forEach((skill, s) => {
    const bit = 1 << s;
    const listing = index.skillMembers.get(skill);
    if (listing) {
      for (const p of listing.docs) {
        declaredSkills[p]! |= bit;
        touch(p);
      }
    }
    const naming = index.skillEndorsements.get(skill);
    if (naming) {
      for (const e of naming.docs) {
        onSkill[e] = 1;
        const p = index.endorseeOf[e]!;
        endorsedSkills[p]! |= bit;
        touch(p);
        touchEndorsement(e);
      }
    }
  });
  const hits: BriefHits = {
    candidates,
    memberText,
    endorsementText,
    declaredSkills,
    endorsedSkills,
    onSkill,
    requestedSkills: Math.min(skills.length, MAX_SKILL_BITS),
    evidenceUpper: new Float64Array(n),
  };
  for (const e of endorsementsTouched) {
    hits.evidenceUpper[index.endorseeOf[e]!]! +=
      endorsementWeight(index, hits, e) * credibilityOf(index.endorserOf[e]!);
  }
  return hits;
}

/** How much an endorser's word counts, from their trust as the asker sees it. */
export function credibility(trust: number): number {
  const floor = WEIGHTS.evidence.credibilityFloor;
  return floor + (1 - floor) * trust;
}

/** Evidence from a sum of weighted endorsements: saturating, in [0, 1). */
export function saturate(sum: number): number {
  return clamp01(1 - Math.exp(-sum / WEIGHTS.evidence.saturation));
}

function popcount(bits: number): number {
  let count = 0;
  for (let b = bits; b !== 0; b &= b - 1) count += 1;
  return count;
}

/**
 * Fit: full-text relevance of profile and endorsed examples, plus the share of requested
 * skills the member has (endorsed ones count fully, self-declared ones partly).
 */
export function fit(hits: BriefHits, p: number): number {
  const text = 1 - Math.exp(-hits.memberText[p]! / WEIGHTS.fit.textScale);
  if (hits.requestedSkills === 0) return clamp01(text);
  const endorsed = hits.endorsedSkills[p]!;
  const declaredOnly = hits.declaredSkills[p]! & ~endorsed;
  const overlap =
    (popcount(endorsed) + WEIGHTS.fit.selfDeclaredSkill * popcount(declaredOnly)) / hits.requestedSkills;
  return clamp01(WEIGHTS.fit.textShare * text + (1 - WEIGHTS.fit.textShare) * overlap);
}

/** How much one endorsement speaks to this brief, before the endorser's credibility. */
export function endorsementWeight(index: SearchIndex, hits: BriefHits, e: number): number {
  const relevance =
    hits.onSkill[e] === 1
      ? WEIGHTS.evidence.skillMatch
      : hits.endorsementText[e]! > 0
        ? WEIGHTS.evidence.textMatch
        : 0;
  if (relevance === 0) return 0;
  const endorsement = index.endorsements[e]!;
  return (
    relevance *
    exampleQuality(endorsement.descriptionWords) *
    (endorsement.verified ? WEIGHTS.evidence.verifiedByHandoff : 1)
  );
}

/**
 * Evidence from distinct endorsers with diminishing returns: an endorser's further
 * endorsements of the same person count 1/2, 1/4...; each endorser's word is scaled by their
 * own trust from the asker, so a ring vouching for itself cannot manufacture evidence.
 */
export function evidence(
  index: SearchIndex,
  hits: BriefHits,
  p: number,
  trust: (member: number) => number,
): number {
  const from = index.receivedOffsets[p]!;
  const to = index.receivedOffsets[p + 1]!;
  const relevant: { endorser: number; weight: number }[] = [];
  for (let k = from; k < to; k += 1) {
    const e = index.receivedBy[k]!;
    const weight = endorsementWeight(index, hits, e);
    if (weight > 0) relevant.push({ endorser: index.endorserOf[e]!, weight });
  }
  // Per endorser, strongest first, so the decay applies to their weaker ones.
  relevant.sort((a, b) => a.endorser - b.endorser || b.weight - a.weight);
  let total = 0;
  let endorser = -1;
  let rank = 0;
  for (const { endorser: current, weight } of relevant) {
    rank = current === endorser ? rank + 1 : 0;
    endorser = current;
    total += weight * WEIGHTS.evidence.perEndorserDecay ** rank * credibility(trust(current));
  }
  return saturate(total);
}

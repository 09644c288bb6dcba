import type { IndexedEndorsement, IndexedMember } from './matching.index.js';
import { WEIGHTS } from './matching.weights.js';

/** An endorsement of a candidate, with how well its example's text matches the brief. */
export type CandidateEndorsement = IndexedEndorsement & { textScore: number };

/** A member worth scoring for a brief, with what the search found about them. */
export interface Candidate extends IndexedMember {
  profileScore: number;
  endorsements: CandidateEndorsement[];
}

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

export function fit(candidate: Candidate, requested: readonly string[]): number {
  const textScore = candidate.profileScore + candidate.endorsements.reduce((sum, e) => sum + e.textScore, 0);
  const text = 1 - Math.exp(-textScore / WEIGHTS.fit.textScale);
  if (requested.length === 0) return clamp01(text);
  const endorsed = new Set(candidate.endorsements.flatMap((e) => e.skills));
  const declared = new Set(candidate.skills);
  const overlap =
    requested.reduce(
      (sum, skill) =>
        sum + (endorsed.has(skill) ? 1 : declared.has(skill) ? WEIGHTS.fit.selfDeclaredSkill : 0),
      0,
    ) / requested.length;
  return clamp01(WEIGHTS.fit.textShare * text + (1 - WEIGHTS.fit.textShare) * overlap);
}

/** How much one endorsement speaks to this brief, before the endorser's credibility. */
export function endorsementWeight(e: CandidateEndorsement, requested: readonly string[]): number {
  const onSkill = requested.some((skill) => e.skills.includes(skill));
  const relevance = onSkill ? WEIGHTS.evidence.skillMatch : e.textScore > 0 ? WEIGHTS.evidence.textMatch : 0;
  return (
    relevance * exampleQuality(e.descriptionWords) * (e.verified ? WEIGHTS.evidence.verifiedByHandoff : 1)
  );
}

/**
 * Evidence from distinct endorsers with diminishing returns: an endorser's further
 * endorsements of the same person count 1/2, 1/4...; each endorser's word is scaled by their
 * own trust from the asker, so a ring vouching for itself cannot manufacture evidence.
 */
export function evidence(
  endorsements: readonly CandidateEndorsement[],
  requested: readonly string[],
  credibility: (endorserId: string) => number,
): number {
  const byEndorser = new Map<string, number[]>();
  for (const e of endorsements) {
    const weight = endorsementWeight(e, requested);
    if (weight > 0) byEndorser.set(e.endorserId, [...(byEndorser.get(e.endorserId) ?? []), weight]);
  }
  let total = 0;
  for (const [endorserId, weights] of [...byEndorser.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const own = weights
      .sort((a, b) => b - a)
      .reduce((sum, w, i) => sum + w * WEIGHTS.evidence.perEndorserDecay ** i, 0);
    const floor = WEIGHTS.evidence.credibilityFloor;
    total += own * (floor + (1 - floor) * credibility(endorserId));
  }
  return clamp01(1 - Math.exp(-total / WEIGHTS.evidence.saturation));
}

export function availability(
  candidate: Pick<IndexedMember, 'availabilityStatus' | 'availabilityUntil'>,
  startsOn?: string,
): number {
  const w = WEIGHTS.availability;
  const until = candidate.availabilityUntil;
  // A status with an end date before the requested start no longer applies then.
  const endsBeforeStart = startsOn !== undefined && until !== null && until < startsOn;
  switch (candidate.availabilityStatus) {
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

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
  /** Bit s set: the member lists requested skill s / was endorsed for it. */
  declaredSkills: Int32Array;
  endorsedSkills: Int32Array;
  /** Per endorsement: how it speaks to the brief (`Relevance`). */
  relevance: Uint8Array;
  requestedSkills: number;
}

/** How an endorsement speaks to a brief: not at all, through its example's words, or on a requested skill. */
const Relevance = { None: 0, Text: 1, Skill: 2 } as const;
const RELEVANCE_WEIGHT = Float64Array.of(0, WEIGHTS.evidence.textMatch, WEIGHTS.evidence.skillMatch);

/** At most 30 requested skills fit the bit masks; the API accepts 20. */
const MAX_SKILL_BITS = 30;

export function findHits(
  index: SearchIndex,
  lexemes: readonly string[],
  skills: readonly string[],
): BriefHits {
  const n = index.members.length;
  const memberText = new Float64Array(n);
  const declaredSkills = new Int32Array(n);
  const endorsedSkills = new Int32Array(n);
  const relevance = new Uint8Array(index.endorsements.length);
  const seen = new Uint8Array(n);
  const candidates: number[] = [];
  const touch = (p: number) => {
    if (seen[p] === 0) {
      seen[p] = 1;
      candidates.push(p);
    }
  };
  for (const lexeme of lexemes) {
    const members = index.memberTerms.get(lexeme);
    if (members) {
      const { docs, weights } = members;
      for (let k = 0; k < docs.length; k += 1) {
        const p = docs[k]!;
        memberText[p]! += weights[k]!;
        touch(p);
      }
    }
    // The examples' text already counts in their endorsees' memberText; here they only become relevant.
    const examples = index.endorsementTerms.get(lexeme);
    if (examples) {
      for (let k = 0; k < examples.length; k += 1) {
        const e = examples[k]!;
        if (relevance[e] === Relevance.None) relevance[e] = Relevance.Text;
      }
    }
  }
  skills.slice(0, MAX_SKILL_BITS).forEach((skill, s) => {
    const bit = 1 << s;
    const listing = index.skillMembers.get(skill);
    if (listing) {
      for (const p of listing) {
        declaredSkills[p]! |= bit;
        touch(p);
      }
    }
    const naming = index.skillEndorsements.get(skill);
    if (naming) {
      for (const e of naming) {
        relevance[e] = Relevance.Skill;
        const p = index.endorseeOf[e]!;
        endorsedSkills[p]! |= bit;
        touch(p);
      }
    }
  });
  return {
    candidates,
    memberText,
    declaredSkills,
    endorsedSkills,
    relevance,
    requestedSkills: Math.min(skills.length, MAX_SKILL_BITS),
  };
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
  return RELEVANCE_WEIGHT[hits.relevance[e]!]! * index.endorsementBase[e]!;
}

/**
 * Evidence from distinct endorsers with diminishing returns: an endorser's further
 * endorsements of the same person count 1/2, 1/4...; each endorser's word is scaled by their
 * credibility (from their own trust as the asker sees it), so a ring vouching for itself
 * cannot manufacture evidence. `scratch` holds one endorser's weights (`largestEndorserGroup`).
 */
export function evidence(
  index: SearchIndex,
  hits: BriefHits,
  p: number,
  credibility: Float64Array,
  scratch: Float64Array,
): number {
  const { endorserOf } = index;
  const to = index.receivedOffsets[p + 1]!;
  let total = 0;
  let e = index.receivedOffsets[p]!;
  while (e < to) {
    const endorser = endorserOf[e]!;
    let count = 0;
    for (; e < to && endorserOf[e] === endorser; e += 1) {
      const weight = endorsementWeight(index, hits, e);
      if (weight > 0) scratch[count++] = weight;
    }
    if (count === 0) continue;
    // Strongest first (from the end of an ascending sort), so the decay applies to the weaker ones.
    if (count > 1) scratch.subarray(0, count).sort();
    let decay = 1;
    let sum = 0;
    for (let g = count - 1; g >= 0; g -= 1) {
      sum += scratch[g]! * decay;
      decay *= WEIGHTS.evidence.perEndorserDecay;
    }
    total += sum * credibility[endorser]!;
  }
  return saturate(total);
}

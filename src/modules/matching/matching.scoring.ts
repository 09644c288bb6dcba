/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays indexed by member and endorsement positions assigned by the index */
import { personalizedPageRank, type TrustGraph, type WalkGraph } from './matching.graph.js';
import type { DocumentLists, IndexedMember, SearchIndex } from './matching.index.js';
import { lookup } from './matching.strings.js';
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

/** Availability from a member's stated status, and whether its end date falls before the requested start. */
export function availability(status: IndexedMember['availabilityStatus'], endedBeforeStart: boolean): number {
  const w = WEIGHTS.availability;
  switch (status) {
    case 'available':
      return w.available;
    case 'limited':
      return endedBeforeStart ? w.available : w.limited;
    case 'unavailable':
      return endedBeforeStart ? w.availableByStart : w.unavailable;
  }
}

/** A member's availability for work starting at `startsOn` (ms since the epoch, or undefined for now). */
function availabilityAt(index: SearchIndex, p: number, startsOn: number | undefined): number {
  // A status with an end date before the requested start no longer applies then.
  return startsOn !== undefined && index.availabilityEnds[p]! < startsOn
    ? index.availabilityEnded[p]!
    : index.availabilityStated[p]!;
}

export function rotation(receivedRecently: number): number {
  return 1 / (1 + receivedRecently);
}

/** When the referrals each member received lately were offered: member positions, and per member their times. */
export interface ReceivedReferrals {
  positions: Int32Array;
  /** The times of positions[k] are times[offsets[k]] to times[offsets[k + 1] - 1]. */
  offsets: Int32Array;
  times: Float64Array;
}

/**
 * In typed arrays, so that a request counts them without allocating: iterating a Map of arrays
 * and filtering each allocated 0.4 MB a request in a 10,000-member collective.
 */
export function receivedReferrals(byPosition: ReadonlyMap<number, readonly number[]>): ReceivedReferrals {
  const positions = Int32Array.from(byPosition.keys());
  const offsets = new Int32Array(positions.length + 1);
  const times = new Float64Array([...byPosition.values()].reduce((sum, list) => sum + list.length, 0));
  let k = 0;
  for (const list of byPosition.values()) {
    times.set(list, offsets[k]);
    offsets[k + 1] = offsets[k]! + list.length;
    k += 1;
  }
  return { positions, offsets, times };
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
 * What a brief finds in a collective's index, built by walking the posting lists of its words
 * and skills: which members it touches, their text scores and requested skills, and which
 * endorsements name a requested skill or contain one of its rarer words. Whether an example
 * contains one of the brief's common words is asked only for the endorsements of members that
 * may make the results (`endorsementWeight`).
 */
export interface BriefHits {
  /** Text score per member: profile plus the examples written about them. */
  memberText: Float64Array;
  /** Bit s set: the member lists requested skill s / was endorsed for it. */
  declaredSkills: Int32Array;
  endorsedSkills: Int32Array;
  requestedSkills: number;
  /**
   * Per member: their closeness to the brief's trade mix at its weight (matching.trades.ts), which
   * raises their fit towards 1: 0 unless filled after findHits.
   */
  trade: Float64Array;
  /** Per endorsement: how it speaks to the brief (`Relevance`), apart from the masks below. */
  relevance: Uint8Array;
  /** Endorsements that name a requested skill (a view of the scratch's array). */
  onSkill: Int32Array;
  /** The brief's common words, as bits of the examples' lexeme masks. */
  maskLow: number;
  maskHigh: number;
  /** The requested start (ms since the epoch), if any. */
  startsOn: number | undefined;
  scratch: Scratch;
}

/** How an endorsement speaks to a brief: not at all, through its example's words, or on a requested skill. */
const Relevance = { None: 0, Text: 1, Skill: 2 } as const;
const RELEVANCE_WEIGHT = Float64Array.of(0, WEIGHTS.evidence.textMatch, WEIGHTS.evidence.skillMatch);

/**
 * Per-member and per-endorsement arrays that every request of a collective needs, allocated once
 * per index and cleared per request: allocating and paging in a megabyte per request cost more
 * than the scoring. Safe to share because a request scores, from findHits to its reasons,
 * without yielding to another.
 */
interface Scratch {
  /** Per member: 1 if the request excludes them. */
  excluded: Uint8Array;
  /** Per member: the asker's trust in them and the credibility it lends their word. */
  trust: Float64Array;
  credibility: Float64Array;
  /** Per member: the rotation component (1 for most: no referral received lately). */
  rotation: Float64Array;
  memberText: Float64Array;
  declaredSkills: Int32Array;
  endorsedSkills: Int32Array;
  trade: Float64Array;
  relevance: Uint8Array;
  /** Room for every endorsement: a brief's inferred skills can name thousands. */
  onSkill: Int32Array;
  evidenceBound: Float64Array;
  /** The members the brief touches, and per candidate (by place): upper bound and exact score. */
  candidates: Int32Array;
  bounds: Float64Array;
  scores: Float64Array;
  /** One endorser's endorsements of one member, for the decay (`largestEndorserGroup`). */
  group: Float64Array;
}
const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchOf(index: SearchIndex): Scratch {
  const n = index.members.length;
  const scratch = scratches.get(index) ?? {
    excluded: new Uint8Array(n),
    trust: new Float64Array(n),
    credibility: new Float64Array(n),
    rotation: new Float64Array(n),
    memberText: new Float64Array(n),
    declaredSkills: new Int32Array(n),
    endorsedSkills: new Int32Array(n),
    trade: new Float64Array(n),
    relevance: new Uint8Array(index.endorseeOf.length),
    onSkill: new Int32Array(index.endorseeOf.length),
    evidenceBound: new Float64Array(n),
    candidates: new Int32Array(n),
    bounds: new Float64Array(n),
    scores: new Float64Array(n),
    group: new Float64Array(Math.max(1, index.largestEndorserGroup)),
  };
  scratches.set(index, scratch);
  const { excluded, trust, memberText, declaredSkills, endorsedSkills, trade, relevance, evidenceBound } =
    scratch;
  for (const array of [
    excluded,
    trust,
    memberText,
    declaredSkills,
    endorsedSkills,
    trade,
    relevance,
    evidenceBound,
  ]) {
    array.fill(0);
  }
  scratch.credibility.fill(credibility(0));
  scratch.rotation.fill(rotation(0));
  return scratch;
}

/** Where a key's documents are in its posting lists (an empty range for an unknown key). */
function postingsOf(lists: DocumentLists, key: string): { from: number; to: number } {
  const k = lookup(lists.keys, key);
  return k === undefined ? { from: 0, to: 0 } : { from: lists.offsets[k]!, to: lists.offsets[k + 1]! };
}

/** How many documents a key's posting lists hold. */
export function documentsWith(lists: DocumentLists, key: string): number {
  const { from, to } = postingsOf(lists, key);
  return to - from;
}

/**
 * Whether a key's posting lists hold a document: by bisection, since buildSearchIndex adds
 * each key's documents in position order.
 */
export function hasPosting(lists: DocumentLists, key: string, doc: number): boolean {
  let { from: low, to: high } = postingsOf(lists, key);
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = lists.docs[mid]!;
    if (at === doc) return true;
    if (at < doc) low = mid + 1;
    else high = mid;
  }
  return false;
}

/** At most 30 requested skills fit the bit masks; the API accepts 20. */
const MAX_SKILL_BITS = 30;

export function findHits(
  index: SearchIndex,
  brief: {
    lexemes: readonly string[];
    /** A brief lexeme's weight in text scores (matching.brief.ts); 1 when absent. */
    weights?: ReadonlyMap<string, number>;
    /** Words related to the brief's, each counting in text scores at its own fraction of a brief word. */
    related?: readonly { lexeme: string; weight: number }[];
    skills: readonly string[];
    startsOn?: string | undefined;
  },
): BriefHits {
  const scratch = scratchOf(index);
  const { memberText, declaredSkills, endorsedSkills, trade, relevance } = scratch;
  let maskLow = 0;
  let maskHigh = 0;
  const { memberTerms, rareExampleTerms, skillMembers, skillEndorsements } = index;
  for (const lexeme of brief.lexemes) {
    const { from, to } = postingsOf(memberTerms, lexeme);
    const weight = brief.weights?.get(lexeme) ?? 1;
    for (let k = from; k < to; k += 1) memberText[memberTerms.docs[k]!]! += weight * memberTerms.weights[k]!;
    const bit = index.frequentLexemeBits.get(lexeme);
    if (bit === undefined) {
      const rare = postingsOf(rareExampleTerms, lexeme);
      for (let k = rare.from; k < rare.to; k += 1) relevance[rareExampleTerms.docs[k]!] = Relevance.Text;
    } else if (bit < 32) maskLow |= 1 << bit;
    else maskHigh |= 1 << (bit - 32);
  }
  for (const { lexeme, weight } of brief.related ?? []) {
    const { from, to } = postingsOf(memberTerms, lexeme);
    for (let k = from; k < to; k += 1) memberText[memberTerms.docs[k]!]! += weight * memberTerms.weights[k]!;
  }
  const onSkill = scratch.onSkill;
  let onSkillCount = 0;
  brief.skills.slice(0, MAX_SKILL_BITS).forEach((skill, s) => {
    const bit = 1 << s;
    const listed = postingsOf(skillMembers, skill);
    for (let k = listed.from; k < listed.to; k += 1) declaredSkills[skillMembers.docs[k]!]! |= bit;
    const named = postingsOf(skillEndorsements, skill);
    for (let k = named.from; k < named.to; k += 1) {
      const e = skillEndorsements.docs[k]!;
      if (index.removed?.[e] === 1) continue;
      if (relevance[e] !== Relevance.Skill) onSkill[onSkillCount++] = e;
      relevance[e] = Relevance.Skill;
      endorsedSkills[index.endorseeOf[e]!]! |= bit;
    }
  });
  return {
    memberText,
    declaredSkills,
    endorsedSkills,
    requestedSkills: Math.min(brief.skills.length, MAX_SKILL_BITS),
    trade,
    relevance,
    onSkill: onSkill.subarray(0, onSkillCount),
    maskLow,
    maskHigh,
    startsOn: brief.startsOn === undefined ? undefined : Date.parse(brief.startsOn),
    scratch,
  };
}

/** How much an endorser's word counts, from their trust as the asker sees it. */
export function credibility(trust: number): number {
  const floor = WEIGHTS.evidence.credibilityFloor;
  return floor + (1 - floor) * trust;
}

/** Evidence from a sum of weighted endorsements: saturating, in [0, 1). */
function saturate(sum: number): number {
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
  return fitWithText(hits, p, 1 - Math.exp(-hits.memberText[p]! / WEIGHTS.fit.textScale));
}

function fitWithText(hits: BriefHits, p: number, text: number): number {
  const own = hits.requestedSkills === 0 ? clamp01(text) : clamp01(skillFit(hits, p, text));
  // The brief's trade (matching.trades.ts) raises fit towards 1, never below the member's own.
  return own + (1 - own) * hits.trade[p]!;
}

function skillFit(hits: BriefHits, p: number, text: number): number {
  const endorsed = hits.endorsedSkills[p]!;
  const declaredOnly = hits.declaredSkills[p]! & ~endorsed;
  const overlap =
    (popcount(endorsed) + WEIGHTS.fit.selfDeclaredSkill * popcount(declaredOnly)) / hits.requestedSkills;
  return WEIGHTS.fit.textShare * text + (1 - WEIGHTS.fit.textShare) * overlap;
}

/**
 * An increasing function with values up to 1, tabulated so that a lookup (rounding up to the
 * next point) is an upper bound of it: the bounds of every candidate cost no exp each.
 */
const UPPER_STEPS_PER_UNIT = 32;
function upperTable(f: (x: number) => number, limit: number): Float64Array {
  return Float64Array.from({ length: limit * UPPER_STEPS_PER_UNIT + 1 }, (_, i) =>
    f(i / UPPER_STEPS_PER_UNIT),
  );
}
const TEXT_UPPER = upperTable((x) => 1 - Math.exp(-x / WEIGHTS.fit.textScale), 40);
const SATURATE_UPPER = upperTable(saturate, 40);

/** How much one endorsement speaks to this brief, before the endorser's credibility. */
export function endorsementWeight(index: SearchIndex, hits: BriefHits, e: number): number {
  let relevance = hits.relevance[e]!;
  if (
    relevance === Relevance.None &&
    ((index.exampleMaskLow[e]! & hits.maskLow) !== 0 || (index.exampleMaskHigh[e]! & hits.maskHigh) !== 0)
  ) {
    relevance = Relevance.Text;
  }
  return RELEVANCE_WEIGHT[relevance]! * index.endorsementBase[e]!;
}

/**
 * Evidence from distinct endorsers with diminishing returns: an endorser's further
 * endorsements of the same person count 1/2, 1/4...; each endorser's word is scaled by their
 * credibility (from their own trust as the asker sees it), so a ring vouching for itself
 * cannot manufacture evidence.
 */
export function evidence(index: SearchIndex, hits: BriefHits, p: number, credibility: Float64Array): number {
  const group = hits.scratch.group;
  const { endorserOf, exampleMaskLow, exampleMaskHigh, endorsementBase } = index;
  const { relevance, maskLow, maskHigh } = hits;
  const to = index.receivedOffsets[p + 1]!;
  let total = 0;
  let e = index.receivedOffsets[p]!;
  while (e < to) {
    const endorser = endorserOf[e]!;
    // One endorser's endorsements of p, weighed as endorsementWeight does (inlined: it runs for
    // every endorsement a contender received), kept in ascending order by insertion.
    let count = 0;
    for (; e < to && endorserOf[e] === endorser; e += 1) {
      let r = relevance[e]!;
      if (
        r === Relevance.None &&
        ((exampleMaskLow[e]! & maskLow) !== 0 || (exampleMaskHigh[e]! & maskHigh) !== 0)
      ) {
        r = Relevance.Text;
      }
      const weight = RELEVANCE_WEIGHT[r]! * endorsementBase[e]!;
      if (weight <= 0) continue;
      let g = count;
      while (g > 0 && group[g - 1]! > weight) {
        group[g] = group[g - 1]!;
        g -= 1;
      }
      group[g] = weight;
      count += 1;
    }
    // Strongest first (from the end), so the decay applies to the weaker ones.
    let decay = 1;
    let sum = 0;
    for (let g = count - 1; g >= 0; g -= 1) {
      sum += group[g]! * decay;
      decay *= WEIGHTS.evidence.perEndorserDecay;
    }
    total += sum * credibility[endorser]!;
  }
  return saturate(total);
}

/**
 * How many of the asker's most trusted members the evidence bounds walk one by one; everyone
 * else is counted at the credibility of the most trusted of them left out. The push reaches
 * every member of a large collective, so walking them all would read every endorsement given.
 */
const BOUND_TRUSTED_WALKED = 256;

/**
 * Per member, an upper bound of the sum that `evidence` saturates, without looking at any
 * example's words: every endorsement counted as if its text matched (`textMatch`), plus the
 * difference for those on a requested skill, at its endorser's credibility. The decay and
 * credibility are per endorser, so the sum of an endorser group's decayed base weights bounds
 * what the group adds. Credibility grows with trust: every endorsement starts at the
 * credibility of `cut`, the trust of the most trusted member not walked (none trusts more), and
 * the members walked add what their own trust adds above it.
 */
function evidenceBounds(index: SearchIndex, hits: BriefHits, trust: Float64Array, asker: AskerTrust) {
  const { textMatch, skillMatch } = WEIGHTS.evidence;
  const bounds = hits.scratch.evidenceBound;
  bounds.set(trustedBounds(index, trust, asker));
  // Requested skills weigh more than text (skillMatch >= textMatch): add the difference, undecayed.
  // Credibilities as bestCandidates filled them (credibility(trust) of each member).
  const credibilities = hits.scratch.credibility;
  const { onSkill } = hits;
  for (let k = 0; k < onSkill.length; k += 1) {
    const e = onSkill[k]!;
    bounds[index.endorseeOf[e]!]! +=
      (skillMatch - textMatch) * index.endorsementBase[e]! * credibilities[index.endorserOf[e]!]!;
  }
  return bounds;
}

/**
 * The text part of the evidence bounds, which depends on the asker and the index but not on
 * the brief: kept per index (a patch makes a new one) and asker view, so that an asker's
 * further briefs copy it instead of walking the endorsements their most trusted members gave
 * (0.19 ms a request at 10,000 members, bench/README.md). 8 bytes per member and asker.
 */
const trustedBoundsKept = new WeakMap<SearchIndex, WeakMap<AskerTrust, Float64Array>>();

/** `trust`: the asker's trust by member position, as bestCandidates filled it from `asker`. */
function trustedBounds(index: SearchIndex, trust: Float64Array, asker: AskerTrust): Float64Array {
  let byAsker = trustedBoundsKept.get(index);
  if (byAsker === undefined) {
    byAsker = new WeakMap();
    trustedBoundsKept.set(index, byAsker);
  }
  const kept = byAsker.get(asker);
  if (kept !== undefined) return kept;
  const { textMatch } = WEIGHTS.evidence;
  const { head, cut } = asker;
  const bounds = new Float64Array(index.members.length);
  const base = textMatch * credibility(cut);
  for (let p = 0; p < bounds.length; p += 1) bounds[p] = base * index.evidenceCeiling[p]!;
  for (let r = 0; r < head.length; r += 1) {
    const u = head[r]!;
    const extra = textMatch * (credibility(trust[u]!) - credibility(cut));
    for (let k = index.givenOffsets[u]!; k < index.givenOffsets[u + 1]!; k += 1) {
      const e = index.givenBy[k]!;
      bounds[index.endorseeOf[e]!]! += extra * index.decayedBase[e]!;
    }
  }
  byAsker.set(asker, bounds);
  return bounds;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** How the asker sees the collective: trust (in (0, 1]) in the members at `positions`, zero elsewhere. */
export interface AskerTrust {
  positions: Int32Array;
  trust: Float64Array;
  /**
   * The members the evidence bounds walk one by one: at most BOUND_TRUSTED_WALKED, all those
   * trusted more than `cut`, which no one else is trusted more than (0 when all are walked).
   */
  head: Int32Array;
  cut: number;
}

/** The asker's view from their trust in the members at `positions`. */
export function askerTrust(positions: Int32Array, trust: Float64Array): AskerTrust {
  if (positions.length <= BOUND_TRUSTED_WALKED) return { positions, trust, head: positions, cut: 0 };
  // The (BOUND_TRUSTED_WALKED + 1)-th largest value; those above it are the head.
  const cut = Float64Array.from(trust).sort()[trust.length - 1 - BOUND_TRUSTED_WALKED]!;
  const head: number[] = [];
  trust.forEach((value, k) => {
    if (value > cut) head.push(positions[k]!);
  });
  return { positions, trust, head: Int32Array.from(head), cut };
}

/**
 * The asker's trust in every member of the index (`graphNode`: each one's graph node), by
 * personalized PageRank relative to the most trusted other member. Plain typed arrays: the
 * build worker computes it for the latest askers along with a new model.
 */
export function trustOfAsker(graph: TrustGraph, graphNode: Int32Array, askerId: string): AskerTrust {
  return trustFrom(graph, graphNode, graph.index.get(askerId));
}

/** trustOfAsker from the asker's graph node (`source`; undefined: not in the graph, trusts no one). */
export function trustFrom(graph: WalkGraph, graphNode: Int32Array, source: number | undefined): AskerTrust {
  const ppr = source === undefined ? new Float64Array(0) : personalizedPageRank(graph, source);
  let maxTrust = 0;
  ppr.forEach((value, i) => {
    if (i !== source && value > maxTrust) maxTrust = value;
  });
  // Typed arrays and one loop: every member of a large collective has some trust, and each
  // asker's view is made again for every new trust graph.
  const positions = new Int32Array(graphNode.length);
  const trust = new Float64Array(graphNode.length);
  let count = 0;
  if (maxTrust > 0) {
    for (let p = 0; p < graphNode.length; p += 1) {
      const node = graphNode[p] ?? -1;
      const value = node < 0 ? 0 : (ppr[node] ?? 0);
      if (value > 0) {
        positions[count] = p;
        trust[count] = Math.min(1, value / maxTrust);
        count += 1;
      }
    }
  }
  return askerTrust(positions.slice(0, count), trust.slice(0, count));
}

/**
 * The members the brief touches (by their words, their examples' words, a requested skill or
 * its trade) into `scratch.candidates`, each with an upper bound of its score in `scratch.bounds`: exact
 * trust, availability and rotation, fit and evidence rounded up by table. Returns how many.
 * It runs for every member of a large collective, so it calls nothing that returns a double
 * (each such return, unless inlined, allocates a heap number: 0.4 MB a request at 10,000
 * members, and the scavenges that follow).
 */
function boundCandidates(index: SearchIndex, hits: BriefHits, evidenceBound: Float64Array): number {
  const w = WEIGHTS.score;
  const { textShare, selfDeclaredSkill } = WEIGHTS.fit;
  const { memberText, declaredSkills, endorsedSkills, trade, requestedSkills, startsOn } = hits;
  const { excluded, trust, rotation: rotations, candidates, bounds, scores } = hits.scratch;
  const { availabilityStated, availabilityEnded, availabilityEnds } = index;
  const lastText = TEXT_UPPER.length - 1;
  const lastSaturate = SATURATE_UPPER.length - 1;
  let count = 0;
  for (let p = 0; p < memberText.length; p += 1) {
    const text = memberText[p]!;
    const endorsed = endorsedSkills[p]!;
    const declared = declaredSkills[p]!;
    const inTrade = trade[p]!;
    if (excluded[p] === 1 || (text === 0 && declared === 0 && endorsed === 0 && inTrade === 0)) continue;
    // fitWithText at the text's upper bound, inlined.
    const t = Math.ceil(text * UPPER_STEPS_PER_UNIT);
    let fitBound = t > lastText ? 1 : TEXT_UPPER[t]!;
    if (requestedSkills > 0) {
      const overlap =
        (popcount(endorsed) + selfDeclaredSkill * popcount(declared & ~endorsed)) / requestedSkills;
      fitBound = Math.min(1, textShare * fitBound + (1 - textShare) * overlap);
    }
    fitBound += (1 - fitBound) * inTrade;
    const s = Math.ceil(evidenceBound[p]! * UPPER_STEPS_PER_UNIT);
    const available =
      startsOn !== undefined && availabilityEnds[p]! < startsOn
        ? availabilityEnded[p]!
        : availabilityStated[p]!;
    candidates[count] = p;
    bounds[count] =
      w.fit * fitBound +
      w.evidence * (s > lastSaturate ? 1 : SATURATE_UPPER[s]!) +
      w.trust * trust[p]! +
      w.availability * available +
      w.rotation * rotations[p]!;
    scores[count] = -1;
    count += 1;
  }
  return count;
}

/**
 * The members that can end up in the `limit` best, with their components: those whose score is
 * within rounding of the `limit`-th best (the caller rounds and orders them).
 *
 * Scoring every candidate exactly would read every endorsement they received. Instead each gets
 * a cheap upper bound (exact fit, trust, availability and rotation, bounded evidence); the
 * `limit` best bounds are scored exactly, and then only those whose bound can still reach the
 * worst of them.
 */
export function bestCandidates(
  index: SearchIndex,
  hits: BriefHits,
  limit: number,
  excludedPositions: readonly number[],
  asker: AskerTrust,
  referrals: { received: ReceivedReferrals; since: number },
): { position: number; components: Components }[] {
  const w = WEIGHTS.score;
  const {
    excluded,
    trust,
    credibility: credibilities,
    rotation: rotations,
    candidates,
    bounds,
    scores,
  } = hits.scratch;
  for (const p of excludedPositions) excluded[p] = 1;
  // credibility() inlined: every member of a large collective has some trust.
  const credibilityFloor = WEIGHTS.evidence.credibilityFloor;
  for (let k = 0; k < asker.positions.length; k += 1) {
    const p = asker.positions[k]!;
    const value = asker.trust[k]!;
    trust[p] = value;
    credibilities[p] = credibilityFloor + (1 - credibilityFloor) * value;
  }
  const { positions, offsets, times } = referrals.received;
  for (let k = 0; k < positions.length; k += 1) {
    let recent = 0;
    for (let i = offsets[k]!; i < offsets[k + 1]!; i += 1) if (times[i]! >= referrals.since) recent += 1;
    rotations[positions[k]!] = 1 / (1 + recent); // rotation(recent), inlined
  }
  const evidenceBound = evidenceBounds(index, hits, trust, asker);
  const exactScore = (p: number) =>
    w.fit * fit(hits, p) +
    w.evidence * evidence(index, hits, p, credibilities) +
    w.trust * trust[p]! +
    w.availability * availabilityAt(index, p, hits.startsOn) +
    w.rotation * rotations[p]!;

  const count = boundCandidates(index, hits, evidenceBound);
  const score = (i: number) => {
    if (scores[i]! < 0) scores[i] = exactScore(candidates[i]!);
    return scores[i]!;
  };
  // Components are rounded to 6 places in the results, so every cut keeps a margin of that size.
  const margin = 1e-5;
  let floor = -1;
  if (count > limit) floor = Math.min(...largest(bounds, count, limit).map(score)) - margin;
  const contenders: number[] = [];
  for (let i = 0; i < count; i += 1) if (bounds[i]! >= floor) contenders.push(i);
  // Ascending: the limit-th best is `limit` from the end.
  const exact = new Float64Array(contenders.length);
  for (let k = 0; k < contenders.length; k += 1) exact[k] = score(contenders[k]!);
  exact.sort();
  const cut = exact.length > limit ? exact[exact.length - limit]! - margin : -1;
  return contenders
    .filter((i) => scores[i]! >= cut)
    .map((i) => {
      const p = candidates[i]!;
      return {
        position: p,
        components: {
          fit: round(fit(hits, p)),
          evidence: round(evidence(index, hits, p, credibilities)),
          trust: round(trust[p]!),
          availability: round(availabilityAt(index, p, hits.startsOn)),
          rotation: round(rotations[p]!),
        },
      };
    });
}

/** The positions of the `count` largest of the first `length` values. */
function largest(values: Float64Array, length: number, count: number): number[] {
  // The `count` best so far, ascending by value: top[0] is the one to beat.
  const top: number[] = [];
  for (let i = 0; i < length; i += 1) {
    const value = values[i]!;
    if (top.length === count && value <= values[top[0]!]!) continue;
    if (top.length === count) top.shift();
    let j = 0;
    while (j < top.length && values[top[j]!]! < value) j += 1;
    top.splice(j, 0, i);
  }
  return top;
}

import { buildGraph, type TrustGraph } from '../../src/modules/matching/matching.graph.js';
import { ageFactor, exampleQuality } from '../../src/modules/matching/matching.scoring.js';
import { WEIGHTS } from '../../src/modules/matching/matching.weights.js';

/**
 * The reference for the service's trust: personalized PageRank by plain power iteration over
 * every member, x <- restart * e_source + (1 - restart) * x P, until the iterates move by less
 * than `tolerance` (L1). P is the walk SPEC section 5 and `personalizedPageRank` describe: each
 * member's outgoing weight normalised, edges into the source left out, and a member with no
 * other outgoing edge sending the walk back to the source.
 */
export function exactPageRank(graph: TrustGraph, source: number, tolerance = 1e-12): Float64Array {
  const n = graph.ids.length;
  const alpha = WEIGHTS.trust.restart;
  const intoSource = new Float64Array(n);
  for (let k = graph.inOffsets[source]!; k < graph.inOffsets[source + 1]!; k += 1) {
    intoSource[graph.inSources[k]!] = graph.inWeights[k]!;
  }
  let x = new Float64Array(n);
  x[source] = 1;
  for (let change = Infinity; change >= tolerance;) {
    const next = new Float64Array(n);
    next[source] = alpha;
    for (let u = 0; u < n; u += 1) {
      const walking = (1 - alpha) * x[u]!;
      const total = graph.outWeight[u]! - intoSource[u]!;
      if (total <= 1e-12) {
        next[source] += walking;
        continue;
      }
      for (let k = graph.offsets[u]!; k < graph.offsets[u + 1]!; k += 1) {
        const v = graph.targets[k]!;
        if (v !== source) next[v]! += (walking * graph.weights[k]!) / total;
      }
    }
    change = 0;
    for (let u = 0; u < n; u += 1) change += Math.abs(next[u]! - x[u]!);
    x = next;
  }
  return x;
}

/**
 * Kendall's tau between `reference` and `approximation` over the `k` members (other than the
 * source) that the reference ranks first: over the pairs the reference orders, the share the
 * approximation orders alike minus the share it swaps, with pairs it ties counted in the
 * denominator (as tau-b does). Pairs the reference ties, within its precision (`tie`), have no
 * order to get right and are left out: the members of a ring are symmetric, and which of them
 * comes first in either is rounding.
 */
export function topKendallTau(
  reference: Float64Array,
  approximation: Float64Array,
  source: number,
  k = 50,
  tie = 1e-10,
): number {
  const top = [...reference.keys()]
    .filter((i) => i !== source)
    .sort((a, b) => reference[b]! - reference[a]! || a - b)
    .slice(0, k);
  let concordant = 0;
  let discordant = 0;
  let tied = 0;
  for (let i = 0; i < top.length; i += 1) {
    for (let j = i + 1; j < top.length; j += 1) {
      const x = reference[top[i]!]! - reference[top[j]!]!;
      const y = Math.sign(approximation[top[i]!]! - approximation[top[j]!]!);
      if (Math.abs(x) <= tie) continue;
      if (y === 0) tied += 1;
      else if (y === Math.sign(x)) concordant += 1;
      else discordant += 1;
    }
  }
  const ordered = concordant + discordant;
  return ordered + tied === 0 ? 1 : (concordant - discordant) / Math.sqrt(ordered * (ordered + tied));
}

/** A collective's trust graph, drawn from `seed` (same shape and seed, same graph). */
export interface CollectiveShape {
  members: number;
  seed: number;
  /** Endorsements given per member: uniform in 0 .. 2 x mean, so some give none. */
  meanEndorsements: number;
  /** How much endorsements go to popular members: the endorsee is floor(members x u^(1 + skew)). */
  skew: number;
  /** A clique of this many members endorsing each other, introduced by one ordinary member. */
  ring: number;
}

/** mulberry32: a small seeded generator, so a shape draws the same graph on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One edge of a generated collective, as its rows would record it. */
export interface Tie {
  from: number;
  to: number;
  kind: 'endorsement' | 'handoff' | 'introduction';
  /** An endorsement's example: words in its description, and days since it was given. */
  words: number;
  ageDays: number;
}

/** The weight the service gives a tie (SPEC section 5: example quality and age; handoffs won; introductions, weakly). */
export function tieWeight(tie: Tie): number {
  switch (tie.kind) {
    case 'endorsement':
      return exampleQuality(tie.words) * ageFactor(tie.ageDays);
    case 'handoff':
      return WEIGHTS.trust.handoffWon;
    case 'introduction':
      return WEIGHTS.trust.introduction;
  }
}

/**
 * The ties of a collective shaped like a real one: endorsements with examples of 12 to 200
 * words given up to three years ago, won handoffs for about 0.8 of a member, introductions for
 * 30% of members by an earlier one (at most one each, like `introducedBy`); and an asker who
 * endorsed someone.
 */
export function collectiveTies(shape: CollectiveShape): { ties: Tie[]; asker: number } {
  const next = random(shape.seed);
  const pick = (below: number) => Math.floor(next() * below);
  const ties: Tie[] = [];
  const tie = (from: number, to: number, kind: Tie['kind'], words = 0, ageDays = 0) => {
    if (from !== to) ties.push({ from, to, kind, words, ageDays });
  };
  const ringStart = shape.members - shape.ring;
  for (let i = 0; i < ringStart; i += 1) {
    const given = pick(2 * shape.meanEndorsements + 1);
    for (let j = 0; j < given; j += 1) {
      const endorsee = Math.floor(ringStart * next() ** (1 + shape.skew));
      tie(i, endorsee, 'endorsement', 12 + pick(189), pick(3 * 365));
    }
    if (next() < 0.8) tie(pick(ringStart), i, 'handoff');
    if (i > 0 && next() < 0.3) tie(pick(i), i, 'introduction');
  }
  for (let a = ringStart; a < shape.members; a += 1) {
    for (let b = ringStart; b < shape.members; b += 1) tie(a, b, 'endorsement', 60, 365);
  }
  if (shape.ring > 0) tie(pick(ringStart), ringStart, 'introduction');
  const givers = [
    ...new Set(ties.filter((t) => t.kind === 'endorsement' && t.from < ringStart).map((t) => t.from)),
  ];
  return { ties, asker: givers.sort((a, b) => a - b)[pick(givers.length)] ?? 0 };
}

/** The trust graph of `ties` between members named by `ids` (member i is ids[i]). */
export function tiesGraph(ids: readonly string[], ties: readonly Tie[]): TrustGraph {
  return buildGraph(
    ids,
    ties.map((t) => ({ from: ids[t.from]!, to: ids[t.to]!, weight: tieWeight(t), label: t.kind })),
  );
}

/** A generated collective's trust graph, its members named so that member i is graph.ids[i]. */
export function collectiveGraph(shape: CollectiveShape): { graph: TrustGraph; asker: number } {
  const { ties, asker } = collectiveTies(shape);
  const ids = Array.from({ length: shape.members }, (_, i) => `member-${String(i).padStart(6, '0')}`);
  return { graph: tiesGraph(ids, ties), asker };
}

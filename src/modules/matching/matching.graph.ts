/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops over typed arrays whose indexes are in range by construction (CSR offsets); checking each would cost more than the graph itself */
import { packStrings, stringAt, type PackedStrings } from './matching.strings.js';
import { WEIGHTS } from './matching.weights.js';

/**
 * A collective's trust graph in compressed sparse rows: nodes are active members (indexes
 * into `ids`), directed weighted edges say "u vouches for v". Built once per collective and
 * graph version, shared by every request, never mutated.
 */
export interface TrustGraph {
  ids: string[];
  index: Map<string, number>;
  /** Out-edges of u are targets[offsets[u] .. offsets[u+1]), with weights and labels alike. */
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  labels: PackedStrings;
  outWeight: Float64Array;
  /** In-edges, to discount edges into the asker: sources of v in [inOffsets[v], inOffsets[v+1]). */
  inOffsets: Int32Array;
  inSources: Int32Array;
  inWeights: Float64Array;
}

/** What the walk of personalizedPageRank reads: typed arrays only, so a worker can hold a copy. */
export type WalkGraph = Pick<
  TrustGraph,
  'offsets' | 'targets' | 'weights' | 'outWeight' | 'inOffsets' | 'inSources' | 'inWeights'
>;

export interface RawEdge {
  from: string;
  to: string;
  weight: number;
  /** What the edge means, for the reasons: a relationship kind, `handoff_won`, `introduced`. */
  label: string;
}

export function buildGraph(memberIds: readonly string[], rawEdges: readonly RawEdge[]): TrustGraph {
  const ids = [...memberIds].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  // Merge parallel edges; the label of the heaviest one names the pair.
  // Keyed by from * n + to: a number, where a string per edge was most of the build's garbage.
  const merged = new Map<number, { from: number; to: number; weight: number; label: string; best: number }>();
  for (const edge of rawEdges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined || from === to || !(edge.weight > 0)) continue;
    const key = from * ids.length + to;
    const existing = merged.get(key);
    if (!existing) merged.set(key, { from, to, weight: edge.weight, label: edge.label, best: edge.weight });
    else {
      existing.weight += edge.weight;
      if (edge.weight > existing.best) {
        existing.best = edge.weight;
        existing.label = edge.label;
      }
    }
  }
  const edges = [...merged.values()].sort((a, b) => a.from - b.from || a.to - b.to);
  const n = ids.length;
  const offsets = new Int32Array(n + 1);
  const inCounts = new Int32Array(n + 1);
  for (const e of edges) {
    offsets[e.from + 1]! += 1;
    inCounts[e.to + 1]! += 1;
  }
  for (let i = 0; i < n; i += 1) {
    offsets[i + 1]! += offsets[i]!;
    inCounts[i + 1]! += inCounts[i]!;
  }
  const targets = new Int32Array(edges.length);
  const weights = new Float64Array(edges.length);
  const labels = new Array<string>(edges.length);
  const outWeight = new Float64Array(n);
  const inSources = new Int32Array(edges.length);
  const inWeights = new Float64Array(edges.length);
  const inFill = inCounts.slice(0, n);
  edges.forEach((e, i) => {
    targets[i] = e.to;
    weights[i] = e.weight;
    labels[i] = e.label;
    outWeight[e.from]! += e.weight;
    const slot = inFill[e.to]!;
    inSources[slot] = e.from;
    inWeights[slot] = e.weight;
    inFill[e.to] = slot + 1;
  });
  return {
    ids,
    index,
    offsets,
    targets,
    weights,
    labels: packStrings(labels),
    outWeight,
    inOffsets: inCounts,
    inSources,
    inWeights,
  };
}

/** How closely `personalizedPageRank` approaches the exact values (WEIGHTS.trust explains both). */
export interface PageRankPrecision {
  epsilon: number;
  residualPerMember: number;
}

/**
 * Personalized PageRank from `source`: the probability that a random walk from the asker, which
 * restarts there with probability `restart` at every step, stops at each member. Edges into the
 * source are ignored: who vouches for (or sends work to) the asker says nothing about whom the
 * asker trusts, and a walk that reaches the asker restarts there anyway. Mass at members with no
 * other outgoing edge returns to the source, as a restart would.
 *
 * Both phases move residual mass (not yet placed) along the edges, keeping the restart share of
 * what they move at the member that moves it:
 * 1. Forward push (Andersen, Chung, Lang) from the asker: a member pushes once its residual
 *    reaches `epsilon` per unit of out-degree. This places most of the mass and touches only the
 *    asker's neighbourhood, but it stops with residual wherever that split below the threshold:
 *    a dense ring of 40 entered through one edge left 39 members at trust 0 that an exact
 *    PageRank ranks above others.
 * 2. Sweeps over every member reached, in the order reached, each pushing its whole residual (in
 *    place, so mass moves on within a sweep), until at most `residualPerMember` per member reached
 *    is left. A sweep leaves at most 3/4 of the residual it starts with, and costs one pass over
 *    the reached members' edges.
 * Last, every member keeps the restart share of the residual it still holds, which the walk
 * surely gives it: the values stay below the exact ones, by at most the residual left in all.
 */
export function personalizedPageRank(
  graph: WalkGraph,
  source: number,
  precision: PageRankPrecision = WEIGHTS.trust,
): Float64Array {
  const n = graph.offsets.length - 1;
  const alpha = WEIGHTS.trust.restart;
  const { epsilon, residualPerMember } = precision;
  const { offsets, targets, weights, outWeight } = graph;
  const p = new Float64Array(n);
  const r = new Float64Array(n);
  const intoSource = new Float64Array(n);
  for (let k = graph.inOffsets[source]!; k < graph.inOffsets[source + 1]!; k += 1) {
    intoSource[graph.inSources[k]!] = graph.inWeights[k]!;
  }
  // The members reached, in the order reached; phase 1's queue is a ring buffer holding each
  // member at most once at a time.
  const reached = new Int32Array(n);
  const isReached = new Uint8Array(n);
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  let reachedCount = 0;
  let head = 0;
  let queueLength = 0;
  const threshold = (v: number) => epsilon * Math.max(1, offsets[v + 1]! - offsets[v]!);
  /** Phase 1: v received residual; remember it, and queue it if it has enough to push. */
  const reach = (v: number) => {
    if (isReached[v] === 0) {
      isReached[v] = 1;
      reached[reachedCount++] = v;
    }
    if (queued[v] === 0 && r[v]! >= threshold(v)) {
      queued[v] = 1;
      queue[(head + queueLength++) % n] = v;
    }
  };
  /** Moves u's whole residual: the restart share stays at u, the rest goes along its edges. */
  const pushFrom = (u: number) => {
    const mass = r[u]!;
    r[u] = 0;
    p[u]! += alpha * mass;
    const spread = (1 - alpha) * mass;
    const total = outWeight[u]! - intoSource[u]!;
    if (total <= 1e-12) {
      r[source]! += spread;
      reach(source);
      return;
    }
    const share = spread / total;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k += 1) {
      const v = targets[k]!;
      if (v === source) continue;
      r[v]! += share * weights[k]!;
      reach(v);
    }
  };

  r[source] = 1;
  reach(source);
  while (queueLength > 0) {
    const u = queue[head]!;
    head = (head + 1) % n;
    queueLength -= 1;
    queued[u] = 0;
    if (r[u]! >= threshold(u)) pushFrom(u);
  }
  const residualLeft = () => {
    let sum = 0;
    for (let i = 0; i < reachedCount; i += 1) sum += r[reached[i]!]!;
    return sum;
  };
  while (residualLeft() > residualPerMember * reachedCount) {
    // pushFrom without the queue, inlined: this passes over every reached member's edges, the
    // bulk of the cost in a large collective. Members reached during a sweep are swept in it too.
    for (let i = 0; i < reachedCount; i += 1) {
      const u = reached[i]!;
      const mass = r[u]!;
      if (mass === 0) continue;
      r[u] = 0;
      p[u]! += alpha * mass;
      const total = outWeight[u]! - intoSource[u]!;
      if (total <= 1e-12) {
        r[source] += (1 - alpha) * mass;
        continue;
      }
      const share = ((1 - alpha) * mass) / total;
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k += 1) {
        const v = targets[k]!;
        if (v === source) continue;
        r[v]! += share * weights[k]!;
        if (isReached[v] === 0) {
          isReached[v] = 1;
          reached[reachedCount++] = v;
        }
      }
    }
  }
  for (let i = 0; i < reachedCount; i += 1) {
    const u = reached[i]!;
    p[u]! += alpha * r[u]!;
  }
  return p;
}

export interface TrustPath {
  /** Member ids from the asker (first) to the candidate (last). */
  members: string[];
  /** The meaning of each hop. */
  labels: string[];
  strength: number;
}

/** The last hop of the strongest path found to a member: from whom, along which edge, how strong. */
interface Hop {
  strength: number;
  from: number;
  edge: number;
}

/**
 * The strongest path of at most `maxHops` from the source to any member, where a path's
 * strength is the product of its hops' normalised weights: the chain along which the asker's
 * trust reaches a candidate, shown in the reasons. The paths of up to `maxHops - 1` hops are
 * found forward from the source (a few hundred members); the last hop of a longer one comes
 * from the target's own in-edges, so a request pays for its few results, not for the graph.
 * Ties go to the fewest hops, then the lowest member and edge positions.
 */
export function strongestPaths(graph: TrustGraph, source: number, maxHops = WEIGHTS.trust.maxPathHops) {
  const relax = (into: Map<number, Hop>, from: number, base: number, edge: number) => {
    const target = graph.targets[edge]!;
    if (target === source) return;
    const strength = (base * graph.weights[edge]!) / graph.outWeight[from]!;
    const current = into.get(target);
    if (!current || strength > current.strength) into.set(target, { strength, from, edge });
  };
  // layers[h]: the strongest path of exactly h hops to each member it reaches.
  const layers: Map<number, Hop>[] = [new Map([[source, { strength: 1, from: -1, edge: -1 }]])];
  for (let hop = 1; hop < maxHops; hop += 1) {
    const next = new Map<number, Hop>();
    const previous = layers[hop - 1]!;
    for (const u of [...previous.keys()].sort((a, b) => a - b)) {
      for (let k = graph.offsets[u]!; k < graph.offsets[u + 1]!; k += 1) {
        relax(next, u, previous.get(u)!.strength, k);
      }
    }
    layers.push(next);
  }
  /** The last hop into `target` of its strongest path of exactly `maxHops` hops. */
  const lastHop = (target: number): Hop | undefined => {
    const into = new Map<number, Hop>();
    const previous = layers[maxHops - 1]!;
    // In-edges are ordered by source, and each source has one edge to the target.
    for (let j = graph.inOffsets[target]!; j < graph.inOffsets[target + 1]!; j += 1) {
      const u = graph.inSources[j]!;
      const reached = previous.get(u);
      if (reached) relax(into, u, reached.strength, edgeBetween(graph, u, target));
    }
    return into.get(target);
  };

  return (targetId: string): TrustPath | null => {
    const target = graph.index.get(targetId);
    if (target === undefined) return null;
    let best: { hops: number; last: Hop } | undefined;
    for (let hop = 1; hop <= maxHops; hop += 1) {
      const last = hop < maxHops ? layers[hop]!.get(target) : lastHop(target);
      if (last && last.strength > (best?.last.strength ?? 0)) best = { hops: hop, last };
    }
    if (!best) return null;
    const members = [graph.ids[target]!];
    const labels: string[] = [];
    let step = best.last;
    for (let hop = best.hops; hop >= 1; hop -= 1) {
      labels.unshift(stringAt(graph.labels, step.edge));
      members.unshift(graph.ids[step.from]!);
      if (hop > 1) step = layers[hop - 1]!.get(step.from)!;
    }
    return { members, labels, strength: best.last.strength };
  };
}

/** The position of the edge from u to v among the CSR edges (targets are sorted within u). */
export function edgeBetween(graph: TrustGraph, u: number, v: number): number {
  let low = graph.offsets[u]!;
  let high = graph.offsets[u + 1]!;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (graph.targets[middle]! < v) low = middle + 1;
    else high = middle;
  }
  return low;
}

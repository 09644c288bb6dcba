/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays indexed by positions the model itself assigned */
import { edgeBetween, type TrustGraph } from './matching.graph.js';
import { findSorted, parseTsvector, type PostingLists, type SearchIndex } from './matching.index.js';
import { endorsementEdgeWeight, type ModelData } from './matching.model.js';
import type { RemovedEndorsement } from './matching.repository.js';
import { lookup, stringAt } from './matching.strings.js';
import { stemKeyOf } from './matching.stems.js';

/** What stopped counting since a model's snapshot (removalsSince). */
export interface Removals {
  departedMemberIds: string[];
  endorsements: RemovedEndorsement[];
}

/** A model as one request scores with it: filtered of later removals, or as built. */
export interface ModelView {
  graph: TrustGraph;
  index: SearchIndex;
  graphNode: Int32Array;
  /** Index positions of members who left after the snapshot. */
  departed: number[];
}

/** The position of endorsement `id` among those member p received, or -1. */
export function endorsementPosition(index: SearchIndex, p: number, id: string): number {
  for (let e = index.receivedOffsets[p]!; e < index.receivedOffsets[p + 1]!; e += 1) {
    if (stringAt(index.endorsementIds, e) === id) return e;
  }
  return -1;
}

/**
 * The model without what stopped counting since its snapshot, so that SPEC's "an endorsement
 * retracted, or from a member who left, stops counting at once" holds while the next model is
 * being built: departed members are left out of the results; each removed endorsement loses its
 * weight as evidence, its skills, its example's words in its endorsee's text, and its edge in
 * the trust graph; a departed member's edges all go. Copies the few arrays it changes (a few
 * milliseconds at 10,000 members) and shares the rest.
 */
export function withoutRemovals(model: ModelData, removals: Removals): ModelView {
  const { index, graph } = model;
  const removed = new Uint8Array(index.endorseeOf.length);
  const endorsementBase = index.endorsementBase.slice();
  const memberWeights = index.memberTerms.weights.slice();
  const weights = graph.weights.slice();
  const outWeight = graph.outWeight.slice();
  const inWeights = graph.inWeights.slice();

  /** Lowers the weight of the edge u -> v (graph nodes) by `amount`, in both directions of the CSR. */
  const lowerEdge = (u: number, v: number, amount: number) => {
    const k = edgeBetween(graph, u, v);
    if (k >= graph.offsets[u + 1]! || graph.targets[k] !== v) return;
    const lowered = Math.min(amount, weights[k]!);
    weights[k]! -= lowered;
    outWeight[u] = Math.max(0, outWeight[u]! - lowered);
    const slot = findSorted(graph.inSources, graph.inOffsets[v]!, graph.inOffsets[v + 1]!, u);
    if (slot >= 0) inWeights[slot] = Math.max(0, inWeights[slot]! - lowered);
  };

  for (const endorsement of removals.endorsements) {
    const p = index.memberIndex.get(endorsement.endorsee_id);
    if (p === undefined) continue;
    const e = endorsementPosition(index, p, endorsement.id);
    if (e < 0) continue;
    removed[e] = 1;
    endorsementBase[e] = 0;
    for (const [lexeme, weight] of parseTsvector(endorsement.search_vector, stemKeyOf(index.textSearch))) {
      lowerPosting(index.memberTerms, memberWeights, lexeme, p, weight);
    }
    const u = model.graph.index.get(endorsement.endorser_id);
    const v = model.graph.index.get(endorsement.endorsee_id);
    if (u !== undefined && v !== undefined) {
      lowerEdge(
        u,
        v,
        endorsementEdgeWeight(endorsement.description_words, endorsement.created_at, model.builtAt),
      );
    }
  }

  const departed: number[] = [];
  for (const memberId of removals.departedMemberIds) {
    const p = index.memberIndex.get(memberId);
    if (p !== undefined) departed.push(p);
    const x = graph.index.get(memberId);
    if (x === undefined) continue;
    for (let k = graph.offsets[x]!; k < graph.offsets[x + 1]!; k += 1)
      lowerEdge(x, graph.targets[k]!, Infinity);
    for (let j = graph.inOffsets[x]!; j < graph.inOffsets[x + 1]!; j += 1)
      lowerEdge(graph.inSources[j]!, x, Infinity);
  }

  return {
    graph: { ...graph, weights, outWeight, inWeights },
    index: {
      ...index,
      removed,
      endorsementBase,
      memberTerms: { ...index.memberTerms, weights: memberWeights },
    },
    graphNode: model.graphNode,
    departed,
  };
}

/** Lowers member p's summed weight for `lexeme` (their postings are in ascending order). */
function lowerPosting(lists: PostingLists, weights: Float64Array, lexeme: string, p: number, amount: number) {
  const k = lookup(lists.keys, lexeme);
  if (k === undefined) return;
  const slot = findSorted(lists.docs, lists.offsets[k]!, lists.offsets[k + 1]!, p);
  if (slot >= 0) weights[slot] = Math.max(0, weights[slot]! - amount);
}

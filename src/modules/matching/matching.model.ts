import type { Db } from '../../db/client.js';
import { buildGraph, type RawEdge, type TrustGraph } from './matching.graph.js';
import { buildSearchIndex, type SearchIndex } from './matching.index.js';
import {
  activeEndorsements,
  activeMembers,
  introductionEdges,
  snapshotMarks,
  wonHandoffEdges,
} from './matching.repository.js';
import { ageFactor, exampleQuality } from './matching.scoring.js';
import { WEIGHTS } from './matching.weights.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A collective's matching model as one build makes it, from one snapshot: the trust graph and
 * the search index (with its skill model), plus what the cache and the filtering of later
 * removals need. Only plain data, so that a worker thread can build it and hand it over.
 */
export interface ModelData {
  /** The collective's graph_version in the snapshot. */
  version: number;
  /** Removals recorded after this event `seq` may be missing from the snapshot (snapshotMarks). */
  removalFloor: number;
  /** The clock of the build (ms since the epoch): endorsements' ages were taken at it. */
  builtAt: number;
  graph: TrustGraph;
  index: SearchIndex;
  /** Graph node of each member of the index, by index position. */
  graphNode: Int32Array;
  /** Estimated heap size (approximateSize), for the cache's budget. */
  bytes: number;
  /** How long the build took, reads included. */
  buildMs: number;
}

/** An endorsement's edge weight in the trust graph: its example's quality, grown with age. */
export function endorsementEdgeWeight(descriptionWords: number, createdAt: string, now: number): number {
  return exampleQuality(descriptionWords) * ageFactor((now - new Date(createdAt).getTime()) / DAY_MS);
}

/** The buffers found by the walk that sized each model built here, so a worker need not walk it again. */
const transferables = new WeakMap<ModelData, ArrayBuffer[]>();

/** The ArrayBuffers behind a model's typed arrays: what a worker transfers rather than copies. */
export function transferablesOf(model: ModelData): ArrayBuffer[] {
  return transferables.get(model) ?? approximateSize(model).buffers;
}

/** Reads one snapshot of a collective and builds its model; undefined if there is no such collective. */
export async function buildModelData(
  db: Db,
  collectiveId: string,
  now: Date,
): Promise<ModelData | undefined> {
  const started = performance.now();
  // One snapshot for every read, so the graph, the index and the version describe one moment.
  const snapshot = await db.transaction(
    async (tx) => {
      const marks = await snapshotMarks(tx, collectiveId);
      if (!marks) return undefined;
      return {
        marks,
        members: await activeMembers(tx, collectiveId),
        endorsements: await activeEndorsements(tx, collectiveId),
        handoffs: await wonHandoffEdges(tx, collectiveId),
        introductions: await introductionEdges(tx, collectiveId),
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  if (!snapshot) return undefined;
  const { marks, members, endorsements, handoffs, introductions } = snapshot;
  const builtAt = now.getTime();
  const edges: RawEdge[] = [
    ...endorsements.map((e) => ({
      from: e.endorser_id,
      to: e.endorsee_id,
      label: e.relationship_kind,
      weight: endorsementEdgeWeight(e.description_words, e.created_at, builtAt),
    })),
    ...handoffs.map((h) => ({
      from: h.from_member_id,
      to: h.to_member_id,
      label: 'handoff_won',
      weight: WEIGHTS.trust.handoffWon,
    })),
    ...introductions.map((i) => ({
      from: i.introduced_by,
      to: i.id,
      label: 'introduced',
      weight: WEIGHTS.trust.introduction,
    })),
  ];
  const graph = buildGraph(
    members.map((m) => m.id),
    edges,
  );
  const index = buildSearchIndex(
    members.map((m) => ({
      id: m.id,
      headline: m.headline,
      skills: m.skills,
      availabilityStatus: m.availability_status,
      availabilityUntil: m.availability_until,
      searchVector: m.search_vector,
    })),
    endorsements.map((e) => ({
      id: e.id,
      endorserId: e.endorser_id,
      endorseeId: e.endorsee_id,
      skills: e.skills,
      title: e.example_title,
      descriptionWords: e.description_words,
      verified: e.verified_by_handoff,
      searchVector: e.search_vector,
    })),
  );
  const model = {
    version: marks.version,
    removalFloor: marks.removalFloor,
    builtAt,
    graph,
    index,
    graphNode: Int32Array.from(members, (m) => graph.index.get(m.id) ?? -1),
    bytes: 0,
    buildMs: 0,
  };
  const size = approximateSize(model);
  model.bytes = size.bytes;
  transferables.set(model, size.buffers);
  model.buildMs = performance.now() - started;
  return model;
}

/**
 * V8's heap cost of a value, estimated by walking it (object and array slots 8 bytes, a string
 * its length plus a header, a map entry about 40 bytes), and the ArrayBuffers behind its typed
 * arrays (what a worker transfers rather than copies). Good to within a small factor, which
 * is what a cache budget in megabytes needs.
 */
export function approximateSize(value: unknown): { bytes: number; buffers: ArrayBuffer[] } {
  const seen = new Set<object>();
  const buffers = new Set<ArrayBuffer>();
  const HEADER = 16;
  const visit = (v: unknown): number => {
    if (typeof v === 'string') return HEADER + v.length;
    if (typeof v !== 'object' || v === null) return 8;
    if (seen.has(v)) return 8;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer && !buffers.has(v.buffer)) {
        buffers.add(v.buffer);
        return HEADER + v.buffer.byteLength;
      }
      return HEADER;
    }
    if (v instanceof Map) {
      let bytes = HEADER;
      for (const [key, entry] of v) bytes += 24 + visit(key) + visit(entry);
      return bytes;
    }
    let bytes = HEADER;
    for (const entry of Array.isArray(v) ? v : Object.values(v)) bytes += 8 + visit(entry);
    return bytes;
  };
  const bytes = visit(value);
  return { bytes, buffers: [...buffers] };
}

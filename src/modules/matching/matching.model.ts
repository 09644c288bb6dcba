import type { Db, DbOrTx } from '../../db/client.js';
import { buildGraph, type RawEdge, type TrustGraph } from './matching.graph.js';
import { buildSearchIndex, newTextMemory, type SearchIndex, type TextMemory } from './matching.index.js';
import {
  activeEndorsements,
  activeMembers,
  endorsementsByIds,
  eventsNotIn,
  introductionEdges,
  snapshotMarks,
  wonHandoffEdges,
  type EndorsementRow,
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
  /** Whether every endorsement was read, or only those changed since the builder's last read. */
  endorsementsRead: 'all' | 'changed';
}

/**
 * An endorsement's edge weight in the trust graph: its example's quality, grown with age in
 * whole days, so that two builds of one day give an unchanged graph the same weights (and the
 * askers' trust computed on one holds for the other).
 */
export function endorsementEdgeWeight(descriptionWords: number, createdAt: string, now: number): number {
  const ageDays = Math.floor((now - new Date(createdAt).getTime()) / DAY_MS);
  return exampleQuality(descriptionWords) * ageFactor(ageDays);
}

/** The buffers found by the walk that sized each model built here, so a worker need not walk it again. */
const transferables = new WeakMap<ModelData, ArrayBuffer[]>();

/** The ArrayBuffers behind a model's typed arrays: what a worker transfers rather than copies. */
export function transferablesOf(model: ModelData): ArrayBuffer[] {
  return transferables.get(model) ?? approximateSize(model).buffers;
}

/**
 * What a builder keeps of a collective's last read, so that the next build reads only the
 * endorsements that changed: a 10,000-member collective has 100,000, whose reading and parsing
 * were most of a rebuild, while a change touches one. Members (one row each), handoffs and
 * introductions are read whole every time.
 */
export interface BuildMemory {
  /** pg_current_snapshot() of the last read, and the graph_version it saw. */
  snapshot: string;
  version: number;
  /** The collective's active endorsements as of that read, by id, and their parsed texts. */
  endorsements: Map<string, EndorsementRow>;
  texts: TextMemory;
}

/** Beyond this many lexemes no longer used, a remembered numbering is dropped and texts parsed afresh. */
const STALE_LEXEMES = 50_000;

/** Event types that bump graph_version (migration 0002's trigger). */
const bumpsGraph = (type: string) =>
  type.startsWith('endorsement.') || type.startsWith('member.') || type === 'referral.outcome_recorded';

/**
 * The collective's active endorsements in this snapshot: the remembered ones brought up to
 * date by the endorsement events committed since their read, or all read again. Every change to
 * an endorsement records an event about it; the one change that bumps graph_version without an
 * event (re-indexing every text after a language change) shows as a version that moved by more
 * than the events explain, and is read in full.
 */
async function currentEndorsements(
  tx: DbOrTx,
  collectiveId: string,
  version: number,
  memory: BuildMemory | undefined,
): Promise<{ rows: EndorsementRow[]; read: ModelData['endorsementsRead'] }> {
  if (memory) {
    const events = await eventsNotIn(tx, collectiveId, memory.snapshot);
    if (version - memory.version === events.filter((ev) => bumpsGraph(ev.type)).length) {
      const changed = [
        ...new Set(events.filter((ev) => ev.subject_type === 'endorsement').map((ev) => ev.subject_id)),
      ];
      // Rows whose text is neither remembered nor parsed (not in the last model: between members
      // not active then) are read again with it.
      for (const row of memory.endorsements.values()) {
        if (row.search_vector === null && !memory.texts.parsed.has(row.id)) changed.push(row.id);
      }
      // A copy: the memory stays as it was if this build fails.
      const current = new Map(memory.endorsements);
      // Retracted, hidden or deleted ones are dropped; given or unhidden ones (re)added.
      for (const id of changed) current.delete(id);
      for (const { status, ...endorsement } of await endorsementsByIds(tx, collectiveId, changed)) {
        if (status === 'active') current.set(endorsement.id, endorsement);
      }
      // As activeEndorsements orders them (the graph names a pair by its first heaviest edge).
      const rows = [...current.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { rows, read: 'changed' };
    }
  }
  return { rows: await activeEndorsements(tx, collectiveId), read: 'all' };
}

/**
 * Reads one snapshot of a collective and builds its model; undefined if there is no such
 * collective. With `memory` (kept by the builder per collective), only what changed since the
 * last read is read again, and `memory` is brought up to this snapshot.
 */
export async function buildModelData(
  db: Db,
  collectiveId: string,
  now: Date,
  memory?: { get(): BuildMemory | undefined; set(memory: BuildMemory): void; forget(): void },
): Promise<ModelData | undefined> {
  const started = performance.now();
  // One snapshot for every read, so the graph, the index and the version describe one moment.
  const snapshot = await db.transaction(
    async (tx) => {
      const marks = await snapshotMarks(tx, collectiveId);
      if (!marks) return undefined;
      const members = await activeMembers(tx, collectiveId);
      const endorsements = await currentEndorsements(tx, collectiveId, marks.version, memory?.get());
      return {
        marks,
        members,
        endorsements: endorsements.rows,
        endorsementsRead: endorsements.read,
        handoffs: await wonHandoffEdges(tx, collectiveId),
        introductions: await introductionEdges(tx, collectiveId),
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  if (!snapshot) return undefined;
  const { marks, members, endorsements, endorsementsRead, handoffs, introductions } = snapshot;
  // Texts are remembered only across reads of changes: a full read may follow a re-indexing.
  const remembered = memory?.get()?.texts;
  const texts = endorsementsRead === 'changed' && remembered ? remembered : newTextMemory();
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
    texts,
  );
  const lexemesInUse = index.memberTerms.offsets.length - 1;
  if (texts.numbering.names.length > lexemesInUse + STALE_LEXEMES) {
    // Too many lexemes no longer used: the next build reads and parses everything afresh.
    memory?.forget();
  } else {
    // The remembered rows drop the texts that are kept parsed: they were most of the memory.
    const kept = (e: EndorsementRow) =>
      e.search_vector !== null && texts.parsed.has(e.id) ? { ...e, search_vector: null } : e;
    memory?.set({
      snapshot: marks.snapshot,
      version: marks.version,
      endorsements: new Map(endorsements.map((e) => [e.id, kept(e)])),
      texts,
    });
  }
  const model = {
    version: marks.version,
    removalFloor: marks.removalFloor,
    builtAt,
    graph,
    index,
    graphNode: Int32Array.from(members, (m) => graph.index.get(m.id) ?? -1),
    bytes: 0,
    buildMs: 0,
    endorsementsRead,
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

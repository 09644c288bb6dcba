import type { Db, DbOrTx } from '../../db/client.js';
import { buildGraph, type RawEdge, type TrustGraph } from './matching.graph.js';
import {
  availabilityEndsAt,
  buildSearchIndex,
  newTextMemory,
  type IndexedMember,
  type SearchIndex,
  type TextMemory,
} from './matching.index.js';
import {
  activeEndorsements,
  activeMembers,
  endorsementsByIds,
  eventsNotIn,
  introductionEdges,
  snapshotMarks,
  wonHandoffEdges,
  type EndorsementRow,
  type MemberRow,
} from './matching.repository.js';
import {
  ageFactor,
  availability,
  exampleQuality,
  trustOfAsker,
  type AskerTrust,
} from './matching.scoring.js';
import type { StemmedTrade } from './matching.synonyms.js';
import { tradeShares, type TradeShares } from './matching.trades.js';
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
  /** pg_current_snapshot() of the read: the events it did not see are the changes since. */
  snapshot: string;
  /** The clock of the build (ms since the epoch): endorsements' ages were taken at it. */
  builtAt: number;
  graph: TrustGraph;
  index: SearchIndex;
  /** Graph node of each member of the index, by index position. */
  graphNode: Int32Array;
  /**
   * The trust of the askers the build was asked for (the latest of the model it replaces),
   * computed with it off the event loop: each costs milliseconds at 10,000 members, and a new
   * trust graph made every asker's next request pay for theirs at once.
   */
  askers: { id: string; trust: AskerTrust }[];
  /**
   * The members' trade shares in the collective's text search configuration, computed with the
   * model off the event loop (about 40 ms at 10,000 members, paid by the first brief of every
   * new model before). Undefined when the builder was given no thesaurus.
   */
  trades?: { config: string; shares: TradeShares };
  /** Estimated heap size (approximateSize), for the cache's budget. */
  bytes: number;
  /** How long the build took, reads included. */
  buildMs: number;
  /**
   * Whether every endorsement was read, only those changed since the builder's last read, or
   * none because only members' availability changed (the model is the previous one, patched).
   */
  endorsementsRead: 'all' | 'changed' | 'none';
}

/** The UTC day of a moment (ms since the epoch), counted from the epoch. */
const dayOf = (ms: number) => Math.floor(ms / DAY_MS);

/**
 * An endorsement's edge weight in the trust graph: its example's quality, grown with its age in
 * calendar days (UTC), so that every build of one day gives an unchanged graph the same
 * weights, and the askers' trust computed on one holds for the other. (Ages in 24-hour periods
 * would move some endorsement of a large collective every few seconds.)
 */
export function endorsementEdgeWeight(descriptionWords: number, createdAt: string, now: number): number {
  const ageDays = dayOf(now) - dayOf(new Date(createdAt).getTime());
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
  /** pg_current_snapshot() of the last read, the graph_version it saw, and the build's clock. */
  snapshot: string;
  version: number;
  builtAt: number;
  /** The collective's active endorsements as of that read, by id, and their parsed texts. */
  endorsements: Map<string, EndorsementRow>;
  texts: TextMemory;
  /** Its active members as read, in the index's order. */
  members: MemberRow[];
}

/**
 * A model that differs from the one built at `baseVersion` only in some members' availability:
 * what a build sends instead of a whole model when nothing else changed (an availability update
 * is the commonest write of a collective, and a 10,000-member model costs seconds to build).
 */
export interface AvailabilityPatch {
  baseVersion: number;
  version: number;
  removalFloor: number;
  snapshot: string;
  builtAt: number;
  buildMs: number;
  /** The members whose availability changed, at their index positions. */
  changed: { position: number; member: IndexedMember }[];
}

/** What a build makes: a whole model, or a patch of the model the builder was given. */
export type BuildOutcome = { model: ModelData } | { patch: AvailabilityPatch };

/** A language's thesaurus trades stemmed in a text search configuration (createExpander's). */
export type TradesOf = (language: string, config: string) => Promise<readonly StemmedTrade[]>;

export function indexedMember(row: MemberRow): IndexedMember {
  return {
    id: row.id,
    headline: row.headline,
    skills: row.skills,
    availabilityStatus: row.availability_status,
    availabilityUntil: row.availability_until,
  };
}

/**
 * The model `patch` describes: `base` with the changed members' availability. Everything else
 * is shared with `base` (models are never modified once built), so this costs the arrays of
 * availability only.
 */
export function applyAvailabilityPatch(base: ModelData, patch: AvailabilityPatch): ModelData {
  if (base.version !== patch.baseVersion) {
    throw new Error(`availability patch of version ${patch.baseVersion} applied to ${base.version}`);
  }
  const { baseVersion: _base, changed, ...marks } = patch;
  return { ...base, ...marks, index: withAvailability(base.index, changed), endorsementsRead: 'none' };
}

/** The index with these members (at their positions) as given: their availability changed. */
export function withAvailability(
  index: SearchIndex,
  changed: readonly { position: number; member: IndexedMember }[],
): SearchIndex {
  const members = index.members.slice();
  const availabilityStated = index.availabilityStated.slice();
  const availabilityEnded = index.availabilityEnded.slice();
  const availabilityEnds = index.availabilityEnds.slice();
  for (const { position, member } of changed) {
    members[position] = member;
    availabilityStated[position] = availability(member.availabilityStatus, false);
    availabilityEnded[position] = availability(member.availabilityStatus, true);
    availabilityEnds[position] = availabilityEndsAt(member);
  }
  return { ...index, members, availabilityStated, availabilityEnded, availabilityEnds };
}

/**
 * Whether a build may patch the previous model rather than build anew: the same day (edge
 * weights count ages in days), no endorsement and no handoff changed (`events` are profile or
 * role updates), the same members in the same order, and none of their profiles changed.
 */
function onlyAvailabilityChanged(
  memory: BuildMemory,
  events: readonly { type: string }[],
  members: readonly MemberRow[],
  builtAt: number,
): boolean {
  if (dayOf(builtAt) !== dayOf(memory.builtAt)) return false;
  // A profile edit or a role change; joining, leaving and reinstatement change who is counted.
  if (!events.every((ev) => ev.type === 'member.updated' || ev.type === 'member.role_changed')) return false;
  if (members.length !== memory.members.length) return false;
  return members.every((row, p) => {
    const before = memory.members[p];
    return (
      before !== undefined &&
      row.id === before.id &&
      row.headline === before.headline &&
      row.search_vector === before.search_vector &&
      row.skills.length === before.skills.length &&
      row.skills.every((skill, k) => skill === before.skills[k])
    );
  });
}

/** Beyond this many lexemes no longer used, a remembered numbering is dropped and texts parsed afresh. */
const STALE_LEXEMES = 50_000;

/** Event types that bump graph_version (migration 0002's trigger). */
const bumpsGraph = (type: string) =>
  type.startsWith('endorsement.') || type.startsWith('member.') || type === 'referral.outcome_recorded';

/**
 * The collective's active endorsements in this snapshot: the remembered ones brought up to
 * date by the endorsement events committed since their read (`events`, those the remembered
 * snapshot did not see), or all read again. Every change to an endorsement records an event
 * about it; the one change that bumps graph_version without an event (re-indexing every text
 * after a language change) shows as a version that moved by more than the events explain, and
 * is read in full.
 */
async function currentEndorsements(
  tx: DbOrTx,
  collectiveId: string,
  version: number,
  known: { memory: BuildMemory; events: CollectiveEvent[] } | undefined,
): Promise<{ rows: EndorsementRow[]; read: 'all' | 'changed' }> {
  if (known && explained(version, known)) {
    const { memory, events } = known;
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
  return { rows: await activeEndorsements(tx, collectiveId), read: 'all' };
}

type CollectiveEvent = Awaited<ReturnType<typeof eventsNotIn>>[number];

/**
 * Removals that a model filtered of them (withoutRemovals) counts exactly as a rebuilt one
 * would for evidence, texts and trust. An erasure is not one of them: the erased member's
 * texts should leave memory with the next build, not be kept out of results only.
 */
const FILTERED_REMOVALS = new Set(['endorsement.retracted', 'member.left', 'member.removed']);

/** The events that bump graph_version. */
const graphBumps = <T extends { type: string }>(events: readonly T[]) =>
  events.filter((ev) => bumpsGraph(ev.type));

/** A profile edit of nothing but availability (members.service's `member.updated` names the fields). */
const availabilityOnly = (ev: { type: string; data: unknown }) =>
  ev.type === 'member.updated' &&
  typeof ev.data === 'object' &&
  ev.data !== null &&
  'fields' in ev.data &&
  Array.isArray(ev.data.fields) &&
  ev.data.fields.every((field) => field === 'availability');

/** What a model has not seen, when it can be served patched rather than rebuilt. */
export interface PatchableChanges {
  /** Endorsements given (withAdditions). */
  given: string[];
  /** Members whose availability changed (withAvailability). */
  availability: string[];
}

/**
 * The changes a model has not seen (`events`, those its snapshot did not see), if they are
 * endorsements given, availability changes, role changes (which matching does not read) and
 * removals (withoutRemovals), and explain all `versionGap` bumps of graph_version since the
 * model: then it can be served patched rather than rebuilt. Undefined otherwise.
 */
export function patchableChanges(
  events: readonly { type: string; subject_id: string; data: unknown }[],
  versionGap: number,
): PatchableChanges | undefined {
  const bumps = graphBumps(events);
  if (bumps.length !== versionGap) return undefined;
  const patchable = (ev: (typeof bumps)[number]) =>
    ev.type === 'endorsement.given' ||
    ev.type === 'member.role_changed' ||
    availabilityOnly(ev) ||
    FILTERED_REMOVALS.has(ev.type);
  if (!bumps.every(patchable)) return undefined;
  const subjects = (keep: (ev: (typeof bumps)[number]) => boolean) => [
    ...new Set(bumps.filter(keep).map((ev) => ev.subject_id)),
  ];
  return {
    given: subjects((ev) => ev.type === 'endorsement.given'),
    availability: subjects(availabilityOnly),
  };
}

/** Whether the events since the remembered read account for every bump of graph_version since. */
function explained(version: number, { memory, events }: { memory: BuildMemory; events: CollectiveEvent[] }) {
  return version - memory.version === graphBumps(events).length;
}

/** What `readModel` remembers for the next build and how it builds; see `buildModelData`. */
export interface MemorySlot {
  get(): BuildMemory | undefined;
  set(memory: BuildMemory): void;
  forget(): void;
}

/**
 * Reads one snapshot of a collective and builds its model; undefined if there is no such
 * collective. With `memory` (kept by the builder per collective), only what changed since the
 * last read is read again, and `memory` is brought up to this snapshot. When the caller holds
 * the model of the remembered read (`baseVersion`) and only members' availability changed
 * since, the outcome is a patch of that model rather than a model.
 */
export async function readModel(
  db: Db,
  collectiveId: string,
  now: Date,
  memory?: MemorySlot,
  baseVersion?: number,
  askers: readonly string[] = [],
  tradesOf?: TradesOf,
): Promise<BuildOutcome | undefined> {
  const started = performance.now();
  const builtAt = now.getTime();
  const remembered = memory?.get();
  // One snapshot for every read, so the graph, the index and the version describe one moment.
  const snapshot = await db.transaction(
    async (tx) => {
      const marks = await snapshotMarks(tx, collectiveId);
      if (!marks) return undefined;
      const members = await activeMembers(tx, collectiveId);
      const known = remembered && {
        memory: remembered,
        events: await eventsNotIn(tx, collectiveId, remembered.snapshot),
      };
      if (
        known &&
        baseVersion === remembered.version &&
        explained(marks.version, known) &&
        onlyAvailabilityChanged(remembered, known.events, members, builtAt)
      ) {
        return { patchable: true as const, marks, members };
      }
      const endorsements = await currentEndorsements(tx, collectiveId, marks.version, known);
      return {
        patchable: false as const,
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
  if (snapshot.patchable && remembered && baseVersion !== undefined) {
    const { marks, members } = snapshot;
    const changed = members.flatMap((row, position) => {
      const before = remembered.members[position];
      return row.availability_status === before?.availability_status &&
        row.availability_until === before.availability_until
        ? []
        : [{ position, member: indexedMember(row) }];
    });
    memory?.set({ ...remembered, snapshot: marks.snapshot, version: marks.version, builtAt, members });
    const patch = {
      baseVersion,
      version: marks.version,
      removalFloor: marks.removalFloor,
      snapshot: marks.snapshot,
      builtAt,
      buildMs: performance.now() - started,
      changed,
    };
    return { patch };
  }
  if (snapshot.patchable) throw new Error('unreachable: a patchable read without a remembered one');
  const { marks, members, endorsements, endorsementsRead, handoffs, introductions } = snapshot;
  // Texts are remembered only across reads of changes: a full read may follow a re-indexing.
  const texts = endorsementsRead === 'changed' && remembered ? remembered.texts : newTextMemory();
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
    members.map((m) => ({ ...indexedMember(m), searchVector: m.search_vector })),
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
    marks.textSearch,
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
      builtAt,
      endorsements: new Map(endorsements.map((e) => [e.id, kept(e)])),
      texts,
      members,
    });
  }
  const graphNode = Int32Array.from(members, (m) => graph.index.get(m.id) ?? -1);
  const trades = tradesOf && (await tradesOf(marks.language, marks.textSearch));
  const model: ModelData = {
    version: marks.version,
    removalFloor: marks.removalFloor,
    snapshot: marks.snapshot,
    builtAt,
    graph,
    index,
    graphNode,
    askers: askers.map((id) => ({ id, trust: trustOfAsker(graph, graphNode, id) })),
    ...(trades && { trades: { config: marks.textSearch, shares: tradeShares(index, trades) } }),
    bytes: 0,
    buildMs: 0,
    endorsementsRead,
  };
  const size = approximateSize(model);
  model.bytes = size.bytes;
  transferables.set(model, size.buffers);
  model.buildMs = performance.now() - started;
  return { model };
}

/**
 * `readModel`'s model: a patch applied to `base`, the model the caller holds (its version is
 * the one passed to `readModel`).
 */
export function modelOf(outcome: BuildOutcome, base: ModelData | undefined): ModelData {
  if ('model' in outcome) return outcome.model;
  if (!base) throw new Error('an availability patch without the model it patches');
  return applyAvailabilityPatch(base, outcome.patch);
}

/** `readModel`, with a patch applied to `base` (the model the caller holds). */
export async function buildModelData(
  db: Db,
  collectiveId: string,
  now: Date,
  memory?: MemorySlot,
  base?: ModelData,
  askers?: readonly string[],
  tradesOf?: TradesOf,
): Promise<ModelData | undefined> {
  const outcome = await readModel(db, collectiveId, now, memory, base?.version, askers, tradesOf);
  return outcome && modelOf(outcome, base);
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

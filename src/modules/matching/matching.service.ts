import type { Db } from '../../db/client.js';
import { memberNames, requireMember } from '../access/index.js';
import { currentJob } from '../jobs/index.js';
import {
  buildGraph,
  personalizedPageRank,
  strongestPaths,
  type RawEdge,
  type TrustGraph,
} from './matching.graph.js';
import { buildSearchIndex, parseTsvector, type IndexedMember, type SearchIndex } from './matching.index.js';
import {
  activeEndorsements,
  activeMembers,
  introductionEdges,
  recentReferralCounts,
  versionAndLexemes,
  wonHandoffEdges,
} from './matching.repository.js';
import type { Match, MatchBriefBody, MatchReason } from './matching.schemas.js';
import {
  ageFactor,
  availability,
  combinedScore,
  credibility,
  endorsementWeight,
  evidence,
  exampleQuality,
  findHits,
  fit,
  rotation,
  saturate,
  type BriefHits,
  type Components,
} from './matching.scoring.js';
import { WEIGHTS } from './matching.weights.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const round = (value: number) => Math.round(value * 1e6) / 1e6;

interface Brief {
  text: string;
  skills: string[];
  startsOn?: string | undefined;
  limit: number;
  exclude: string[];
}

/** What a collective's matching needs in memory: its trust graph and its search index. */
interface CollectiveModel {
  graph: TrustGraph;
  index: SearchIndex;
  /** Graph node of each member of the index, by index position. */
  graphNode: Int32Array;
}

/**
 * Keeps each collective's model in memory, keyed by the collective's graph_version, which a
 * database trigger bumps on every change that can alter it (endorsements, members and their
 * profiles, handoff outcomes). One cheap read per request tells whether the cached model is
 * current, so several API instances each rebuild on their own and never serve a stale one.
 */
class ModelCache {
  private readonly entries = new Map<string, { version: number; model: Promise<CollectiveModel> }>();
  constructor(private readonly capacity: number) {}

  get(
    collectiveId: string,
    version: number,
    build: () => Promise<CollectiveModel>,
  ): Promise<CollectiveModel> {
    const cached = this.entries.get(collectiveId);
    if (cached?.version === version) {
      // Re-insert to keep the map in least-recently-used order.
      this.entries.delete(collectiveId);
      this.entries.set(collectiveId, cached);
      return cached.model;
    }
    const model = build();
    model.catch(() => this.entries.delete(collectiveId));
    this.entries.set(collectiveId, { version, model });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return model;
  }
}

async function loadModel(db: Db, collectiveId: string, now: Date): Promise<CollectiveModel> {
  const [members, endorsements, handoffs, introductions] = await Promise.all([
    activeMembers(db, collectiveId),
    activeEndorsements(db, collectiveId),
    wonHandoffEdges(db, collectiveId),
    introductionEdges(db, collectiveId),
  ]);
  const edges: RawEdge[] = [
    ...endorsements.map((e) => ({
      from: e.endorser_id,
      to: e.endorsee_id,
      label: e.relationship_kind,
      weight:
        exampleQuality(e.description_words) *
        ageFactor((now.getTime() - new Date(e.created_at).getTime()) / DAY_MS),
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
  return {
    graph,
    graphNode: Int32Array.from(members, (m) => graph.index.get(m.id) ?? -1),
    index: buildSearchIndex(
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
    ),
  };
}

export function createMatchingService(db: Db, now: () => Date) {
  const models = new ModelCache(64);

  async function rank(collectiveId: string, askerId: string, brief: Brief): Promise<Match[]> {
    const current = await versionAndLexemes(db, {
      collectiveId,
      text: `${brief.text} ${brief.skills.join(' ')}`,
    });
    const { graph, index, graphNode } = await models.get(collectiveId, current?.version ?? 0, () =>
      loadModel(db, collectiveId, now()),
    );
    const excluded = new Set([askerId, ...brief.exclude]);

    const source = graph.index.get(askerId);
    const ppr =
      source === undefined ? new Float64Array(graph.ids.length) : personalizedPageRank(graph, source);
    // Trust is relative to the most trusted member other than the asker.
    let maxTrust = 0;
    ppr.forEach((value, i) => {
      if (i !== source && value > maxTrust) maxTrust = value;
    });
    const trust = (p: number) => {
      const node = graphNode[p] ?? -1;
      return node < 0 || maxTrust === 0 ? 0 : Math.min(1, (ppr[node] ?? 0) / maxTrust);
    };

    const hits = findHits(index, [...parseTsvector(current?.lexemes ?? null).keys()], brief.skills, (p) =>
      credibility(trust(p)),
    );
    const top = bestCandidates(index, hits, brief, excluded, trust);
    const received = await recentReferralCounts(db, {
      collectiveId,
      memberIds: top.map((c) => index.members[c.position]?.id ?? ''),
      since: new Date(now().getTime() - WEIGHTS.rotation.days * DAY_MS),
    });
    const scored = top.map(({ position, components }) => {
      const memberId = index.members[position]?.id ?? '';
      const full = { ...components, rotation: round(rotation(received.get(memberId) ?? 0)) };
      return { position, memberId, components: full, score: round(combinedScore(full)) };
    });
    // Ties broken by id, so the same data and request always give the same order.
    scored.sort((a, b) => b.score - a.score || (a.memberId < b.memberId ? -1 : 1));
    const results = scored.slice(0, brief.limit);

    const pathTo = source === undefined ? () => null : strongestPaths(graph, source);
    const paths = new Map(results.map(({ memberId }) => [memberId, pathTo(memberId)]));
    const strongest = new Map(
      results.map(({ position }) => [position, strongestEndorsements(index, hits, position)]),
    );
    const names = await memberNames(db, collectiveId, [
      ...new Set([
        ...results.map((r) => r.memberId),
        ...[...strongest.values()].flat().map((e) => index.endorsements[e]?.endorserId ?? ''),
        ...[...paths.values()].flatMap((path) => path?.members ?? []),
      ]),
    ]);
    return results.map(({ position, memberId, components, score }) => {
      const member = memberAt(index, position);
      return {
        member: {
          id: memberId,
          name: names.get(memberId) ?? 'a member',
          headline: member.headline,
          skills: member.skills,
          availability: { status: member.availabilityStatus, until: member.availabilityUntil },
        },
        score,
        components,
        reasons: reasonsFor(
          index,
          member,
          brief,
          strongest.get(position) ?? [],
          paths.get(memberId) ?? null,
          names,
        ),
      };
    });
  }

  return {
    async matchBrief(
      accountId: string,
      collectiveId: string,
      body: MatchBriefBody,
    ): Promise<{ items: Match[] }> {
      const asker = await requireMember(db, collectiveId, accountId);
      const items = await rank(collectiveId, asker.memberId, {
        text: body.brief,
        skills: body.skills ?? [],
        startsOn: body.startsOn,
        limit: body.limit,
        exclude: body.excludeMemberIds ?? [],
      });
      return { items };
    },

    async matchJob(
      accountId: string,
      collectiveId: string,
      jobId: string,
      limit: number,
    ): Promise<{ items: Match[] }> {
      const asker = await requireMember(db, collectiveId, accountId);
      const job = await db.transaction((tx) => currentJob(tx, collectiveId, jobId, now()));
      const items = await rank(collectiveId, asker.memberId, {
        text: `${job.title} ${job.brief}`,
        skills: job.skills,
        startsOn: job.startsOn ?? undefined,
        limit,
        exclude: [job.postedBy],
      });
      return { items };
    },
  };
}
export type MatchingService = ReturnType<typeof createMatchingService>;

/**
 * The candidates that can end up in the results, scored without rotation (which needs the
 * database). Every member's score is bounded by its cheap components plus full evidence and
 * rotation; members are visited by that bound, and the visit stops once no remaining member
 * can reach the top `limit` even with the largest possible rotation boost. The rest are
 * never scored in full.
 */
function bestCandidates(
  index: SearchIndex,
  hits: BriefHits,
  brief: Brief,
  excluded: Set<string>,
  trust: (p: number) => number,
): { position: number; components: Components }[] {
  const w = WEIGHTS.score;
  const bounded = hits.candidates
    .filter((p) => !excluded.has(index.members[p]?.id ?? ''))
    .map((p) => {
      const components: Components = {
        fit: round(fit(hits, p)),
        evidence: 0,
        trust: round(trust(p)),
        availability: round(availability(memberAt(index, p), brief.startsOn)),
        rotation: 0,
      };
      const evidenceBound = saturate(hits.evidenceUpper[p] ?? 0);
      return {
        position: p,
        components,
        bound: combinedScore({ ...components, evidence: evidenceBound, rotation: 1 }),
      };
    })
    .sort((a, b) => b.bound - a.bound || a.position - b.position);

  const kept: { position: number; components: Components; score: number }[] = [];
  const scores: number[] = [];
  for (const candidate of bounded) {
    // The results' last score is at least the limit-th best score without rotation; a member
    // whose bound (evidence before the per-endorser decay, full rotation) is below that cannot get in.
    if (scores.length >= brief.limit && candidate.bound < (scores[brief.limit - 1] ?? 0)) break;
    candidate.components.evidence = round(evidence(index, hits, candidate.position, trust));
    const score = combinedScore(candidate.components);
    kept.push({ ...candidate, score });
    scores.splice(sortedIndex(scores, score), 0, score);
  }
  // Rotation adds at most its weight: only those within it of the limit-th best still compete.
  const threshold = scores.length >= brief.limit ? (scores[brief.limit - 1] ?? 0) - w.rotation : -1;
  return kept.filter((c) => c.score >= threshold);
}

function memberAt(index: SearchIndex, position: number): IndexedMember {
  const member = index.members[position];
  if (!member) throw new Error(`no member at position ${position}`);
  return member;
}

/** Where `value` goes in a list sorted from high to low. */
function sortedIndex(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) >= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The endorsements that speak most for a candidate on this brief: the ones shown as reasons. */
function strongestEndorsements(index: SearchIndex, hits: BriefHits, position: number): number[] {
  const received: { e: number; weight: number }[] = [];
  for (let k = index.receivedOffsets[position] ?? 0; k < (index.receivedOffsets[position + 1] ?? 0); k += 1) {
    const e = index.receivedBy[k] ?? 0;
    const weight = endorsementWeight(index, hits, e);
    if (weight > 0) received.push({ e, weight });
  }
  const id = (e: number) => index.endorsements[e]?.id ?? '';
  return received
    .sort((a, b) => b.weight - a.weight || (id(a.e) < id(b.e) ? -1 : 1))
    .slice(0, 3)
    .map(({ e }) => e);
}

function reasonsFor(
  index: SearchIndex,
  member: IndexedMember,
  brief: Brief,
  strongest: readonly number[],
  path: { members: string[]; labels: string[] } | null,
  names: Map<string, string>,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  const name = (memberId: string) => names.get(memberId) ?? 'a member';
  for (const e of strongest.map((position) => index.endorsements[position]).filter((x) => x !== undefined)) {
    const skill = brief.skills.find((s) => e.skills.includes(s)) ?? e.skills[0] ?? '';
    reasons.push({
      kind: 'endorsement',
      text: `${name(e.endorserId)} endorsed ${name(member.id)} for ${skill} with the example "${e.title}"${e.verified ? ' (verified by a handoff)' : ''}`,
      endorsementId: e.id,
      endorserId: e.endorserId,
      endorserName: name(e.endorserId),
      skill,
      exampleTitle: e.title,
      verifiedByHandoff: e.verified,
    });
  }
  if (path && path.members.length > 1) {
    const steps = path.members.map((memberId, i) => ({
      memberId,
      name: i === 0 ? 'you' : name(memberId),
      via: i === 0 ? null : (path.labels[i - 1] ?? null),
    }));
    reasons.push({
      kind: 'trust_path',
      text: steps.map((s) => (s.via ? `-> ${s.name} (${s.via})` : s.name)).join(' '),
      path: steps,
    });
  }
  const declared = brief.skills.filter((s) => member.skills.includes(s));
  if (declared.length > 0) {
    reasons.push({ kind: 'skills', text: `Lists ${declared.join(', ')} among their skills` });
  }
  return reasons;
}

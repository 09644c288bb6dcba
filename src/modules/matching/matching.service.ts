import type { Db } from '../../db/client.js';
import { requireMember } from '../access/index.js';
import { currentJob } from '../jobs/index.js';
import {
  buildGraph,
  personalizedPageRank,
  strongestPaths,
  type RawEdge,
  type TrustGraph,
} from './matching.graph.js';
import {
  activeMemberIds,
  endorsementEdges,
  findCandidates,
  graphVersion,
  introductionEdges,
  memberNames,
  wonHandoffEdges,
  type CandidateRow,
} from './matching.repository.js';
import type { Match, MatchBriefBody, MatchReason } from './matching.schemas.js';
import {
  ageFactor,
  availability,
  briefQuery,
  combinedScore,
  endorsementWeight,
  evidence,
  exampleQuality,
  fit,
  rotation,
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

/**
 * Keeps each collective's trust graph in memory, keyed by the collective's graph_version,
 * which a database trigger bumps on every change that can alter the graph. One cheap read
 * per request tells whether the cached graph is current, so several API instances each
 * rebuild on their own and never serve a stale graph.
 */
class GraphCache {
  private readonly entries = new Map<string, { version: number; graph: Promise<TrustGraph> }>();
  constructor(private readonly capacity: number) {}

  get(collectiveId: string, version: number, build: () => Promise<TrustGraph>): Promise<TrustGraph> {
    const cached = this.entries.get(collectiveId);
    if (cached?.version === version) {
      // Re-insert to keep the map in least-recently-used order.
      this.entries.delete(collectiveId);
      this.entries.set(collectiveId, cached);
      return cached.graph;
    }
    const graph = build();
    graph.catch(() => this.entries.delete(collectiveId));
    this.entries.set(collectiveId, { version, graph });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return graph;
  }
}

async function loadGraph(db: Db, collectiveId: string, now: Date): Promise<TrustGraph> {
  const [nodes, endorsements, handoffs, introductions] = await Promise.all([
    activeMemberIds(db, collectiveId),
    endorsementEdges(db, collectiveId),
    wonHandoffEdges(db, collectiveId),
    introductionEdges(db, collectiveId),
  ]);
  const edges: RawEdge[] = [
    ...endorsements.map((e) => ({
      from: e.endorser_id,
      to: e.endorsee_id,
      label: e.relationship_kind,
      weight:
        exampleQuality(e.description.trim().split(/\s+/).length) *
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
  return buildGraph(nodes, edges);
}

export function createMatchingService(db: Db, now: () => Date) {
  const graphs = new GraphCache(64);

  async function trustGraph(collectiveId: string): Promise<TrustGraph> {
    const version = (await graphVersion(db, collectiveId)) ?? 0;
    return graphs.get(collectiveId, version, () => loadGraph(db, collectiveId, now()));
  }

  async function rank(collectiveId: string, askerId: string, brief: Brief): Promise<Match[]> {
    const [graph, candidates] = await Promise.all([
      trustGraph(collectiveId),
      findCandidates(db, {
        collectiveId,
        tsquery: briefQuery(brief.text, brief.skills),
        skills: brief.skills,
        exclude: [askerId, ...brief.exclude],
        pool: WEIGHTS.candidatePool,
        recentSince: new Date(now().getTime() - WEIGHTS.rotation.days * DAY_MS),
      }),
    ]);
    const source = graph.index.get(askerId);
    const ppr =
      source === undefined ? new Float64Array(graph.ids.length) : personalizedPageRank(graph, source);
    // Trust is relative to the most trusted member other than the asker.
    let maxTrust = 0;
    ppr.forEach((value, i) => {
      if (i !== source && value > maxTrust) maxTrust = value;
    });
    const trustOf = (memberId: string) => {
      const i = graph.index.get(memberId);
      return i === undefined || maxTrust === 0 ? 0 : Math.min(1, (ppr[i] ?? 0) / maxTrust);
    };

    const scored = candidates.map((candidate) => {
      const components: Components = {
        fit: round(fit(candidate, brief.skills)),
        evidence: round(evidence(candidate.endorsements, brief.skills, trustOf)),
        trust: round(trustOf(candidate.id)),
        availability: round(availability(candidate, brief.startsOn)),
        rotation: round(rotation(candidate.received_recently)),
      };
      return { candidate, components, score: round(combinedScore(components)) };
    });
    // Ties broken by id, so the same data and request always give the same order.
    scored.sort((a, b) => b.score - a.score || (a.candidate.id < b.candidate.id ? -1 : 1));
    const top = scored.slice(0, brief.limit);

    const pathTo = source === undefined ? () => null : strongestPaths(graph, source);
    const paths = new Map(top.map(({ candidate }) => [candidate.id, pathTo(candidate.id)]));
    const names = await memberNames(db, collectiveId, [
      ...new Set([...paths.values()].flatMap((path) => path?.members ?? [])),
    ]);
    return top.map(({ candidate, components, score }) => ({
      member: {
        id: candidate.id,
        name: candidate.name,
        headline: candidate.headline,
        skills: candidate.skills,
        availability: { status: candidate.availability_status, until: candidate.availability_until },
      },
      score,
      components,
      reasons: reasonsFor(candidate, brief, paths.get(candidate.id) ?? null, names),
    }));
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

function reasonsFor(
  candidate: CandidateRow,
  brief: Brief,
  path: { members: string[]; labels: string[] } | null,
  names: Map<string, string>,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  const strongest = [...candidate.endorsements]
    .map((e) => ({ e, weight: endorsementWeight(e, brief.skills) }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.e.id < b.e.id ? -1 : 1))
    .slice(0, 3);
  for (const { e } of strongest) {
    const skill = brief.skills.find((s) => e.skills.includes(s)) ?? e.skills[0] ?? '';
    reasons.push({
      kind: 'endorsement',
      text: `${e.endorserName} endorsed ${candidate.name} for ${skill} with the example "${e.title}"${e.verified ? ' (verified by a handoff)' : ''}`,
      endorsementId: e.id,
      endorserId: e.endorserId,
      endorserName: e.endorserName,
      skill,
      exampleTitle: e.title,
      verifiedByHandoff: e.verified,
    });
  }
  if (path && path.members.length > 1) {
    const steps = path.members.map((memberId, i) => ({
      memberId,
      name: i === 0 ? 'you' : (names.get(memberId) ?? 'a member'),
      via: i === 0 ? null : (path.labels[i - 1] ?? null),
    }));
    reasons.push({
      kind: 'trust_path',
      text: steps.map((s) => (s.via ? `-> ${s.name} (${s.via})` : s.name)).join(' '),
      path: steps,
    });
  }
  const declared = brief.skills.filter((s) => candidate.skills.includes(s));
  if (declared.length > 0) {
    reasons.push({ kind: 'skills', text: `Lists ${declared.join(', ')} among their skills` });
  }
  return reasons;
}

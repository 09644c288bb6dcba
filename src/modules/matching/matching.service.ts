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
import { buildSearchIndex, parseTsvector, searchText, type SearchIndex } from './matching.index.js';
import {
  activeEndorsements,
  activeMembers,
  introductionEdges,
  memberNames,
  recentReferralCounts,
  versionAndLexemes,
  wonHandoffEdges,
} from './matching.repository.js';
import type { Match, MatchBriefBody, MatchReason } from './matching.schemas.js';
import {
  ageFactor,
  availability,
  combinedScore,
  endorsementWeight,
  evidence,
  exampleQuality,
  fit,
  rotation,
  type Candidate,
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
  return {
    graph: buildGraph(
      members.map((m) => m.id),
      edges,
    ),
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

/**
 * Members relevant to the brief: those whose profile or endorsed examples contain its words,
 * or who list or were endorsed for a requested skill. Only posting lists are walked.
 */
function findCandidates(
  index: SearchIndex,
  lexemes: readonly string[],
  skills: readonly string[],
  exclude: Set<string>,
) {
  const hits = searchText(index, lexemes);
  const positions = new Set<number>(hits.profile.keys());
  for (const e of hits.endorsement.keys()) {
    const endorsee = index.memberIndex.get(index.endorsements[e]?.endorseeId ?? '');
    if (endorsee !== undefined) positions.add(endorsee);
  }
  for (const skill of skills) {
    for (const m of index.skillMembers.get(skill) ?? []) positions.add(m);
    for (const e of index.skillEndorsements.get(skill) ?? []) {
      const endorsee = index.memberIndex.get(index.endorsements[e]?.endorseeId ?? '');
      if (endorsee !== undefined) positions.add(endorsee);
    }
  }
  const candidates: Candidate[] = [];
  for (const position of positions) {
    const member = index.members[position];
    if (!member || exclude.has(member.id)) continue;
    candidates.push({
      ...member,
      profileScore: hits.profile.get(position) ?? 0,
      endorsements: (index.received[position] ?? []).map((e) => ({
        ...(index.endorsements[e] as NonNullable<(typeof index.endorsements)[number]>),
        textScore: hits.endorsement.get(e) ?? 0,
      })),
    });
  }
  return candidates;
}

export function createMatchingService(db: Db, now: () => Date) {
  const models = new ModelCache(64);

  async function rank(collectiveId: string, askerId: string, brief: Brief): Promise<Match[]> {
    const current = await versionAndLexemes(db, {
      collectiveId,
      text: `${brief.text} ${brief.skills.join(' ')}`,
    });
    const { graph, index } = await models.get(collectiveId, current?.version ?? 0, () =>
      loadModel(db, collectiveId, now()),
    );
    const lexemes = [...parseTsvector(current?.lexemes ?? null).keys()];
    const candidates = findCandidates(index, lexemes, brief.skills, new Set([askerId, ...brief.exclude]));

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

    const byId = (a: { candidate: Candidate }, b: { candidate: Candidate }) =>
      a.candidate.id < b.candidate.id ? -1 : 1;
    // Rotation needs the database; the other components decide which candidates get that far.
    const partial = candidates
      .map((candidate) => ({
        candidate,
        components: {
          fit: round(fit(candidate, brief.skills)),
          evidence: round(evidence(candidate.endorsements, brief.skills, trustOf)),
          trust: round(trustOf(candidate.id)),
          availability: round(availability(candidate, brief.startsOn)),
          rotation: 1,
        } satisfies Components,
      }))
      .map((entry) => ({ ...entry, score: combinedScore(entry.components) }))
      .sort((a, b) => b.score - a.score || byId(a, b))
      .slice(0, Math.max(WEIGHTS.candidatePool, brief.limit));
    const received = await recentReferralCounts(db, {
      collectiveId,
      memberIds: partial.map((p) => p.candidate.id),
      since: new Date(now().getTime() - WEIGHTS.rotation.days * DAY_MS),
    });
    const scored = partial.map(({ candidate, components }) => {
      const full = { ...components, rotation: round(rotation(received.get(candidate.id) ?? 0)) };
      return { candidate, components: full, score: round(combinedScore(full)) };
    });
    // Ties broken by id, so the same data and request always give the same order.
    scored.sort((a, b) => b.score - a.score || byId(a, b));
    const top = scored.slice(0, brief.limit);

    const pathTo = source === undefined ? () => null : strongestPaths(graph, source);
    const paths = new Map(top.map(({ candidate }) => [candidate.id, pathTo(candidate.id)]));
    const names = await memberNames(db, collectiveId, [
      ...new Set([
        ...top.flatMap(({ candidate }) => [
          candidate.id,
          ...strongestEndorsements(candidate, brief.skills).map((e) => e.endorserId),
        ]),
        ...[...paths.values()].flatMap((path) => path?.members ?? []),
      ]),
    ]);
    return top.map(({ candidate, components, score }) => ({
      member: {
        id: candidate.id,
        name: names.get(candidate.id) ?? 'a member',
        headline: candidate.headline,
        skills: candidate.skills,
        availability: { status: candidate.availabilityStatus, until: candidate.availabilityUntil },
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

/** The endorsements that speak most for a candidate on this brief: the ones shown as reasons. */
function strongestEndorsements(candidate: Candidate, skills: readonly string[]) {
  return candidate.endorsements
    .map((e) => ({ e, weight: endorsementWeight(e, skills) }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.e.id < b.e.id ? -1 : 1))
    .slice(0, 3)
    .map(({ e }) => e);
}

function reasonsFor(
  candidate: Candidate,
  brief: Brief,
  path: { members: string[]; labels: string[] } | null,
  names: Map<string, string>,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  const name = (memberId: string) => names.get(memberId) ?? 'a member';
  for (const e of strongestEndorsements(candidate, brief.skills)) {
    const skill = brief.skills.find((s) => e.skills.includes(s)) ?? e.skills[0] ?? '';
    reasons.push({
      kind: 'endorsement',
      text: `${name(e.endorserId)} endorsed ${name(candidate.id)} for ${skill} with the example "${e.title}"${e.verified ? ' (verified by a handoff)' : ''}`,
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
  const declared = brief.skills.filter((s) => candidate.skills.includes(s));
  if (declared.length > 0) {
    reasons.push({ kind: 'skills', text: `Lists ${declared.join(', ')} among their skills` });
  }
  return reasons;
}

import type { Db } from '../../db/client.js';
import { activeMemberNames, activeMembership, collectiveNotFound, requireMember } from '../access/index.js';
import { COMPOUNDING_LANGUAGES } from '../collectives/index.js';
import { currentJob } from '../jobs/index.js';
import {
  buildGraph,
  personalizedPageRank,
  strongestPaths,
  type RawEdge,
  type TrustGraph,
} from './matching.graph.js';
import {
  buildSearchIndex,
  parseTsvector,
  shownEndorsement,
  type IndexedMember,
  type SearchIndex,
} from './matching.index.js';
import {
  activeEndorsements,
  activeMembers,
  introductionEdges,
  prepareMatchContext,
  referralsReceivedSince,
  stemTexts,
  wonHandoffEdges,
} from './matching.repository.js';
import type { Match, MatchBriefBody, MatchReason } from './matching.schemas.js';
import { createExpander, type RelatedLexeme } from './matching.synonyms.js';
import { buildSkillModel, inferSkills, type InferredSkill, type SkillModel } from './matching.skills.js';
import {
  ageFactor,
  bestCandidates,
  combinedScore,
  endorsementWeight,
  exampleQuality,
  documentsWith,
  findHits,
  hasPosting,
  type AskerTrust,
  type BriefHits,
} from './matching.scoring.js';
import { WEIGHTS } from './matching.weights.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const ROTATION_WINDOW_MS = WEIGHTS.rotation.days * DAY_MS;
const round = (value: number) => Math.round(value * 1e6) / 1e6;

interface Brief {
  text: string;
  skills: string[];
  startsOn?: string | undefined;
  limit: number;
  exclude: string[];
}

/** What changes without the graph changing: members' names and the referrals they received lately. */
interface Activity {
  names: Map<string, string>;
  /** Per member position: when each referral they received in the window before loading was offered. */
  receivedAt: Map<number, number[]>;
}

/**
 * What a collective's matching needs in memory: its trust graph, its search index, and, loaded
 * and replaced on their own, its activity and the views of its recent askers.
 */
interface CollectiveModel {
  graph: TrustGraph;
  index: SearchIndex;
  /** Which skills the collective's own words point to (matching.skills.ts). */
  skills: SkillModel;
  /** Graph node of each member of the index, by index position. */
  graphNode: Int32Array;
  activity?: { version: number; loaded: Promise<Activity> };
  askers: Map<string, AskerTrust>;
}

/** Askers whose view of a collective is kept, per collective (most recently used). */
const ASKER_VIEWS = 256;

/** Re-inserts a key so that a map's iteration order is least recently used first. */
function touchEntry<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
}

function evictOldest<K, V>(map: Map<K, V>, capacity: number): void {
  while (map.size > capacity) {
    const oldest = map.keys().next();
    if (oldest.done === true) break;
    map.delete(oldest.value);
  }
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
      touchEntry(this.entries, collectiveId, cached);
      return cached.model;
    }
    const model = build();
    model.catch(() => this.entries.delete(collectiveId));
    this.entries.set(collectiveId, { version, model });
    evictOldest(this.entries, this.capacity);
    return model;
  }
}

async function loadModel(db: Db, collectiveId: string, now: Date): Promise<CollectiveModel> {
  // One snapshot for all four reads, so the graph and the index describe the same moment.
  const { members, endorsements, handoffs, introductions } = await db.transaction(
    async (tx) => ({
      members: await activeMembers(tx, collectiveId),
      endorsements: await activeEndorsements(tx, collectiveId),
      handoffs: await wonHandoffEdges(tx, collectiveId),
      introductions: await introductionEdges(tx, collectiveId),
    }),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
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
    skills: buildSkillModel([
      ...endorsements.map((e) => ({
        lexemes: parseTsvector(e.search_vector).keys(),
        skills: e.skills,
        weight: 1,
      })),
      ...members.map((m) => ({
        lexemes: parseTsvector(m.search_vector).keys(),
        skills: m.skills,
        weight: WEIGHTS.inference.profileWeight,
      })),
    ]),
    askers: new Map(),
  };
}

async function loadActivity(db: Db, index: SearchIndex, collectiveId: string, now: Date): Promise<Activity> {
  const [names, referrals] = await Promise.all([
    activeMemberNames(db, collectiveId),
    referralsReceivedSince(db, { collectiveId, since: new Date(now.getTime() - ROTATION_WINDOW_MS) }),
  ]);
  const receivedAt = new Map<number, number[]>();
  for (const { memberId, at } of referrals) {
    const position = index.memberIndex.get(memberId);
    if (position === undefined) continue;
    const times = receivedAt.get(position);
    if (times) times.push(at);
    else receivedAt.set(position, [at]);
  }
  return { names, receivedAt };
}

/**
 * The model's activity, reloaded when the collective's activity_version moved past the one
 * loaded. The referrals kept are those of the window before loading, so counting the ones in
 * the window before any later moment is exact.
 */
function activityOf(db: Db, model: CollectiveModel, collectiveId: string, version: number, now: Date) {
  if (model.activity === undefined || model.activity.version < version) {
    const loaded = loadActivity(db, model.index, collectiveId, now);
    const entry = { version, loaded };
    loaded.catch(() => {
      if (model.activity === entry) delete model.activity;
    });
    model.activity = entry;
  }
  return model.activity.loaded;
}

/** The asker's trust in every member, by personalized PageRank relative to the most trusted other member. */
function askerView(model: CollectiveModel, askerId: string): AskerTrust {
  const cached = model.askers.get(askerId);
  if (cached) {
    touchEntry(model.askers, askerId, cached);
    return cached;
  }
  const { graph, graphNode } = model;
  const source = graph.index.get(askerId);
  const ppr = source === undefined ? new Float64Array(0) : personalizedPageRank(graph, source);
  let maxTrust = 0;
  ppr.forEach((value, i) => {
    if (i !== source && value > maxTrust) maxTrust = value;
  });
  const positions: number[] = [];
  const trust: number[] = [];
  if (maxTrust > 0) {
    graphNode.forEach((node, p) => {
      const value = node < 0 ? 0 : (ppr[node] ?? 0);
      if (value > 0) {
        positions.push(p);
        trust.push(Math.min(1, value / maxTrust));
      }
    });
  }
  const view = { positions: Int32Array.from(positions), trust: Float64Array.from(trust) };
  model.askers.set(askerId, view);
  evictOldest(model.askers, ASKER_VIEWS);
  return view;
}

export function createMatchingService(db: Db, now: () => Date) {
  const models = new ModelCache(64);
  const matchContext = prepareMatchContext(db);
  const expand = createExpander((config, texts) => stemTexts(db, config, texts));

  async function rank(collectiveId: string, accountId: string, brief: Brief): Promise<Match[]> {
    const context = await matchContext({
      collectiveId,
      accountId,
      text: `${brief.text} ${brief.skills.join(' ')}`,
    });
    if (!context) throw collectiveNotFound();
    const askerId = activeMembership(context.member, collectiveId, accountId).memberId;
    const model = await models.get(collectiveId, context.graphVersion, () =>
      loadModel(db, collectiveId, now()),
    );
    const { names, receivedAt } = await activityOf(db, model, collectiveId, context.activityVersion, now());
    const { graph, index } = model;
    const parsed = [...parseTsvector(context.lexemes).keys()];
    const lexemes = COMPOUNDING_LANGUAGES.has(context.language)
      ? withCompoundParts(parsed, index.memberTerms.keys)
      : parsed;
    // Words related to the brief's, among those the collective's profiles and examples use.
    const related = (
      await expand({ language: context.language, config: context.textSearch, lexemes })
    ).filter((r) => {
      // Words most members use say little, and walking their postings costs the most.
      const members = documentsWith(index.memberTerms, r.lexeme);
      const { maxMemberShare, alwaysKept } = WEIGHTS.related;
      return members > 0 && members <= Math.max(alwaysKept, maxMemberShare * index.members.length);
    });

    // From here to the return nothing awaits: the index's scratch arrays, which findHits clears
    // and fills, belong to this request alone until its results are built.
    const excluded = [askerId, ...brief.exclude]
      .map((id) => index.memberIndex.get(id))
      .filter((p) => p !== undefined);
    // A brief that names no skill is read for the skills its words, and more weakly the words
    // related to them, point to in this collective.
    const inferred = brief.skills.length === 0 ? inferSkills(model.skills, lexemes, related) : [];
    const skills = [...brief.skills, ...inferred.map((i) => i.skill)];
    const hits = findHits(index, { lexemes, related, skills, startsOn: brief.startsOn });
    const top = bestCandidates(index, hits, brief.limit, excluded, askerView(model, askerId), {
      receivedAt,
      since: now().getTime() - ROTATION_WINDOW_MS,
    });
    const scored = top.map(({ position, components }) => ({
      position,
      memberId: index.members[position]?.id ?? '',
      components,
      score: round(combinedScore(components)),
    }));
    // Ties broken by id, so the same data and request always give the same order.
    scored.sort((a, b) => b.score - a.score || (a.memberId < b.memberId ? -1 : 1));
    const results = scored.slice(0, brief.limit);

    const source = graph.index.get(askerId);
    const pathTo = source === undefined ? () => null : strongestPaths(graph, source);
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
          { skills, inferred, related },
          strongestEndorsements(index, hits, position),
          pathTo(memberId),
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
      const items = await rank(collectiveId, accountId, {
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
      // The job is read only by members: an outsider learns nothing about it.
      await requireMember(db, collectiveId, accountId);
      const job = await db.transaction((tx) => currentJob(tx, collectiveId, jobId, now()));
      const items = await rank(collectiveId, accountId, {
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
 * A brief word the collective never uses, made of two words it does ("teesort" = "tee" +
 * "sort", "bäckerladen" = "bäcker" + "laden", with or without a linking "s"), is looked for by
 * its parts too: the stemmers do not split compounds, and German, Dutch or Swedish writers
 * join words where clients keep them apart, and the other way round.
 */
function withCompoundParts(lexemes: string[], known: ReadonlyMap<string, number>): string[] {
  const minPart = 3;
  const parts: string[] = [];
  for (const lexeme of lexemes) {
    if (known.has(lexeme) || lexeme.length < 2 * minPart) continue;
    for (let cut = lexeme.length - minPart; cut >= minPart; cut -= 1) {
      const head = lexeme.slice(0, cut);
      const tail = lexeme.slice(cut);
      const linked = tail.startsWith('s') ? tail.slice(1) : undefined;
      const rest = known.has(tail) ? tail : linked !== undefined && known.has(linked) ? linked : undefined;
      if (known.has(head) && rest !== undefined) {
        parts.push(head, rest);
        break;
      }
    }
  }
  return [...new Set([...lexemes, ...parts])];
}

function memberAt(index: SearchIndex, position: number): IndexedMember {
  const member = index.members[position];
  if (!member) throw new Error(`no member at position ${position}`);
  return member;
}

/** The endorsements that speak most for a candidate on this brief: the ones shown as reasons. */
function strongestEndorsements(index: SearchIndex, hits: BriefHits, position: number): number[] {
  const received: { e: number; weight: number }[] = [];
  for (let e = index.receivedOffsets[position] ?? 0; e < (index.receivedOffsets[position + 1] ?? 0); e += 1) {
    const weight = endorsementWeight(index, hits, e);
    if (weight > 0) received.push({ e, weight });
  }
  const id = (e: number) => index.endorsementIds[e] ?? '';
  return received
    .sort((a, b) => b.weight - a.weight || (id(a.e) < id(b.e) ? -1 : 1))
    .slice(0, 3)
    .map(({ e }) => e);
}

function reasonsFor(
  index: SearchIndex,
  member: IndexedMember,
  brief: { skills: string[]; inferred: InferredSkill[]; related: readonly RelatedLexeme[] },
  strongest: readonly number[],
  path: { members: string[]; labels: string[] } | null,
  names: Map<string, string>,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  const name = (memberId: string) => names.get(memberId) ?? 'a member';
  for (const e of strongest.map((position) => shownEndorsement(index, position))) {
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
  const inferredSkills = new Set(brief.inferred.map((i) => i.skill));
  for (const { skill, words } of brief.inferred) {
    const endorsedFor = strongest.some((e) => shownEndorsement(index, e).skills.includes(skill));
    if (!member.skills.includes(skill) && !endorsedFor) continue;
    reasons.push({
      kind: 'inferred_skill',
      text: `inferred: ${skill} from ${words.map((w) => `"${w}"`).join(', ')}`,
      skill,
      words,
    });
  }
  const position = index.memberIndex.get(member.id) ?? -1;
  const found = brief.related.filter((r) => hasPosting(index.memberTerms, r.lexeme, position));
  if (found.length > 0) {
    const pairs = [...new Map(found.map((r) => [`${r.word}\u0000${r.cue}`, r])).values()].slice(0, 3);
    reasons.push({
      kind: 'related_words',
      text: `related words: ${pairs.map((r) => `"${r.word}" for "${r.cue}"`).join(', ')}`,
      words: pairs.map((r) => r.word),
    });
  }
  const declared = brief.skills.filter((s) => member.skills.includes(s) && !inferredSkills.has(s));
  if (declared.length > 0) {
    reasons.push({ kind: 'skills', text: `Lists ${declared.join(', ')} among their skills` });
  }
  return reasons;
}

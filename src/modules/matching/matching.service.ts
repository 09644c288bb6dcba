import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import type { MatchingMetrics } from '../../metrics.js';
import { activeMemberNames, activeMembership, collectiveNotFound, requireMember } from '../access/index.js';
import { COMPOUNDING_LANGUAGES } from '../collectives/index.js';
import { currentJob } from '../jobs/index.js';
import type { ModelBuilder } from './matching.builder.js';
import { ModelCache, type Cacheable } from './matching.cache.js';
import { strongestPaths } from './matching.graph.js';
import { parseTsvector, shownEndorsement, type IndexedMember, type SearchIndex } from './matching.index.js';
import { additionSteps, canAdd, inTurns, type TurnBudget } from './matching.additions.js';
import { patchableChanges, withAvailability, type ModelData } from './matching.model.js';
import { withoutRemovals, type ModelView } from './matching.removals.js';
import {
  availabilityOf,
  endorsementsByIds,
  prepareMatchContext,
  referralsReceivedSince,
  removalsSince,
  stemTexts,
  versionAndEventsNotIn,
  type EndorsementRow,
} from './matching.repository.js';
import type { Match, MatchBriefBody, MatchReason } from './matching.schemas.js';
import { createRequestWords, lexemeWeights, roleOf, sentencesOf } from './matching.brief.js';
import { inferSkills, specificity, type InferredSkill } from './matching.skills.js';
import { stringAt } from './matching.strings.js';
import { addTradeFit, shownTrade, tradeShares } from './matching.trades.js';
import type { TrustComputer } from './matching.trust.js';
import { createTurnQueue } from './matching.turns.js';
import { createExpander, type RelatedLexeme } from './matching.synonyms.js';
import {
  bestCandidates,
  combinedScore,
  endorsementWeight,
  documentsWith,
  findHits,
  hasPosting,
  receivedReferrals,
  type AskerTrust,
  type ReceivedReferrals,
  type BriefHits,
} from './matching.scoring.js';
import { WEIGHTS } from './matching.weights.js';
import { stemKeyOf } from './matching.stems.js';

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
  /** When each referral a member received in the window before loading was offered. */
  received: ReceivedReferrals;
}

/** A view of a model with the asker views computed on it (most recently used). */
interface ServedView extends ModelView {
  askers: Map<string, Promise<AskerTrust>>;
  /** Index positions of the members whose texts differ from the model's (added or removed examples). */
  textsChanged?: number[];
}

/**
 * A collective's model as the cache holds it: as built, the view filtered of the latest
 * removals while it is being rebuilt, and, loaded and replaced on their own, its activity.
 */
interface CollectiveModel extends Cacheable {
  data: ModelData;
  built: ServedView;
  /** `removals`: which removals the view is filtered of, whose trust graph its askers' trust is computed on. */
  filtered?: { key: string; removals: string; view: ServedView };
  /** The view found for the latest graph_version a request read while this model was behind. */
  behind?: { version: number; view: ServedView };
  /**
   * While the model is behind: since when, and, if the changes it has not seen up to `version`
   * can be patched (patchableChanges), the patch (then it is served patched instead of rebuilt).
   */
  waiting?: { since: number; version: number; patch: Promise<Patch | undefined> };
  /** The model with the latest endorsements given since its snapshot it has finished counting. */
  added?: Added;
  /** The endorsements given since its snapshot it is counting now, if newer (countedAdditions). */
  adding?: { key: string };
  activity?: { version: number; loaded: Promise<Activity> };
}

/** A model with endorsements given since its snapshot counted (withAdditions). */
interface Added {
  /** Their ids, sorted, and as one string. */
  ids: string[];
  key: string;
  endorseeIds: string[];
  data: ModelData;
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

/** Whether two models give every asker the same trust: the same graph, members at the same positions. */
function sameTrust(a: ModelData, b: ModelData): boolean {
  const same = (x: ArrayLike<unknown>, y: ArrayLike<unknown>) => {
    if (x === y) return true; // a patched model shares its graph with the one it patched
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return false;
    return true;
  };
  return (
    same(a.graphNode, b.graphNode) &&
    same(a.graph.ids, b.graph.ids) &&
    same(a.graph.offsets, b.graph.offsets) &&
    same(a.graph.targets, b.graph.targets) &&
    same(a.graph.weights, b.graph.weights)
  );
}

/**
 * A built model as the cache holds it. The askers' views of the model it replaces carry over
 * when the trust graph did not change (an availability or profile edit): computing them again
 * for a 10,000-member collective's askers cost about 2 ms each on the event loop.
 */
function served(data: ModelData, previous: CollectiveModel | undefined): CollectiveModel {
  const { version, bytes, buildMs, graph, index, graphNode } = data;
  const askers =
    previous && sameTrust(previous.data, data)
      ? previous.built.askers
      : new Map(data.askers.map(({ id, trust }) => [id, Promise.resolve(trust)]));
  return { version, bytes, buildMs, data, built: { graph, index, graphNode, departed: [], askers } };
}

/**
 * Askers whose trust a build computes with the model, off the event loop: the latest of those
 * the held model served (as built or filtered), most recent last.
 */
const ASKERS_BUILT_WITH_MODEL = 64;

function latestAskers(model: CollectiveModel | undefined): string[] {
  if (!model) return [];
  const seen = [...model.built.askers.keys(), ...(model.behind?.view.askers.keys() ?? [])];
  return [...new Set(seen.reverse())].slice(0, ASKERS_BUILT_WITH_MODEL).reverse();
}

/** What a request adds to a model that is behind (removals are filtered apart, withoutRemovals). */
interface Patch {
  /** Endorsements given since, still active (withAdditions). */
  additions: EndorsementRow[];
  /** Members whose availability changed since, at their index positions (withAvailability). */
  availability: { position: number; member: IndexedMember }[];
}

/** The changes since the model as a patch, if it can be patched with them; else undefined. */
async function patchOf(
  db: Db,
  collectiveId: string,
  model: CollectiveModel,
  version: number,
): Promise<Patch | undefined> {
  const current = await versionAndEventsNotIn(db, collectiveId, model.data.snapshot);
  // The collective's version may have moved past `version`: the patch then counts the later changes too.
  if (current === undefined || current.version < version) return undefined;
  const changes = patchableChanges(current.events, current.version - model.version);
  if (changes === undefined) return undefined;
  const [given, available] = await Promise.all([
    endorsementsByIds(db, collectiveId, changes.given),
    availabilityOf(db, collectiveId, changes.availability),
  ]);
  // A given endorsement retracted since is neither added nor filtered: the model never held it.
  const additions = given.filter((row) => row.status === 'active').map(({ status: _status, ...row }) => row);
  if (!canAdd(model.data.index, additions)) return undefined;
  const { index } = model.data;
  const availability = available.flatMap((row) => {
    const position = index.memberIndex.get(row.id);
    const member = position === undefined ? undefined : index.members[position];
    if (position === undefined || member === undefined) return [];
    const changed = {
      availabilityStatus: row.availability_status,
      availabilityUntil: row.availability_until,
    };
    return [{ position, member: { ...member, ...changed } }];
  });
  return { additions, availability };
}

/**
 * A 10,000-member model's patch copies millions of postings (tens of milliseconds of a core):
 * past `firstMs` in the request that starts it (a small collective's patch fits, and counts at
 * once), it goes on in later turns of the event loop, `laterMs` each, and requests are served
 * meanwhile. `laterMs` is about one request's scoring at 10,000 members: each turn of the loop
 * scores one request (matching.turns.ts), so a longer patch turn slows every queued request's
 * turn as much (bench:mixed phase 2, one run each: the loop's max delay 62 ms at 8 ms, 41 ms at
 * 3 ms, writes shown as soon; three later runs at 3 ms: 51-70 ms).
 */
export const PATCH_TURNS: TurnBudget = { firstMs: 8, laterMs: 3 };

/**
 * The model with `additions` counted: at once when counting them takes one turn (a small
 * collective's model); else counted in turns, while the model is still `held()`, and until then
 * the latest additions already counted (unless one of them has been retracted since, which
 * the filter of removals could not take out of the trust graph it never entered), so that a
 * new endorsement counts a moment later, not at the cost of every request waiting for it.
 */
function countedAdditions(
  model: CollectiveModel,
  additions: readonly EndorsementRow[],
  options: { held: () => boolean; logger: FastifyBaseLogger; patchTurns: TurnBudget },
): Added | undefined {
  if (additions.length === 0) return undefined;
  const ids = additions.map((e) => e.id).sort();
  const key = ids.join();
  if (model.added?.key === key) return model.added;
  if (model.adding?.key !== key) {
    const job = { key };
    model.adding = job;
    const counted = (data: ModelData): Added => ({
      ids,
      key,
      endorseeIds: additions.map((e) => e.endorsee_id),
      data,
    });
    const run = inTurns(
      additionSteps(model.data, additions),
      options.patchTurns,
      () => model.adding === job && options.held(),
    );
    if (run.done) {
      delete model.adding;
      model.added = counted(run.value);
      return model.added;
    }
    run.value
      .then((data) => {
        if (data === undefined || model.adding !== job) return;
        delete model.adding;
        model.added = counted(data);
        // Requests at the version already looked at pick the new view up too.
        delete model.behind;
      })
      .catch((err: unknown) => {
        if (model.adding === job) delete model.adding;
        options.logger.warn({ err }, 'matching could not count new endorsements');
      });
  }
  const wanted = new Set(ids);
  return model.added?.ids.every((id) => wanted.has(id)) === true ? model.added : undefined;
}

/**
 * The view a request scores with: the model as built when it is current; while it is behind,
 * the model with the endorsements given since its snapshot added (when it is served without a
 * rebuild) and without what stopped counting since (cached until that changes).
 */
async function viewFor(
  db: Db,
  collectiveId: string,
  cached: { model: CollectiveModel; current: boolean },
  graphVersion: number,
  options: { held: () => boolean; logger: FastifyBaseLogger; patchTurns: TurnBudget },
): Promise<ServedView> {
  const { model, current } = cached;
  if (current) return model.built;
  // Every removal records an event that bumps graph_version, so the removals found at the
  // version this request read hold for every request that reads the same version.
  if (model.behind?.version === graphVersion) return model.behind.view;
  const [removals, patch] = await Promise.all([
    removalsSince(db, { collectiveId, afterSeq: model.data.removalFloor }),
    model.waiting?.patch,
  ]);
  const { additions = [], availability = [] } = patch ?? {};
  const counted = countedAdditions(model, additions, options);
  let view = model.built;
  const removed = removals.departedMemberIds.length > 0 || removals.endorsements.length > 0;
  if (removed || counted !== undefined || availability.length > 0) {
    const removalsKey = [...removals.departedMemberIds, ...removals.endorsements.map((e) => e.id)]
      .sort()
      .join();
    const key = [
      removalsKey,
      ...(counted?.ids ?? []).map((id) => `+${id}`),
      ...availability.map(
        ({ member }) => `${member.id}:${member.availabilityStatus}:${member.availabilityUntil}`,
      ),
    ]
      .sort()
      .join();
    if (model.filtered?.key !== key) {
      // Availability and additions change different arrays, so availability goes on top.
      const added = counted?.data ?? model.data;
      const available =
        availability.length > 0 ? { ...added, index: withAvailability(added.index, availability) } : added;
      // Additions and availability leave the trust graph as built (matching.additions.ts), so
      // the askers' trust holds while the removals stay the same: computing it again for every
      // asker after each write cost about 8 ms per asker at 10,000 members on the event loop.
      const sameTrust = model.filtered?.removals === removalsKey ? model.filtered.view : undefined;
      const filtered = removed ? withoutRemovals(available, removals) : undefined;
      const patched: ServedView = !filtered
        ? { ...model.built, index: available.index }
        : sameTrust
          ? { ...filtered, graph: sameTrust.graph, askers: sameTrust.askers }
          : { ...filtered, askers: new Map<string, Promise<AskerTrust>>() };
      const endorsees = [...(counted?.endorseeIds ?? []), ...removals.endorsements.map((e) => e.endorsee_id)];
      patched.textsChanged = endorsees.flatMap((id) => model.data.index.memberIndex.get(id) ?? []);
      model.filtered = { key, removals: removalsKey, view: patched };
    }
    view = model.filtered.view;
  }
  model.behind = { version: graphVersion, view };
  return view;
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
  return { names, received: receivedReferrals(receivedAt) };
}

/**
 * The model's activity, reloaded when the collective's activity_version moved past the one
 * loaded. The referrals kept are those of the window before loading, so counting the ones in
 * the window before any later moment is exact.
 */
function activityOf(db: Db, model: CollectiveModel, collectiveId: string, version: number, now: Date) {
  if (model.activity === undefined || model.activity.version < version) {
    const loaded = loadActivity(db, model.data.index, collectiveId, now);
    const entry = { version, loaded };
    loaded.catch(() => {
      if (model.activity === entry) delete model.activity;
    });
    model.activity = entry;
  }
  return model.activity.loaded;
}

/**
 * The asker's view of a model: computed once per trust graph (or received with the model), off
 * the event loop for a large collective (matching.trust.ts).
 */
function askerView(model: ServedView, askerId: string, trust: TrustComputer): Promise<AskerTrust> {
  const cached = model.askers.get(askerId);
  if (cached) {
    touchEntry(model.askers, askerId, cached);
    return cached;
  }
  const view = trust.trustOf(model.graph, model.graphNode, askerId);
  model.askers.set(askerId, view);
  evictOldest(model.askers, ASKER_VIEWS);
  return view;
}

export interface MatchingOptions {
  builder: ModelBuilder;
  /** Where askers' trust is computed (createTrustWorker, or createInlineTrust). */
  trust: TrustComputer;
  cacheBytes: number;
  freshWaitMs: number;
  /** How long a model behind by patchable changes only is served patched (MATCHING_PATCH_REBUILD_MS). */
  patchRebuildMs: number;
  /** How long a patch runs at once (PATCH_TURNS; 0 and 0: one step per turn). */
  patchTurns: TurnBudget;
  logger: FastifyBaseLogger;
  metrics: MatchingMetrics;
}

export function createMatchingService(db: Db, now: () => Date, options: MatchingOptions) {
  const models: ModelCache<CollectiveModel> = new ModelCache<CollectiveModel>({
    budgetBytes: options.cacheBytes,
    freshWaitMs: options.freshWaitMs,
    build: async (collectiveId) => {
      const held = models.peek(collectiveId);
      const data = await options.builder.build(collectiveId, now(), held?.data, latestAskers(held));
      return data && served(data, models.peek(collectiveId));
    },
    mayWait: async (collectiveId, model, wanted) => {
      const at = now().getTime();
      let { waiting } = model;
      if (waiting?.version !== wanted) {
        const patch = patchOf(db, collectiveId, model, wanted).catch(() => undefined);
        waiting = { since: waiting?.since ?? at, version: wanted, patch };
        model.waiting = waiting;
      }
      if (at - waiting.since >= options.patchRebuildMs) return false;
      return (await waiting.patch) !== undefined;
    },
    onBuild: (outcome, seconds, err) => {
      options.metrics.observeBuild(seconds, outcome);
      if (outcome === 'error') options.logger.warn({ err, seconds }, 'matching model build failed');
    },
    onSize: (bytes, models) => {
      options.metrics.setCache(bytes, models);
    },
  });
  const matchContext = prepareMatchContext(db);
  const stem = (config: string, texts: readonly string[]) => stemTexts(db, config, texts);
  const { expand, tradeLexemes } = createExpander(stem);
  const requestWordsOf = createRequestWords(stem);
  const scoringTurn = createTurnQueue();

  async function rank(collectiveId: string, accountId: string, brief: Brief): Promise<Match[]> {
    // The requested skills' words are parsed last, as one more sentence.
    const sentences = sentencesOf(brief.text);
    const context = await matchContext({
      collectiveId,
      accountId,
      sentences: [...sentences, brief.skills.join(' ')],
    });
    if (!context) throw collectiveNotFound();
    const askerId = activeMembership(context.member, collectiveId, accountId).memberId;
    const cached = await models.get(collectiveId, context.graphVersion);
    if (!cached) throw collectiveNotFound();
    const view = await viewFor(db, collectiveId, cached, context.graphVersion, {
      held: () => models.peek(collectiveId) === cached.model,
      logger: options.logger,
      patchTurns: options.patchTurns,
    });
    const { names, received } = await activityOf(
      db,
      cached.model,
      collectiveId,
      context.activityVersion,
      now(),
    );
    const { graph, index } = view;
    const askerTrust = await askerView(view, askerId, options.trust);
    // Each word weighs as much as the sentence it is in says about the work asked for.
    const stemKey = stemKeyOf(context.textSearch);
    const lexemesOf = (i: number) => [...parseTsvector(context.sentenceLexemes[i] ?? null, stemKey).keys()];
    const parsed = lexemeWeights(
      sentences.map((sentence, i) => ({ role: roleOf(context.language, sentence), lexemes: lexemesOf(i) })),
      await requestWordsOf(context.language, context.textSearch),
      lexemesOf(sentences.length),
    );
    const weights = COMPOUNDING_LANGUAGES.has(context.language)
      ? withCompoundParts(parsed, (lexeme) => documentsWith(index.memberTerms, lexeme) > 0)
      : parsed;
    const lexemes = [...weights.keys()];
    const words = [...weights].map(([lexeme, weight]) => ({ lexeme, weight }));
    // Words related to the brief's, among those the collective's profiles and examples use.
    const [expanded, trades] = await Promise.all([
      expand({ language: context.language, config: context.textSearch, lexemes, weights }),
      tradeLexemes(context.language, context.textSearch),
    ]);
    const related = expanded.filter((r) => {
      // Words most members use say little, and walking their postings costs the most.
      const members = documentsWith(index.memberTerms, r.lexeme);
      const { maxMemberShare, alwaysKept } = WEIGHTS.related;
      return members > 0 && members <= Math.max(alwaysKept, maxMemberShare * index.members.length);
    });

    await scoringTurn();
    // From here to the return nothing awaits: the index's scratch arrays, which findHits clears
    // and fills, belong to this request alone until its results are built.
    const excluded = [
      ...view.departed,
      ...[askerId, ...brief.exclude].map((id) => index.memberIndex.get(id)).filter((p) => p !== undefined),
    ];
    // A brief that names no skill is read for the skills its words, and more weakly the words
    // related to them, point to in this collective; words many members use say less.
    const members = index.members.length;
    const inferred =
      brief.skills.length === 0
        ? inferSkills(index.skillModel, words, related, (lexeme) =>
            specificity(documentsWith(index.memberTerms, lexeme), members),
          )
        : [];
    const skills = [...brief.skills, ...inferred.map((i) => i.skill)];
    const hits = findHits(index, { lexemes, weights, related, skills, startsOn: brief.startsOn });
    // Built with the model, and computed again only for the members whose texts a patch changed.
    const { trades: withModel, index: modelIndex } = cached.model.data;
    const built = withModel?.config === context.textSearch ? withModel.shares : undefined;
    const shares =
      built && view.index.memberTerms === modelIndex.memberTerms
        ? built
        : tradeShares(
            index,
            trades,
            built && view.textsChanged && { shares: built, changed: view.textsChanged },
          );
    const mix = addTradeFit(hits, trades, shares, [...words, ...related]);
    const top = bestCandidates(index, hits, brief.limit, excluded, askerTrust, {
      received,
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
      const trade = shownTrade(hits, shares, mix, position);
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
          { skills, inferred, related, trade: trade === undefined ? undefined : trades[trade]?.trade },
          strongestEndorsements(index, hits, position),
          pathTo(memberId),
          names,
        ),
      };
    });
  }

  return {
    close: () => Promise.all([options.builder.close(), options.trust.close()]).then(() => undefined),

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
function withCompoundParts(
  weights: ReadonlyMap<string, number>,
  used: (lexeme: string) => boolean,
): Map<string, number> {
  const minPart = 3;
  const withParts = new Map(weights);
  // A part weighs as much as the word it was found in.
  const add = (part: string, weight: number) =>
    withParts.set(part, Math.max(weight, withParts.get(part) ?? 0));
  for (const [lexeme, weight] of weights) {
    if (used(lexeme) || lexeme.length < 2 * minPart) continue;
    for (let cut = lexeme.length - minPart; cut >= minPart; cut -= 1) {
      const head = lexeme.slice(0, cut);
      const tail = lexeme.slice(cut);
      const linked = tail.startsWith('s') ? tail.slice(1) : undefined;
      const rest = used(tail) ? tail : linked !== undefined && used(linked) ? linked : undefined;
      if (used(head) && rest !== undefined) {
        add(head, weight);
        add(rest, weight);
        break;
      }
    }
  }
  return withParts;
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
  const id = (e: number) => stringAt(index.endorsementIds, e);
  return received
    .sort((a, b) => b.weight - a.weight || (id(a.e) < id(b.e) ? -1 : 1))
    .slice(0, 3)
    .map(({ e }) => e);
}

function reasonsFor(
  index: SearchIndex,
  member: IndexedMember,
  brief: {
    skills: string[];
    inferred: InferredSkill[];
    related: readonly RelatedLexeme[];
    /** The brief's trade this member works in, if it raised their fit (matching.trades.ts). */
    trade: string | undefined;
  },
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
  if (brief.trade !== undefined) {
    reasons.push({ kind: 'trade', text: `works in the brief’s trade: ${brief.trade}`, trade: brief.trade });
  }
  const declared = brief.skills.filter((s) => member.skills.includes(s) && !inferredSkills.has(s));
  if (declared.length > 0) {
    reasons.push({ kind: 'skills', text: `Lists ${declared.join(', ')} among their skills` });
  }
  return reasons;
}

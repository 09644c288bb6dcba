/**
 * `npm run bench:relevance` (a benchmark, not a test): how well matching finds the right
 * people for briefs written in clients' own words, on the test collections beside this file.
 *
 * Each collection is loaded through the API of the real app (buildApp + inject: accounts,
 * a collective in the collection's language, invitations, profiles, endorsements with worked
 * examples), on a real PostgreSQL (a throw-away database on DATABASE_URL's server, else an
 * embedded one). Every brief is then asked by a member with no trust ties to anyone, so the
 * ranking rests on what the texts, skills and examples say. Reported per language: mean
 * nDCG@10, strict P@3, MRR, the paraphrase drop, and the worst briefs; the run is written to
 * bench/results/relevance-<date>.json.
 *
 * Settings (environment, optional): DATABASE_URL; RELEVANCE_ONLY=en|de (one collection).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createDb, createPool } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import {
  buildKeySet,
  generateSigningKey,
  issueAccessToken,
  type KeySet,
} from '../../src/modules/auth/index.js';
import { openBenchDatabase } from '../database.js';
import type { RelevanceBrief, RelevanceCollection } from './collection.js';
import { GERMAN } from './collection.de.js';
import { ENGLISH } from './collection.en.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const TARGETS = { ndcg: 0.85, strictP3: 0.8, worstNdcg: 0.5, paraphraseDrop: 0.08 };
const log = (line = '') => process.stdout.write(`${line}\n`);

interface Api {
  call<T>(
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    token: string | null,
    body: unknown,
    expect: number,
  ): Promise<T>;
  tokenFor(accountId: string): Promise<string>;
}

function apiOf(app: FastifyInstance, keys: KeySet, config: ReturnType<typeof loadConfig>): Api {
  return {
    async call<T>(
      method: 'GET' | 'POST' | 'PATCH',
      url: string,
      token: string | null,
      body: unknown,
      expect: number,
    ) {
      const response = await app.inject({
        method,
        url,
        headers: token === null ? {} : { authorization: `Bearer ${token}` },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      });
      if (response.statusCode !== expect) {
        throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
      }
      return response.json<T>();
    },
    tokenFor: (accountId) =>
      issueAccessToken(
        { keys, issuer: config.PUBLIC_BASE_URL, audience: config.JWT_AUDIENCE, ttlSeconds: 900 },
        accountId,
      ),
  };
}

interface Loaded {
  collectiveId: string;
  askerToken: string;
  keyOf: Map<string, string>;
}

/** Creates the collective and its people through the API, as their own apps would. */
async function load(api: Api, collection: RelevanceCollection): Promise<Loaded> {
  let accounts = 0;
  const person = async (name: string) => {
    accounts += 1;
    const account = await api.call<{ id: string }>(
      'POST',
      '/v1/accounts',
      null,
      {
        email: `relevance-${collection.language}-${accounts}@example.test`,
        password: 'relevance benchmark pw',
        name,
      },
      201,
    );
    return { accountId: account.id, token: await api.tokenFor(account.id) };
  };
  const owner = await person(`${collection.collectiveName} admin`);
  const collective = await api.call<{ id: string }>(
    'POST',
    '/v1/collectives',
    owner.token,
    { name: collection.collectiveName, language: collection.language },
    201,
  );
  const base = `/v1/collectives/${collective.id}`;
  const join = async (name: string) => {
    const joiner = await person(name);
    const invitation = await api.call<{ token: string }>('POST', `${base}/invitations`, owner.token, {}, 201);
    const member = await api.call<{ id: string }>(
      'POST',
      '/v1/invitations/accept',
      joiner.token,
      { token: invitation.token },
      201,
    );
    return { ...joiner, memberId: member.id };
  };

  const byKey = new Map<string, { token: string; memberId: string }>();
  const keyOf = new Map<string, string>();
  for (const member of collection.members) {
    const joined = await join(member.name);
    await api.call(
      'PATCH',
      `${base}/members/${joined.memberId}`,
      joined.token,
      { headline: member.headline, bio: member.bio, skills: member.skills },
      200,
    );
    byKey.set(member.key, joined);
    keyOf.set(joined.memberId, member.key);
  }
  for (const member of collection.members) {
    const endorsee = byKey.get(member.key);
    if (!endorsee) throw new Error(`${member.key} did not join`);
    for (const example of member.examples) {
      const endorser = byKey.get(example.endorsedBy);
      if (!endorser) throw new Error(`${member.key}: no member ${example.endorsedBy}`);
      await api.call(
        'POST',
        `${base}/members/${endorsee.memberId}/endorsements`,
        endorser.token,
        {
          skills: example.skills,
          relationship: { kind: 'worked_together', since: '2021-01-01' },
          example: {
            title: example.title,
            description: example.description,
            endorseeRole: example.endorseeRole,
            outcome: example.outcome,
            startedOn: '2024-03-01',
            endedOn: '2024-06-30',
          },
        },
        201,
      );
    }
  }
  // The asker: a member with no vouches given or received, so trust favours nobody.
  const asker = await join('Relevance asker');
  return { collectiveId: collective.id, askerToken: asker.token, keyOf };
}

/** A member as the service ranked them for a brief. */
interface Ranked {
  key: string;
  score: number;
  fit: number;
  reasons: string[];
}

interface BriefResult {
  key: string;
  text: string;
  twinOf: string | undefined;
  ndcg: number;
  strictP3: number;
  reciprocalRank: number;
  /** The first five, with the reasons the service gave (to read why a wrong member ranks high). */
  top: (Ranked & { label: number })[];
  /** Rank (1-based) of each member labelled 2, or null when outside the results. */
  exactRanks: Record<string, number | null>;
}

/** Discounted cumulative gain of graded labels (gain 2^label - 1) over the first k. */
function dcg(labels: number[], k: number): number {
  return labels.slice(0, k).reduce((sum, label, i) => sum + (2 ** label - 1) / Math.log2(i + 2), 0);
}

function evaluate(brief: RelevanceBrief, ranked: Ranked[]): BriefResult {
  const labelOf = (key: string) => brief.labels[key] ?? 0;
  const labels = ranked.map((r) => labelOf(r.key));
  const ideal = Object.values(brief.labels).sort((a, b) => b - a);
  const exact = Object.entries(brief.labels)
    .filter(([, label]) => label === 2)
    .map(([key]) => key);
  const firstExact = labels.findIndex((label) => label === 2);
  return {
    key: brief.key,
    text: brief.text,
    twinOf: brief.twinOf,
    ndcg: dcg(labels, 10) / dcg(ideal, 10),
    // Strict: only "exactly this work" counts, out of as many as there are (at most 3).
    strictP3: labels.slice(0, 3).filter((label) => label === 2).length / Math.min(3, exact.length),
    reciprocalRank: firstExact === -1 ? 0 : 1 / (firstExact + 1),
    top: ranked.slice(0, 5).map((r) => ({ ...r, label: labelOf(r.key) })),
    exactRanks: Object.fromEntries(
      exact.map((key) => {
        const rank = ranked.findIndex((r) => r.key === key);
        return [key, rank === -1 ? null : rank + 1];
      }),
    ),
  };
}

interface MatchItem {
  member: { id: string };
  score: number;
  components: { fit: number };
  reasons: { text: string }[];
}

async function rank(api: Api, loaded: Loaded, brief: RelevanceBrief): Promise<BriefResult> {
  const response = await api.call<{ items: MatchItem[] }>(
    'POST',
    `/v1/collectives/${loaded.collectiveId}/matches`,
    loaded.askerToken,
    { brief: brief.text, limit: 10, ...(brief.skills ? { skills: brief.skills } : {}) },
    200,
  );
  const ranked = response.items.map((item) => ({
    key: loaded.keyOf.get(item.member.id) ?? '(asker?)',
    score: item.score,
    fit: item.components.fit,
    reasons: item.reasons.map((reason) => reason.text),
  }));
  return evaluate(brief, ranked);
}

const mean = (values: number[]) =>
  values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
const f3 = (value: number) => value.toFixed(3);

function summarise(language: string, results: BriefResult[]) {
  const originals = results.filter((r) => r.twinOf === undefined);
  const byKey = new Map(results.map((r) => [r.key, r]));
  const drops = results
    .filter((r) => r.twinOf !== undefined)
    .map((twin) => (byKey.get(twin.twinOf ?? '')?.ndcg ?? NaN) - twin.ndcg);
  const summary = {
    language,
    briefs: results.length,
    twins: drops.length,
    meanNdcg10: mean(results.map((r) => r.ndcg)),
    meanNdcg10Originals: mean(originals.map((r) => r.ndcg)),
    strictP3: mean(results.map((r) => r.strictP3)),
    mrr: mean(results.map((r) => r.reciprocalRank)),
    worstNdcg10: Math.min(...results.map((r) => r.ndcg)),
    paraphraseDrop: mean(drops),
  };
  log(`\n== ${language}: ${summary.briefs} briefs (${summary.twins} reworded twins)`);
  log(
    `mean nDCG@10 ${f3(summary.meanNdcg10)} (target >= ${TARGETS.ndcg}), strict P@3 ${f3(summary.strictP3)} (>= ${TARGETS.strictP3}), ` +
      `MRR ${f3(summary.mrr)}, worst nDCG@10 ${f3(summary.worstNdcg10)} (>= ${TARGETS.worstNdcg}), ` +
      `paraphrase drop ${f3(summary.paraphraseDrop)} (<= ${TARGETS.paraphraseDrop})`,
  );
  log('worst briefs:');
  for (const result of [...results].sort((a, b) => a.ndcg - b.ndcg).slice(0, 6)) {
    log(`  ${f3(result.ndcg)} ${result.key}: "${result.text}"`);
    log(
      `        exact at ${JSON.stringify(result.exactRanks)}; top: ${result.top.map((t) => `${t.key}(${t.label}, fit ${t.fit.toFixed(2)})`).join(', ')}`,
    );
  }
  return summary;
}

async function main(): Promise<void> {
  const only = process.env.RELEVANCE_ONLY;
  const collections = [ENGLISH, GERMAN].filter(
    (c) => only === undefined || only === '' || c.language === only,
  );
  const database = await openBenchDatabase();
  log(`database: ${database.description}`);
  try {
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      RATE_LIMIT_PER_MINUTE: '100000000',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000000',
    });
    const pool = createPool(
      { connectionString: database.url, max: 5, connectTimeoutMs: 5_000, statementTimeoutMs: 60_000 },
      pino({ level: 'silent' }),
    );
    await migrateDatabase(pool);
    const keys = await buildKeySet(await generateSigningKey());
    const app = await buildApp(config, { db: createDb(pool), logger: pino({ level: 'silent' }), keys });
    await app.ready();
    const api = apiOf(app, keys, config);
    const report: Record<string, unknown> = { date: new Date().toISOString() };
    try {
      for (const collection of collections) {
        const started = performance.now();
        const loaded = await load(api, collection);
        log(
          `loaded ${collection.language}: ${collection.members.length} members in ${Math.round(performance.now() - started)} ms`,
        );
        const results: BriefResult[] = [];
        for (const brief of collection.briefs) results.push(await rank(api, loaded, brief));
        report[collection.language] = { summary: summarise(collection.language, results), results };
      }
    } finally {
      await app.close();
      await pool.end();
    }
    const resultsDir = path.join(BENCH_DIR, '..', 'results');
    await mkdir(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `relevance-${new Date().toISOString().slice(0, 10)}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`\nwrote ${path.relative(process.cwd(), file)}`);
  } finally {
    await database.close();
  }
}

await main();

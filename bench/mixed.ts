/* eslint-disable @typescript-eslint/no-non-null-assertion -- a benchmark script over a dataset it generated itself: a missing row is a bug to crash on */
/**
 * `npm run bench:mixed`: does one busy, changing collective stall everyone else? On the
 * 10,000-member collective of bench:match's dataset, over HTTP on 127.0.0.1, in one run:
 *
 * - phase 1: match requests in the big collective (concurrency 10) and getMember in a small
 *   collective (concurrency 4), from two separate load-client processes;
 * - phase 2: the same, plus one write a second in the big collective through the API,
 *   cycling a new endorsement with a worked example, an availability change, and the
 *   retraction of the endorsement made before; after each write a probe match (the same brief
 *   from the same asker, repeated every 25 ms) tells when matching shows it.
 *
 * It reports per phase p50/p99/max of both streams, the event loop's delay (p99, max) over the
 * phase, each write's time to show in matching, and the issue's targets; results in
 * bench/results/mixed-<date>.json. Settings: DATABASE_URL (else an embedded PostgreSQL),
 * BENCH_PHASE_SECONDS (20), BENCH_WARMUP_SECONDS (10).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { issueAccessToken } from '../src/modules/auth/index.js';
import { buildModelData } from '../src/modules/matching/matching.model.js';
import { briefBody, createRandom, generateDataset, vocabulary } from './dataset.js';
import { listenBenchApp, openBenchPool } from './app.js';
import { openBenchDatabase } from './database.js';
import { describeCpu, intSetting, ms, startCpuMeter, startLoadClient, stats, summarize } from './harness.js';
import type { LoadRequest } from './load-client.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const PHASE_SECONDS = intSetting('BENCH_PHASE_SECONDS', 20);
const WARMUP_SECONDS = intSetting('BENCH_WARMUP_SECONDS', 10);
const TARGETS = { smallP99Ratio: 3, smallMaxMs: 250, bigP99Ms: 50, loopMaxMs: 50, visibleMs: 2_000 };
const log = (line = '') => process.stdout.write(`${line}\n`);

interface Item {
  member: { id: string };
  score: number;
  components: Record<string, number>;
  reasons: unknown[];
}

async function main(): Promise<void> {
  log(
    `bench:mixed — ${os.cpus().length} CPU cores, Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const database = await openBenchDatabase();
  const cleanups: (() => Promise<unknown>)[] = [() => database.close()];
  try {
    const { config, pool, db } = await openBenchPool(database.url, 'rx-bench-mixed');
    cleanups.unshift(() => pool.end());
    log(`database: ${database.description}; generating the dataset...`);
    const generator = new pg.Client({ connectionString: database.url });
    await generator.connect();
    const dataset = await generateDataset(generator).finally(() => generator.end());
    const big = dataset.big[1];
    const { rows: smallRows } = await pool.query<{ id: string }>(
      `SELECT c.id FROM collectives c JOIN members m ON m.collective_id = c.id AND m.status = 'active'
       GROUP BY c.id HAVING count(*) BETWEEN 20 AND 50 ORDER BY c.id LIMIT 1`,
    );
    const small = smallRows[0];
    if (!small) throw new Error('the dataset has no collective of 20 to 50 members');

    // The model's memory: its estimate (what MATCHING_CACHE_MB counts) and the heap it took.
    const modelSizes = [];
    for (const collective of dataset.big) {
      const heapBefore = process.memoryUsage().heapUsed;
      const data = await buildModelData(db, collective.id, new Date());
      const heapAfter = process.memoryUsage().heapUsed;
      if (!data) throw new Error('no model');
      const size = {
        members: collective.members,
        estimatedMb: data.bytes / 2 ** 20,
        heapGrowthMb: (heapAfter - heapBefore) / 2 ** 20,
        buildMs: data.buildMs,
      };
      modelSizes.push(size);
      log(
        `model of ${size.members} members: estimated ${ms(size.estimatedMb)} MB (${ms((size.estimatedMb * 1000) / size.members)} MB per 1,000 members), heap grew ${ms(size.heapGrowthMb)} MB, built in ${ms(size.buildMs, 0)} ms on this thread`,
      );
    }

    const { app, keys, port } = await listenBenchApp(config, db);
    cleanups.unshift(() => app.close());
    const base = `http://127.0.0.1:${port}`;
    const tokenFor = (accountId: string) =>
      issueAccessToken(
        { keys, issuer: config.PUBLIC_BASE_URL, audience: config.JWT_AUDIENCE, ttlSeconds: 900 },
        accountId,
      );

    const membersOf = async (collectiveId: string) =>
      (
        await pool.query<{ id: string; account_id: string }>(
          `SELECT id, account_id FROM members WHERE collective_id = $1 AND status = 'active' ORDER BY id`,
          [collectiveId],
        )
      ).rows;
    const random = createRandom(20261201);
    const bigMembers = await membersOf(big.id);
    const smallMembers = await membersOf(small.id);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const askers = Array.from({ length: 50 }, () => pick(bigMembers));
    const matchTokens = await Promise.all(askers.map((a) => tokenFor(a.account_id)));
    const vocab = vocabulary(20261201);
    const matchRequests: LoadRequest[] = Array.from({ length: 2_000 }, (_, i) => ({
      path: `/v1/collectives/${big.id}/matches`,
      token: i % matchTokens.length,
      body: JSON.stringify(briefBody(vocab, random)),
    }));
    const memberTokens = [await tokenFor(smallMembers[0]!.account_id)];
    const memberRequests: LoadRequest[] = smallMembers.map((m) => ({
      method: 'GET',
      path: `/v1/collectives/${small.id}/members/${m.id}`,
      token: 0,
    }));

    const matchClient = await startLoadClient();
    const memberClient = await startLoadClient();
    cleanups.unshift(
      () => matchClient.close(),
      () => memberClient.close(),
    );
    const runBoth = (seconds: number) =>
      Promise.all([
        matchClient.run({
          port,
          concurrency: 10,
          count: 1e9,
          maxMs: seconds * 1000,
          tokens: matchTokens,
          requests: matchRequests,
        }),
        memberClient.run({
          port,
          concurrency: 4,
          count: 1e9,
          maxMs: seconds * 1000,
          tokens: memberTokens,
          requests: memberRequests,
          expect: '200',
        }),
      ]);

    const coldStarted = performance.now();
    const writer = askers[0]!;
    const writerToken = matchTokens[0]!;
    const api = async (method: string, url: string, token: string, body?: unknown) => {
      const response = await fetch(`${base}${url}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    };
    const probeBody = { brief: 'brand strategy for a regional retailer website', limit: 50 };
    const probe = async () => {
      const response = await api('POST', `/v1/collectives/${big.id}/matches`, writerToken, probeBody);
      if (response.status !== 200)
        throw new Error(`probe answered ${response.status}: ${JSON.stringify(response.body)}`);
      return (response.body as { items: Item[] }).items;
    };
    await probe();
    log(
      `model of ${big.members} members built in ${ms(performance.now() - coldStarted, 0)} ms (first request)`,
    );
    log(`warm-up: ${WARMUP_SECONDS} s`);
    await runBoth(WARMUP_SECONDS);

    const loop = monitorEventLoopDelay({ resolution: 5 });
    const phase = async (name: string, writes: boolean) => {
      loop.reset();
      loop.enable();
      const cpuMeter = await startCpuMeter(pool, [matchClient.pid, memberClient.pid]);
      const visible: { kind: string; ms: number }[] = [];
      const load = runBoth(PHASE_SECONDS);
      if (writes) {
        const ends = performance.now() + PHASE_SECONDS * 1000 - 2_500;
        let lastEndorsement: { id: string; endorseeId: string } | undefined;
        for (let i = 0; performance.now() < ends; i += 1) {
          const started = performance.now();
          const before = await probe();
          const others = before.filter((item) => item.member.id !== writer.id);
          const retracting = i % 3 === 2 && lastEndorsement !== undefined;
          const targetId = retracting
            ? lastEndorsement!.endorseeId
            : others[(i * 7) % others.length]!.member.id;
          const target = before.find((item) => item.member.id === targetId);
          // What the probe shows of the member the write is about; the write is visible when it changes.
          const snapshot = (items: Item[]) =>
            JSON.stringify(items.find((item) => item.member.id === targetId) ?? null);
          let kind: string;
          if (retracting) {
            kind = 'retraction';
            const retracted = await api(
              'POST',
              `/v1/collectives/${big.id}/endorsements/${lastEndorsement!.id}/retract`,
              writerToken,
              {},
            );
            if (retracted.status !== 200) throw new Error(`retraction answered ${retracted.status}`);
            lastEndorsement = undefined;
          } else if (i % 3 === 0 || lastEndorsement === undefined) {
            kind = 'endorsement';
            const created = await api(
              'POST',
              `/v1/collectives/${big.id}/members/${targetId}/endorsements`,
              writerToken,
              {
                skills: [pick(vocab.skills)],
                relationship: { kind: 'worked_together', since: '2022-01-01' },
                example: {
                  title: `Benchmark example ${i} ${Date.now()}`,
                  description:
                    'Planned and delivered the brand strategy and the retailer website with the team, from research to launch, over three months.',
                  endorseeRole: 'Lead',
                  outcome: 'Launched on time.',
                  startedOn: '2024-01-01',
                },
              },
            );
            if (created.status !== 201)
              throw new Error(`endorsement answered ${created.status}: ${JSON.stringify(created.body)}`);
            lastEndorsement = { id: (created.body as { id: string }).id, endorseeId: targetId };
          } else {
            kind = 'availability';
            const account = bigMembers.find((m) => m.id === targetId)!.account_id;
            const status = target?.components.availability === 1 ? 'unavailable' : 'available';
            const updated = await api(
              'PATCH',
              `/v1/collectives/${big.id}/members/${targetId}`,
              await tokenFor(account),
              {
                availability: { status },
              },
            );
            if (updated.status !== 200) throw new Error(`availability answered ${updated.status}`);
          }
          const changed = snapshot(before);
          const written = performance.now();
          let shown = Number.POSITIVE_INFINITY;
          while (performance.now() - written < 5_000) {
            if (snapshot(await probe()) !== changed) {
              shown = performance.now() - written;
              break;
            }
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
          visible.push({ kind, ms: shown });
          const rest = 1_000 - (performance.now() - started);
          if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
        }
      }
      const [matches, members] = await load;
      loop.disable();
      const cpu = cpuMeter.stop();
      const result = {
        name,
        match: summarize(matches),
        member: summarize(members),
        eventLoop: { p99Ms: loop.percentile(99) / 1e6, maxMs: loop.max / 1e6 },
        writes: visible,
        cpu,
      };
      log(`\n${name}`);
      for (const [label, s] of [
        ['match (big collective, c=10)', result.match],
        ['getMember (small collective, c=4)', result.member],
      ] as const) {
        log(
          `  ${label.padEnd(36)} ${String(s.requests).padStart(6)} requests  p50 ${ms(s.p50).padStart(6)}  p99 ${ms(s.p99).padStart(6)}  max ${ms(s.max).padStart(7)} ms  errors ${s.errors}`,
        );
      }
      log(`  event loop delay: p99 ${ms(result.eventLoop.p99Ms)} ms, max ${ms(result.eventLoop.maxMs)} ms`);
      if (result.cpu) log(`  ${describeCpu(result.cpu)}`);
      if (visible.length > 0) {
        const shown = stats(visible.map((v) => v.ms));
        log(
          `  writes: ${visible.length}, shown in matching after p50 ${ms(shown.p50, 0)} ms, max ${ms(shown.max, 0)} ms (${visible.map((v) => `${v.kind} ${ms(v.ms, 0)}`).join(', ')})`,
        );
      }
      return result;
    };

    const quiet = await phase('phase 1: matches + getMember', false);
    const busy = await phase('phase 2: the same + one write a second in the big collective', true);
    const checks = {
      smallP99Ratio: busy.member.p99 / quiet.member.p99,
      smallMaxMs: busy.member.max,
      bigP99Ms: busy.match.p99,
      loopMaxMs: busy.eventLoop.maxMs,
      // No write made (a phase too short for one) is no write shown: NaN, which meets no target.
      visibleMs: busy.writes.length === 0 ? Number.NaN : Math.max(...busy.writes.map((w) => w.ms)),
    };
    log('\ntargets (phase 2):');
    log(
      `  small collective p99 / phase 1 p99 = ${checks.smallP99Ratio.toFixed(2)} (<= ${TARGETS.smallP99Ratio}: ${checks.smallP99Ratio <= TARGETS.smallP99Ratio ? 'MET' : 'MISSED'})`,
    );
    log(
      `  small collective max = ${ms(checks.smallMaxMs)} ms (<= ${TARGETS.smallMaxMs}: ${checks.smallMaxMs <= TARGETS.smallMaxMs ? 'MET' : 'MISSED'})`,
    );
    log(
      `  big collective match p99 = ${ms(checks.bigP99Ms)} ms (<= ${TARGETS.bigP99Ms}: ${checks.bigP99Ms <= TARGETS.bigP99Ms ? 'MET' : 'MISSED'})`,
    );
    log(
      `  event loop delay max = ${ms(checks.loopMaxMs)} ms (<= ${TARGETS.loopMaxMs}: ${checks.loopMaxMs <= TARGETS.loopMaxMs ? 'MET' : 'MISSED'})`,
    );
    log(
      `  slowest write to show = ${ms(checks.visibleMs, 0)} ms (<= ${TARGETS.visibleMs}: ${checks.visibleMs <= TARGETS.visibleMs ? 'MET' : 'MISSED'})`,
    );

    const file = path.join(BENCH_DIR, 'results', `mixed-${new Date().toISOString().slice(0, 10)}.json`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(
      file,
      `${JSON.stringify({ node: process.version, cores: os.cpus().length, modelSizes, phases: [quiet, busy], checks, targets: TARGETS }, null, 2)}\n`,
    );
    log(`results: ${path.relative(process.cwd(), file)}`);
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => {});
  }
}

await main();

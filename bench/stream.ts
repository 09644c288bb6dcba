/**
 * `npm run bench:stream`: what the live stream (streamEvents, Server-Sent Events) costs while
 * it waits, and how long an event takes to reach it. The real app on a real PostgreSQL,
 * listening on 127.0.0.1; the streams are opened by a separate process (bench/stream-client.ts)
 * spread over the members of a few collectives, in steps (e.g. 10, then 100, then 500 open).
 * At each step, over an idle window: the app's queries per second and the time they took (its
 * pool, instrumented), the CPU the app's PostgreSQL backends used (their /proc/<pid>/stat; no
 * pg_stat_statements needed), the app's own CPU (process.cpuUsage) and its event-loop delay.
 * Then writes (one public event per transaction, a few a second) and the delay from each commit
 * to its arrival on every stream that should get it. See bench/README.md.
 *
 * Settings (environment, all optional): DATABASE_URL (a server on which a throw-away database is
 * created and dropped; else an embedded PostgreSQL in a temporary folder), BENCH_STREAMS
 * ("0,10,100,500": open streams at each step), BENCH_IDLE_SECONDS (10), BENCH_WRITES (50 per
 * step), BENCH_WRITE_GAP_MS (200), BENCH_SETTLE_MS (2000), EVENT_STREAM_POLL_MS (the app's fallback poll; its default
 * when unset). The figures of polling alone (before LISTEN/NOTIFY) came from this script at
 * commit 484fc64: bench/results/stream-2026-12-01-polling.json.
 */
import { fork } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { poolUsage } from '../src/db/client.js';
import { issueAccessToken } from '../src/modules/auth/index.js';
import { recordEvents } from '../src/modules/events/index.js';
import { listenBenchApp, openBenchPool } from './app.js';
import { openBenchDatabase } from './database.js';
import { cpuBetween, intSetting, processCpu, ms, recordPoolQueries, stats } from './harness.js';
import type { ClientReply, ClientRequest, StreamTarget } from './stream-client.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const APP_NAME = 'rx-bench-stream';
/** The app's listening connection (src/modules/events/events.feed.ts). */
const LISTENER_NAME = 'referral-exchange-events';
const log = (line = '') => process.stdout.write(`${line}\n`);
const wallNow = () => performance.timeOrigin + performance.now();
const sleep = (msecs: number) => new Promise((resolve) => setTimeout(resolve, msecs));

const settings = {
  steps: (process.env.BENCH_STREAMS ?? '0,10,100,500').split(',').map(Number),
  idleSeconds: intSetting('BENCH_IDLE_SECONDS', 10),
  writes: intSetting('BENCH_WRITES', 50),
  writeGapMs: intSetting('BENCH_WRITE_GAP_MS', 200),
  /** Time for the streams to read what is there, or what was just written, before measuring. */
  settleMs: intSetting('BENCH_SETTLE_MS', 2_000),
  /** Collectives with streams, members each (the first of each is its owner, who sees all). */
  collectives: 5,
  membersPer: 20,
  /** Other collectives' events, so that the events table is not one collective's alone. */
  backgroundCollectives: 100,
  eventsPerCollective: 1_000,
};
if (settings.steps.some((n) => !Number.isInteger(n) || n < 0))
  throw new Error('BENCH_STREAMS must be non-negative integers, comma-separated');

/** CPU seconds used so far by each PostgreSQL backend serving the app's pool. */
async function backendCpu(observer: pg.Client): Promise<Map<number, number>> {
  const { rows } = await observer.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE application_name = ANY($1) AND datname = current_database()`,
    [[APP_NAME, LISTENER_NAME]],
  );
  // A backend that ended between the two reads, or one on another machine: not counted.
  return processCpu(rows.map((row) => row.pid));
}

interface StepResult {
  streams: number;
  idle: {
    seconds: number;
    queriesPerSecond: number;
    /** Time from pool.query to its result, summed, per second (includes waiting for a connection). */
    queryMsPerSecond: number;
    meanQueryMs: number;
    postgresCpuPercent: number;
    appCpuPercent: number;
    eventLoopDelayMs: { p50: number; p99: number; max: number };
    maxPoolWaiting: number;
  };
  delivery: {
    writes: number;
    expected: number;
    received: number;
    latencyMs: ReturnType<typeof stats>;
  };
}

async function main(): Promise<void> {
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const database = await openBenchDatabase();
    cleanups.push(() => database.close());
    log(`database: ${database.description}`);
    const { config, pool, db } = await openBenchPool(database.url, APP_NAME, {
      // Only the streams' work is measured: the webhook worker polls too, and is not wanted here.
      WEBHOOK_WORKER: 'false',
      ...(process.env.EVENT_STREAM_POLL_MS ? { EVENT_STREAM_POLL_MS: process.env.EVENT_STREAM_POLL_MS } : {}),
    });
    cleanups.unshift(() => pool.end());
    const recorder = recordPoolQueries(pool);
    const observer = new pg.Client({ connectionString: database.url, application_name: 'rx-bench-observer' });
    await observer.connect();
    cleanups.unshift(() => observer.end());

    // ---- data: accounts, members, and history in the events table
    const { rows: collectiveRows } = await observer.query<{ id: string }>(
      `INSERT INTO collectives (name) SELECT 'Stream ' || i FROM generate_series(1, $1) i RETURNING id`,
      [settings.collectives + settings.backgroundCollectives],
    );
    await observer.query(
      `INSERT INTO events (collective_id, type, subject_type, subject_id, public)
       SELECT c, 'job.posted', 'job', gen_random_uuid(), true FROM unnest($1::uuid[]) c, generate_series(1, $2)`,
      [collectiveRows.map((r) => r.id), settings.eventsPerCollective],
    );
    const streamed = collectiveRows.slice(0, settings.collectives).map((r) => r.id);
    const { rows: memberRows } = await observer.query<{ account_id: string; collective_id: string }>(
      `WITH src AS (
         SELECT c, i, gen_random_uuid() AS account_id FROM unnest($1::uuid[]) c, generate_series(1, $2) i
       ), a AS (
         INSERT INTO accounts (id, email, name)
         SELECT account_id, 'bench-' || account_id || '@example.test', 'Member ' || i FROM src
       )
       INSERT INTO members (collective_id, account_id, role)
       SELECT c, account_id, CASE WHEN i = 1 THEN 'owner' ELSE 'member' END FROM src
       RETURNING account_id, collective_id`,
      [streamed, settings.membersPer],
    );
    await observer.query('VACUUM ANALYZE');
    log(
      `data: ${collectiveRows.length} collectives, ${collectiveRows.length * settings.eventsPerCollective} events, ` +
        `${memberRows.length} members in the ${streamed.length} collectives with streams`,
    );

    // ---- the app, and the streams' client process
    const { app, keys, port } = await listenBenchApp(config, db);
    cleanups.unshift(() => app.close());
    const base = `http://127.0.0.1:${port}`;
    const tokens = await Promise.all(
      memberRows.map(async (m) => ({
        ...m,
        token: await issueAccessToken(
          { keys, issuer: config.PUBLIC_BASE_URL, audience: config.JWT_AUDIENCE, ttlSeconds: 3_600 },
          m.account_id,
        ),
      })),
    );
    const client = fork(path.join(BENCH_DIR, 'stream-client.ts'), [], { stdio: 'inherit' });
    cleanups.unshift(async () => {
      if (client.connected) client.send({ type: 'close' } satisfies ClientRequest);
      await sleep(200);
      if (client.exitCode === null) client.kill();
    });
    const ask = <T extends ClientReply['type']>(request: ClientRequest, answer: T) =>
      new Promise<Extract<ClientReply, { type: T }>>((resolve) => {
        const onMessage = (message: ClientReply) => {
          if (message.type !== answer) return;
          client.off('message', onMessage);
          resolve(message as Extract<ClientReply, { type: T }>);
        };
        client.on('message', onMessage);
        client.send(request);
      });

    log(
      `app on ${base}; poll every ${config.EVENT_STREAM_POLL_MS} ms; pool max ${config.DB_POOL_MAX}; ` +
        `${os.cpus().length} cores, load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
    const results: StepResult[] = [];
    // Stream k goes to member k modulo the members: owners (all events) and plain members alike.
    const viewersOf = new Map<string, number>();
    let opened = 0;
    for (const streams of settings.steps) {
      const targets: StreamTarget[] = [];
      for (; opened < streams; opened++) {
        const m = tokens[opened % tokens.length];
        if (!m) throw new Error('no members');
        targets.push({ url: `${base}/v1/collectives/${m.collective_id}/events/stream`, token: m.token });
        viewersOf.set(m.collective_id, (viewersOf.get(m.collective_id) ?? 0) + 1);
      }
      const open = await ask({ type: 'open', targets }, 'opened');
      if (open.open !== streams)
        throw new Error(`${open.open} of ${streams} streams open: ${open.failed.join('; ')}`);
      // Let the first polls of the new streams pass.
      await sleep(settings.settleMs);

      // ---- idle
      const eld = monitorEventLoopDelay({ resolution: 1 });
      let maxPoolWaiting = 0;
      const sampler = setInterval(() => {
        maxPoolWaiting = Math.max(maxPoolWaiting, poolUsage(db).waiting);
      }, 50);
      const pgBefore = await backendCpu(observer);
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      recorder.start();
      eld.enable();
      await sleep(settings.idleSeconds * 1000);
      eld.disable();
      const sql = recorder.stop(1);
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const pgAfter = await backendCpu(observer);
      clearInterval(sampler);
      const calls = sql.statements.reduce((n, s) => n + s.calls, 0);
      const idle: StepResult['idle'] = {
        seconds,
        queriesPerSecond: calls / seconds,
        queryMsPerSecond: sql.perRequestMs / seconds,
        meanQueryMs: sql.perRequestMs / Math.max(1, calls),
        postgresCpuPercent: (cpuBetween(pgBefore, pgAfter) / seconds) * 100,
        appCpuPercent: ((cpu.user + cpu.system) / 1e6 / seconds) * 100,
        eventLoopDelayMs: {
          p50: eld.percentile(50) / 1e6,
          p99: eld.percentile(99) / 1e6,
          max: eld.max / 1e6,
        },
        maxPoolWaiting,
      };

      // ---- writes, one public event per transaction, and their arrival on the streams
      await ask({ type: 'report' }, 'arrivals');
      const committedAt = new Map<number, { at: number; collectiveId: string }>();
      for (let i = 0; i < (streams === 0 ? 0 : settings.writes); i++) {
        const collectiveId = streamed[i % streamed.length] ?? '';
        const subjectId = crypto.randomUUID();
        await db.transaction((tx) =>
          recordEvents(tx, [
            {
              collectiveId,
              type: 'job.posted',
              actorMemberId: null,
              subject: { type: 'job', id: subjectId },
              public: true,
            },
          ]),
        );
        const at = wallNow();
        const { rows } = await observer.query<{ seq: string }>(
          `SELECT seq FROM events WHERE collective_id = $1 AND subject_id = $2`,
          [collectiveId, subjectId],
        );
        committedAt.set(Number(rows[0]?.seq), { at, collectiveId });
        await sleep(settings.writeGapMs);
      }
      await sleep(settings.settleMs);
      const { arrivals } = await ask({ type: 'report' }, 'arrivals');
      const latencies = arrivals.flatMap(([seq, at]) => {
        const write = committedAt.get(seq);
        return write ? [at - write.at] : [];
      });
      const expected = [...committedAt.values()].reduce(
        (n, w) => n + (viewersOf.get(w.collectiveId) ?? 0),
        0,
      );
      const result: StepResult = {
        streams,
        idle,
        delivery: {
          writes: committedAt.size,
          expected,
          received: latencies.length,
          latencyMs: stats(latencies),
        },
      };
      results.push(result);
      const d = result.delivery;
      log(
        `${String(streams).padStart(4)} streams | idle: ${idle.queriesPerSecond.toFixed(0)} queries/s, ` +
          `${idle.queryMsPerSecond.toFixed(0)} ms of query time/s (mean ${ms(idle.meanQueryMs, 2)} ms, pool waiting max ${maxPoolWaiting}), ` +
          `PostgreSQL ${idle.postgresCpuPercent.toFixed(1)}% CPU, app ${idle.appCpuPercent.toFixed(1)}% CPU, ` +
          `event-loop delay p50 ${ms(idle.eventLoopDelayMs.p50)} p99 ${ms(idle.eventLoopDelayMs.p99)} max ${ms(idle.eventLoopDelayMs.max)} ms` +
          (d.writes === 0
            ? ''
            : ` | ${d.writes} writes: ${d.received}/${d.expected} arrivals, commit to arrival p50 ${ms(d.latencyMs.p50)} p99 ${ms(d.latencyMs.p99)} max ${ms(d.latencyMs.max)} ms`),
      );
    }

    const out = path.join(BENCH_DIR, 'results', `stream-${new Date().toISOString().slice(0, 10)}.json`);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify({ settings, loadAverage: os.loadavg(), results }, null, 2)}\n`);
    log(`results written to ${path.relative(process.cwd(), out)}`);
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((err: unknown) => log(`cleanup: ${String(err)}`));
  }
}

await main();

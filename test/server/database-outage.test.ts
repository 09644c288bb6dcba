import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres.js';
import { request, startServer, type ServerProcess } from '../support/server-process.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Outcome {
  /** When the response arrived: before the crash, while the database was down, while it was
   * starting again, after readiness said 200 again. */
  phase: 'before' | 'outage' | 'restarting' | 'after';
  status: number;
  retryAfter: string | null;
  problem: boolean;
}

/**
 * The real server process on a PostgreSQL this test owns, under a steady load of reads and
 * creates, while that PostgreSQL is stopped with `pg_ctl stop -m immediate` (every open
 * transaction lost, as in a crash or a failover) and started again.
 */
describe('database outage under load (the real process, a private PostgreSQL)', () => {
  let database: PrivatePostgres | undefined;
  let server: ServerProcess | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    const privateDatabase = await startPrivatePostgres();
    database = privateDatabase;
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'rx-outage-'));
    server = await startServer({
      DATABASE_URL: privateDatabase.url,
      DATA_DIR: dataDir,
      DB_CONNECT_TIMEOUT_MS: '1000',
      DB_STATEMENT_TIMEOUT_MS: '2000',
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
  }, 90_000);

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await database?.destroy();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('answers 503 during the outage, never exits, recovers by itself and loses no acknowledged write', async () => {
    if (!database || !server) throw new Error('beforeAll did not finish');
    const { base } = server;
    const email = `outage-${randomUUID()}@example.test`;
    const password = 'a long enough password';
    expect(
      (await request(base, 'POST', '/v1/accounts', { body: { email, password, name: 'Ola' } })).status,
    ).toBe(201);
    const signIn = await request(base, 'POST', '/v1/auth/token', { body: { email, password } });
    const token = (signIn.body as { accessToken: string }).accessToken;
    const created = await request(base, 'POST', '/v1/collectives', {
      token,
      body: { name: 'Outage Collective' },
    });
    const collectiveId = (created.body as { id: string }).id;
    const jobsPath = `/v1/collectives/${collectiveId}/jobs`;

    let phase: Outcome['phase'] = 'before';
    const loadState = { running: true, stoppedAt: Infinity };
    const loadRunning = () => loadState.running;
    const unanswered: string[] = [];
    const outcomes: Outcome[] = [];
    const transportErrors: string[] = [];
    /** Idempotency-Key -> the job id of its 201 (each key is retried until it gets one). */
    const acknowledged = new Map<string, string>();

    const record = (response: { status: number; headers: Headers }) => {
      outcomes.push({
        phase,
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        problem: (response.headers.get('content-type') ?? '').startsWith('application/problem+json'),
      });
    };

    /** Creates a job with one key until a 201 says it is stored, reading between attempts. */
    const worker = async (index: number) => {
      while (loadRunning()) {
        const key = `outage-${index}-${randomUUID()}`;
        for (;;) {
          try {
            const response = await request(base, 'POST', jobsPath, {
              token,
              headers: { 'idempotency-key': key },
              body: {
                title: `Job ${key}`,
                brief: 'A job posted while the database goes away and comes back.',
              },
            });
            record(response);
            if (response.status === 201) {
              acknowledged.set(key, (response.body as { id: string }).id);
              break;
            }
            const read = await request(base, 'GET', `${jobsPath}?limit=5`, { token });
            record(read);
          } catch (err) {
            transportErrors.push(String(err));
          }
          // A key still unanswered when the load stops is retried, for at most 15 s more.
          if (!loadRunning() && Date.now() > loadState.stoppedAt + 15_000) {
            unanswered.push(key);
            break;
          }
          await sleep(20);
        }
      }
    };

    const health: number[] = [];
    const readiness: { phase: Outcome['phase']; status: number }[] = [];
    const probe = async () => {
      while (loadRunning()) {
        health.push((await request(base, 'GET', '/healthz')).status);
        readiness.push({ phase, status: (await request(base, 'GET', '/readyz')).status });
        await sleep(100);
      }
    };

    const load = [...Array.from({ length: 6 }, (_, i) => worker(i)), probe()];
    await sleep(1_200);
    // Make sure transactions are open at the crash: creates wait inside theirs for this lock
    // (they have already claimed their Idempotency-Key), while reads go on.
    const locker = new pg.Client({ connectionString: database.url });
    locker.on('error', () => {}); // the crash ends this connection too
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE jobs IN SHARE ROW EXCLUSIVE MODE');
    await sleep(300);
    const waiting = await locker.query<{ count: string }>(
      "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND state = 'active'",
    );
    expect(Number(waiting.rows[0]?.count)).toBeGreaterThan(0);
    await database.crash();
    phase = 'outage';
    const outageStarted = Date.now();
    await sleep(3_000);
    expect(server.child.exitCode, server.output()).toBeNull();

    phase = 'restarting';
    await database.start();
    const restartedAt = Date.now();
    let recoveredAt: number | undefined;
    while (Date.now() - restartedAt < 20_000) {
      if ((await request(base, 'GET', '/readyz')).status === 200) {
        recoveredAt = Date.now();
        break;
      }
      await sleep(100);
    }
    phase = 'after';
    await sleep(1_500);
    loadState.running = false;
    loadState.stoppedAt = Date.now();
    await Promise.all(load);
    expect(unanswered).toEqual([]);

    // The process lived through it.
    expect(server.child.exitCode, server.output()).toBeNull();
    expect(transportErrors).toEqual([]);
    expect(server.output()).not.toMatch(/uncaught|second error|shutting down after an error/i);

    // Only successes or 503s with Retry-After and problem+json: never a 500, never a hang.
    const statuses = new Set(outcomes.map((o) => o.status));
    expect([...statuses].filter((s) => ![200, 201, 503].includes(s))).toEqual([]);
    const unavailable = outcomes.filter((o) => o.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(unavailable.every((o) => o.problem && o.retryAfter !== null)).toBe(true);
    expect(outcomes.filter((o) => o.phase === 'outage' && o.status < 300)).toEqual([]);
    expect(outcomes.some((o) => o.phase === 'after' && o.status === 201)).toBe(true);

    // Liveness stayed green throughout; readiness said 503 while the database was away.
    expect(health.every((status) => status === 200)).toBe(true);
    expect(readiness.some((r) => r.phase === 'outage' && r.status === 503)).toBe(true);
    expect(readiness.filter((r) => r.phase === 'outage').every((r) => r.status === 503)).toBe(true);
    expect(recoveredAt, 'ready again within 20 s of the restart').toBeDefined();

    // Every acknowledged create is stored, and each key made exactly one job.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; title: string }>(
        'SELECT id, title FROM jobs WHERE collective_id = $1',
        [collectiveId],
      );
      const jobsByKey = new Map<string, string[]>();
      for (const row of rows) {
        const key = row.title.replace(/^Job /, '');
        jobsByKey.set(key, [...(jobsByKey.get(key) ?? []), row.id]);
      }
      for (const [key, jobId] of acknowledged) expect(jobsByKey.get(key)).toEqual([jobId]);
      expect(rows.length).toBe(acknowledged.size);
    } finally {
      await client.end();
    }

    const during = outcomes.filter((o) => o.phase === 'outage');
    process.stdout.write(
      `database outage: ${outcomes.length} requests (${during.length} during the ${restartedAt - outageStarted} ms outage: ` +
        `${during.filter((o) => o.status === 503).length} x 503), ` +
        `ready again ${recoveredAt! - restartedAt} ms after the restart, ${acknowledged.size} jobs acknowledged and stored once each ` +
        `(${database.description})\n`,
    );
  }, 90_000);
});

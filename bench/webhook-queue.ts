/**
 * `npm run bench:webhook-queue`: the plans and costs of the webhook worker's two queries (lease
 * endpoints whose queue head or a redelivery is due; an endpoint's sendable messages) on a
 * database the size of a busy installation: 1,000 collectives, 2,000 endpoints, 500,000 events
 * and 1,000,000 delivery rows, most delivered, twenty endpoints with a backlog of 300 (ten of
 * them with a head waiting for its retry). Writes the plans to bench/results. See bench/README.md.
 *
 * Settings: DATABASE_URL (a server on which a throw-away database is created and dropped; else
 * an embedded PostgreSQL in a temporary folder).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { pino } from 'pino';
import { createPool } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import * as tables from '../src/db/tables.js';
import { dueDeliveries, leaseWebhooks } from '../src/modules/webhooks/webhooks.repository.js';
import { openBenchDatabase } from './database.js';
import { ms, stats } from './harness.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const log = (line = '') => process.stdout.write(`${line}\n`);

const SHAPE = { collectives: 1_000, hooksPer: 2, eventsPer: 500, backlogged: 20, backlog: 300 };

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const pool = createPool(
    {
      connectionString: database.url,
      max: 2,
      connectTimeoutMs: 5_000,
      statementTimeoutMs: 120_000,
      applicationName: 'rx-bench-webhooks',
    },
    pino({ level: 'silent' }),
  );
  try {
    log(`database: ${database.description}`);
    await migrateDatabase(pool);
    const started = performance.now();
    const { collectives, hooksPer, eventsPer, backlogged, backlog } = SHAPE;
    await pool.query(
      `INSERT INTO collectives (id, name) SELECT gen_random_uuid(), 'c' || i FROM generate_series(1, $1) i`,
      [collectives],
    );
    await pool.query(
      `INSERT INTO webhooks (collective_id, url, event_types, secret_sealed, created_by)
       SELECT c.id, 'https://hooks.example.com/' || h, '{*}', 'sealed', gen_random_uuid()
       FROM collectives c, generate_series(1, $1) h`,
      [hooksPer],
    );
    await pool.query(
      `INSERT INTO events (collective_id, type, subject_type, subject_id, public)
       SELECT c.id, 'job.posted', 'job', gen_random_uuid(), true FROM collectives c, generate_series(1, $1)`,
      [eventsPer],
    );
    await pool.query(
      `INSERT INTO webhook_deliveries (collective_id, webhook_id, event_seq, event_type, status, attempt_count, completed_at)
       SELECT e.collective_id, w.id, e.seq, e.type, 'succeeded', 1, now()
       FROM events e JOIN webhooks w USING (collective_id)`,
    );
    // Backlogs: the newest messages of some endpoints are still pending. Half of these endpoints
    // have a head that failed and waits an hour for its retry, the other half a due head.
    await pool.query(
      `WITH hooks AS (
         SELECT collective_id, id, row_number() OVER (ORDER BY id) AS n FROM webhooks ORDER BY id LIMIT $1
       ), pending AS (
         SELECT d.collective_id, d.id, h.n,
                row_number() OVER (PARTITION BY d.webhook_id ORDER BY d.event_seq DESC) AS back
         FROM webhook_deliveries d JOIN hooks h ON h.collective_id = d.collective_id AND h.id = d.webhook_id
       )
       UPDATE webhook_deliveries d
       SET status = 'pending', completed_at = NULL,
           attempt_count = CASE WHEN p.back = $2 AND p.n % 2 = 0 THEN 3 ELSE 0 END,
           next_attempt_at = now() + interval '1 hour'
       FROM pending p
       WHERE p.collective_id = d.collective_id AND p.id = d.id AND p.back <= $2`,
      [backlogged, backlog],
    );
    // A few redeliveries an admin asked for, waiting for their retry.
    await pool.query(
      `UPDATE webhook_deliveries SET status = 'pending', redelivery = true, attempt_count = 1,
         next_attempt_at = now() + interval '10 minutes'
       WHERE (collective_id, id) IN (SELECT collective_id, id FROM webhook_deliveries WHERE status = 'succeeded' LIMIT 5)`,
    );
    await pool.query('VACUUM ANALYZE');
    const counts = (
      await pool.query<{ status: string; n: string }>(
        `SELECT status, count(*) AS n FROM webhook_deliveries GROUP BY status ORDER BY status`,
      )
    ).rows;
    log(
      `generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts.map((c) => `${c.n} ${c.status}`).join(', ')}`,
    );

    // The repository's own statements, captured as drizzle sends them.
    const captured: { text: string; values: unknown[] }[] = [];
    const db = drizzle({
      client: pool,
      casing: 'snake_case',
      schema: tables,
      logger: { logQuery: (text, values) => captured.push({ text, values }) },
    });
    const now = new Date();
    const leased = await leaseWebhooks(db, {
      now,
      leaseUntil: new Date(now.getTime() + 60_000),
      owner: crypto.randomUUID(),
      limit: 8,
    });
    const lease = captured.find((q) => q.text.includes('for update skip locked'));
    if (!lease) throw new Error('the lease statement was not captured');
    captured.length = 0;
    const first = leased[0];
    if (!first) throw new Error('no endpoint was leased');
    const due = await dueDeliveries(db, {
      collectiveId: first.collectiveId,
      webhookId: first.id,
      now,
      limit: 100,
    });
    log(
      `leased ${leased.length} endpoints (of ${backlogged / 2} with a due head); the first has ${due.length} sendable`,
    );

    const report: string[] = [];
    const explain = async (title: string, statement: { text: string; values: unknown[] }) => {
      // EXPLAIN ANALYZE runs the statement: inside a rolled-back transaction, it leaves no lock.
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const timings: number[] = [];
        let plan = '';
        for (let i = 0; i < 20; i++) {
          const { rows } = await client.query<{ 'QUERY PLAN': string }>(
            `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
            statement.values,
          );
          plan = rows.map((r) => r['QUERY PLAN']).join('\n');
          timings.push(Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]));
        }
        const s = stats(timings);
        const line = `${title}: median execution ${ms(s.p50, 3)} ms over ${s.n} runs (min ${ms(Math.min(...timings), 3)}, max ${ms(s.max, 3)})`;
        log(line);
        report.push(`== ${line}\n${statement.text}\n\n${plan}\n`);
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
    };
    await explain('lease (after a round leased the due endpoints)', lease);
    // The same statement when the leases are free again: what every idle poll of every instance runs.
    await pool.query(`UPDATE webhooks SET lease_until = 'epoch', lease_owner = NULL`);
    await explain('lease (every lease free)', lease);
    await pool.query(
      `UPDATE webhook_deliveries SET status = 'succeeded' WHERE status = 'pending' AND attempt_count = 0`,
    );
    await explain('lease (nothing due: an idle poll)', lease);
    for (const [i, statement] of captured.entries())
      await explain(`sendable messages, query ${i + 1}`, statement);

    const out = path.join(
      BENCH_DIR,
      'results',
      `webhook-queue-${now.toISOString().slice(0, 10)}-explain.txt`,
    );
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(
      out,
      `${JSON.stringify(SHAPE)}\n${counts.map((c) => `${c.n} ${c.status}`).join(', ')}\n\n${report.join('\n')}`,
    );
    log(`plans written to ${path.relative(process.cwd(), out)}`);
  } finally {
    await pool.end();
    await database.close();
  }
}

await main();

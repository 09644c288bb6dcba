import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { createCollective, type TestCollective } from '../support/factories.js';
import { expectProblem } from '../support/http.js';
import { jobBody, jobsUrl } from '../support/work.js';

const STATEMENT_TIMEOUT_MS = 400;
const CONNECT_TIMEOUT_MS = 500;

/**
 * A lock held longer than the statement timeout (a migration, a long report, a stuck
 * transaction elsewhere) must give a quick 503, never a request that hangs.
 */
describe('a table lock held past the statement timeout', () => {
  let t: TestApp;
  let collective: TestCollective;
  let blocker: pg.Client | undefined;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
        DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      },
    });
    collective = await createCollective(t);
  });
  afterEach(async () => {
    await blocker?.end();
    blocker = undefined;
  });
  afterAll(() => t.close());

  async function lockJobs(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    await client.query('BEGIN');
    await client.query('LOCK TABLE jobs IN ACCESS EXCLUSIVE MODE');
    blocker = client;
    return client;
  }

  const headers = (key?: string) => ({
    ...collective.owner.headers,
    ...(key === undefined ? {} : { 'idempotency-key': key }),
  });

  it('answers reads and writes with 503 DATABASE_TIMEOUT and Retry-After, in about the timeout', async () => {
    await lockJobs();
    const started = Date.now();
    const [read, write] = await Promise.all([
      t.app.inject({ method: 'GET', url: jobsUrl(collective.id), headers: headers() }),
      t.app.inject({
        method: 'POST',
        url: jobsUrl(collective.id),
        headers: headers('locked-create'),
        payload: jobBody({ title: 'Posted behind a lock' }),
      }),
    ]);
    const elapsed = Date.now() - started;

    for (const response of [read, write]) {
      expectProblem(response, 503, 'DATABASE_TIMEOUT');
      expect(response.headers['retry-after']).toBe('5');
    }
    expect(elapsed).toBeGreaterThanOrEqual(STATEMENT_TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(STATEMENT_TIMEOUT_MS * 10);

    // The refused create was rolled back with its Idempotency-Key: the retry does the work once.
    await blocker?.query('COMMIT');
    const retried = await t.app.inject({
      method: 'POST',
      url: jobsUrl(collective.id),
      headers: headers('locked-create'),
      payload: jobBody({ title: 'Posted behind a lock' }),
    });
    expect(retried.statusCode).toBe(201);
    const { rows } = await t.pool.query('SELECT id FROM jobs WHERE collective_id = $1 AND title = $2', [
      collective.id,
      'Posted behind a lock',
    ]);
    expect(rows).toEqual([{ id: retried.json<{ id: string }>().id }]);
  });

  it('with every pooled connection stuck behind the lock, further requests fail fast too', async () => {
    await lockJobs();
    const started = Date.now();
    // Twice the pool's size (5): half of them wait for a connection, not for the lock.
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.app.inject({ method: 'GET', url: jobsUrl(collective.id), headers: headers() }),
      ),
    );
    const elapsed = Date.now() - started;
    for (const response of responses) {
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBeDefined();
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(elapsed).toBeLessThan((STATEMENT_TIMEOUT_MS + CONNECT_TIMEOUT_MS) * 5);
    // Liveness is not the database's business.
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

    await blocker?.query('COMMIT');
    const after = await t.app.inject({ method: 'GET', url: jobsUrl(collective.id), headers: headers() });
    expect(after.statusCode).toBe(200);
  });
});

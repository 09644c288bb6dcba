import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_PATH } from '../../../scripts/openapi-document.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createTestDatabase } from '../../support/database.js';
import { TcpProxy } from '../../support/tcp-proxy.js';

describe('health and readiness', () => {
  let t: TestApp;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const databaseUrl = await createTestDatabase();
    const target = new URL(databaseUrl);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    // No webhook delivery worker: its poll, caught on a connection the proxy cut, could hold
    // app.close() (the worker waits for the round in flight) past the hook's timeout.
    t = await createTestApp({ databaseUrl: proxy.rewrite(databaseUrl), env: { WEBHOOK_WORKER: 'false' } });
  });
  afterAll(async () => {
    await t.close();
    await proxy.cut();
  });

  it('getHealth answers ok without touching the database', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('getReadiness is 200 when the database is up and migrated', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ready',
      checks: { database: 'ok', migrations: 'ok' },
      eventLoop: {
        delayP99Ms: expect.any(Number),
        delayMaxMs: expect.any(Number),
        windowSeconds: expect.any(Number),
      },
    });
  });

  it('turns 503 with Retry-After while the database is unreachable, and 200 again when it returns', async () => {
    await proxy.cut();
    const down = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.headers['retry-after']).toBeDefined();
    expect(down.headers['content-type']).toMatch(/problem\+json/);
    expect(down.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503 });
    expect(JSON.stringify(down.json())).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|password/);

    // Health stays green: the process is alive, only its dependency is not.
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

    await proxy.start();
    const up = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(up.statusCode).toBe(200);
  });

  it('is 503 MIGRATIONS_PENDING when the schema is behind', async () => {
    await t.pool.query('ALTER TABLE drizzle.__drizzle_migrations RENAME TO __drizzle_migrations_moved');
    try {
      const response = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ code: 'MIGRATIONS_PENDING' });
    } finally {
      await t.pool.query('ALTER TABLE drizzle.__drizzle_migrations_moved RENAME TO __drizzle_migrations');
    }
  });

  it('is 503 SHUTTING_DOWN once the instance drains', async () => {
    t.app.lifecycle.draining = true;
    try {
      const response = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ code: 'SHUTTING_DOWN' });
    } finally {
      t.app.lifecycle.draining = false;
    }
  });
});

describe('OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('the committed openapi/openapi.json is what the app serves (run npm run openapi)', async () => {
    const committed = JSON.parse(await readFile(OPENAPI_PATH, 'utf8')) as unknown;
    const served = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(served.statusCode).toBe(200);
    expect(served.json()).toEqual(committed);
  });

  it('every operation has an operationId, a tag, a summary and a 500 problem response', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { operationId?: string; tags?: string[]; summary?: string; responses: Record<string, unknown> }
        >
      >;
    }>();
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.values(document.paths).flatMap((p) => Object.values(p));
    expect(operations.length).toBeGreaterThan(0);
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of operations) {
      expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.tags?.length).toBeGreaterThan(0);
      expect(operation.summary).toBeTruthy();
    }
    // Every operationId SPEC.md section 7 names: clients are generated against them.
    const specified =
      `getHealth getReadiness getOpenApi getJwks createAccount createToken refreshToken revokeToken
      getMe updateMe createCollective listMyCollectives getCollective updateCollective listMembers getMember
      updateMember leaveCollective createInvitation listInvitations revokeInvitation acceptInvitation createJob
      listJobs getJob updateJob cancelJob expressInterest withdrawInterest listInterests createReferral
      listReferrals getReferral acceptReferral declineReferral recordReferralOutcome thankReferrer
      createEndorsement listEndorsements getEndorsement retractEndorsement getEndorsementCredential
      verifyEndorsementCredential matchBrief matchJob getContribution getReciprocity listEvents`.split(/\s+/);
    expect(specified).toHaveLength(48);
    expect(ids).toEqual(expect.arrayContaining(specified));
  });

  it('serves human docs at /docs from the package, without a CDN', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
    expect(page.body).not.toMatch(/https?:\/\/(cdn|unpkg|jsdelivr)/);
  });
});

import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { events, idempotencyKeys, jobs } from '../../../src/db/tables.js';
import { toEventRow } from '../../../src/modules/events/index.js';
import { insertJobInOneStatement } from '../../../src/modules/jobs/jobs.repository.js';
import { newJob } from '../../../src/modules/jobs/jobs.service.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { addMember, createAccount, createCollective, type TestMember } from '../../support/factories.js';
import { call } from '../../support/http.js';
import { jobBody, jobsUrl, jobUrl, type Job } from '../../support/work.js';

// createJob writes the job, its event and its Idempotency-Key in one statement after the gate
// (jobs.service.ts `create`); a key already held goes through runCreate's transaction.

let t: TestApp;
let poster: TestMember;
let collectiveId: string;
beforeAll(async () => {
  t = await createTestApp();
  collectiveId = (await createCollective(t)).id;
  poster = await addMember(t, collectiveId);
});
afterAll(() => t.close());
afterEach(() => vi.restoreAllMocks());

const post = (body: unknown, key?: string) =>
  call(t, poster, 'POST', jobsUrl(collectiveId), body, key === undefined ? {} : { 'idempotency-key': key });

async function rowsOf(jobId: string) {
  const [job] = await t.db.select({ n: count() }).from(jobs).where(eq(jobs.id, jobId));
  const [event] = await t.db.select({ n: count() }).from(events).where(eq(events.subjectId, jobId));
  return { jobs: job!.n, events: event!.n };
}

const keysOf = async (accountId: string) =>
  (await t.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.accountId, accountId))).map(
    (k) => k.key,
  );

describe('createJob in one statement', () => {
  it('takes two statements with a key: the gate, then the write (no transaction around them)', async () => {
    const query = vi.spyOn(pg.Client.prototype, 'query');
    const response = await post(jobBody({ title: 'Counted statements' }), randomUUID());
    expect(response.statusCode, response.body).toBe(201);
    const texts = query.mock.calls.map(([config]) =>
      typeof config === 'string' ? config : ((config as { text?: string }).text ?? ''),
    );
    expect(texts).toHaveLength(2);
    expect(texts.some((text) => /^\s*(begin|commit)/i.test(text))).toBe(false);
  });

  it('answers what it stored: the response equals the job read back, every field set', async () => {
    const body = {
      title: 'Every field',
      brief: 'Twelve user interviews with retail banking customers, synthesis and a short report.',
      skills: ['UX Research', 'Interviewing'],
      budget: { min: 400_000, max: 600_000, currency: 'EUR' },
      remote: false,
      location: 'Leipzig',
      startsOn: '2031-02-01',
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      client: 'A bank',
    };
    const created = await post(body, randomUUID());
    expect(created.statusCode, created.body).toBe(201);
    const job = created.json<Job>();
    const read = await call(t, poster, 'GET', jobUrl(collectiveId, job.id));
    expect(read.json()).toEqual(job);
    expect(read.headers.etag).toBe(created.headers.etag);
    expect(created.headers.location).toBe(`/v1/collectives/${collectiveId}/jobs/${job.id}`);
    const [stored] = await t.db
      .select()
      .from(idempotencyKeys)
      .where(
        and(
          eq(idempotencyKeys.accountId, poster.accountId),
          eq(idempotencyKeys.scope, `createJob:${collectiveId}`),
        ),
      )
      .orderBy(idempotencyKeys.createdAt);
    expect(stored?.statusCode).toBe(201);
  });

  it('without a key stores no key, and writes the job and its event', async () => {
    const before = await keysOf(poster.accountId);
    const response = await post(jobBody({ title: 'No key at all' }));
    expect(response.statusCode).toBe(201);
    expect(await keysOf(poster.accountId)).toEqual(before);
    expect(await rowsOf(response.json<Job>().id)).toEqual({ jobs: 1, events: 1 });
  });

  it('an expired key is taken over (through runCreate): a new job, no replay, the old response gone', async () => {
    const key = randomUUID();
    await t.db.insert(idempotencyKeys).values({
      accountId: poster.accountId,
      scope: `createJob:${collectiveId}`,
      key,
      requestHash: 'another body',
      statusCode: 201,
      responseBody: { id: 'stale' },
      createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000),
    });
    const response = await post(jobBody({ title: 'After the retention' }), key);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers['idempotent-replayed']).toBeUndefined();
    const job = response.json<Job>();
    expect(await rowsOf(job.id)).toEqual({ jobs: 1, events: 1 });
    const again = await post(jobBody({ title: 'After the retention' }), key);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json<Job>().id).toBe(job.id);
  });

  it('forgets expired responses of other accounts, as every create does', async () => {
    const gone = await createAccount(t);
    await t.db.insert(idempotencyKeys).values({
      accountId: gone.id,
      scope: 'createInvitation:x',
      key: 'old-secret',
      requestHash: 'h',
      createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000),
    });
    expect((await post(jobBody({ title: 'Purging' }), randomUUID())).statusCode).toBe(201);
    expect(await keysOf(gone.id)).toEqual([]);
  });

  it('writes nothing for a poster whose membership ended after the gate', async () => {
    const leaver = await addMember(t, collectiveId);
    await t.pool.query(`UPDATE members SET status = 'removed' WHERE id = $1`, [leaver.memberId]);
    const body = {
      title: 'Too late',
      brief: 'Posted by someone who has just been removed from the collective.',
    };
    const job = newJob(collectiveId, leaver.memberId, body, new Date());
    const written = await insertJobInOneStatement(t.db, {
      job,
      event: toEventRow({
        collectiveId,
        type: 'job.posted',
        actorMemberId: leaver.memberId,
        subject: { type: 'job', id: job.id },
      }),
      key: {
        accountId: leaver.accountId,
        scope: `createJob:${collectiveId}`,
        key: 'too-late',
        requestHash: 'h',
        statusCode: 201,
        body: '{}',
        headers: '{}',
        retentionSeconds: 86_400,
        batch: 100,
      },
    });
    expect(written).toBe(false);
    expect(await rowsOf(job.id)).toEqual({ jobs: 0, events: 0 });
    expect(await keysOf(leaver.accountId)).toEqual([]);
  });
});

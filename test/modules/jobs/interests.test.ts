import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interests } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { allEvents, call, expectProblem, pointersOf, type Page } from '../../support/http.js';
import { eventCount, jobUrl, postJob, referOk, act, type Interest, type Job } from '../../support/work.js';

let t: TestApp;
let collectiveId: string;
let owner: TestMember;
let poster: TestMember;
let ann: TestMember;
let ben: TestMember;

beforeAll(async () => {
  t = await createTestApp();
  const collective = await createCollective(t);
  collectiveId = collective.id;
  owner = collective.owner;
  poster = await addMember(t, collectiveId);
  ann = await addMember(t, collectiveId);
  ben = await addMember(t, collectiveId);
});
afterAll(() => t.close());

const interestUrl = (jobId: string) => `${jobUrl(collectiveId, jobId)}/interest`;
const interestsUrl = (jobId: string) => `${jobUrl(collectiveId, jobId)}/interests`;
const express = (member: TestMember, jobId: string, note: string) =>
  call(t, member, 'PUT', interestUrl(jobId), { note });
const listFor = async (member: TestMember, jobId: string, query = '') => {
  const response = await call(t, member, 'GET', `${interestsUrl(jobId)}${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page<Interest>>();
};

describe('expressInterest (fit notes)', () => {
  let job: Job;
  beforeAll(async () => {
    job = await postJob(t, poster);
  });

  it('201 on the first note, 200 when the same member edits it (one note per member per job)', async () => {
    const first = await express(ann, job.id, 'I redesigned two SaaS landing pages last year.');
    expect(first.statusCode, first.body).toBe(201);
    const created = first.json<Interest>();
    expect(created).toEqual({
      id: expect.any(String),
      jobId: job.id,
      memberId: ann.memberId,
      note: 'I redesigned two SaaS landing pages last year.',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    const edited = await express(ann, job.id, '  I redesigned three SaaS landing pages.  ');
    expect(edited.statusCode).toBe(200);
    expect(edited.json<Interest>()).toMatchObject({
      id: created.id,
      note: 'I redesigned three SaaS landing pages.',
      createdAt: created.createdAt,
    });
    expect(Date.parse(edited.json<Interest>().updatedAt)).toBeGreaterThanOrEqual(
      Date.parse(created.updatedAt),
    );

    expect((await express(ben, job.id, 'Conversion work is my thing.')).statusCode).toBe(201);
    const [rows] = await t.db
      .select({ n: count() })
      .from(interests)
      .where(and(eq(interests.collectiveId, collectiveId), eq(interests.jobId, job.id)));
    expect(rows!.n).toBe(2);
  });

  it('records interest.expressed once per member and interest.updated for an edit', async () => {
    expect(await eventCount(t, collectiveId, 'interest.expressed', job.id)).toBe(2);
    expect(await eventCount(t, collectiveId, 'interest.updated', job.id)).toBe(1);
  });

  it('the poster sees every note, oldest first; others only their own', async () => {
    const all = await listFor(poster, job.id);
    expect(all.items.map((i) => i.memberId)).toEqual([ann.memberId, ben.memberId]);
    expect(all.nextCursor).toBeNull();

    const annSees = await listFor(ann, job.id);
    expect(annSees.items.map((i) => i.memberId)).toEqual([ann.memberId]);
    const benSees = await listFor(ben, job.id);
    expect(benSees.items.map((i) => i.memberId)).toEqual([ben.memberId]);
  });

  it('a member without a note, and an admin who is not the poster, see none', async () => {
    const bystander = await addMember(t, collectiveId);
    expect((await listFor(bystander, job.id)).items).toEqual([]);
    expect((await listFor(owner, job.id)).items).toEqual([]);
  });

  it('the poster pages through the notes: each exactly once', async () => {
    const busy = await postJob(t, poster, { title: 'Popular job' });
    const applicants = await Promise.all([1, 2, 3, 4, 5].map(() => addMember(t, collectiveId)));
    for (const member of applicants) {
      expect((await express(member, busy.id, `Note from ${member.name}`)).statusCode).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listFor(poster, busy.id, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((i) => i.memberId));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(applicants.map((m) => m.memberId));
  });

  it('listInterests: limit 101 and a bad cursor -> 400', async () => {
    expect(pointersOf(await call(t, poster, 'GET', `${interestsUrl(job.id)}?limit=101`))).toEqual(['/limit']);
    expect(pointersOf(await call(t, poster, 'GET', `${interestsUrl(job.id)}?cursor=xyz`))).toEqual([
      '/cursor',
    ]);
  });

  it('listInterests: a cursor of the right shape with values that are not a time and an id -> 400, not 500', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'someone'])).toString('base64url');
    expectProblem(
      await call(t, poster, 'GET', `${interestsUrl(job.id)}?cursor=${forged}`),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('the events of a fit note are visible to the poster and the author, not to other members', async () => {
    const fresh = await postJob(t, poster, { title: 'Event visibility job' });
    expect((await express(ann, fresh.id, 'Fits me.')).statusCode).toBe(201);
    const isIt = (e: { type: string; subject: { id: string } }) =>
      e.type === 'interest.expressed' && e.subject.id === fresh.id;
    expect((await allEvents(t, poster, collectiveId)).filter(isIt)).toHaveLength(1);
    expect((await allEvents(t, ann, collectiveId)).filter(isIt)).toHaveLength(1);
    expect((await allEvents(t, ben, collectiveId)).filter(isIt)).toHaveLength(0);
    expect((await allEvents(t, owner, collectiveId)).filter(isIt)).toHaveLength(1);
  });
});

describe('rules', () => {
  it('409 OWN_JOB on your own job', async () => {
    const job = await postJob(t, poster);
    expectProblem(await express(poster, job.id, 'I would do it myself.'), 409, 'OWN_JOB');
  });

  it('409 JOB_NOT_OPEN on a cancelled job', async () => {
    const job = await postJob(t, poster);
    expect((await call(t, poster, 'POST', `${jobUrl(collectiveId, job.id)}/cancel`, {})).statusCode).toBe(
      200,
    );
    expectProblem(await express(ann, job.id, 'Too late?'), 409, 'JOB_NOT_OPEN');
  });

  it('409 JOB_NOT_OPEN on an expired job', async () => {
    const job = await postJob(t, poster, { closesAt: new Date(Date.now() + 3_600_000).toISOString() });
    await t.pool.query(`UPDATE jobs SET closes_at = now() - interval '1 second' WHERE id = $1`, [job.id]);
    expectProblem(await express(ann, job.id, 'Too late?'), 409, 'JOB_NOT_OPEN');
  });

  it('409 JOB_NOT_OPEN on a handed-off job', async () => {
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, ben.memberId);
    expect((await act(t, ben, collectiveId, referral.id, 'accept')).statusCode).toBe(200);
    expectProblem(await express(ann, job.id, 'Too late?'), 409, 'JOB_NOT_OPEN');
  });

  it('a note is required, trimmed, at most 2000 characters, and nothing else is accepted', async () => {
    const job = await postJob(t, poster);
    expect(pointersOf(await call(t, ann, 'PUT', interestUrl(job.id), {}))).toEqual(['/note']);
    expect(pointersOf(await express(ann, job.id, '   '))).toEqual(['/note']);
    expect(pointersOf(await express(ann, job.id, 'x'.repeat(2001)))).toEqual(['/note']);
    expect(pointersOf(await call(t, ann, 'PUT', interestUrl(job.id), { note: 'ok', rate: 1 }))).toEqual([
      '/rate',
    ]);
  });

  it('404 JOB_NOT_FOUND for an unknown job', async () => {
    expectProblem(await express(ann, randomUUID(), 'Hello'), 404, 'JOB_NOT_FOUND');
    expectProblem(await call(t, ann, 'GET', interestsUrl(randomUUID())), 404, 'JOB_NOT_FOUND');
  });
});

describe('withdrawInterest', () => {
  it('204, the note is gone, interest.withdrawn recorded, and it can be given again (201)', async () => {
    const job = await postJob(t, poster);
    expect((await express(ann, job.id, 'Fits me.')).statusCode).toBe(201);
    const removed = await call(t, ann, 'DELETE', interestUrl(job.id));
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    expect((await listFor(poster, job.id)).items).toEqual([]);
    expect(await eventCount(t, collectiveId, 'interest.withdrawn', job.id)).toBe(1);
    expect((await express(ann, job.id, 'Changed my mind again.')).statusCode).toBe(201);
  });

  it('404 INTEREST_NOT_FOUND when there is none (and one member cannot withdraw another’s)', async () => {
    const job = await postJob(t, poster);
    expect((await express(ann, job.id, 'Fits me.')).statusCode).toBe(201);
    expectProblem(await call(t, ben, 'DELETE', interestUrl(job.id)), 404, 'INTEREST_NOT_FOUND');
    expectProblem(await call(t, poster, 'DELETE', interestUrl(job.id)), 404, 'INTEREST_NOT_FOUND');
    expect((await listFor(poster, job.id)).items.map((i) => i.memberId)).toEqual([ann.memberId]);
  });
});

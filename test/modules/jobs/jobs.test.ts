import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { allEvents, call, expectProblem, pointersOf, type Page } from '../../support/http.js';
import {
  act,
  eventCount,
  getJob,
  jobBody,
  jobsUrl,
  jobUrl,
  postJob,
  refer,
  referOk,
  type Job,
} from '../../support/work.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const inOneHour = () => new Date(Date.now() + 60 * 60 * 1000).toISOString();

async function jobRowCount(collectiveId: string): Promise<number> {
  const [row] = await t.db.select({ n: count() }).from(jobs).where(eq(jobs.collectiveId, collectiveId));
  return row!.n;
}

describe('createJob and getJob', () => {
  let poster: TestMember;
  let other: TestMember;

  beforeAll(async () => {
    const collective = await createCollective(t);
    poster = await addMember(t, collective.id);
    other = await addMember(t, collective.id);
  });

  it('201 with Location, ETag and every field of the Job, skills normalised', async () => {
    const closesAt = inOneHour();
    const response = await call(t, poster, 'POST', jobsUrl(poster.collectiveId), {
      title: '  Research interviews for a banking app  ',
      brief: 'Twelve user interviews with retail banking customers, synthesis and a short report.',
      skills: ['UX Research', 'ux-research', 'Interviewing'],
      budget: { min: 400_000, max: 600_000, currency: 'EUR' },
      remote: false,
      location: 'Berlin',
      startsOn: '2031-02-01',
      closesAt,
      client: 'A bank (anonymised)',
    });
    expect(response.statusCode, response.body).toBe(201);
    const job = response.json<Job>();
    expect(job).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: 'Research interviews for a banking app',
      brief: 'Twelve user interviews with retail banking customers, synthesis and a short report.',
      skills: ['ux-research', 'interviewing'],
      budget: { min: 400_000, max: 600_000, currency: 'EUR' },
      remote: false,
      location: 'Berlin',
      startsOn: '2031-02-01',
      closesAt: new Date(closesAt).toISOString(),
      client: 'A bank (anonymised)',
      status: 'open',
      postedBy: poster.memberId,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(response.headers.location).toBe(jobUrl(poster.collectiveId, job.id));
    expect(response.headers.etag).toMatch(/^"\d+"$/);

    const fetched = await call(t, other, 'GET', jobUrl(poster.collectiveId, job.id));
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(job);
    expect(fetched.headers.etag).toBe(response.headers.etag);
  });

  it('defaults: only title and brief are required', async () => {
    const response = await call(t, poster, 'POST', jobsUrl(poster.collectiveId), {
      title: 'Copy edit',
      brief: 'Copy edit a 20 page annual report.',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<Job>()).toMatchObject({
      skills: [],
      budget: null,
      remote: true,
      location: null,
      startsOn: null,
      closesAt: null,
      client: null,
      status: 'open',
    });
  });

  it('records a public job.posted event that every member sees', async () => {
    const job = await postJob(t, poster, { title: 'Event check job' });
    const seen = await allEvents(t, other, poster.collectiveId);
    const posted = seen.filter((e) => e.type === 'job.posted' && e.subject.id === job.id);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ actorMemberId: poster.memberId, subject: { type: 'job', id: job.id } });
  });

  it('404 JOB_NOT_FOUND for an unknown job id, 400 for a malformed one', async () => {
    expectProblem(
      await call(t, poster, 'GET', jobUrl(poster.collectiveId, randomUUID())),
      404,
      'JOB_NOT_FOUND',
    );
    expect(pointersOf(await call(t, poster, 'GET', jobUrl(poster.collectiveId, 'not-a-uuid')))).toContain(
      '/jobId',
    );
  });

  it('a job of another collective is 404 even for a member of both', async () => {
    const elsewhere = await createCollective(t);
    const job = await postJob(t, elsewhere.owner);
    expectProblem(await call(t, poster, 'GET', jobUrl(poster.collectiveId, job.id)), 404, 'JOB_NOT_FOUND');
  });
});

describe('createJob validation (400 VALIDATION_FAILED with pointers)', () => {
  let poster: TestMember;
  beforeAll(async () => {
    poster = (await createCollective(t)).owner;
  });

  const post = (body: unknown) => call(t, poster, 'POST', jobsUrl(poster.collectiveId), body);

  it('missing title -> /title', async () => {
    expect(pointersOf(await post({ brief: 'A brief long enough to pass.' }))).toEqual(['/title']);
  });

  it('missing brief -> /brief', async () => {
    expect(pointersOf(await post({ title: 'A title' }))).toEqual(['/brief']);
  });

  it('title over 200 characters -> /title; exactly 200 is fine', async () => {
    expect(pointersOf(await post(jobBody({ title: 'x'.repeat(201) })))).toEqual(['/title']);
    expect((await post(jobBody({ title: 'y'.repeat(200) }))).statusCode).toBe(201);
  });

  it('closesAt in the past -> /closesAt', async () => {
    const past = new Date(Date.now() - 60_000).toISOString();
    expect(pointersOf(await post(jobBody({ closesAt: past })))).toEqual(['/closesAt']);
  });

  it('closesAt that is not a date-time -> /closesAt', async () => {
    expect(pointersOf(await post(jobBody({ closesAt: 'tomorrow' })))).toEqual(['/closesAt']);
  });

  it('budget max < min -> /budget/max', async () => {
    expect(pointersOf(await post(jobBody({ budget: { min: 500, max: 100, currency: 'EUR' } })))).toEqual([
      '/budget/max',
    ]);
  });

  it("currency 'eur' -> /budget/currency", async () => {
    expect(pointersOf(await post(jobBody({ budget: { min: 100, max: 500, currency: 'eur' } })))).toEqual([
      '/budget/currency',
    ]);
  });

  it('fractional or negative money -> pointer to the amount', async () => {
    expect(pointersOf(await post(jobBody({ budget: { min: 10.5, currency: 'EUR' } })))).toEqual([
      '/budget/min',
    ]);
    expect(pointersOf(await post(jobBody({ budget: { max: -1, currency: 'EUR' } })))).toEqual([
      '/budget/max',
    ]);
  });

  it('unknown field -> pointer to it (also nested)', async () => {
    expect(pointersOf(await post(jobBody({ status: 'completed' })))).toEqual(['/status']);
    expect(pointersOf(await post(jobBody({ budget: { min: 1, currency: 'EUR', net: 3 } })))).toEqual([
      '/budget/net',
    ]);
  });

  it('a skill with no letters or digits -> /skills/<index>', async () => {
    expect(pointersOf(await post(jobBody({ skills: ['design', '---'] })))).toEqual(['/skills/1']);
  });

  // Found by the hostile-input property test: the job was stored, and then every read of it was
  // a 500, as a response time cannot show year 10000.
  it('a closesAt in year 10000 once its offset is applied -> 400 /closesAt, nothing stored', async () => {
    const closesAt = '9999-12-31T11:30:00-12:30';
    const problem = expectProblem(await post(jobBody({ closesAt })), 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([
      { pointer: '/closesAt', location: 'body', detail: 'must be in the years 0001 to 9999 (UTC)' },
    ]);
    const stored = await t.db.select().from(jobs).where(eq(jobs.collectiveId, poster.collectiveId));
    expect(stored.filter((job) => job.closesAt?.getUTCFullYear() === 10_000)).toEqual([]);
    expect((await post(jobBody({ closesAt: '9999-12-31T11:30:00Z' }))).statusCode).toBe(201);
  });

  it('bad startsOn -> /startsOn', async () => {
    expect(pointersOf(await post(jobBody({ startsOn: '2031-13-45' })))).toEqual(['/startsOn']);
  });

  // Found by the hostile-input property test: PostgreSQL has no year 0, and refused it with a 500.
  it('a startsOn in year 0000 -> 400 /startsOn, not 500; year 0001 is a date like any other', async () => {
    const problem = expectProblem(await post(jobBody({ startsOn: '0000-01-01' })), 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([
      { pointer: '/startsOn', location: 'body', detail: 'must be in year 0001 or later' },
    ]);
    expect((await post(jobBody({ startsOn: '0001-01-01' }))).statusCode).toBe(201);
  });

  it('several problems are all reported', async () => {
    const pointers = pointersOf(
      await post({ title: 'x'.repeat(201), brief: 'short', budget: { min: 1, max: 2, currency: 'eur' } }),
    );
    expect(pointers.sort()).toEqual(['/brief', '/budget/currency', '/title']);
  });

  it('nothing is stored by a rejected create', async () => {
    const collective = await createCollective(t);
    await call(t, collective.owner, 'POST', jobsUrl(collective.id), jobBody({ title: '' }));
    expect(await jobRowCount(collective.id)).toBe(0);
  });
});

describe('listJobs', () => {
  let alice: TestMember;
  let bob: TestMember;
  let collectiveId: string;
  const created: Job[] = [];

  beforeAll(async () => {
    const collective = await createCollective(t);
    collectiveId = collective.id;
    alice = await addMember(t, collectiveId);
    bob = await addMember(t, collectiveId);
    created.push(
      await postJob(t, alice, {
        title: 'Translate a museum catalogue',
        brief: 'German to English translation of an exhibition catalogue about Bauhaus furniture.',
        skills: ['Translation', 'German'],
      }),
      await postJob(t, alice, {
        title: 'Mobile app audit',
        brief: 'Accessibility audit of an iOS banking application before release.',
        skills: ['accessibility'],
      }),
      await postJob(t, bob, {
        title: 'Podcast editing',
        brief: 'Edit eight episodes of an interview podcast, remove filler, level audio.',
        skills: ['audio-editing'],
      }),
      await postJob(t, bob, {
        title: 'Brand workshop',
        brief: 'Facilitate a two day brand workshop with the founders of a coffee roastery.',
        skills: ['facilitation', 'branding'],
      }),
    );
    const cancel = await call(t, bob, 'POST', `${jobUrl(collectiveId, created[3]!.id)}/cancel`, {});
    expect(cancel.statusCode).toBe(200);
    for (let i = 0; i < 5; i += 1) created.push(await postJob(t, alice, { title: `Filler job number ${i}` }));
  });

  const list = (query: string, caller: TestMember = bob) =>
    call(t, caller, 'GET', `${jobsUrl(collectiveId)}${query}`);
  const idsOf = (response: LightMyRequestResponse) => response.json<Page<Job>>().items.map((j) => j.id);

  it('newest first, default page of 20 with nextCursor null', async () => {
    const response = await list('');
    expect(response.statusCode).toBe(200);
    const page = response.json<Page<Job>>();
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((j) => j.id)).toEqual([...created].reverse().map((j) => j.id));
  });

  it('pagination returns every job exactly once, in order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<Page<Job>>();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((j) => j.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(pages).toBe(5);
    expect(seen).toEqual([...created].reverse().map((j) => j.id));
  });

  it('filter status', async () => {
    expect(idsOf(await list('?status=cancelled'))).toEqual([created[3]!.id]);
    expect(idsOf(await list('?status=open'))).not.toContain(created[3]!.id);
    expect(idsOf(await list('?status=open'))).toHaveLength(8);
  });

  it('filter skill, normalised like the job skills', async () => {
    expect(idsOf(await list('?skill=translation'))).toEqual([created[0]!.id]);
    expect(idsOf(await list('?skill=Audio%20Editing'))).toEqual([created[2]!.id]);
    expect(idsOf(await list('?skill=plumbing'))).toEqual([]);
  });

  it('filter q: full-text over title and brief', async () => {
    expect(idsOf(await list('?q=catalogue'))).toEqual([created[0]!.id]);
    // a word of the brief only, with stemming (episodes -> episode)
    expect(idsOf(await list('?q=episode'))).toEqual([created[2]!.id]);
    expect(idsOf(await list('?q=bauhaus%20furniture'))).toEqual([created[0]!.id]);
    expect(idsOf(await list('?q=submarine'))).toEqual([]);
  });

  it('filter postedBy, and filters combine', async () => {
    const byBob = idsOf(await list(`?postedBy=${bob.memberId}`));
    expect(byBob.sort()).toEqual([created[2]!.id, created[3]!.id].sort());
    expect(idsOf(await list(`?postedBy=${bob.memberId}&status=open`))).toEqual([created[2]!.id]);
    expect(idsOf(await list(`?postedBy=${alice.memberId}&q=podcast`))).toEqual([]);
  });

  it('limit above 100, zero or not a number -> 400 /limit', async () => {
    for (const limit of ['101', '0', 'many']) {
      expect(pointersOf(await list(`?limit=${limit}`))).toEqual(['/limit']);
    }
    expect((await list('?limit=100')).statusCode).toBe(200);
  });

  it('a cursor that is not one of ours -> 400 /cursor', async () => {
    expect(pointersOf(await list('?cursor=garbage!!'))).toEqual(['/cursor']);
    const wrongShape = Buffer.from(JSON.stringify({ a: 1 })).toString('base64url');
    expect(pointersOf(await list(`?cursor=${wrongShape}`))).toEqual(['/cursor']);
  });

  it('a cursor of the right shape with values that are not a time and an id -> 400, not 500', async () => {
    const forged = Buffer.from(JSON.stringify(['not-a-time', 'not-a-uuid'])).toString('base64url');
    expectProblem(await list(`?cursor=${forged}`), 400, 'VALIDATION_FAILED');
  });

  // Found by the hostile-input property test: a forged cursor of year 0000 reached PostgreSQL.
  it('a forged cursor of year 0000, or holding NUL or a lone surrogate -> 400 /cursor, not 500', async () => {
    for (const key of [
      ['0000-01-01T00:00:00Z', '6f1c2d1e-1111-4111-8111-111111111111'],
      ['2024-01-01T00:00:00Z\u0000', '6f1c2d1e-1111-4111-8111-111111111111'],
      ['\ud800', '6f1c2d1e-1111-4111-8111-111111111111'],
    ]) {
      const forged = Buffer.from(JSON.stringify(key)).toString('base64url');
      expect(pointersOf(await list(`?cursor=${forged}`))).toEqual(['/cursor']);
    }
  });

  it('unknown filter or bad status -> 400', async () => {
    expect(pointersOf(await list('?owner=me'))).toEqual(['/owner']);
    expect(pointersOf(await list('?status=done'))).toEqual(['/status']);
    expect(pointersOf(await list('?postedBy=bob'))).toEqual(['/postedBy']);
  });

  it('jobs of another collective never show up', async () => {
    const elsewhere = await createCollective(t);
    const foreign = await postJob(t, elsewhere.owner, { title: 'Translate a museum catalogue' });
    const ids = idsOf(await list('?q=catalogue'));
    expect(ids).not.toContain(foreign.id);
    expect(ids).toEqual([created[0]!.id]);
  });
});

describe('updateJob', () => {
  let poster: TestMember;
  let other: TestMember;
  beforeAll(async () => {
    const collective = await createCollective(t);
    poster = await addMember(t, collective.id);
    other = await addMember(t, collective.id);
  });

  const patch = (member: TestMember, jobId: string, body: unknown, headers: Record<string, string> = {}) =>
    call(t, member, 'PATCH', jobUrl(member.collectiveId, jobId), body, headers);

  it('applies the change, returns a new ETag and records job.updated', async () => {
    const created = await call(t, poster, 'POST', jobsUrl(poster.collectiveId), jobBody());
    const job = created.json<Job>();
    const etag = created.headers.etag as string;
    const response = await patch(
      poster,
      job.id,
      { title: 'Landing page and pricing page', skills: ['Web Design'] },
      { 'if-match': etag },
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Job>()).toMatchObject({
      id: job.id,
      title: 'Landing page and pricing page',
      skills: ['web-design'],
      brief: job.brief,
    });
    expect(response.headers.etag).toMatch(/^"\d+"$/);
    expect(response.headers.etag).not.toBe(etag);
    const fetched = await call(t, other, 'GET', jobUrl(poster.collectiveId, job.id));
    expect(fetched.headers.etag).toBe(response.headers.etag);
    expect(fetched.json<Job>().title).toBe('Landing page and pricing page');
    expect(await eventCount(t, poster.collectiveId, 'job.updated', job.id)).toBe(1);
  });

  it('stale If-Match -> 412 and the job is unchanged', async () => {
    const created = await call(t, poster, 'POST', jobsUrl(poster.collectiveId), jobBody());
    const job = created.json<Job>();
    const first = created.headers.etag as string;
    expect((await patch(poster, job.id, { title: 'Second title' }, { 'if-match': first })).statusCode).toBe(
      200,
    );
    const stale = await patch(poster, job.id, { title: 'Lost update' }, { 'if-match': first });
    expectProblem(stale, 412, 'STALE_ETAG');
    const after = await call(t, poster, 'GET', jobUrl(poster.collectiveId, job.id));
    expect(after.json<Job>().title).toBe('Second title');
  });

  it('a malformed If-Match -> 412', async () => {
    const job = await postJob(t, poster);
    expectProblem(
      await patch(poster, job.id, { title: 'Whatever' }, { 'if-match': 'abc' }),
      412,
      'STALE_ETAG',
    );
  });

  it('two concurrent PATCHes with the same ETag: exactly one 200, the other 412', async () => {
    const created = await call(t, poster, 'POST', jobsUrl(poster.collectiveId), jobBody());
    const job = created.json<Job>();
    const etag = created.headers.etag as string;
    const responses = await Promise.all(
      ['Concurrent A', 'Concurrent B', 'Concurrent C'].map((title) =>
        patch(poster, job.id, { title }, { 'if-match': etag }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 412, 412]);
    const winner = responses.find((r) => r.statusCode === 200)!;
    const after = await call(t, poster, 'GET', jobUrl(poster.collectiveId, job.id));
    expect(after.json<Job>().title).toBe(winner.json<Job>().title);
    expect(await eventCount(t, poster.collectiveId, 'job.updated', job.id)).toBe(1);
  });

  it('without If-Match the update applies (last writer wins, explicitly)', async () => {
    const job = await postJob(t, poster);
    const response = await patch(poster, job.id, { remote: false, location: 'Lisbon' });
    expect(response.statusCode).toBe(200);
    expect(response.json<Job>()).toMatchObject({ remote: false, location: 'Lisbon' });
  });

  it('budget can be set and cleared', async () => {
    const job = await postJob(t, poster);
    const set = await patch(poster, job.id, { budget: { min: 100, max: 200, currency: 'USD' } });
    expect(set.json<Job>().budget).toEqual({ min: 100, max: 200, currency: 'USD' });
    const cleared = await patch(poster, job.id, { budget: null });
    expect(cleared.json<Job>().budget).toBeNull();
  });

  it('403 NOT_POSTER for another member, even with the right ETag', async () => {
    const created = await call(t, poster, 'POST', jobsUrl(poster.collectiveId), jobBody());
    const job = created.json<Job>();
    expectProblem(
      await patch(other, job.id, { title: 'Hijacked' }, { 'if-match': created.headers.etag as string }),
      403,
      'NOT_POSTER',
    );
  });

  it('validation: unknown field, closesAt in the past, max < min', async () => {
    const job = await postJob(t, poster);
    expect(pointersOf(await patch(poster, job.id, { status: 'completed' }))).toEqual(['/status']);
    expect(pointersOf(await patch(poster, job.id, { postedBy: other.memberId }))).toEqual(['/postedBy']);
    expect(
      pointersOf(await patch(poster, job.id, { closesAt: new Date(Date.now() - 1000).toISOString() })),
    ).toEqual(['/closesAt']);
    expect(pointersOf(await patch(poster, job.id, { budget: { min: 9, max: 1, currency: 'EUR' } }))).toEqual([
      '/budget/max',
    ]);
  });

  it('409 JOB_NOT_OPEN on a cancelled job', async () => {
    const job = await postJob(t, poster);
    expect(
      (await call(t, poster, 'POST', `${jobUrl(poster.collectiveId, job.id)}/cancel`, {})).statusCode,
    ).toBe(200);
    expectProblem(await patch(poster, job.id, { title: 'Too late' }), 409, 'JOB_NOT_OPEN');
  });
});

describe('cancelJob', () => {
  let poster: TestMember;
  let other: TestMember;
  beforeAll(async () => {
    const collective = await createCollective(t);
    poster = await addMember(t, collective.id);
    other = await addMember(t, collective.id);
  });

  const cancel = (member: TestMember, jobId: string, body: unknown = {}) =>
    call(t, member, 'POST', `${jobUrl(member.collectiveId, jobId)}/cancel`, body);

  it('the poster cancels an open job: 200 cancelled, ETag, job.cancelled event', async () => {
    const job = await postJob(t, poster);
    const response = await cancel(poster, job.id, {});
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Job>().status).toBe('cancelled');
    expect(response.headers.etag).toMatch(/^"\d+"$/);
    expect(await eventCount(t, poster.collectiveId, 'job.cancelled', job.id)).toBe(1);
  });

  it('cancelling twice -> 409 JOB_NOT_OPEN', async () => {
    const job = await postJob(t, poster);
    expect((await cancel(poster, job.id)).statusCode).toBe(200);
    expectProblem(await cancel(poster, job.id), 409, 'JOB_NOT_OPEN');
  });

  it('403 NOT_POSTER for another member (and the job stays open)', async () => {
    const job = await postJob(t, poster);
    expectProblem(await cancel(other, job.id), 403, 'NOT_POSTER');
    expect((await getJob(t, other, poster.collectiveId, job.id)).status).toBe('open');
  });

  it('409 REFERRAL_PENDING while an offer awaits an answer; after the decline it can be cancelled', async () => {
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, other.memberId);
    expectProblem(await cancel(poster, job.id), 409, 'REFERRAL_PENDING');
    expect((await act(t, other, poster.collectiveId, referral.id, 'decline')).statusCode).toBe(200);
    expect((await cancel(poster, job.id)).statusCode).toBe(200);
  });

  it('409 JOB_NOT_OPEN on a handed-off job', async () => {
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, other.memberId);
    expect((await act(t, other, poster.collectiveId, referral.id, 'accept')).statusCode).toBe(200);
    expectProblem(await cancel(poster, job.id), 409, 'JOB_NOT_OPEN');
  });

  it('takes no body at all (SPEC 6: action endpoints take no body or {})', async () => {
    const job = await postJob(t, poster);
    const response = await call(t, poster, 'POST', `${jobUrl(poster.collectiveId, job.id)}/cancel`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Job>().status).toBe('cancelled');
  });

  it('an action body other than {} -> 400', async () => {
    const job = await postJob(t, poster);
    expect(pointersOf(await cancel(poster, job.id, { reason: 'changed my mind' }))).toEqual(['/reason']);
  });
});

describe('expiry', () => {
  let poster: TestMember;
  let other: TestMember;
  beforeAll(async () => {
    const collective = await createCollective(t);
    poster = await addMember(t, collective.id);
    other = await addMember(t, collective.id);
  });

  async function closeInThePast(jobId: string): Promise<void> {
    await t.pool.query(`UPDATE jobs SET closes_at = now() - interval '1 minute' WHERE id = $1`, [jobId]);
  }

  it('a job whose closesAt passed reads as expired at once, with one job.expired event however often it is read', async () => {
    const job = await postJob(t, poster, { closesAt: inOneHour() });
    await closeInThePast(job.id);

    const got = await call(t, other, 'GET', jobUrl(poster.collectiveId, job.id));
    expect(got.json<Job>().status).toBe('expired');
    const listed = await call(t, other, 'GET', `${jobsUrl(poster.collectiveId)}?status=expired`);
    expect(listed.json<Page<Job>>().items.map((j) => j.id)).toContain(job.id);

    await Promise.all([
      call(t, other, 'GET', jobUrl(poster.collectiveId, job.id)),
      call(t, poster, 'GET', jobUrl(poster.collectiveId, job.id)),
      call(t, other, 'GET', jobsUrl(poster.collectiveId)),
      call(t, poster, 'GET', jobsUrl(poster.collectiveId)),
    ]);
    expect(await eventCount(t, poster.collectiveId, 'job.expired', job.id)).toBe(1);
    const seen = await allEvents(t, other, poster.collectiveId);
    expect(seen.filter((e) => e.type === 'job.expired' && e.subject.id === job.id)).toHaveLength(1);
  });

  it('listJobs alone expires due jobs (status filter open no longer returns them)', async () => {
    const job = await postJob(t, poster, { closesAt: inOneHour() });
    await closeInThePast(job.id);
    const open = await call(t, other, 'GET', `${jobsUrl(poster.collectiveId)}?status=open`);
    expect(open.json<Page<Job>>().items.map((j) => j.id)).not.toContain(job.id);
    const all = await call(t, other, 'GET', jobsUrl(poster.collectiveId));
    expect(all.json<Page<Job>>().items.find((j) => j.id === job.id)?.status).toBe('expired');
    expect(await eventCount(t, poster.collectiveId, 'job.expired', job.id)).toBe(1);
  });

  it('an expired job takes no fit note, referral, update or cancel (409 JOB_NOT_OPEN)', async () => {
    const job = await postJob(t, poster, { closesAt: inOneHour() });
    await closeInThePast(job.id);
    // No read in between: the writes themselves notice the expiry.
    expectProblem(
      await call(t, other, 'PUT', `${jobUrl(poster.collectiveId, job.id)}/interest`, {
        note: 'Fits me well.',
      }),
      409,
      'JOB_NOT_OPEN',
    );
    expectProblem(await refer(t, poster, job.id, other.memberId), 409, 'JOB_NOT_OPEN');
    expectProblem(
      await call(t, poster, 'PATCH', jobUrl(poster.collectiveId, job.id), { closesAt: inOneHour() }),
      409,
      'JOB_NOT_OPEN',
    );
    expectProblem(
      await call(t, poster, 'POST', `${jobUrl(poster.collectiveId, job.id)}/cancel`, {}),
      409,
      'JOB_NOT_OPEN',
    );
    // A refused write rolls back with its transaction; the next read records the expiry, once.
    expect((await getJob(t, other, poster.collectiveId, job.id)).status).toBe('expired');
    expect(await eventCount(t, poster.collectiveId, 'job.expired', job.id)).toBe(1);
  });

  it('a job with a pending offer does not expire; the recipient can still accept', async () => {
    const job = await postJob(t, poster, { closesAt: inOneHour() });
    const referral = await referOk(t, poster, job.id, other.memberId);
    await closeInThePast(job.id);
    expect((await getJob(t, other, poster.collectiveId, job.id)).status).toBe('open');
    await call(t, other, 'GET', jobsUrl(poster.collectiveId));
    expect(await eventCount(t, poster.collectiveId, 'job.expired', job.id)).toBe(0);
    const accepted = await act(t, other, poster.collectiveId, referral.id, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await getJob(t, other, poster.collectiveId, job.id)).status).toBe('handed_off');
    expect(await eventCount(t, poster.collectiveId, 'job.expired', job.id)).toBe(0);
  });

  it('after the pending offer is declined, the overdue job expires', async () => {
    const job = await postJob(t, poster, { closesAt: inOneHour() });
    const referral = await referOk(t, poster, job.id, other.memberId);
    await closeInThePast(job.id);
    expect((await act(t, other, poster.collectiveId, referral.id, 'decline')).statusCode).toBe(200);
    expect((await getJob(t, other, poster.collectiveId, job.id)).status).toBe('expired');
    expect(await eventCount(t, poster.collectiveId, 'job.expired', job.id)).toBe(1);
  });

  it('a job with a future closesAt, or none, stays open', async () => {
    const later = await postJob(t, poster, { closesAt: inOneHour() });
    const never = await postJob(t, poster);
    for (const job of [later, never]) {
      expect((await getJob(t, other, poster.collectiveId, job.id)).status).toBe('open');
    }
  });
});

describe('Idempotency-Key on createJob', () => {
  let poster: TestMember;
  let collectiveId: string;
  beforeAll(async () => {
    const collective = await createCollective(t);
    collectiveId = collective.id;
    poster = await addMember(t, collectiveId);
  });

  const post = (key: string, body: unknown, member: TestMember = poster) =>
    call(t, member, 'POST', jobsUrl(collectiveId), body, { 'idempotency-key': key });

  it('same key and body: the first response is replayed (idempotent-replayed: true), one row', async () => {
    const before = await jobRowCount(collectiveId);
    const body = jobBody({ title: 'Idempotent job' });
    const first = await post('job-key-1', body);
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // The same body with its fields in another order is the same request.
    const second = await post('job-key-1', Object.fromEntries(Object.entries(body).reverse()));
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(second.headers.location).toBe(first.headers.location);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(await jobRowCount(collectiveId)).toBe(before + 1);
    expect(await eventCount(t, collectiveId, 'job.posted', first.json<Job>().id)).toBe(1);
  });

  it('same key with another body -> 422 IDEMPOTENCY_KEY_REUSED, nothing created', async () => {
    const before = await jobRowCount(collectiveId);
    expect((await post('job-key-2', jobBody({ title: 'First body' }))).statusCode).toBe(201);
    expectProblem(await post('job-key-2', jobBody({ title: 'Other body' })), 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await jobRowCount(collectiveId)).toBe(before + 1);
  });

  it('concurrent duplicates create one row and all get the same job', async () => {
    const before = await jobRowCount(collectiveId);
    const body = jobBody({ title: 'Raced create' });
    const responses = await Promise.all([1, 2, 3, 4].map(() => post('job-key-3', body)));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(responses.map((r) => r.json<Job>().id)).size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(3);
    expect(await jobRowCount(collectiveId)).toBe(before + 1);
  });

  it('keys are per account: another member using the same key creates their own job', async () => {
    const other = await addMember(t, collectiveId);
    const body = jobBody({ title: 'Shared key' });
    const mine = await post('job-key-4', body);
    const theirs = await post('job-key-4', body, other);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json<Job>().id).not.toBe(mine.json<Job>().id);
  });

  it('without a key, two identical posts make two jobs', async () => {
    const before = await jobRowCount(collectiveId);
    await postJob(t, poster, { title: 'No key' });
    await postJob(t, poster, { title: 'No key' });
    expect(await jobRowCount(collectiveId)).toBe(before + 2);
  });

  it('a replay is still a request about the collective: a member who was removed since gets 404', async () => {
    const leaver = await addMember(t, collectiveId);
    const body = jobBody({ title: 'Posted before leaving' });
    expect((await post('job-key-5', body, leaver)).statusCode).toBe(201);
    await t.pool.query(`UPDATE members SET status = 'removed' WHERE id = $1`, [leaver.memberId]);
    expectProblem(await post('job-key-5', body, leaver), 404, 'COLLECTIVE_NOT_FOUND');
  });

  it('a malformed key -> 400', async () => {
    expectProblem(await post('has spaces in it', jobBody()), 400, 'VALIDATION_FAILED');
  });
});

describe('tenancy and authentication', () => {
  let collectiveId: string;
  let poster: TestMember;
  let outsider: TestMember;
  let former: TestMember;
  let jobId: string;

  beforeAll(async () => {
    const collective = await createCollective(t);
    collectiveId = collective.id;
    poster = await addMember(t, collectiveId);
    jobId = (await postJob(t, poster)).id;
    outsider = (await createCollective(t)).owner;
    former = await addMember(t, collectiveId, { status: 'left' });
  });

  const routes = (): [string, string, unknown?][] => [
    ['POST', jobsUrl(collectiveId), jobBody()],
    ['GET', jobsUrl(collectiveId)],
    ['GET', jobUrl(collectiveId, jobId)],
    ['PATCH', jobUrl(collectiveId, jobId), { title: 'Taken over' }],
    ['POST', `${jobUrl(collectiveId, jobId)}/cancel`, {}],
    ['PUT', `${jobUrl(collectiveId, jobId)}/interest`, { note: 'Let me in.' }],
    ['DELETE', `${jobUrl(collectiveId, jobId)}/interest`],
    ['GET', `${jobUrl(collectiveId, jobId)}/interests`],
  ];

  it('a member of another collective gets 404 COLLECTIVE_NOT_FOUND on every jobs route', async () => {
    for (const [method, url, body] of routes()) {
      const response = await call(t, outsider, method, url, body);
      expectProblem(response, 404, 'COLLECTIVE_NOT_FOUND');
    }
  });

  it('a member who left gets the same 404', async () => {
    for (const [method, url, body] of routes()) {
      expectProblem(await call(t, former, method, url, body), 404, 'COLLECTIVE_NOT_FOUND');
    }
  });

  it('the 404 is the same as for a collective that does not exist', async () => {
    const real = await call(t, outsider, 'GET', jobUrl(collectiveId, jobId));
    const missing = await call(t, outsider, 'GET', jobUrl(randomUUID(), jobId));
    const strip = (b: Record<string, unknown>) => ({ ...b, instance: undefined, requestId: undefined });
    expect(strip(real.json())).toEqual(strip(missing.json()));
  });

  it('nothing changed through those attempts', async () => {
    const job = await getJob(t, poster, collectiveId, jobId);
    expect(job.status).toBe('open');
    expect(job.title).toBe(jobBody().title);
    expect(await jobRowCount(collectiveId)).toBe(1);
  });

  it('no token -> 401 on every jobs route', async () => {
    for (const [method, url, body] of routes()) {
      const response = await call(t, null, method, url, body);
      expectProblem(response, 401, 'UNAUTHORIZED');
    }
  });
});

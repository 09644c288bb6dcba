import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs, referrals } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { allEvents, call, expectProblem, pointersOf, type Page } from '../../support/http.js';
import {
  act,
  eventRows,
  getJob,
  insertReferral,
  jobsUrl,
  jobUrl,
  postJob,
  refer,
  referAndAccept,
  referOk,
  referralsUrl,
  referralUrl,
  type Interest,
  type Job,
  type Referral,
} from '../../support/work.js';

let t: TestApp;
let collectiveId: string;
let owner: TestMember;
let poster: TestMember;
let ann: TestMember;
let ben: TestMember;
let third: TestMember;

beforeAll(async () => {
  t = await createTestApp();
  const collective = await createCollective(t);
  collectiveId = collective.id;
  owner = collective.owner;
  poster = await addMember(t, collectiveId);
  ann = await addMember(t, collectiveId);
  ben = await addMember(t, collectiveId);
  third = await addMember(t, collectiveId);
});
afterAll(() => t.close());

async function referralRows(jobId: string): Promise<(typeof referrals.$inferSelect)[]> {
  return t.db
    .select()
    .from(referrals)
    .where(and(eq(referrals.collectiveId, collectiveId), eq(referrals.jobId, jobId)));
}

describe('the whole flow over HTTP', () => {
  it('post -> fit notes -> refer -> accept -> outcome -> thanks, with an event for each step', async () => {
    // createJob
    const created = await call(t, poster, 'POST', jobsUrl(collectiveId), {
      title: 'Usability test of a checkout',
      brief: 'Five moderated usability sessions on a web shop checkout, with a findings deck.',
      skills: ['UX Research'],
      budget: { min: 200_000, max: 300_000, currency: 'EUR' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toMatch(/^"\d+"$/);
    const job = created.json<Job>();
    expect(created.headers.location).toBe(jobUrl(collectiveId, job.id));
    expect(job.skills).toEqual(['ux-research']);

    // expressInterest by two members, then an edit
    const interestUrl = `${jobUrl(collectiveId, job.id)}/interest`;
    expect((await call(t, ann, 'PUT', interestUrl, { note: 'I ran 40 such sessions.' })).statusCode).toBe(
      201,
    );
    expect(
      (await call(t, ben, 'PUT', interestUrl, { note: 'Checkout flows are my niche.' })).statusCode,
    ).toBe(201);
    expect((await call(t, ann, 'PUT', interestUrl, { note: 'I ran 50 such sessions.' })).statusCode).toBe(
      200,
    );

    // listInterests: the poster sees both, Ben only his own
    const posterSees = await call(t, poster, 'GET', `${jobUrl(collectiveId, job.id)}/interests`);
    expect(posterSees.json<Page<Interest>>().items.map((i) => [i.memberId, i.note])).toEqual([
      [ann.memberId, 'I ran 50 such sessions.'],
      [ben.memberId, 'Checkout flows are my niche.'],
    ]);
    const benSees = await call(t, ben, 'GET', `${jobUrl(collectiveId, job.id)}/interests`);
    expect(benSees.json<Page<Interest>>().items.map((i) => i.memberId)).toEqual([ben.memberId]);

    // createReferral
    const offered = await refer(t, poster, job.id, ann.memberId, 'Ann ran the most sessions.');
    expect(offered.statusCode, offered.body).toBe(201);
    const referral = offered.json<Referral>();
    expect(referral).toMatchObject({
      jobId: job.id,
      fromMemberId: poster.memberId,
      toMemberId: ann.memberId,
      note: 'Ann ran the most sessions.',
      status: 'offered',
      outcome: null,
      value: null,
      thanks: null,
    });
    expect(offered.headers.location).toBe(referralUrl(collectiveId, referral.id));
    expect((await getJob(t, poster, collectiveId, job.id)).status).toBe('open');

    // acceptReferral: the job is handed off
    const accepted = await act(t, ann, collectiveId, referral.id, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<Referral>()).toMatchObject({ status: 'accepted', respondedAt: expect.any(String) });
    expect((await getJob(t, poster, collectiveId, job.id)).status).toBe('handed_off');

    // recordReferralOutcome: the job is completed
    const outcome = await act(t, ann, collectiveId, referral.id, 'outcome', {
      outcome: 'won',
      note: 'Signed for all five sessions.',
    });
    expect(outcome.statusCode, outcome.body).toBe(200);
    expect(outcome.json<Referral>()).toMatchObject({
      status: 'accepted',
      outcome: 'won',
      outcomeNote: 'Signed for all five sessions.',
      outcomeAt: expect.any(String),
    });
    expect((await getJob(t, poster, collectiveId, job.id)).status).toBe('completed');

    // thankReferrer
    const thanked = await act(t, ann, collectiveId, referral.id, 'thanks', { message: 'Thank you, truly.' });
    expect(thanked.statusCode, thanked.body).toBe(200);
    expect(thanked.json<Referral>().thanks).toEqual({
      message: 'Thank you, truly.',
      thankedAt: expect.any(String),
    });

    // Both parties read the same final state
    for (const member of [poster, ann]) {
      const got = await call(t, member, 'GET', referralUrl(collectiveId, referral.id));
      expect(got.statusCode).toBe(200);
      expect(got.json()).toEqual(thanked.json());
    }

    // One event per step, in order, as the admin sees them
    const log = (await allEvents(t, owner, collectiveId)).reverse();
    const steps = log
      .filter((e) => e.subject.id === job.id || e.subject.id === referral.id)
      .map((e) => e.type);
    expect(steps).toEqual([
      'job.posted',
      'interest.expressed',
      'interest.expressed',
      'interest.updated',
      'referral.offered',
      'referral.accepted',
      'referral.outcome_recorded',
      'referral.thanked',
    ]);
    const byType = (type: string) => log.find((e) => e.type === type && e.subject.id === referral.id);
    expect(byType('referral.offered')).toMatchObject({
      actorMemberId: poster.memberId,
      data: { jobId: job.id },
    });
    expect(byType('referral.accepted')?.actorMemberId).toBe(ann.memberId);
    expect(byType('referral.outcome_recorded')?.data).toEqual({ jobId: job.id, outcome: 'won' });
    expect(byType('referral.thanked')?.actorMemberId).toBe(ann.memberId);

    // listReferrals: the caller's own, by direction
    const given = await call(t, poster, 'GET', `${referralsUrl(collectiveId)}?direction=given`);
    expect(given.json<Page<Referral>>().items.map((r) => r.id)).toContain(referral.id);
    const received = await call(t, ann, 'GET', `${referralsUrl(collectiveId)}?direction=received`);
    expect(received.json<Page<Referral>>().items.map((r) => r.id)).toContain(referral.id);
    const posterReceived = await call(t, poster, 'GET', `${referralsUrl(collectiveId)}?direction=received`);
    expect(posterReceived.json<Page<Referral>>().items.map((r) => r.id)).not.toContain(referral.id);
  });

  it('referral events are seen by both parties, not by a third member', async () => {
    const { referral } = await referAndAccept(t, poster, ben);
    const isIt = (e: { subject: { id: string } }) => e.subject.id === referral.id;
    expect((await allEvents(t, poster, collectiveId)).filter(isIt).map((e) => e.type)).toEqual([
      'referral.accepted',
      'referral.offered',
    ]);
    expect((await allEvents(t, ben, collectiveId)).filter(isIt)).toHaveLength(2);
    expect((await allEvents(t, third, collectiveId)).filter(isIt)).toHaveLength(0);
  });
});

describe('disallowed transitions -> 409', () => {
  it('refer while a referral is offered -> REFERRAL_ALREADY_OPEN', async () => {
    const job = await postJob(t, poster);
    await referOk(t, poster, job.id, ann.memberId);
    expectProblem(await refer(t, poster, job.id, ben.memberId), 409, 'REFERRAL_ALREADY_OPEN');
    expect(await referralRows(job.id)).toHaveLength(1);
  });

  it('refer while accepted without outcome -> 409 (the job is handed off)', async () => {
    const { job } = await referAndAccept(t, poster, ann);
    expectProblem(await refer(t, poster, job.id, ben.memberId), 409, 'JOB_NOT_OPEN');
  });

  it('refer on an open job that still has an accepted referral without outcome -> REFERRAL_ALREADY_OPEN', async () => {
    // A constructed state (job open, handoff accepted but not concluded): the open-referral rule holds on its own.
    const job = await postJob(t, poster);
    await insertReferral(t, {
      collectiveId,
      from: poster.memberId,
      to: ann.memberId,
      jobId: job.id,
      status: 'accepted',
    });
    expectProblem(await refer(t, poster, job.id, ben.memberId), 409, 'REFERRAL_ALREADY_OPEN');
  });

  it('refer after the outcome -> JOB_NOT_OPEN (the job is completed)', async () => {
    const { job, referral } = await referAndAccept(t, poster, ann);
    expect((await act(t, ann, collectiveId, referral.id, 'outcome', { outcome: 'lost' })).statusCode).toBe(
      200,
    );
    expectProblem(await refer(t, poster, job.id, ben.memberId), 409, 'JOB_NOT_OPEN');
  });

  it('accept twice, decline after accept -> REFERRAL_NOT_OFFERED', async () => {
    const { referral } = await referAndAccept(t, poster, ann);
    expectProblem(await act(t, ann, collectiveId, referral.id, 'accept'), 409, 'REFERRAL_NOT_OFFERED');
    expectProblem(await act(t, ann, collectiveId, referral.id, 'decline'), 409, 'REFERRAL_NOT_OFFERED');
  });

  it('decline twice, accept after decline -> REFERRAL_NOT_OFFERED; the job stays open', async () => {
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, ann.memberId);
    const declined = await act(t, ann, collectiveId, referral.id, 'decline');
    expect(declined.statusCode).toBe(200);
    expect(declined.json<Referral>()).toMatchObject({ status: 'declined', respondedAt: expect.any(String) });
    expectProblem(await act(t, ann, collectiveId, referral.id, 'decline'), 409, 'REFERRAL_NOT_OFFERED');
    expectProblem(await act(t, ann, collectiveId, referral.id, 'accept'), 409, 'REFERRAL_NOT_OFFERED');
    expect((await getJob(t, poster, collectiveId, job.id)).status).toBe('open');
    expect(await eventRows(t, collectiveId, 'referral.declined', referral.id)).toHaveLength(1);
  });

  it('outcome before accept -> REFERRAL_NOT_ACCEPTED; on a declined one too', async () => {
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, ann.memberId);
    expectProblem(
      await act(t, ann, collectiveId, referral.id, 'outcome', { outcome: 'won' }),
      409,
      'REFERRAL_NOT_ACCEPTED',
    );
    expect((await act(t, ann, collectiveId, referral.id, 'decline')).statusCode).toBe(200);
    expectProblem(
      await act(t, ann, collectiveId, referral.id, 'outcome', { outcome: 'won' }),
      409,
      'REFERRAL_NOT_ACCEPTED',
    );
  });

  it('outcome twice -> OUTCOME_ALREADY_RECORDED, and the first outcome stays', async () => {
    const { referral } = await referAndAccept(t, poster, ann);
    expect((await act(t, ann, collectiveId, referral.id, 'outcome', { outcome: 'lost' })).statusCode).toBe(
      200,
    );
    expectProblem(
      await act(t, ann, collectiveId, referral.id, 'outcome', { outcome: 'won' }),
      409,
      'OUTCOME_ALREADY_RECORDED',
    );
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, referral.id));
    expect(row!.outcome).toBe('lost');
  });

  it('thank twice -> ALREADY_THANKED, the first message stays', async () => {
    const { referral } = await referAndAccept(t, poster, ann);
    expect(
      (await act(t, ann, collectiveId, referral.id, 'thanks', { message: 'First thanks' })).statusCode,
    ).toBe(200);
    expectProblem(
      await act(t, ann, collectiveId, referral.id, 'thanks', { message: 'Second thanks' }),
      409,
      'ALREADY_THANKED',
    );
    const got = await call(t, poster, 'GET', referralUrl(collectiveId, referral.id));
    expect(got.json<Referral>().thanks?.message).toBe('First thanks');
    expect(await eventRows(t, collectiveId, 'referral.thanked', referral.id)).toHaveLength(1);
  });

  it('thank a declined or a still offered referral -> 409 REFERRAL_NOT_ACCEPTED', async () => {
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, ann.memberId);
    expectProblem(
      await act(t, ann, collectiveId, referral.id, 'thanks', { message: 'Thanks early' }),
      409,
      'REFERRAL_NOT_ACCEPTED',
    );
    expect((await act(t, ann, collectiveId, referral.id, 'decline')).statusCode).toBe(200);
    expectProblem(
      await act(t, ann, collectiveId, referral.id, 'thanks', { message: 'Thanks anyway' }),
      409,
      'REFERRAL_NOT_ACCEPTED',
    );
  });

  it('update or cancel a handed-off or completed job -> JOB_NOT_OPEN', async () => {
    const { job, referral } = await referAndAccept(t, poster, ann);
    const patch = () => call(t, poster, 'PATCH', jobUrl(collectiveId, job.id), { title: 'Changed later' });
    const cancel = () => call(t, poster, 'POST', `${jobUrl(collectiveId, job.id)}/cancel`, {});
    expectProblem(await patch(), 409, 'JOB_NOT_OPEN');
    expectProblem(await cancel(), 409, 'JOB_NOT_OPEN');
    expect(
      (await act(t, ann, collectiveId, referral.id, 'outcome', { outcome: 'no_response' })).statusCode,
    ).toBe(200);
    expectProblem(await patch(), 409, 'JOB_NOT_OPEN');
    expectProblem(await cancel(), 409, 'JOB_NOT_OPEN');
    expect((await getJob(t, poster, collectiveId, job.id)).status).toBe('completed');
  });

  it('cancel with a pending offer -> REFERRAL_PENDING', async () => {
    const job = await postJob(t, poster);
    await referOk(t, poster, job.id, ann.memberId);
    expectProblem(
      await call(t, poster, 'POST', `${jobUrl(collectiveId, job.id)}/cancel`, {}),
      409,
      'REFERRAL_PENDING',
    );
  });

  it('refer on a cancelled job -> JOB_NOT_OPEN', async () => {
    const job = await postJob(t, poster);
    expect((await call(t, poster, 'POST', `${jobUrl(collectiveId, job.id)}/cancel`, {})).statusCode).toBe(
      200,
    );
    expectProblem(await refer(t, poster, job.id, ann.memberId), 409, 'JOB_NOT_OPEN');
  });

  it('an offer to a member who then leaves does not block the job: the poster can refer someone else or cancel', async () => {
    const leaver = await addMember(t, collectiveId);
    const toPassOn = await postJob(t, poster);
    const toCancel = await postJob(t, poster);
    await referOk(t, poster, toPassOn.id, leaver.memberId);
    await referOk(t, poster, toCancel.id, leaver.memberId);
    const left = await call(
      t,
      leaver,
      'DELETE',
      `/v1/collectives/${collectiveId}/members/${leaver.memberId}`,
    );
    expect(left.statusCode, left.body).toBe(204);
    // Without this the job is stuck for good: no decline can come, the offer blocks every new
    // referral and the cancel, and a job with a pending offer never expires.
    const again = await refer(t, poster, toPassOn.id, ben.memberId);
    expect(again.statusCode, again.body).toBe(201);
    const cancelled = await call(t, poster, 'POST', `${jobUrl(collectiveId, toCancel.id)}/cancel`, {});
    expect(cancelled.statusCode, cancelled.body).toBe(200);
  });

  it('after a decline the poster may refer someone else (201), and the new one can be accepted', async () => {
    const job = await postJob(t, poster);
    const first = await referOk(t, poster, job.id, ann.memberId);
    expect((await act(t, ann, collectiveId, first.id, 'decline')).statusCode).toBe(200);
    const second = await refer(t, poster, job.id, ben.memberId);
    expect(second.statusCode, second.body).toBe(201);
    expect((await act(t, ben, collectiveId, second.json<Referral>().id, 'accept')).statusCode).toBe(200);
    expect((await getJob(t, poster, collectiveId, job.id)).status).toBe('handed_off');
    expect((await referralRows(job.id)).map((r) => r.status).sort()).toEqual(['accepted', 'declined']);
  });
});

describe('roles', () => {
  it('only the poster refers: 403 NOT_POSTER for another member (also the admin)', async () => {
    const job = await postJob(t, poster);
    expectProblem(await refer(t, ann, job.id, ben.memberId), 403, 'NOT_POSTER');
    expectProblem(await refer(t, owner, job.id, ben.memberId), 403, 'NOT_POSTER');
    expect(await referralRows(job.id)).toHaveLength(0);
  });

  it('only the recipient accepts, declines, records the outcome and thanks: 403 NOT_RECIPIENT for the giver', async () => {
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, ann.memberId);
    expectProblem(await act(t, poster, collectiveId, referral.id, 'accept'), 403, 'NOT_RECIPIENT');
    expectProblem(await act(t, poster, collectiveId, referral.id, 'decline'), 403, 'NOT_RECIPIENT');
    expect((await act(t, ann, collectiveId, referral.id, 'accept')).statusCode).toBe(200);
    expectProblem(
      await act(t, poster, collectiveId, referral.id, 'outcome', { outcome: 'won' }),
      403,
      'NOT_RECIPIENT',
    );
    expectProblem(
      await act(t, poster, collectiveId, referral.id, 'thanks', { message: 'Thanks to me' }),
      403,
      'NOT_RECIPIENT',
    );
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, referral.id));
    expect(row).toMatchObject({ status: 'accepted', outcome: null, thanksMessage: null });
  });

  it('a third member (and an admin who is not a party) gets 404 REFERRAL_NOT_FOUND for getReferral and every action', async () => {
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, ann.memberId);
    for (const outsider of [third, owner]) {
      expectProblem(
        await call(t, outsider, 'GET', referralUrl(collectiveId, referral.id)),
        404,
        'REFERRAL_NOT_FOUND',
      );
      expectProblem(await act(t, outsider, collectiveId, referral.id, 'accept'), 404, 'REFERRAL_NOT_FOUND');
      expectProblem(await act(t, outsider, collectiveId, referral.id, 'decline'), 404, 'REFERRAL_NOT_FOUND');
      expectProblem(
        await act(t, outsider, collectiveId, referral.id, 'outcome', { outcome: 'won' }),
        404,
        'REFERRAL_NOT_FOUND',
      );
      expectProblem(
        await act(t, outsider, collectiveId, referral.id, 'thanks', { message: 'Hi' }),
        404,
        'REFERRAL_NOT_FOUND',
      );
    }
    // The same answer as for a referral that does not exist
    const missing = await call(t, third, 'GET', referralUrl(collectiveId, randomUUID()));
    expectProblem(missing, 404, 'REFERRAL_NOT_FOUND');
    const listed = await call(t, third, 'GET', `${referralsUrl(collectiveId)}?direction=given`);
    expect(listed.json<Page<Referral>>().items).toEqual([]);
    expect((await referralRows(job.id))[0]!.status).toBe('offered');
  });

  it('refer to self -> 422 CANNOT_REFER_SELF', async () => {
    const job = await postJob(t, poster);
    expectProblem(await refer(t, poster, job.id, poster.memberId), 422, 'CANNOT_REFER_SELF');
  });

  it('refer to a member who left, was removed, a random uuid, or a member of another collective -> 422 RECIPIENT_NOT_ACTIVE', async () => {
    const job = await postJob(t, poster);
    const left = await addMember(t, collectiveId, { status: 'left' });
    const removed = await addMember(t, collectiveId, { status: 'removed' });
    const foreign = (await createCollective(t)).owner;
    for (const toMemberId of [left.memberId, removed.memberId, randomUUID(), foreign.memberId]) {
      expectProblem(await refer(t, poster, job.id, toMemberId), 422, 'RECIPIENT_NOT_ACTIVE');
    }
    expect(await referralRows(job.id)).toHaveLength(0);
  });

  it('404 JOB_NOT_FOUND when referring an unknown job', async () => {
    expectProblem(await refer(t, poster, randomUUID(), ann.memberId), 404, 'JOB_NOT_FOUND');
  });

  it('validation: toMemberId must be a uuid, a note is required, nothing else allowed', async () => {
    const job = await postJob(t, poster);
    const url = `${jobUrl(collectiveId, job.id)}/referrals`;
    expect(pointersOf(await call(t, poster, 'POST', url, { toMemberId: 'ann', note: 'x' }))).toEqual([
      '/toMemberId',
    ]);
    expect(pointersOf(await call(t, poster, 'POST', url, { toMemberId: ann.memberId }))).toEqual(['/note']);
    expect(
      pointersOf(
        await call(t, poster, 'POST', url, { toMemberId: ann.memberId, note: 'ok', status: 'accepted' }),
      ),
    ).toEqual(['/status']);
    const outcomeOf = async (body: unknown) => {
      const offered = await referOk(t, poster, (await postJob(t, poster)).id, ann.memberId);
      await act(t, ann, collectiveId, offered.id, 'accept');
      return act(t, ann, collectiveId, offered.id, 'outcome', body);
    };
    expect(pointersOf(await outcomeOf({ outcome: 'great' }))).toEqual(['/outcome']);
    expect(pointersOf(await outcomeOf({ outcome: 'won', value: { amount: 12.5, currency: 'EUR' } }))).toEqual(
      ['/value/amount'],
    );
    expect(pointersOf(await outcomeOf({ outcome: 'won', value: { amount: 100, currency: 'euro' } }))).toEqual(
      ['/value/currency'],
    );
  });

  it('accept and decline take no body at all (SPEC 6: action endpoints take no body or {})', async () => {
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, ann.memberId);
    const declined = await call(t, ann, 'POST', `${referralUrl(collectiveId, referral.id)}/decline`);
    expect(declined.statusCode, declined.body).toBe(200);
    const again = await referOk(t, poster, job.id, ben.memberId);
    const accepted = await call(t, ben, 'POST', `${referralUrl(collectiveId, again.id)}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('an action body other than {} -> 400', async () => {
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, ann.memberId);
    expect(pointersOf(await act(t, ann, collectiveId, referral.id, 'accept', { eager: true }))).toEqual([
      '/eager',
    ]);
  });
});

describe('races', () => {
  it('five concurrent accepts: exactly one 200, four 409; handed off once; one referral.accepted event', async () => {
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, ann.memberId);
    const responses = await Promise.all(
      [1, 2, 3, 4, 5].map(() => act(t, ann, collectiveId, referral.id, 'accept')),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
    for (const loser of responses.filter((r) => r.statusCode === 409)) {
      expectProblem(loser, 409, 'REFERRAL_NOT_OFFERED');
    }
    expect((await getJob(t, poster, collectiveId, job.id)).status).toBe('handed_off');
    const [jobRow] = await t.db.select({ version: jobs.version }).from(jobs).where(eq(jobs.id, job.id));
    expect(jobRow!.version).toBe(2); // created at 1, moved exactly once
    expect(await eventRows(t, collectiveId, 'referral.accepted', referral.id)).toHaveLength(1);
  });

  it('a concurrent accept and decline: exactly one wins', async () => {
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, ann.memberId);
    const [accepted, declined] = await Promise.all([
      act(t, ann, collectiveId, referral.id, 'accept'),
      act(t, ann, collectiveId, referral.id, 'decline'),
    ]);
    expect([accepted.statusCode, declined.statusCode].sort()).toEqual([200, 409]);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, referral.id));
    expect((await getJob(t, poster, collectiveId, job.id)).status).toBe(
      row!.status === 'accepted' ? 'handed_off' : 'open',
    );
    const answers = (await eventRows(t, collectiveId, 'referral.accepted', referral.id)).length;
    const refusals = (await eventRows(t, collectiveId, 'referral.declined', referral.id)).length;
    expect(answers + refusals).toBe(1);
  });

  it('concurrent createReferral on one job for two different recipients: exactly one 201', async () => {
    const job = await postJob(t, poster);
    const responses = await Promise.all([
      refer(t, poster, job.id, ann.memberId),
      refer(t, poster, job.id, ben.memberId),
      refer(t, poster, job.id, third.memberId),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    for (const loser of responses.filter((r) => r.statusCode === 409)) {
      expectProblem(loser, 409, 'REFERRAL_ALREADY_OPEN');
    }
    expect(await referralRows(job.id)).toHaveLength(1);
  });

  it('concurrent cancel and refer: exactly one of them happens', async () => {
    const job = await postJob(t, poster);
    const [cancel, offer] = await Promise.all([
      call(t, poster, 'POST', `${jobUrl(collectiveId, job.id)}/cancel`, {}),
      refer(t, poster, job.id, ann.memberId),
    ]);
    const rows = await referralRows(job.id);
    const status = (await getJob(t, poster, collectiveId, job.id)).status;
    if (cancel.statusCode === 200) {
      // cancelled first: the referral found the job closed
      expectProblem(offer, 409, 'JOB_NOT_OPEN');
      expect(status).toBe('cancelled');
      expect(rows).toHaveLength(0);
    } else {
      // referred first: the cancel found a pending offer
      expect(offer.statusCode).toBe(201);
      expectProblem(cancel, 409, 'REFERRAL_PENDING');
      expect(status).toBe('open');
      expect(rows.map((r) => r.status)).toEqual(['offered']);
    }
  });
});

describe('Idempotency-Key on createReferral', () => {
  const countRows = async (jobId: string) =>
    (
      await t.db
        .select({ n: count() })
        .from(referrals)
        .where(and(eq(referrals.collectiveId, collectiveId), eq(referrals.jobId, jobId)))
    )[0]!.n;

  it('same key and body: replayed with idempotent-replayed: true, one row, one event', async () => {
    const job = await postJob(t, poster);
    const first = await refer(t, poster, job.id, ann.memberId, 'Same note', { 'idempotency-key': 'ref-1' });
    expect(first.statusCode).toBe(201);
    const second = await refer(t, poster, job.id, ann.memberId, 'Same note', { 'idempotency-key': 'ref-1' });
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(second.headers.location).toBe(first.headers.location);
    expect(await countRows(job.id)).toBe(1);
    expect(await eventRows(t, collectiveId, 'referral.offered', first.json<Referral>().id)).toHaveLength(1);
  });

  it('same key with another body -> 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const job = await postJob(t, poster);
    expect(
      (await refer(t, poster, job.id, ann.memberId, 'Note', { 'idempotency-key': 'ref-2' })).statusCode,
    ).toBe(201);
    expectProblem(
      await refer(t, poster, job.id, ben.memberId, 'Note', { 'idempotency-key': 'ref-2' }),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(await countRows(job.id)).toBe(1);
  });

  it('concurrent duplicates: one row, every response the same referral', async () => {
    const job = await postJob(t, poster);
    const responses = await Promise.all(
      [1, 2, 3].map(() => refer(t, poster, job.id, ann.memberId, 'Raced', { 'idempotency-key': 'ref-3' })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(responses.map((r) => r.json<Referral>().id)).size).toBe(1);
    expect(await countRows(job.id)).toBe(1);
  });

  it('a failed create does not burn the key: after the blocking decline, the same key works', async () => {
    const job = await postJob(t, poster);
    const blocking = await referOk(t, poster, job.id, ben.memberId);
    const refused = await refer(t, poster, job.id, ann.memberId, 'Retry me', { 'idempotency-key': 'ref-4' });
    expectProblem(refused, 409, 'REFERRAL_ALREADY_OPEN');
    expect((await act(t, ben, collectiveId, blocking.id, 'decline')).statusCode).toBe(200);
    const retried = await refer(t, poster, job.id, ann.memberId, 'Retry me', { 'idempotency-key': 'ref-4' });
    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
  });
});

describe('listReferrals', () => {
  it('direction and status filters, pagination exactly once, limit and cursor validation', async () => {
    const giver = await addMember(t, collectiveId);
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const job = await postJob(t, giver, { title: `Giver job ${i}` });
      made.push((await referOk(t, giver, job.id, i % 2 === 0 ? ann.memberId : ben.memberId)).id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await call(
        t,
        giver,
        'GET',
        `${referralsUrl(collectiveId)}?direction=given&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.statusCode).toBe(200);
      const page = response.json<Page<Referral>>();
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...made].reverse());

    const defaultDirection = await call(t, giver, 'GET', referralsUrl(collectiveId));
    expect(defaultDirection.json<Page<Referral>>().items).toEqual([]); // received by default
    const offered = await call(
      t,
      giver,
      'GET',
      `${referralsUrl(collectiveId)}?direction=given&status=offered`,
    );
    expect(offered.json<Page<Referral>>().items).toHaveLength(5);
    const declined = await call(
      t,
      giver,
      'GET',
      `${referralsUrl(collectiveId)}?direction=given&status=declined`,
    );
    expect(declined.json<Page<Referral>>().items).toHaveLength(0);

    expect(pointersOf(await call(t, giver, 'GET', `${referralsUrl(collectiveId)}?limit=101`))).toEqual([
      '/limit',
    ]);
    expect(pointersOf(await call(t, giver, 'GET', `${referralsUrl(collectiveId)}?direction=owed`))).toEqual([
      '/direction',
    ]);
    expect(pointersOf(await call(t, giver, 'GET', `${referralsUrl(collectiveId)}?cursor=nope`))).toEqual([
      '/cursor',
    ]);
    expect(
      pointersOf(await call(t, giver, 'GET', `${referralsUrl(collectiveId)}?withMemberId=${ann.memberId}`)),
    ).toEqual(['/withMemberId']);
  });

  it('a cursor of the right shape with values that are not a time and an id -> 400, not 500', async () => {
    const forged = Buffer.from(JSON.stringify(['2020-13-45', 'x'])).toString('base64url');
    expectProblem(
      await call(t, ann, 'GET', `${referralsUrl(collectiveId)}?direction=received&cursor=${forged}`),
      400,
      'VALIDATION_FAILED',
    );
  });
});

describe('tenancy and authentication', () => {
  let outsider: TestMember;
  let jobId: string;
  let referralId: string;

  beforeAll(async () => {
    outsider = (await createCollective(t)).owner;
    const job = await postJob(t, poster);
    jobId = job.id;
    referralId = (await referOk(t, poster, job.id, ann.memberId)).id;
  });

  const routes = (): [string, string, unknown?][] => [
    ['POST', `${jobUrl(collectiveId, jobId)}/referrals`, { toMemberId: ben.memberId, note: 'Take it' }],
    ['GET', `${referralsUrl(collectiveId)}?direction=given`],
    ['GET', referralUrl(collectiveId, referralId)],
    ['POST', `${referralUrl(collectiveId, referralId)}/accept`, {}],
    ['POST', `${referralUrl(collectiveId, referralId)}/decline`, {}],
    ['POST', `${referralUrl(collectiveId, referralId)}/outcome`, { outcome: 'won' }],
    ['POST', `${referralUrl(collectiveId, referralId)}/thanks`, { message: 'Thanks' }],
  ];

  it('a member of another collective gets 404 COLLECTIVE_NOT_FOUND on every referrals route', async () => {
    for (const [method, url, body] of routes()) {
      expectProblem(await call(t, outsider, method, url, body), 404, 'COLLECTIVE_NOT_FOUND');
    }
  });

  it('so does a former member, even the recipient', async () => {
    const leaver = await addMember(t, collectiveId);
    const job = await postJob(t, poster);
    const referral = await referOk(t, poster, job.id, leaver.memberId);
    await t.pool.query(`UPDATE members SET status = 'left' WHERE id = $1`, [leaver.memberId]);
    expectProblem(await act(t, leaver, collectiveId, referral.id, 'accept'), 404, 'COLLECTIVE_NOT_FOUND');
    expectProblem(
      await call(t, leaver, 'GET', referralUrl(collectiveId, referral.id)),
      404,
      'COLLECTIVE_NOT_FOUND',
    );
  });

  it('no token -> 401 on every referrals route', async () => {
    for (const [method, url, body] of routes()) {
      expectProblem(await call(t, null, method, url, body), 401, 'UNAUTHORIZED');
    }
  });

  it('the referral was not touched', async () => {
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, referralId));
    expect(row).toMatchObject({ status: 'offered', outcome: null, thanksMessage: null });
    expect(await referralRows(jobId)).toHaveLength(1);
  });
});

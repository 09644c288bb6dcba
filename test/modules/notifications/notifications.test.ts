import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { endorsementBody } from '../../support/endorsements.js';
import {
  addMember,
  createAccount,
  createCollective,
  type TestCollective,
  type TestMember,
} from '../../support/factories.js';
import { call, collectiveUrl, expectProblem, type Page } from '../../support/http.js';
import { act, jobUrl, postJob, referAndAccept, referOk } from '../../support/work.js';

interface NotificationView {
  id: string;
  type: string;
  event: {
    id: string;
    seq: number;
    type: string;
    actorMemberId: string;
    subject: { id: string };
    data: Record<string, unknown>;
  };
  readAt: string | null;
}

let t: TestApp;
let c: TestCollective;
let giver: TestMember;
let recipient: TestMember;
let bystander: TestMember;

const inboxUrl = (collectiveId: string) => `${collectiveUrl(collectiveId)}/notifications`;

async function inbox(who: TestMember, query = ''): Promise<Page<NotificationView>> {
  const response = await call(t, who, 'GET', `${inboxUrl(c.id)}${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page<NotificationView>>();
}

beforeAll(async () => {
  t = await createTestApp({ env: { WEBHOOK_WORKER: 'false' } });
  c = await createCollective(t);
  giver = await addMember(t, c.id);
  recipient = await addMember(t, c.id);
  bystander = await addMember(t, c.id);
});

afterAll(() => t.close());

describe('inbox', () => {
  it('tells each member what concerns them, and nothing about the private referrals of others', async () => {
    const { job, referral } = await referAndAccept(t, giver, recipient);
    expect(
      (
        await act(t, recipient, c.id, referral.id, 'outcome', {
          outcome: 'won',
          value: { amount: 555_000, currency: 'EUR' },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await act(t, recipient, c.id, referral.id, 'thanks', { message: 'Thank you, this was great.' }))
        .statusCode,
    ).toBe(200);
    const other = await postJob(t, giver);
    const note = await call(t, bystander, 'PUT', `${jobUrl(c.id, other.id)}/interest`, {
      note: 'I did this last year.',
    });
    expect(note.statusCode, note.body).toBe(201);
    const endorsed = await call(
      t,
      giver,
      'POST',
      `${collectiveUrl(c.id)}/members/${recipient.memberId}/endorsements`,
      endorsementBody(),
    );
    expect(endorsed.statusCode, endorsed.body).toBe(201);

    const received = await inbox(recipient);
    expect(received.items.map((n) => n.type)).toEqual(['endorsement.given', 'referral.offered']);
    expect(received.items[1]!.event).toMatchObject({
      subject: { id: referral.id },
      data: { jobId: job.id },
      actorMemberId: giver.memberId,
    });

    const given = await inbox(giver);
    expect(given.items.map((n) => n.type)).toEqual([
      'interest.expressed',
      'referral.thanked',
      'referral.outcome_recorded',
      'referral.accepted',
    ]);
    expect(JSON.stringify(given)).not.toContain('555000');

    // The bystander acted only on their own account: nothing of the referral reaches them.
    expect((await inbox(bystander)).items).toEqual([]);
    for (const n of [...received.items, ...given.items]) expect(n.readAt).toBeNull();
  });

  it('filters unread, pages with a cursor, and marks read by id, up to one, or all', async () => {
    const all = (await inbox(giver)).items;
    expect(all.length).toBeGreaterThanOrEqual(4);
    const first = await inbox(giver, '?limit=2');
    expect(first.items).toEqual(all.slice(0, 2));
    const second = await inbox(giver, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items).toEqual(all.slice(2, 4));

    const byId = await call(t, giver, 'POST', `${inboxUrl(c.id)}/read`, { ids: [all[0]!.id] });
    expect(byId.statusCode, byId.body).toBe(204);
    expect((await inbox(giver, '?unread=true')).items.map((n) => n.id)).toEqual(
      all.slice(1).map((n) => n.id),
    );

    const upTo = await call(t, giver, 'POST', `${inboxUrl(c.id)}/read`, { upTo: all[2]!.id });
    expect(upTo.statusCode).toBe(204);
    expect((await inbox(giver, '?unread=true')).items.map((n) => n.id)).toEqual([all[1]!.id]);
    const readAt = (await inbox(giver)).items[0]!.readAt;
    expect(readAt).not.toBeNull();

    expect((await call(t, giver, 'POST', `${inboxUrl(c.id)}/read`)).statusCode).toBe(204);
    expect((await inbox(giver, '?unread=true')).items).toEqual([]);
    // Reading again changes nothing: the first read time stays.
    expect((await inbox(giver)).items[0]!.readAt).toBe(readAt);
  });

  it('answers 400, 401 and 404 where it should', async () => {
    const someoneElses = (await inbox(recipient)).items[0]!;
    const foreign = await call(t, giver, 'POST', `${inboxUrl(c.id)}/read`, { upTo: someoneElses.id });
    expect(expectProblem(foreign, 400, 'VALIDATION_FAILED').errors).toEqual([
      { pointer: '/upTo', detail: 'is not one of your notifications', location: 'body' },
    ]);
    // Marking another member's notification by id does nothing to it.
    expect(
      (await call(t, giver, 'POST', `${inboxUrl(c.id)}/read`, { ids: [someoneElses.id] })).statusCode,
    ).toBe(204);
    expect((await inbox(recipient)).items[0]!.readAt).toBeNull();

    expectProblem(await call(t, giver, 'GET', `${inboxUrl(c.id)}?unread=yes`), 400, 'VALIDATION_FAILED');
    expectProblem(
      await call(t, giver, 'POST', `${inboxUrl(c.id)}/read`, { ids: [], all: true }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await call(t, null, 'GET', inboxUrl(c.id)), 401, 'UNAUTHORIZED');
    const outsider = await createAccount(t);
    expectProblem(await call(t, outsider, 'GET', inboxUrl(c.id)), 404, 'COLLECTIVE_NOT_FOUND');
    expectProblem(await call(t, outsider, 'POST', `${inboxUrl(c.id)}/read`, {}), 404, 'COLLECTIVE_NOT_FOUND');
  });

  it('notifies nobody of a refused change: a second referral of the same job', async () => {
    const job = await postJob(t, giver);
    await referOk(t, giver, job.id, recipient.memberId);
    const before = (await inbox(recipient)).items.length;
    // A second referral of the same job is a 409: no event, no notification.
    const again = await call(t, giver, 'POST', `${jobUrl(c.id, job.id)}/referrals`, {
      toMemberId: bystander.memberId,
      note: 'Or you?',
    });
    expectProblem(again, 409, 'REFERRAL_ALREADY_OPEN');
    expect((await inbox(bystander)).items).toEqual([]);
    expect((await inbox(recipient)).items.length).toBe(before);
  });
});

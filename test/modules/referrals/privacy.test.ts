import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { allEvents, call, collectiveUrl, type Page } from '../../support/http.js';
import {
  act,
  jobsUrl,
  jobUrl,
  referAndAccept,
  referralsUrl,
  referralUrl,
  type Job,
  type Referral,
} from '../../support/work.js';

/**
 * The private value of a handoff (SPEC 2: "visible only to giver and recipient, never in
 * aggregates shown to others"). The amounts are distinctive digit strings, searched for in the
 * raw text of every response anyone else can get.
 */
const AMOUNT = 123456;
const SECOND_AMOUNT = 100000;
const SUM = AMOUNT + SECOND_AMOUNT; // 223456: an aggregate would show this
const SECRETS = [String(AMOUNT), String(SECOND_AMOUNT), String(SUM)];

let t: TestApp;
let collectiveId: string;
let owner: TestMember;
let admin: TestMember;
let giver: TestMember;
let recipient: TestMember;
let bystander: TestMember;
let job: Job;
let referral: Referral;

beforeAll(async () => {
  t = await createTestApp();
  const collective = await createCollective(t);
  collectiveId = collective.id;
  owner = collective.owner;
  admin = await addMember(t, collectiveId, { role: 'admin' });
  giver = await addMember(t, collectiveId);
  recipient = await addMember(t, collectiveId);
  bystander = await addMember(t, collectiveId);

  ({ job, referral } = await referAndAccept(t, giver, recipient, { title: 'Brand identity for a bakery' }));
  const outcome = await act(t, recipient, collectiveId, referral.id, 'outcome', {
    outcome: 'won',
    value: { amount: AMOUNT, currency: 'EUR' },
    note: 'Signed the full package.',
  });
  expect(outcome.statusCode, outcome.body).toBe(200);
  expect(
    (await act(t, recipient, collectiveId, referral.id, 'thanks', { message: 'Thanks!' })).statusCode,
  ).toBe(200);

  // A second won handoff between the same two, so a sum would be detectable too.
  const second = await referAndAccept(t, giver, recipient, { title: 'Packaging for the same bakery' });
  expect(
    (
      await act(t, recipient, collectiveId, second.referral.id, 'outcome', {
        outcome: 'won',
        value: { amount: SECOND_AMOUNT, currency: 'EUR' },
      })
    ).statusCode,
  ).toBe(200);
});
afterAll(() => t.close());

const WINDOWS = ['30d', '90d', '365d', 'all'];

/** Every GET a member can send about this collective's work, as [label, url]. */
function readableUrls(): [string, string][] {
  const urls: [string, string][] = [
    ['getJob', jobUrl(collectiveId, job.id)],
    ['listJobs', jobsUrl(collectiveId)],
    ['listJobs completed', `${jobsUrl(collectiveId)}?status=completed`],
    ['listInterests', `${jobUrl(collectiveId, job.id)}/interests`],
    ['listEvents', `${collectiveUrl(collectiveId)}/events?limit=100`],
    ['listReferrals given', `${referralsUrl(collectiveId)}?direction=given`],
    ['listReferrals received', `${referralsUrl(collectiveId)}?direction=received`],
    ['getReferral', referralUrl(collectiveId, referral.id)],
  ];
  for (const window of WINDOWS) {
    urls.push(
      [
        `getContribution giver ${window}`,
        `${collectiveUrl(collectiveId)}/members/${giver.memberId}/contribution?window=${window}`,
      ],
      [
        `getContribution recipient ${window}`,
        `${collectiveUrl(collectiveId)}/members/${recipient.memberId}/contribution?window=${window}`,
      ],
      [`getReciprocity ${window}`, `${collectiveUrl(collectiveId)}/reciprocity?window=${window}`],
    );
  }
  return urls;
}

describe('the private value of a handoff', () => {
  it('the giver and the recipient see it in getReferral and listReferrals', async () => {
    for (const member of [giver, recipient]) {
      const got = await call(t, member, 'GET', referralUrl(collectiveId, referral.id));
      expect(got.statusCode).toBe(200);
      expect(got.json<Referral>().value).toEqual({ amount: AMOUNT, currency: 'EUR' });
      expect(got.json<Referral>().outcomeNote).toBe('Signed the full package.');
    }
    const given = await call(t, giver, 'GET', `${referralsUrl(collectiveId)}?direction=given`);
    expect(given.json<Page<Referral>>().items.find((r) => r.id === referral.id)?.value).toEqual({
      amount: AMOUNT,
      currency: 'EUR',
    });
    const received = await call(t, recipient, 'GET', `${referralsUrl(collectiveId)}?direction=received`);
    expect(received.json<Page<Referral>>().items.find((r) => r.id === referral.id)?.value).toEqual({
      amount: AMOUNT,
      currency: 'EUR',
    });
  });

  it.each([
    ['a third member', () => bystander],
    ['an admin', () => admin],
    ['the owner', () => owner],
  ])('%s never sees the amount in any response', async (_label, who) => {
    const viewer = who();
    let answered = 0;
    for (const [label, url] of readableUrls()) {
      const response = await call(t, viewer, 'GET', url);
      expect(response.statusCode, `${label}: ${response.body}`).toBeLessThan(500);
      if (response.statusCode === 200) answered += 1;
      for (const secret of SECRETS) {
        expect(response.body, `${label} leaks ${secret}`).not.toContain(secret);
      }
    }
    // Everything but getReferral answers, so the search above looked at real content.
    expect(answered).toBe(readableUrls().length - 1);
    expect((await call(t, viewer, 'GET', referralUrl(collectiveId, referral.id))).statusCode).toBe(404);
  });

  it('the job itself is visible to the others, completed, without the value', async () => {
    const got = await call(t, bystander, 'GET', jobUrl(collectiveId, job.id));
    expect(got.json<Job>().status).toBe('completed');
    expect(Object.keys(got.json<Job>())).not.toContain('value');
  });

  it('the admin sees the outcome event, with the outcome but without the value', async () => {
    const seen = await allEvents(t, admin, collectiveId);
    const outcome = seen.find((e) => e.type === 'referral.outcome_recorded' && e.subject.id === referral.id);
    expect(outcome?.data).toEqual({ jobId: job.id, outcome: 'won' });
  });

  it('the giver and the recipient do not find the value in aggregates or events either', async () => {
    for (const member of [giver, recipient]) {
      for (const [label, url] of readableUrls()) {
        if (label === 'getReferral' || label.startsWith('listReferrals')) continue;
        const response = await call(t, member, 'GET', url);
        expect(response.statusCode, label).toBe(200);
        for (const secret of SECRETS) expect(response.body, `${label} leaks ${secret}`).not.toContain(secret);
      }
    }
  });

  it('events never store the value', async () => {
    const rows = await t.db.select().from(events).where(eq(events.collectiveId, collectiveId));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const text = JSON.stringify(row.data);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      expect(Object.keys(row.data)).not.toContain('value');
      expect(text).not.toMatch(/amount/i);
    }
  });
});

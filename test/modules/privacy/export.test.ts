import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, MyDataExport } from '../../../src/modules/privacy/index.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createAccount } from '../../support/factories.js';
import { call, expectProblem } from '../../support/http.js';
import { HIGH_LIMITS } from '../accounts/helpers.js';
import { fullHistory, type History } from './helpers.js';

let t: TestApp;
let h: History;

beforeAll(async () => {
  t = await createTestApp({ env: { ...HIGH_LIMITS, EXPORT_LIMIT_PER_MINUTE: '3' } });
  h = await fullHistory(t);
});
afterAll(() => t.close());

const exportOf = (caller: { headers: { authorization: string } } | null) =>
  call(t, caller, 'GET', '/v1/me/export');

describe('exportMyData', () => {
  it('holds every kind of row about the member, in the documented shape, and nothing private of others', async () => {
    const response = await exportOf(h.ana);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    // The document the stream produced is exactly what the OpenAPI schema describes.
    const document = MyDataExport.parse(JSON.parse(response.body));
    expect(document.format).toBe(EXPORT_FORMAT);

    expect(document.account).toEqual({
      id: h.ana.accountId,
      email: h.ana.email,
      name: h.ana.name,
      hasPassword: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(document.identities).toEqual([
      { issuer: 'https://idp.example.test', subject: h.secrets.subject, linkedAt: expect.any(String) },
    ]);
    expect(document.sessions).toHaveLength(1);
    expect(Object.keys(document.sessions[0]!).sort()).toEqual([
      'expiresAt',
      'id',
      'refreshedAt',
      'startedAt',
    ]);

    expect(document.memberships).toHaveLength(1);
    const m = document.memberships[0]!;
    expect(m.collective.id).toBe(h.collectiveId);
    expect(m.member).toMatchObject({
      id: h.ana.memberId,
      email: h.ana.email,
      role: 'admin',
      headline: h.secrets.headline,
      bio: h.secrets.bio,
      links: [{ label: 'Portfolio', url: h.secrets.link }],
      rate: { min: 60_000, max: 90_000, currency: 'EUR' },
    });
    expect(m.jobsPosted.map((j) => [j.id, j.brief, j.client])).toEqual([
      [h.jobPostedByAna, h.secrets.brief, h.secrets.client],
    ]);
    expect(m.fitNotes.map((n) => n.note)).toEqual([h.secrets.fitNote]);
    expect(m.referralsGiven).toEqual([
      expect.objectContaining({
        id: h.referralFromAna,
        note: h.secrets.referralNote,
        toMemberId: h.ben.memberId,
        outcome: 'won',
        value: { amount: h.values.fromAna, currency: 'EUR' },
      }),
    ]);
    expect(m.referralsReceived).toEqual([
      expect.objectContaining({
        id: h.referralToAna,
        outcomeNote: h.secrets.outcomeNote,
        value: { amount: h.values.toAna, currency: 'EUR' },
        thanks: { message: h.secrets.thanks, thankedAt: expect.any(String) },
      }),
    ]);
    expect(m.endorsementsGiven.map((e) => [e.id, e.example.title])).toEqual([
      [h.anaEndorsementOfBen, h.secrets.exampleTitle],
    ]);
    expect(m.endorsementsReceived.map((e) => [e.id, e.example.title])).toEqual([
      [h.benEndorsementOfAna, h.secrets.exampleAbout],
    ]);
    expect(m.invitationsSent.map((i) => i.note)).toEqual([h.secrets.invitationNote]);
    const types = new Set(m.events.map((e) => e.type));
    for (const type of [
      'member.updated',
      'job.posted',
      'referral.offered',
      'referral.accepted',
      'referral.outcome_recorded',
      'endorsement.given',
      'invitation.created',
    ]) {
      expect(types, type).toContain(type);
    }
    // Oldest first, and each event once.
    const ids = m.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);

    // Others appear by id only: not Ben's email, bio or fit note; not Carl's referral to Ben.
    for (const secret of [
      h.ben.email,
      h.carl.email,
      h.ben.name,
      h.others.benBio,
      h.others.benFitNote,
      h.others.carlNote,
      String(h.others.benCarlValue),
      h.owner.email,
    ]) {
      expect(response.body, secret).not.toContain(secret);
    }
    // No secrets of the account itself either: neither hashes nor tokens.
    expect(response.body).not.toContain('$argon2id$');
    expect(response.body).not.toContain(h.ana.tokens.refreshToken);
    expect(response.body).not.toContain('tokenHash');
  });

  it('streams a member with many events in pages, every event once', async () => {
    const before = MyDataExport.parse(JSON.parse((await exportOf(h.ben)).body));
    const events = before.memberships[0]!.events.length;
    // 1,200 events about Carl, straight into the log: more than two pages of them.
    await t.pool.query(
      `INSERT INTO events (collective_id, type, actor_member_id, subject_type, subject_id, about_member_ids)
       SELECT $1, 'member.updated', $2, 'member', $2, ARRAY[$2]::uuid[] FROM generate_series(1, 1200)`,
      [h.collectiveId, h.carl.memberId],
    );
    const carl = MyDataExport.parse(JSON.parse((await exportOf(h.carl)).body));
    const carlEvents = carl.memberships[0]!.events;
    expect(carlEvents.filter((e) => e.type === 'member.updated').length).toBe(1_200);
    expect(new Set(carlEvents.map((e) => e.id)).size).toBe(carlEvents.length);
    // Ben's export did not change: Carl's edits are not about him.
    const after = MyDataExport.parse(JSON.parse((await exportOf(h.ben)).body));
    expect(after.memberships[0]!.events.length).toBe(events);
  });

  it('is an empty list of memberships for an account that belongs nowhere', async () => {
    const loner = await createAccount(t);
    const document = MyDataExport.parse(JSON.parse((await exportOf(loner)).body));
    expect(document.account.hasPassword).toBe(false);
    expect(document.memberships).toEqual([]);
    expect(document.sessions).toEqual([]);
  });

  it('401 without a token, and is rate-limited per account with Retry-After', async () => {
    expectProblem(await exportOf(null), 401, 'UNAUTHORIZED');
    const limited = await createAccount(t);
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await exportOf(limited)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await exportOf(limited);
    expectProblem(refused, 429, 'RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, endorsements, invitations, members, referrals } from '../../../src/db/tables.js';
import { ERASED_NAME } from '../../../src/modules/privacy/index.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { endorsementUrl } from '../../support/endorsements.js';
import { addMember, createAccount, createCollective, createInvitation } from '../../support/factories.js';
import { call, collectiveUrl, expectProblem, type Caller } from '../../support/http.js';
import { createToken, getMe, HIGH_LIMITS, refresh, uniqueEmail } from '../accounts/helpers.js';
import { fullHistory, passwordMember, rowsContaining, type History } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: HIGH_LIMITS });
});
afterAll(() => t.close());

const deleteMe = (caller: Caller, payload?: unknown) => call(t, caller, 'DELETE', '/v1/me', payload);

async function contribution(h: History, memberId: string) {
  const response = await call(
    t,
    h.owner,
    'GET',
    `${collectiveUrl(h.collectiveId)}/members/${memberId}/contribution?window=all`,
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Record<string, unknown>>();
}

async function reciprocity(h: History) {
  const response = await call(t, h.owner, 'GET', `${collectiveUrl(h.collectiveId)}/reciprocity?window=all`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Record<string, unknown>>();
}

async function matchedIds(h: History): Promise<string[]> {
  const response = await call(t, h.owner, 'POST', `${collectiveUrl(h.collectiveId)}/matches`, {
    brief: 'Packaging design for a tea brand: boxes and labels',
    skills: ['packaging-design'],
    limit: 50,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: { member: { id: string } }[] }>().items.map((item) => item.member.id);
}

async function credentialOf(h: History, endorsementId: string): Promise<string> {
  const response = await call(t, h.ana, 'GET', `${endorsementUrl(h.collectiveId, endorsementId)}/credential`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ credential: string }>().credential;
}

async function verify(credential: string) {
  const response = await call(t, null, 'POST', '/v1/credentials/verify', { credential });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ valid: boolean; status: string }>();
}

describe('deleteMe', () => {
  it('erases the account: no row holds the email, name or words; credentials verify as retracted; counts stay; sign-in fails', async () => {
    const h = await fullHistory(t);
    const credential = await credentialOf(h, h.anaEndorsementOfBen);
    expect(await verify(credential)).toMatchObject({ valid: true, status: 'active' });
    const benBefore = await contribution(h, h.ben.memberId);
    const anaBefore = await contribution(h, h.ana.memberId);
    const flowBefore = await reciprocity(h);
    expect(await matchedIds(h)).toContain(h.ana.memberId);
    // Before: the database does hold them (the search below would find them).
    expect(Object.keys(await rowsContaining(t, h.ana.email))).toEqual(['accounts.email']);

    expectProblem(await deleteMe(h.ana, {}), 400, 'CURRENT_PASSWORD_REQUIRED');
    expectProblem(
      await deleteMe(h.ana, { currentPassword: 'not the password' }),
      403,
      'CURRENT_PASSWORD_WRONG',
    );
    expectProblem(
      await deleteMe(h.ana, { currentPassword: h.ana.password, role: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
    const erased = await deleteMe(h.ana, { currentPassword: h.ana.password });
    expect(erased.statusCode, erased.body).toBe(204);
    expect(erased.body).toBe('');

    // No text column of any table holds her email, her name or anything only she wrote.
    const needles = [h.ana.email, h.ana.name, h.ana.email.split('@')[0]!, ...Object.values(h.secrets)];
    for (const needle of needles) expect(await rowsContaining(t, needle), needle).toEqual({});

    // Her account is a tombstone; her membership ended as removed, shown under the neutral name.
    const [account] = await t.db.select().from(accounts).where(eq(accounts.id, h.ana.accountId));
    expect(account).toMatchObject({ email: null, passwordHash: null, name: ERASED_NAME });
    expect(account!.erasedAt).toBeInstanceOf(Date);
    const shown = await call(t, h.owner, 'GET', `${collectiveUrl(h.collectiveId)}/members/${h.ana.memberId}`);
    expect(shown.json()).toMatchObject({
      name: ERASED_NAME,
      status: 'removed',
      headline: null,
      bio: null,
      skills: [],
      links: [],
      rate: null,
    });
    expect(shown.json()).not.toHaveProperty('email');

    // The credential she issued now verifies as retracted (her revocation list says so).
    expect(await verify(credential)).toMatchObject({ valid: false, status: 'retracted' });
    const [given] = await t.db.select().from(endorsements).where(eq(endorsements.id, h.anaEndorsementOfBen));
    expect(given).toMatchObject({
      status: 'retracted',
      exampleTitle: '',
      exampleDescription: '',
      evidenceUrls: [],
    });
    const [received] = await t.db
      .select()
      .from(endorsements)
      .where(eq(endorsements.id, h.benEndorsementOfAna));
    expect(received).toMatchObject({ status: 'active', exampleTitle: '', exampleOutcome: '' });
    expect(received!.hiddenAt).toBeInstanceOf(Date);

    // Referrals keep what the other party needs: Ben keeps his own value on the one she gave.
    const [fromAna] = await t.db.select().from(referrals).where(eq(referrals.id, h.referralFromAna));
    expect(fromAna).toMatchObject({ note: '', outcome: 'won', valueAmount: h.values.fromAna });
    const [toAna] = await t.db.select().from(referrals).where(eq(referrals.id, h.referralToAna));
    expect(toAna).toMatchObject({
      outcome: 'won',
      valueAmount: null,
      outcomeNote: null,
      thanksMessage: null,
    });

    // Aggregates: every referral count is unchanged; Ben lost one endorsement received (hers,
    // retracted) and kept the one he gave her; the collective has one active member fewer.
    expect(await contribution(h, h.ben.memberId)).toEqual({
      ...benBefore,
      endorsementsReceived: (benBefore.endorsementsReceived as number) - 1,
    });
    expect(await contribution(h, h.ana.memberId)).toEqual({
      ...anaBefore,
      endorsementsGiven: 0,
    });
    const flowAfter = await reciprocity(h);
    expect(flowAfter).toMatchObject({
      referrals: flowBefore.referrals,
      directSwapShare: flowBefore.directSwapShare,
      activeMembers: (flowBefore.activeMembers as number) - 1,
    });

    // Matching forgets her at once.
    expect(await matchedIds(h)).not.toContain(h.ana.memberId);

    // The events about her stay, with the erasure recorded.
    const events = await call(t, h.owner, 'GET', `${collectiveUrl(h.collectiveId)}/events?limit=100`);
    const types = events.json<{ items: { type: string; subject: { id: string } }[] }>().items;
    expect(types.some((e) => e.type === 'member.erased' && e.subject.id === h.ana.memberId)).toBe(true);
    expect(types.some((e) => e.type === 'job.posted')).toBe(true);

    // Signing in again fails, her session is gone, her access token no longer works.
    expectProblem(await createToken(t, h.ana.email, h.ana.password), 401, 'INVALID_CREDENTIALS');
    expectProblem(await refresh(t, h.ana.tokens.refreshToken), 401, 'INVALID_REFRESH_TOKEN');
    expectProblem(await getMe(t, h.ana.tokens.accessToken), 401, 'ACCOUNT_NOT_FOUND');
    expectProblem(await call(t, h.ana, 'GET', '/v1/me/export'), 401, 'ACCOUNT_NOT_FOUND');
    expectProblem(await call(t, h.ana, 'GET', collectiveUrl(h.collectiveId)), 404, 'COLLECTIVE_NOT_FOUND');
    expectProblem(await deleteMe(h.ana, { currentPassword: h.ana.password }), 401, 'ACCOUNT_NOT_FOUND');
    // The address is free again: a new account may take it.
    const again = await call(t, null, 'POST', '/v1/accounts', {
      email: h.ana.email,
      password: h.ana.password,
      name: 'Ana again',
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json<{ id: string }>().id).not.toBe(h.ana.accountId);
  });

  it('409 LAST_OWNER for the last owner of a collective, changing nothing; allowed once someone else is owner', async () => {
    const { id: collectiveId, owner: founder } = await createCollective(t);
    const { id: otherId } = await createCollective(t);
    const olga = await passwordMember(t, collectiveId, { name: 'Olga Owner', role: 'owner' });
    // The founder left, so Olga is the first collective's only active owner.
    await t.db.update(members).set({ status: 'left' }).where(eq(members.id, founder.memberId));
    await addMember(t, otherId, { account: olga, role: 'member' });
    const deputy = await addMember(t, collectiveId, { role: 'admin' });

    const refused = expectProblem(
      await deleteMe(olga, { currentPassword: olga.password }),
      409,
      'LAST_OWNER',
    );
    expect(refused.detail).toContain(collectiveId);
    expect(refused.detail).not.toContain(otherId);
    const [still] = await t.db.select().from(accounts).where(eq(accounts.id, olga.accountId));
    expect(still).toMatchObject({ email: olga.email, erasedAt: null });
    const mine = await t.db.select().from(members).where(eq(members.accountId, olga.accountId));
    expect(mine.map((m) => m.status).sort()).toEqual(['active', 'active']);

    // Olga hands over ownership, then may go.
    const promoted = await call(
      t,
      olga,
      'PATCH',
      `${collectiveUrl(collectiveId)}/members/${deputy.memberId}`,
      {
        role: 'owner',
      },
    );
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect((await deleteMe(olga, { currentPassword: olga.password })).statusCode).toBe(204);
    const after = await t.db.select().from(members).where(eq(members.accountId, olga.accountId));
    expect(after.map((m) => m.status)).toEqual(['removed', 'removed']);
  });

  it('an account without a password needs a fresh sign-in at its identity provider; a password is refused', async () => {
    const passwordless = await createAccount(t);
    expectProblem(await deleteMe(passwordless), 403, 'FRESH_SIGN_IN_REQUIRED');
    expectProblem(
      await deleteMe(passwordless, { currentPassword: 'anything at all' }),
      403,
      'PASSWORD_NOT_SET',
    );
    expectProblem(await deleteMe(null, {}), 401, 'UNAUTHORIZED');
    const [row] = await t.db.select().from(accounts).where(eq(accounts.id, passwordless.id));
    expect(row!.erasedAt).toBeNull();
  });

  it('erases a pending invitation sent to the address, and the one that was accepted', async () => {
    const { id: collectiveId, owner } = await createCollective(t);
    const { id: elsewhere, owner: stranger } = await createCollective(t);
    const eve = await passwordMember(t, collectiveId, { name: 'Eve Invited' });
    const accepted = await createInvitation(t, collectiveId, owner.memberId, {
      email: eve.email.toUpperCase(),
      note: 'Welcome Eve',
    });
    await t.db
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedBy: eve.memberId })
      .where(eq(invitations.id, accepted.id));
    const pending = await createInvitation(t, elsewhere, stranger.memberId, {
      email: eve.email,
      note: 'Hi Eve',
    });
    const unrelated = await createInvitation(t, elsewhere, stranger.memberId, { email: uniqueEmail('zoe') });

    expect((await deleteMe(eve, { currentPassword: eve.password })).statusCode).toBe(204);
    const rows = await t.db.select().from(invitations);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(accepted.id)).toMatchObject({ email: null, note: null, revokedAt: null });
    expect(byId.get(pending.id)).toMatchObject({ email: null, note: null });
    expect(byId.get(pending.id)!.revokedAt).toBeInstanceOf(Date);
    expect(byId.get(unrelated.id)!.email).toMatch(/^zoe-/);
    expectProblem(
      await call(t, null, 'POST', '/v1/invitations/accept', { token: pending.token }),
      401,
      'UNAUTHORIZED',
    );
  });
});

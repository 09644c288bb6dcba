import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKeys, invitations, members } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  addMember,
  createAccount,
  createCollective,
  createInvitation,
  type TestAccount,
} from '../../support/factories.js';
import { allEvents, call, type Page } from '../../support/http.js';

interface CreatedBody {
  id: string;
  token: string;
  expiresAt: string;
  email: string | null;
  note: string | null;
  createdAt: string;
  createdBy: string;
  status: string;
}
interface InvitationBody {
  id: string;
  status: string;
  email: string | null;
  createdBy: string;
  acceptedBy: string | null;
}
interface MemberBody {
  id: string;
  accountId: string;
  email?: string;
  role: string;
  status: string;
  introducedBy: string | null;
  joinedAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const accept = (as: TestAccount | null, token: string) =>
  call(t, as, 'POST', '/v1/invitations/accept', { token });

async function invitationRow(collectiveId: string, id: string) {
  const [row] = await t.db
    .select()
    .from(invitations)
    .where(and(eq(invitations.collectiveId, collectiveId), eq(invitations.id, id)));
  return row!;
}

describe('createInvitation', () => {
  it('gives an admin a one-time token; only its SHA-256 is stored', async () => {
    const c = await createCollective(t);
    const before = Date.now();
    const response = await call(t, c.owner, 'POST', `/v1/collectives/${c.id}/invitations`, {
      email: 'newcomer@example.test',
      note: 'Welcome!',
    });
    expect(response.statusCode).toBe(201);
    const body = response.json<CreatedBody>();
    expect(body).toMatchObject({
      id: expect.any(String),
      email: 'newcomer@example.test',
      note: 'Welcome!',
      status: 'pending',
      createdBy: c.owner.memberId,
    });
    expect(body.token).toMatch(/^[0-9a-f]{32}\.[A-Za-z0-9_-]{43}$/);
    expect(body.token.startsWith(c.id.replaceAll('-', ''))).toBe(true);
    const ttl = Date.parse(body.expiresAt) - Date.parse(body.createdAt);
    expect(ttl).toBe(14 * DAY_MS);
    expect(Date.parse(body.createdAt)).toBeGreaterThanOrEqual(before - 1_000);

    const row = await invitationRow(c.id, body.id);
    expect(row.tokenHash).toBe(createHash('sha256').update(body.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(body.token.split('.')[1]);
  });

  it('is 403 for a plain member unless the collective lets members invite', async () => {
    const closed = await createCollective(t, { membersCanInvite: false });
    const anna = await addMember(t, closed.id);
    const refused = await call(t, anna, 'POST', `/v1/collectives/${closed.id}/invitations`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'ADMIN_REQUIRED' });
    expect(await t.db.select().from(invitations).where(eq(invitations.collectiveId, closed.id))).toHaveLength(
      0,
    );

    const open = await createCollective(t, { membersCanInvite: true });
    const ben = await addMember(t, open.id);
    const allowed = await call(t, ben, 'POST', `/v1/collectives/${open.id}/invitations`, {});
    expect(allowed.statusCode).toBe(201);
    expect(allowed.json()).toMatchObject({ createdBy: ben.memberId, email: null, note: null });
  });

  it.each([
    [{ email: 'not-an-email' }, '/email'],
    [{ note: 'n'.repeat(1_001) }, '/note'],
    [{ role: 'admin' }, '/role'],
  ])('rejects %j with 400 at %s', async (payload, pointer) => {
    const c = await createCollective(t);
    const response = await call(t, c.owner, 'POST', `/v1/collectives/${c.id}/invitations`, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer)).toContain(
      pointer,
    );
  });

  it('concurrent creates with one Idempotency-Key make one invitation and answer the same', async () => {
    const c = await createCollective(t);
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 3 }, () =>
        call(
          t,
          c.owner,
          'POST',
          `/v1/collectives/${c.id}/invitations`,
          { note: 'once' },
          { 'idempotency-key': key },
        ),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const bodies = responses.map((r) => r.json<CreatedBody>());
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(await t.db.select().from(invitations).where(eq(invitations.collectiveId, c.id))).toHaveLength(1);

    const other = await call(
      t,
      c.owner,
      'POST',
      `/v1/collectives/${c.id}/invitations`,
      { note: 'twice' },
      { 'idempotency-key': key },
    );
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    // The key is scoped to this collective's invitations.
    const keys = await t.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    expect(keys.map((k) => k.scope)).toEqual([`createInvitation:${c.id}`]);
  });

  it('a replay is still a request about the collective: an inviter removed since gets 404', async () => {
    const c = await createCollective(t, { membersCanInvite: true });
    const anna = await addMember(t, c.id);
    const key = randomUUID();
    const url = `/v1/collectives/${c.id}/invitations`;
    const first = await call(t, anna, 'POST', url, {}, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    await t.db.update(members).set({ status: 'removed' }).where(eq(members.id, anna.memberId));
    const replay = await call(t, anna, 'POST', url, {}, { 'idempotency-key': key });
    expect(replay.statusCode).toBe(404);
    expect(replay.json()).toMatchObject({ code: 'COLLECTIVE_NOT_FOUND' });
    expect(replay.body).not.toContain(first.json<CreatedBody>().token);
  });

  it('records invitation.created', async () => {
    const c = await createCollective(t);
    const created = await call(t, c.owner, 'POST', `/v1/collectives/${c.id}/invitations`, {});
    const events = await allEvents(t, c.owner, c.id);
    expect(events.find((e) => e.type === 'invitation.created')).toMatchObject({
      actorMemberId: c.owner.memberId,
      subject: { type: 'invitation', id: created.json<CreatedBody>().id },
    });
  });
});

describe('listInvitations', () => {
  it('shows admins every invitation with its status, never a token, newest first, page by page', async () => {
    const c = await createCollective(t);
    const base = Date.now() - 10 * 60_000;
    const at = (i: number) => new Date(base + i * 1_000);
    const pending = await createInvitation(t, c.id, c.owner.memberId, { createdAt: at(0) });
    const expired = await createInvitation(t, c.id, c.owner.memberId, {
      createdAt: at(1),
      expiresAt: new Date(Date.now() - 1_000),
    });
    const revoked = await createInvitation(t, c.id, c.owner.memberId, {
      createdAt: at(2),
      revokedAt: new Date(),
    });
    const used = await createInvitation(t, c.id, c.owner.memberId, { createdAt: at(3) });
    expect((await accept(await createAccount(t), used.token)).statusCode).toBe(201);

    const response = await call(t, c.owner, 'GET', `/v1/collectives/${c.id}/invitations?limit=100`);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(pending.token);
    expect(response.body).not.toContain('token');
    const items = response.json<Page<InvitationBody>>().items;
    expect(items.map((i) => [i.id, i.status])).toEqual([
      [used.id, 'accepted'],
      [revoked.id, 'revoked'],
      [expired.id, 'expired'],
      [pending.id, 'pending'],
    ]);
    expect(items[0]!.acceptedBy).toEqual(expect.any(String));

    for (const status of ['pending', 'accepted', 'revoked', 'expired']) {
      const filtered = await call(t, c.owner, 'GET', `/v1/collectives/${c.id}/invitations?status=${status}`);
      expect(filtered.json<Page<InvitationBody>>().items.map((i) => i.status)).toEqual([status]);
    }

    const first = (await call(t, c.owner, 'GET', `/v1/collectives/${c.id}/invitations?limit=3`)).json<
      Page<InvitationBody>
    >();
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await call(t, c.owner, 'GET', `/v1/collectives/${c.id}/invitations?limit=3&cursor=${first.nextCursor}`)
    ).json<Page<InvitationBody>>();
    expect(second).toEqual({ items: [expect.objectContaining({ id: pending.id })], nextCursor: null });
  });

  it('is 403 for a plain member, even one who invited', async () => {
    const c = await createCollective(t, { membersCanInvite: true });
    const anna = await addMember(t, c.id);
    await createInvitation(t, c.id, anna.memberId);
    const response = await call(t, anna, 'GET', `/v1/collectives/${c.id}/invitations`);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'ADMIN_REQUIRED' });
  });

  it.each(['limit=101', 'limit=0', 'cursor=%%%', 'cursor=WyJ4Il0', 'status=used'])(
    'rejects ?%s with 400',
    async (q) => {
      const c = await createCollective(t);
      expect((await call(t, c.owner, 'GET', `/v1/collectives/${c.id}/invitations?${q}`)).statusCode).toBe(
        400,
      );
    },
  );
});

describe('acceptInvitation', () => {
  it('makes the account a member introduced by the inviter, and records member.joined', async () => {
    const c = await createCollective(t, { membersCanInvite: true });
    const inviter = await addMember(t, c.id);
    const created = await call(t, inviter, 'POST', `/v1/collectives/${c.id}/invitations`, {});
    const { token, id } = created.json<CreatedBody>();
    const newcomer = await createAccount(t);

    const response = await accept(newcomer, token);
    expect(response.statusCode).toBe(201);
    const member = response.json<MemberBody>();
    expect(member).toMatchObject({
      accountId: newcomer.id,
      email: newcomer.email,
      role: 'member',
      status: 'active',
      introducedBy: inviter.memberId,
    });

    const row = await invitationRow(c.id, id);
    expect(row.acceptedBy).toBe(member.id);
    expect(row.acceptedAt).toBeInstanceOf(Date);
    expect((await call(t, newcomer, 'GET', `/v1/collectives/${c.id}`)).statusCode).toBe(200);

    const joined = (await allEvents(t, c.owner, c.id)).find(
      (e) => e.type === 'member.joined' && e.subject.id === member.id,
    );
    expect(joined).toMatchObject({ actorMemberId: member.id, data: { introducedBy: inviter.memberId } });
    // The inviter and the newcomer see it too: it is about both of them.
    for (const who of [inviter, newcomer]) {
      expect((await allEvents(t, who, c.id)).map((e) => e.type)).toContain('member.joined');
    }
  });

  it('a token works once: reuse is 409 INVITATION_USED', async () => {
    const c = await createCollective(t);
    const invitation = await createInvitation(t, c.id, c.owner.memberId);
    expect((await accept(await createAccount(t), invitation.token)).statusCode).toBe(201);
    const again = await accept(await createAccount(t), invitation.token);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INVITATION_USED' });
  });

  it('a revoked token is 409 INVITATION_REVOKED; an expired one 409 INVITATION_EXPIRED', async () => {
    const c = await createCollective(t);
    const revoked = await createInvitation(t, c.id, c.owner.memberId);
    expect(
      (await call(t, c.owner, 'DELETE', `/v1/collectives/${c.id}/invitations/${revoked.id}`)).statusCode,
    ).toBe(204);
    const expired = await createInvitation(t, c.id, c.owner.memberId);
    await t.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(eq(invitations.id, expired.id));

    const outsider = await createAccount(t);
    const r = await accept(outsider, revoked.token);
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: 'INVITATION_REVOKED' });
    const e = await accept(outsider, expired.token);
    expect(e.statusCode).toBe(409);
    expect(e.json()).toMatchObject({ code: 'INVITATION_EXPIRED' });
    expect(
      await t.db
        .select()
        .from(members)
        .where(and(eq(members.collectiveId, c.id), eq(members.accountId, outsider.id))),
    ).toHaveLength(0);
  });

  it('an unknown, tampered or malformed token is 404', async () => {
    const c = await createCollective(t);
    const other = await createCollective(t);
    const invitation = await createInvitation(t, c.id, c.owner.memberId);
    const [, secret] = invitation.token.split('.');
    const outsider = await createAccount(t);
    for (const token of [
      `${c.id.replaceAll('-', '')}.${'A'.repeat(43)}`,
      `${other.id.replaceAll('-', '')}.${secret}`,
      `${randomUUID().replaceAll('-', '')}.${secret}`,
      invitation.token.toUpperCase(),
      'not-a-token',
      `${invitation.token}x`,
    ]) {
      const response = await accept(outsider, token);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'INVITATION_NOT_FOUND' });
    }
    expect((await invitationRow(c.id, invitation.id)).acceptedAt).toBeNull();
  });

  it('an active member is 409 ALREADY_MEMBER, and the invitation stays usable', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id);
    const invitation = await createInvitation(t, c.id, c.owner.memberId);
    const response = await accept(anna, invitation.token);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'ALREADY_MEMBER' });
    expect((await accept(await createAccount(t), invitation.token)).statusCode).toBe(201);
  });

  it('someone who left rejoins through a new invitation: same member, active again', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id, { profile: { headline: 'Kept' } });
    expect(
      (await call(t, anna, 'DELETE', `/v1/collectives/${c.id}/members/${anna.memberId}`)).statusCode,
    ).toBe(204);
    const admin = await addMember(t, c.id, { role: 'admin' });
    const invitation = await createInvitation(t, c.id, admin.memberId);
    const response = await accept(anna, invitation.token);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      id: anna.memberId,
      status: 'active',
      role: 'member',
      introducedBy: admin.memberId,
      headline: 'Kept',
      leftAt: null,
    });
    expect((await call(t, anna, 'GET', `/v1/collectives/${c.id}`)).statusCode).toBe(200);
  });

  it('someone removed comes back only through an admin’s invitation', async () => {
    const c = await createCollective(t, { membersCanInvite: true });
    const friend = await addMember(t, c.id);
    const removed = await addMember(t, c.id, { status: 'removed' });
    const byFriend = await createInvitation(t, c.id, friend.memberId);
    const refused = await accept(removed, byFriend.token);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'MEMBER_REMOVED' });

    const byOwner = await createInvitation(t, c.id, c.owner.memberId);
    const back = await accept(removed, byOwner.token);
    expect(back.statusCode).toBe(201);
    expect(back.json()).toMatchObject({ id: removed.memberId, status: 'active' });
  });

  it('of concurrent accepts of one token, exactly one succeeds', async () => {
    const c = await createCollective(t);
    const invitation = await createInvitation(t, c.id, c.owner.memberId);
    const accounts = await Promise.all(Array.from({ length: 4 }, () => createAccount(t)));
    const responses = await Promise.all(accounts.map((a) => accept(a, invitation.token)));
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409]);
    for (const r of responses.filter((x) => x.statusCode === 409)) {
      expect(r.json()).toMatchObject({ code: 'INVITATION_USED' });
    }
    const joined = await t.db.select().from(members).where(eq(members.collectiveId, c.id));
    expect(joined).toHaveLength(2);
  });

  it('one account accepting two invitations at once joins once', async () => {
    const c = await createCollective(t);
    const one = await createInvitation(t, c.id, c.owner.memberId);
    const two = await createInvitation(t, c.id, c.owner.memberId);
    const anna = await createAccount(t);
    const responses = await Promise.all([accept(anna, one.token), accept(anna, two.token)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json()).toMatchObject({ code: 'ALREADY_MEMBER' });
  });

  it('is 401 without a token, 400 without a body token', async () => {
    const c = await createCollective(t);
    const invitation = await createInvitation(t, c.id, c.owner.memberId);
    expect((await accept(null, invitation.token)).statusCode).toBe(401);
    const anna = await createAccount(t);
    expect((await call(t, anna, 'POST', '/v1/invitations/accept', {})).statusCode).toBe(400);
    expect(
      (await call(t, anna, 'POST', '/v1/invitations/accept', { token: 'x'.repeat(201) })).statusCode,
    ).toBe(400);
  });
});

describe('revokeInvitation', () => {
  it('an admin revokes: 204, status revoked, invitation.revoked recorded; again is 204', async () => {
    const c = await createCollective(t);
    const admin = await addMember(t, c.id, { role: 'admin' });
    const invitation = await createInvitation(t, c.id, c.owner.memberId);
    const url = `/v1/collectives/${c.id}/invitations/${invitation.id}`;
    const response = await call(t, admin, 'DELETE', url);
    expect(response.statusCode).toBe(204);
    expect((await invitationRow(c.id, invitation.id)).revokedAt).toBeInstanceOf(Date);
    expect((await call(t, admin, 'DELETE', url)).statusCode).toBe(204);
    const revocations = (await allEvents(t, c.owner, c.id)).filter((e) => e.type === 'invitation.revoked');
    expect(revocations).toHaveLength(1);
    expect(revocations[0]).toMatchObject({ actorMemberId: admin.memberId });
  });

  it('the member who invited may revoke their own invitation; other plain members get 403', async () => {
    const c = await createCollective(t, { membersCanInvite: true });
    const anna = await addMember(t, c.id);
    const ben = await addMember(t, c.id);
    const invitation = await createInvitation(t, c.id, anna.memberId);
    const url = `/v1/collectives/${c.id}/invitations/${invitation.id}`;
    const byBen = await call(t, ben, 'DELETE', url);
    expect(byBen.statusCode).toBe(403);
    expect((await invitationRow(c.id, invitation.id)).revokedAt).toBeNull();
    expect((await call(t, anna, 'DELETE', url)).statusCode).toBe(204);
  });

  it('an accepted invitation cannot be revoked (409)', async () => {
    const c = await createCollective(t);
    const invitation = await createInvitation(t, c.id, c.owner.memberId);
    await accept(await createAccount(t), invitation.token);
    const response = await call(t, c.owner, 'DELETE', `/v1/collectives/${c.id}/invitations/${invitation.id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'INVITATION_USED' });
  });

  it('is 404 for another collective’s invitation or an unknown id', async () => {
    const c = await createCollective(t);
    const other = await createCollective(t);
    const theirs = await createInvitation(t, other.id, other.owner.memberId);
    for (const id of [theirs.id, randomUUID()]) {
      const response = await call(t, c.owner, 'DELETE', `/v1/collectives/${c.id}/invitations/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'INVITATION_NOT_FOUND' });
    }
    expect((await invitationRow(other.id, theirs.id)).revokedAt).toBeNull();
  });
});

describe('invitations of a member who left or was removed', () => {
  interface Departure {
    name: string;
    /** Makes `anna` (a plain member) leave or be removed, as the API does it. */
    depart: (
      c: { id: string; owner: TestAccount },
      anna: { memberId: string } & TestAccount,
    ) => Promise<number>;
  }
  const departures: Departure[] = [
    {
      name: 'leaves (leaveCollective on herself)',
      depart: async (c, anna) =>
        (await call(t, anna, 'DELETE', `/v1/collectives/${c.id}/members/${anna.memberId}`)).statusCode,
    },
    {
      name: 'is removed by an admin (leaveCollective)',
      depart: async (c, anna) =>
        (await call(t, c.owner, 'DELETE', `/v1/collectives/${c.id}/members/${anna.memberId}`)).statusCode,
    },
    {
      name: 'is removed by an admin (updateMember status)',
      depart: async (c, anna) =>
        (
          await call(t, c.owner, 'PATCH', `/v1/collectives/${c.id}/members/${anna.memberId}`, {
            status: 'removed',
          })
        ).statusCode,
    },
  ];

  const list = async (c: { id: string; owner: TestAccount }, query = '') =>
    (await call(t, c.owner, 'GET', `/v1/collectives/${c.id}/invitations?limit=100${query}`)).json<
      Page<InvitationBody & { revokedAt: string | null }>
    >().items;

  it.each(departures)(
    'when she $name, her pending invitations stop working: 409 INVITATION_REVOKED, listed as revoked',
    async ({ depart }) => {
      const c = await createCollective(t, { membersCanInvite: true });
      const anna = await addMember(t, c.id);
      const pending = await createInvitation(t, c.id, anna.memberId);
      const used = await createInvitation(t, c.id, anna.memberId);
      expect((await accept(await createAccount(t), used.token)).statusCode).toBe(201);
      const ownersInvitation = await createInvitation(t, c.id, c.owner.memberId);
      expect((await list(c, '&status=pending')).map((i) => i.id).sort()).toEqual(
        [pending.id, ownersInvitation.id].sort(),
      );

      expect(await depart(c, anna)).toBeLessThan(300);
      const [annaRow] = await t.db.select().from(members).where(eq(members.id, anna.memberId));

      const newcomer = await createAccount(t);
      const refused = await accept(newcomer, pending.token);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'INVITATION_REVOKED' });
      expect(
        await t.db
          .select()
          .from(members)
          .where(and(eq(members.collectiveId, c.id), eq(members.accountId, newcomer.id))),
      ).toHaveLength(0);

      const items = await list(c);
      expect(items.find((i) => i.id === pending.id)).toMatchObject({
        status: 'revoked',
        revokedAt: annaRow!.leftAt!.toISOString(),
      });
      // What was already accepted stays accepted; other members' invitations keep working.
      expect(items.find((i) => i.id === used.id)).toMatchObject({ status: 'accepted' });
      expect((await list(c, '&status=revoked')).map((i) => i.id)).toEqual([pending.id]);
      expect((await list(c, '&status=pending')).map((i) => i.id)).toEqual([ownersInvitation.id]);
      expect((await accept(newcomer, ownersInvitation.token)).statusCode).toBe(201);
    },
  );

  it('an expired invitation of someone who left is listed as revoked, not expired', async () => {
    const c = await createCollective(t);
    const gone = await addMember(t, c.id, { status: 'left', profile: { leftAt: new Date() } });
    const old = await createInvitation(t, c.id, gone.memberId, { expiresAt: new Date(Date.now() - 1_000) });
    expect(await list(c, '&status=expired')).toEqual([]);
    expect((await list(c, '&status=revoked')).map((i) => i.id)).toEqual([old.id]);
    expect((await accept(await createAccount(t), old.token)).json()).toMatchObject({
      code: 'INVITATION_REVOKED',
    });
  });

  it('work again when an admin reinstates her, unless they were revoked explicitly meanwhile', async () => {
    const c = await createCollective(t, { membersCanInvite: true });
    const anna = await addMember(t, c.id, { role: 'admin' });
    const kept = await createInvitation(t, c.id, anna.memberId);
    const revoked = await createInvitation(t, c.id, anna.memberId);
    const memberUrl = `/v1/collectives/${c.id}/members/${anna.memberId}`;
    expect((await call(t, c.owner, 'PATCH', memberUrl, { status: 'removed' })).statusCode).toBe(200);
    const revoke = await call(t, c.owner, 'DELETE', `/v1/collectives/${c.id}/invitations/${revoked.id}`);
    expect(revoke.statusCode).toBe(204);
    expect((await call(t, c.owner, 'PATCH', memberUrl, { status: 'active' })).statusCode).toBe(200);

    const statuses = Object.fromEntries((await list(c)).map((i) => [i.id, [i.status, i.revokedAt]]));
    expect(statuses).toEqual({ [kept.id]: ['pending', null], [revoked.id]: ['revoked', expect.any(String)] });
    expect((await accept(await createAccount(t), kept.token)).statusCode).toBe(201);
    expect((await accept(await createAccount(t), revoked.token)).json()).toMatchObject({
      code: 'INVITATION_REVOKED',
    });
  });

  it('accepting one while its inviter is being removed either joins or is 409, never a 500', async () => {
    const c = await createCollective(t, { membersCanInvite: true });
    const anna = await addMember(t, c.id);
    const sent = await Promise.all(Array.from({ length: 5 }, () => createInvitation(t, c.id, anna.memberId)));
    const newcomers = await Promise.all(sent.map(() => createAccount(t)));
    const [removal, ...accepts] = await Promise.all([
      call(t, c.owner, 'DELETE', `/v1/collectives/${c.id}/members/${anna.memberId}`),
      ...sent.map((invitation, i) => accept(newcomers[i]!, invitation.token)),
    ]);
    expect(removal.statusCode).toBe(204);
    for (const response of accepts) {
      expect([201, 409]).toContain(response.statusCode);
      if (response.statusCode === 409) expect(response.json()).toMatchObject({ code: 'INVITATION_REVOKED' });
    }
    // Whatever was not accepted before the removal is revoked now.
    const listed = await list(c);
    expect(listed.every((i) => i.status === 'accepted' || i.status === 'revoked')).toBe(true);
    expect(listed.filter((i) => i.status === 'accepted')).toHaveLength(
      accepts.filter((r) => r.statusCode === 201).length,
    );
  });
});

import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectives, members } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { addMember, createAccount, createCollective } from '../../support/factories.js';
import { allEvents, call, expectProblem, type Page } from '../../support/http.js';

interface CollectiveBody {
  id: string;
  name: string;
  description: string | null;
  membersCanInvite: boolean;
  createdAt: string;
  updatedAt: string;
  myMembership: { id: string; role: string };
}

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('createCollective', () => {
  it('creates the collective with the caller as its owner, and records the events', async () => {
    const alice = await createAccount(t);
    const response = await call(t, alice, 'POST', '/v1/collectives', {
      name: '  Northern Designers  ',
      description: 'UX and brand people',
      membersCanInvite: true,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json<CollectiveBody>();
    expect(body).toEqual({
      id: expect.any(String),
      name: 'Northern Designers',
      description: 'UX and brand people',
      membersCanInvite: true,
      language: 'en',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      myMembership: { id: expect.any(String), role: 'owner' },
    });
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/v1/collectives/${body.id}`);

    const rows = await t.db.select().from(members).where(eq(members.collectiveId, body.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: body.myMembership.id,
      accountId: alice.id,
      role: 'owner',
      status: 'active',
    });

    const events = await allEvents(t, alice, body.id);
    expect(events.map((e) => e.type).sort()).toEqual(['collective.created', 'member.joined']);
    const joined = events.find((e) => e.type === 'member.joined');
    expect(joined).toMatchObject({
      actorMemberId: body.myMembership.id,
      subject: { type: 'member', id: body.myMembership.id },
    });
  });

  it('defaults description to null and membersCanInvite to false', async () => {
    const alice = await createAccount(t);
    const response = await call(t, alice, 'POST', '/v1/collectives', { name: 'Translators' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ description: null, membersCanInvite: false });
  });

  it('is 401 without a token', async () => {
    const response = await call(t, null, 'POST', '/v1/collectives', { name: 'X' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it.each([
    [{}, '/name'],
    [{ name: '' }, '/name'],
    [{ name: 'x'.repeat(101) }, '/name'],
    [{ name: 'Ok', description: 'd'.repeat(2_001) }, '/description'],
    [{ name: 'Ok', membersCanInvite: 'yes' }, '/membersCanInvite'],
    [{ name: 'Ok', ownerId: randomUUID() }, '/ownerId'],
  ])('rejects %j with a pointer at %s', async (payload, pointer) => {
    const alice = await createAccount(t);
    const response = await call(t, alice, 'POST', '/v1/collectives', payload);
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ code: string; errors: { pointer: string }[] }>();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e) => e.pointer)).toContain(pointer);
  });

  describe('Idempotency-Key', () => {
    async function collectivesOwnedBy(accountId: string): Promise<number> {
      const rows = await t.db.select().from(members).where(eq(members.accountId, accountId));
      return rows.length;
    }

    it('concurrent creates with one key make one collective and answer the same', async () => {
      const alice = await createAccount(t);
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 4 }, () =>
          call(t, alice, 'POST', '/v1/collectives', { name: 'Once' }, { 'idempotency-key': key }),
        ),
      );
      expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
      const bodies = responses.map((r) => r.json<CollectiveBody>());
      for (const body of bodies) expect(body).toEqual(bodies[0]);
      expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(3);
      expect(await collectivesOwnedBy(alice.id)).toBe(1);
      const stored = await t.db.select().from(collectives).where(eq(collectives.id, bodies[0]!.id));
      expect(stored).toHaveLength(1);
    });

    it('a retry replays the first response; the same key with another body is 422', async () => {
      const alice = await createAccount(t);
      const key = randomUUID();
      const first = await call(
        t,
        alice,
        'POST',
        '/v1/collectives',
        { name: 'A' },
        { 'idempotency-key': key },
      );
      const again = await call(
        t,
        alice,
        'POST',
        '/v1/collectives',
        { name: 'A' },
        { 'idempotency-key': key },
      );
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual(first.json());
      expect(again.headers.etag).toBe(first.headers.etag);

      const other = await call(
        t,
        alice,
        'POST',
        '/v1/collectives',
        { name: 'B' },
        { 'idempotency-key': key },
      );
      expect(other.statusCode).toBe(422);
      expect(other.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await collectivesOwnedBy(alice.id)).toBe(1);
    });

    it('keys are per account: another account with the same key gets its own collective', async () => {
      const alice = await createAccount(t);
      const bob = await createAccount(t);
      const key = randomUUID();
      const a = await call(t, alice, 'POST', '/v1/collectives', { name: 'A' }, { 'idempotency-key': key });
      const b = await call(t, bob, 'POST', '/v1/collectives', { name: 'A' }, { 'idempotency-key': key });
      expect(b.statusCode).toBe(201);
      expect(b.json<CollectiveBody>().id).not.toBe(a.json<CollectiveBody>().id);
    });

    it('a key that is not 1 to 255 visible ASCII characters is a 400 on the header, and nothing is created', async () => {
      const alice = await createAccount(t);
      for (const key of ['x'.repeat(256), 'two words', 'caf\u00e9', 'c1\u0085control']) {
        const response = await call(
          t,
          alice,
          'POST',
          '/v1/collectives',
          { name: 'A' },
          { 'idempotency-key': key },
        );
        const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(problem.errors?.length).toBeGreaterThan(0);
        for (const error of problem.errors ?? []) {
          expect(error).toMatchObject({ pointer: '/idempotency-key', location: 'header' });
        }
      }
      expect(await collectivesOwnedBy(alice.id)).toBe(0);
    });
  });
});

describe('listMyCollectives', () => {
  it('lists only the caller’s active memberships, in joining order, page by page', async () => {
    const alice = await createAccount(t);
    const mine: string[] = [];
    const base = Date.now() - 60_000;
    for (let i = 0; i < 5; i += 1) {
      const c = await createCollective(t, { name: `Mine ${i}` });
      await addMember(t, c.id, {
        account: alice,
        role: i === 0 ? 'admin' : 'member',
        // Two joins in one millisecond would tie; the order is then by member id.
        profile: { joinedAt: new Date(base + i * 1_000) },
      });
      mine.push(c.id);
    }
    const left = await createCollective(t);
    await addMember(t, left.id, { account: alice, status: 'left' });
    await createCollective(t); // someone else's

    const seen: CollectiveBody[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const response = await call(t, alice, 'GET', `/v1/collectives${query}`);
      expect(response.statusCode).toBe(200);
      const page = response.json<Page<CollectiveBody>>();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);

    expect(pages).toBe(3);
    expect(seen.map((c) => c.id)).toEqual(mine);
    expect(seen[0]!.myMembership.role).toBe('admin');
    expect(seen[1]!.myMembership.role).toBe('member');
  });

  it('is empty for an account with no collectives', async () => {
    const loner = await createAccount(t);
    const response = await call(t, loner, 'GET', '/v1/collectives');
    expect(response.json()).toEqual({ items: [], nextCursor: null });
  });

  it.each(['limit=0', 'limit=101', 'limit=abc', 'cursor=not-a-cursor', 'cursor=WyJ4IiwieSJd', 'extra=1'])(
    'rejects ?%s with 400',
    async (query) => {
      const alice = await createAccount(t);
      const response = await call(t, alice, 'GET', `/v1/collectives?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    },
  );

  it('is 401 without a token', async () => {
    expect((await call(t, null, 'GET', '/v1/collectives')).statusCode).toBe(401);
  });
});

describe('getCollective', () => {
  it('shows the collective and the caller’s membership, with an ETag', async () => {
    const c = await createCollective(t, { name: 'Editors' });
    const member = await addMember(t, c.id);
    const response = await call(t, member, 'GET', `/v1/collectives/${c.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({
      id: c.id,
      name: 'Editors',
      myMembership: { id: member.memberId, role: 'member' },
    });
  });

  it('is 404 COLLECTIVE_NOT_FOUND for outsiders, former members and unknown ids alike', async () => {
    const c = await createCollective(t);
    const outsider = await createAccount(t);
    const former = await addMember(t, c.id, { status: 'left' });
    const removed = await addMember(t, c.id, { status: 'removed' });
    const answers = await Promise.all([
      call(t, outsider, 'GET', `/v1/collectives/${c.id}`),
      call(t, former, 'GET', `/v1/collectives/${c.id}`),
      call(t, removed, 'GET', `/v1/collectives/${c.id}`),
      call(t, outsider, 'GET', `/v1/collectives/${randomUUID()}`),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(404);
      const { code, title, detail, type } = answer.json<Record<string, string>>();
      expect({ code, title, detail, type }).toEqual({
        code: 'COLLECTIVE_NOT_FOUND',
        title: 'Not Found',
        detail: expect.any(String),
        type: '/problems/collective-not-found',
      });
      expect(detail).toBe(answers[0].json<Record<string, string>>().detail);
    }
  });

  it('is 400 for an id that is not a UUID', async () => {
    const alice = await createAccount(t);
    expect((await call(t, alice, 'GET', '/v1/collectives/nope')).statusCode).toBe(400);
  });
});

describe('updateCollective', () => {
  it('lets an admin edit, bumps the ETag and records collective.updated', async () => {
    const c = await createCollective(t, { name: 'Before' });
    const admin = await addMember(t, c.id, { role: 'admin' });
    const response = await call(
      t,
      admin,
      'PATCH',
      `/v1/collectives/${c.id}`,
      { name: 'After', description: 'New', membersCanInvite: true },
      { 'if-match': '"1"' },
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.json()).toMatchObject({
      name: 'After',
      description: 'New',
      membersCanInvite: true,
      myMembership: { id: admin.memberId, role: 'admin' },
    });
    const read = await call(t, admin, 'GET', `/v1/collectives/${c.id}`);
    expect(read.headers.etag).toBe('"2"');
    expect(read.json()).toMatchObject({ name: 'After' });

    const events = await allEvents(t, c.owner, c.id);
    const updated = events.find((e) => e.type === 'collective.updated');
    expect(updated).toMatchObject({
      actorMemberId: admin.memberId,
      subject: { type: 'collective', id: c.id },
      data: { fields: ['name', 'description', 'membersCanInvite'] },
    });
  });

  it('works without If-Match, and clears the description with null', async () => {
    const c = await createCollective(t);
    await call(t, c.owner, 'PATCH', `/v1/collectives/${c.id}`, { description: 'something' });
    const response = await call(t, c.owner, 'PATCH', `/v1/collectives/${c.id}`, { description: null });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ description: null });
    expect(response.headers.etag).toBe('"3"');
  });

  it('is 403 for a plain member, and nothing changes', async () => {
    const c = await createCollective(t, { name: 'Keep' });
    const member = await addMember(t, c.id);
    const response = await call(t, member, 'PATCH', `/v1/collectives/${c.id}`, { name: 'Hijacked' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'ADMIN_REQUIRED' });
    const [row] = await t.db.select().from(collectives).where(eq(collectives.id, c.id));
    expect(row).toMatchObject({ name: 'Keep', version: 1 });
  });

  it('is 412 with a stale If-Match, and nothing changes', async () => {
    const c = await createCollective(t, { name: 'V1' });
    await call(t, c.owner, 'PATCH', `/v1/collectives/${c.id}`, { name: 'V2' }, { 'if-match': '"1"' });
    for (const tag of ['"1"', '"99"', 'garbage']) {
      const stale = await call(
        t,
        c.owner,
        'PATCH',
        `/v1/collectives/${c.id}`,
        { name: 'V3' },
        { 'if-match': tag },
      );
      expect(stale.statusCode).toBe(412);
      expect(stale.json()).toMatchObject({ code: 'STALE_ETAG' });
    }
    const emptyStale = await call(t, c.owner, 'PATCH', `/v1/collectives/${c.id}`, {}, { 'if-match': '"1"' });
    expect(emptyStale.statusCode).toBe(412);
    const [row] = await t.db.select().from(collectives).where(eq(collectives.id, c.id));
    expect(row).toMatchObject({ name: 'V2', version: 2 });
  });

  it('an If-Match longer than any ETag is a 400 on the header, not a 412', async () => {
    const c = await createCollective(t);
    const response = await call(
      t,
      c.owner,
      'PATCH',
      `/v1/collectives/${c.id}`,
      { name: 'V2' },
      {
        'if-match': `"${'1'.repeat(100)}"`,
      },
    );
    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([expect.objectContaining({ pointer: '/if-match', location: 'header' })]);
  });

  it('of concurrent PATCHes holding one ETag, exactly one wins', async () => {
    const c = await createCollective(t);
    const responses = await Promise.all(
      ['A', 'B', 'C', 'D'].map((name) =>
        call(t, c.owner, 'PATCH', `/v1/collectives/${c.id}`, { name }, { 'if-match': '"1"' }),
      ),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 412, 412, 412]);
    const winner = responses.find((r) => r.statusCode === 200)!.json<CollectiveBody>();
    const [row] = await t.db.select().from(collectives).where(eq(collectives.id, c.id));
    expect(row).toMatchObject({ name: winner.name, version: 2 });
  });

  it('rejects an unknown field with a pointer and changes nothing', async () => {
    const c = await createCollective(t, { name: 'Stable' });
    const response = await call(t, c.owner, 'PATCH', `/v1/collectives/${c.id}`, {
      name: 'Changed',
      version: 7,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { pointer: string }[] }>().errors).toContainEqual(
      expect.objectContaining({ pointer: '/version' }),
    );
    const read = await call(t, c.owner, 'GET', `/v1/collectives/${c.id}`);
    expect(read.json()).toMatchObject({ name: 'Stable' });
    expect(read.headers.etag).toBe('"1"');
  });

  it('an empty PATCH changes nothing and records no event', async () => {
    const c = await createCollective(t);
    const response = await call(t, c.owner, 'PATCH', `/v1/collectives/${c.id}`, {}, { 'if-match': '"1"' });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    const events = await allEvents(t, c.owner, c.id);
    expect(events.filter((e) => e.type === 'collective.updated')).toHaveLength(0);
  });
});

describe('event visibility', () => {
  it('a plain member does not see collective.updated; an admin does', async () => {
    const c = await createCollective(t);
    const member = await addMember(t, c.id);
    const admin = await addMember(t, c.id, { role: 'admin' });
    await call(t, c.owner, 'PATCH', `/v1/collectives/${c.id}`, { name: 'Renamed' });
    expect((await allEvents(t, member, c.id)).map((e) => e.type)).not.toContain('collective.updated');
    expect((await allEvents(t, admin, c.id)).map((e) => e.type)).toContain('collective.updated');
  });
});

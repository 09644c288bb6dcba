import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  addMember,
  createAccount,
  createCollective,
  type TestAccount,
  type TestCollective,
  type TestMember,
} from '../../support/factories.js';
import { allEvents, call, type Page, type Problem } from '../../support/http.js';

interface MemberBody {
  id: string;
  accountId: string;
  name: string;
  email?: string;
  role: string;
  status: string;
  headline: string | null;
  bio: string | null;
  skills: string[];
  languages: string[];
  timezone: string | null;
  links: { label: string; url: string }[];
  availability: { status: string; until: string | null };
  rate: { min: number | null; max: number | null; currency: string } | null;
  introducedBy: string | null;
  joinedAt: string;
  leftAt: string | null;
}

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const memberUrl = (m: { collectiveId: string; memberId: string }) =>
  `/v1/collectives/${m.collectiveId}/members/${m.memberId}`;

async function rowOf(m: { collectiveId: string; memberId: string }) {
  const [row] = await t.db
    .select()
    .from(members)
    .where(and(eq(members.collectiveId, m.collectiveId), eq(members.id, m.memberId)));
  return row!;
}

async function listAll(as: TestAccount, collectiveId: string, query: string): Promise<MemberBody[]> {
  const response = await call(t, as, 'GET', `/v1/collectives/${collectiveId}/members?limit=100&${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<Page<MemberBody>>().items;
}

describe('getMember', () => {
  it('shows the profile with an ETag; email only to the member themselves and to admins', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id, {
      profile: {
        headline: 'Service designer',
        skills: ['ux-research'],
        rateMin: 50_000,
        rateMax: 80_000,
        rateCurrency: 'EUR',
      },
    });
    const ben = await addMember(t, c.id);
    const admin = await addMember(t, c.id, { role: 'admin' });

    const byBen = await call(t, ben, 'GET', memberUrl(anna));
    expect(byBen.statusCode).toBe(200);
    expect(byBen.headers.etag).toBe('"1"');
    const seenByBen = byBen.json<MemberBody>();
    expect(seenByBen).toMatchObject({
      id: anna.memberId,
      accountId: anna.id,
      name: anna.name,
      role: 'member',
      status: 'active',
      headline: 'Service designer',
      skills: ['ux-research'],
      availability: { status: 'available', until: null },
      rate: { min: 50_000, max: 80_000, currency: 'EUR' },
      introducedBy: null,
      leftAt: null,
    });
    expect(seenByBen).not.toHaveProperty('email');

    expect((await call(t, anna, 'GET', memberUrl(anna))).json<MemberBody>().email).toBe(anna.email);
    expect((await call(t, admin, 'GET', memberUrl(anna))).json<MemberBody>().email).toBe(anna.email);
    expect((await call(t, c.owner, 'GET', memberUrl(anna))).json<MemberBody>().email).toBe(anna.email);
  });

  it('is 404 MEMBER_NOT_FOUND for another collective’s member and for unknown ids', async () => {
    const c = await createCollective(t);
    const other = await createCollective(t);
    const stranger = await addMember(t, other.id);
    for (const id of [stranger.memberId, randomUUID()]) {
      const response = await call(t, c.owner, 'GET', `/v1/collectives/${c.id}/members/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'MEMBER_NOT_FOUND' });
    }
  });

  it('hides members who left or were removed from plain members, not from admins', async () => {
    const c = await createCollective(t);
    const plain = await addMember(t, c.id);
    const gone = await addMember(t, c.id, { status: 'removed' });
    expect((await call(t, plain, 'GET', memberUrl(gone))).statusCode).toBe(404);
    const byOwner = await call(t, c.owner, 'GET', memberUrl(gone));
    expect(byOwner.statusCode).toBe(200);
    expect(byOwner.json()).toMatchObject({ status: 'removed' });
  });

  it('is 401 without a token', async () => {
    const c = await createCollective(t);
    expect((await call(t, null, 'GET', memberUrl(c.owner))).statusCode).toBe(401);
  });
});

describe('listMembers', () => {
  let c: TestCollective;
  let plain: TestMember;
  let anna: TestMember;
  let ben: TestMember;
  let cleo: TestMember;

  beforeAll(async () => {
    c = await createCollective(t);
    const base = Date.now() - 3_600_000;
    const at = (i: number) => new Date(base + i * 1_000);
    await t.db
      .update(members)
      .set({ joinedAt: at(0) })
      .where(eq(members.id, c.owner.memberId));
    anna = await addMember(t, c.id, {
      account: await createAccount(t, { name: 'Anna Lindqvist' }),
      profile: {
        joinedAt: at(1),
        headline: 'UX researcher, 100% remote',
        skills: ['ux-research', 'figma'],
        availabilityStatus: 'available',
      },
    });
    ben = await addMember(t, c.id, {
      account: await createAccount(t, { name: 'Ben Okafor' }),
      profile: {
        joinedAt: at(2),
        bio: 'Backend developer; loves node_modules',
        skills: ['node-js'],
        availabilityStatus: 'limited',
      },
    });
    cleo = await addMember(t, c.id, {
      account: await createAccount(t, { name: 'Cleo Martin' }),
      profile: { joinedAt: at(3), skills: ['copywriting'], availabilityStatus: 'unavailable' },
    });
    plain = await addMember(t, c.id, { profile: { joinedAt: at(4) } });
    await addMember(t, c.id, { status: 'left', profile: { joinedAt: at(5) } });
    await addMember(t, c.id, { status: 'removed', profile: { joinedAt: at(6) } });
    // Someone in another collective with the same skills never shows up.
    const other = await createCollective(t);
    await addMember(t, other.id, { profile: { skills: ['ux-research'] } });
  });

  it('lists active members in joining order', async () => {
    const items = await listAll(plain, c.id, '');
    expect(items.map((m) => m.id)).toEqual([
      c.owner.memberId,
      anna.memberId,
      ben.memberId,
      cleo.memberId,
      plain.memberId,
    ]);
  });

  it('pages with limit and nextCursor, stable, without gaps or repeats', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/v1/collectives/${c.id}/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await call(t, plain, 'GET', url)).json<Page<MemberBody>>();
      expect(page.items.length).toBeLessThanOrEqual(2);
      ids.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(ids).toEqual((await listAll(plain, c.id, '')).map((m) => m.id));
  });

  it.each([
    'limit=0',
    'limit=101',
    'cursor=garbage!',
    'cursor=WzEsMl0',
    'status=gone',
    'availability=busy',
    'q=',
    'colour=red',
  ])('rejects ?%s with 400', async (query) => {
    const response = await call(t, plain, 'GET', `/v1/collectives/${c.id}/members?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('shows email only on the viewer’s own entry to plain members, on every entry to admins', async () => {
    const byPlain = await listAll(plain, c.id, '');
    expect(byPlain.filter((m) => m.email !== undefined).map((m) => m.id)).toEqual([plain.memberId]);
    const byOwner = await listAll(c.owner, c.id, '');
    expect(byOwner.every((m) => typeof m.email === 'string')).toBe(true);
  });

  it('filters by skill, normalising the filter to a slug', async () => {
    for (const skill of ['ux-research', 'UX Research', '  ux   RESEARCH ']) {
      const items = await listAll(plain, c.id, `skill=${encodeURIComponent(skill)}`);
      expect(items.map((m) => m.id)).toEqual([anna.memberId]);
    }
    expect(await listAll(plain, c.id, 'skill=cobol')).toEqual([]);
  });

  it('filters by availability', async () => {
    expect((await listAll(plain, c.id, 'availability=limited')).map((m) => m.id)).toEqual([ben.memberId]);
    expect((await listAll(plain, c.id, 'availability=unavailable')).map((m) => m.id)).toEqual([
      cleo.memberId,
    ]);
  });

  it.each([
    ['lindqvist', 'name'],
    ['UX RESEARCHER', 'headline'],
    ['backend', 'bio'],
    ['copywrit', 'skills'],
    ['ux research', 'skills as a slug'],
  ])('q=%s matches case-insensitively on %s', async (q, _field) => {
    const items = await listAll(plain, c.id, `q=${encodeURIComponent(q)}`);
    expect(items.length).toBe(1);
  });

  it('q treats % and _ literally', async () => {
    expect((await listAll(plain, c.id, `q=${encodeURIComponent('100%')}`)).map((m) => m.id)).toEqual([
      anna.memberId,
    ]);
    expect((await listAll(plain, c.id, `q=${encodeURIComponent('%')}`)).map((m) => m.id)).toEqual([
      anna.memberId,
    ]);
    expect((await listAll(plain, c.id, `q=${encodeURIComponent('node_')}`)).map((m) => m.id)).toEqual([
      ben.memberId,
    ]);
    expect(await listAll(plain, c.id, `q=${encodeURIComponent('n_de')}`)).toEqual([]);
  });

  it('combines filters', async () => {
    const items = await listAll(plain, c.id, 'skill=figma&availability=available&q=anna');
    expect(items.map((m) => m.id)).toEqual([anna.memberId]);
    expect(await listAll(plain, c.id, 'skill=figma&availability=limited')).toEqual([]);
  });

  it('lets admins list members who left or were removed; plain members get 403', async () => {
    expect((await listAll(c.owner, c.id, 'status=left')).map((m) => m.status)).toEqual(['left']);
    expect((await listAll(c.owner, c.id, 'status=removed')).map((m) => m.status)).toEqual(['removed']);
    const response = await call(t, plain, 'GET', `/v1/collectives/${c.id}/members?status=left`);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'ADMIN_REQUIRED' });
  });
});

describe('updateMember: own profile', () => {
  it('edits the profile, bumps the ETag and records member.updated', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id);
    const response = await call(
      t,
      anna,
      'PATCH',
      memberUrl(anna),
      {
        headline: 'Brand designer',
        bio: 'Ten years of identities.',
        skills: ['UX Research', 'ux research', ' Brand Identity ', 'Node.js', 'Café au lait'],
        languages: ['en', 'pt-BR', 'en'],
        timezone: 'Europe/Berlin',
        links: [{ label: 'Portfolio', url: 'https://anna.example/work' }],
        availability: { status: 'limited', until: '2030-01-31' },
        rate: { min: 40_000, max: 60_000, currency: 'EUR' },
      },
      { 'if-match': '"1"' },
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.json()).toMatchObject({
      headline: 'Brand designer',
      bio: 'Ten years of identities.',
      skills: ['ux-research', 'brand-identity', 'node-js', 'cafe-au-lait'],
      languages: ['en', 'pt-BR'],
      timezone: 'Europe/Berlin',
      links: [{ label: 'Portfolio', url: 'https://anna.example/work' }],
      availability: { status: 'limited', until: '2030-01-31' },
      rate: { min: 40_000, max: 60_000, currency: 'EUR' },
      email: anna.email,
    });
    const read = await call(t, anna, 'GET', memberUrl(anna));
    expect(read.headers.etag).toBe('"2"');
    expect(read.json()).toMatchObject({ headline: 'Brand designer' });

    const events = await allEvents(t, c.owner, c.id);
    expect(events.find((e) => e.type === 'member.updated')).toMatchObject({
      actorMemberId: anna.memberId,
      subject: { type: 'member', id: anna.memberId },
      data: {
        fields: ['headline', 'bio', 'skills', 'languages', 'timezone', 'links', 'availability', 'rate'],
      },
    });
  });

  it('clears nullable fields with null', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id, {
      profile: { headline: 'x', timezone: 'UTC', rateMin: 1, rateMax: 2, rateCurrency: 'USD' },
    });
    const response = await call(t, anna, 'PATCH', memberUrl(anna), {
      headline: null,
      timezone: null,
      rate: null,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ headline: null, timezone: null, rate: null });
  });

  it.each([
    [{ skills: ['!!!'] }, '/skills/0'],
    [{ skills: ['ok', '   '] }, '/skills/1'],
    [{ skills: ['a'.repeat(41)] }, '/skills/0'],
    [{ skills: Array.from({ length: 31 }, (_, i) => `skill-${i}`) }, '/skills'],
    [{ links: [{ label: 'x', url: 'javascript:alert(1)' }] }, '/links/0/url'],
    [{ links: [{ label: 'x', url: 'ftp://files.example/a' }] }, '/links/0/url'],
    [
      { links: Array.from({ length: 11 }, (_, i) => ({ label: `l${i}`, url: `https://e.example/${i}` })) },
      '/links',
    ],
    [{ rate: { min: 500, max: 100, currency: 'EUR' } }, '/rate/max'],
    [{ rate: { min: 100, currency: 'eur' } }, '/rate/currency'],
    [{ rate: { min: 100, currency: 'EURO' } }, '/rate/currency'],
    [{ rate: { min: 10.5, currency: 'EUR' } }, '/rate/min'],
    [{ rate: { min: -1, currency: 'EUR' } }, '/rate/min'],
    [{ timezone: 'Mars/Olympus' }, '/timezone'],
    [{ availability: { status: 'busy' } }, '/availability/status'],
    [{ availability: { status: 'limited', until: '31/01/2030' } }, '/availability/until'],
    // Found by the hostile-input property test: year 0000 reached PostgreSQL, which has no year 0.
    [{ availability: { status: 'limited', until: '0000-01-01' } }, '/availability/until'],
    [{ headline: 'tab\tseparated' }, '/headline'],
    [{ bio: 'a NUL \u0000 in the bio' }, '/bio'],
    [{ links: [{ label: 'x', url: 'https://example.com/\u0000' }] }, '/links/0/url'],
    [{ languages: ['english language'] }, '/languages/0'],
    [{ headline: 'h'.repeat(201) }, '/headline'],
    [{ bio: 'b'.repeat(5_001) }, '/bio'],
    [{ favouriteColour: 'teal' }, '/favouriteColour'],
    [{ headline: 'ok', accountId: randomUUID() }, '/accountId'],
  ])('rejects %j with 400 at %s, and nothing changes', async (payload, pointer) => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id, { profile: { headline: 'Original', skills: ['original'] } });
    const response = await call(t, anna, 'PATCH', memberUrl(anna), payload);
    expect(response.statusCode).toBe(400);
    const problem = response.json<Problem>();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
    const row = await rowOf(anna);
    expect(row).toMatchObject({ headline: 'Original', skills: ['original'], version: 1 });
  });

  it('skill normalisation: any input makes lowercase dash-separated slugs or a 400', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }), async (skills) => {
        const response = await call(t, anna, 'PATCH', memberUrl(anna), { skills });
        if (response.statusCode === 400) {
          expect(response.json<Problem>().errors?.[0]?.pointer).toMatch(/^\/skills\/\d+$/);
          return;
        }
        expect(response.statusCode).toBe(200);
        const saved = response.json<MemberBody>().skills;
        expect(new Set(saved).size).toBe(saved.length);
        for (const slug of saved) {
          expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(slug.length).toBeLessThanOrEqual(40);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a plain member setting their own role or status is 403, and nothing changes', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id);
    for (const payload of [
      { role: 'admin' },
      { role: 'owner' },
      { status: 'removed' },
      { headline: 'x', role: 'admin' },
    ]) {
      const response = await call(t, anna, 'PATCH', memberUrl(anna), payload);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'ADMIN_REQUIRED' });
    }
    expect(await rowOf(anna)).toMatchObject({ role: 'member', status: 'active', headline: null, version: 1 });
  });

  it('a plain member cannot edit someone else (403)', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id);
    const ben = await addMember(t, c.id);
    const response = await call(t, ben, 'PATCH', memberUrl(anna), { headline: 'Ben was here' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'OWN_PROFILE_ONLY' });
    expect((await rowOf(anna)).headline).toBeNull();
  });

  it('an admin cannot edit another member’s profile fields (403)', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id);
    for (const payload of [{ headline: 'Edited by admin' }, { role: 'admin', bio: 'x' }]) {
      const response = await call(t, c.owner, 'PATCH', memberUrl(anna), payload);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'OWN_PROFILE_ONLY' });
    }
    expect(await rowOf(anna)).toMatchObject({ headline: null, bio: null, role: 'member', version: 1 });
  });

  it('is 412 with a stale If-Match, and nothing changes', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id);
    expect(
      (await call(t, anna, 'PATCH', memberUrl(anna), { headline: 'one' }, { 'if-match': '"1"' })).statusCode,
    ).toBe(200);
    const stale = await call(t, anna, 'PATCH', memberUrl(anna), { headline: 'two' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'STALE_ETAG' });
    expect(await rowOf(anna)).toMatchObject({ headline: 'one', version: 2 });
  });

  it('of concurrent PATCHes holding one ETag, exactly one wins', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id);
    const responses = await Promise.all(
      ['a', 'b', 'c', 'd'].map((headline) =>
        call(t, anna, 'PATCH', memberUrl(anna), { headline }, { 'if-match': '"1"' }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 412, 412, 412]);
    const winner = responses.find((r) => r.statusCode === 200)!.json<MemberBody>();
    expect(await rowOf(anna)).toMatchObject({ headline: winner.headline, version: 2 });
  });
});

describe('updateMember: roles and status', () => {
  it('an admin promotes a member to admin; member.role_changed is recorded', async () => {
    const c = await createCollective(t);
    const admin = await addMember(t, c.id, { role: 'admin' });
    const anna = await addMember(t, c.id);
    const response = await call(t, admin, 'PATCH', memberUrl(anna), { role: 'admin' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ role: 'admin', email: anna.email });
    expect(response.headers.etag).toBe('"2"');
    const event = (await allEvents(t, c.owner, c.id)).find((e) => e.type === 'member.role_changed');
    expect(event).toMatchObject({
      actorMemberId: admin.memberId,
      subject: { type: 'member', id: anna.memberId },
      data: { from: 'member', to: 'admin' },
    });
  });

  it('only an owner makes an owner or changes an owner', async () => {
    const c = await createCollective(t);
    const admin = await addMember(t, c.id, { role: 'admin' });
    const anna = await addMember(t, c.id);
    const coOwner = await addMember(t, c.id, { role: 'owner' });

    const promote = await call(t, admin, 'PATCH', memberUrl(anna), { role: 'owner' });
    expect(promote.statusCode).toBe(403);
    expect(promote.json()).toMatchObject({ code: 'OWNER_REQUIRED' });
    const selfPromote = await call(t, admin, 'PATCH', memberUrl(admin), { role: 'owner' });
    expect(selfPromote.statusCode).toBe(403);
    for (const payload of [{ role: 'member' }, { status: 'removed' }]) {
      const response = await call(t, admin, 'PATCH', memberUrl(coOwner), payload);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'OWNER_REQUIRED' });
    }
    expect((await call(t, admin, 'DELETE', memberUrl(coOwner))).statusCode).toBe(403);
    expect(await rowOf(coOwner)).toMatchObject({ role: 'owner', status: 'active' });
    expect(await rowOf(anna)).toMatchObject({ role: 'member' });

    const byOwner = await call(t, c.owner, 'PATCH', memberUrl(anna), { role: 'owner' });
    expect(byOwner.statusCode).toBe(200);
    expect(byOwner.json()).toMatchObject({ role: 'owner' });
  });

  it('an admin removes a member with status removed and reinstates them with active', async () => {
    const c = await createCollective(t);
    const admin = await addMember(t, c.id, { role: 'admin' });
    const anna = await addMember(t, c.id);
    const removed = await call(t, admin, 'PATCH', memberUrl(anna), { status: 'removed' });
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({ status: 'removed', leftAt: expect.any(String) });
    expect((await call(t, anna, 'GET', `/v1/collectives/${c.id}`)).statusCode).toBe(404);

    const roleOnRemoved = await call(t, admin, 'PATCH', memberUrl(anna), { role: 'admin' });
    expect(roleOnRemoved.statusCode).toBe(409);
    expect(roleOnRemoved.json()).toMatchObject({ code: 'MEMBER_NOT_ACTIVE' });

    const back = await call(t, admin, 'PATCH', memberUrl(anna), { status: 'active' });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ status: 'active', leftAt: null });
    expect((await call(t, anna, 'GET', `/v1/collectives/${c.id}`)).statusCode).toBe(200);

    const types = (await allEvents(t, admin, c.id)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['member.removed', 'member.reinstated']));
  });

  it('someone who left is not reinstated by an admin (409 MEMBER_LEFT)', async () => {
    const c = await createCollective(t);
    const gone = await addMember(t, c.id, { status: 'left' });
    const response = await call(t, c.owner, 'PATCH', memberUrl(gone), { status: 'active' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'MEMBER_LEFT' });
    expect((await rowOf(gone)).status).toBe('left');
  });

  it('an admin cannot set their own status (403), nor is `left` a status to set (400)', async () => {
    const c = await createCollective(t);
    const admin = await addMember(t, c.id, { role: 'admin' });
    const own = await call(t, admin, 'PATCH', memberUrl(admin), { status: 'removed' });
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({ code: 'OWN_STATUS' });
    const anna = await addMember(t, c.id);
    expect((await call(t, admin, 'PATCH', memberUrl(anna), { status: 'left' })).statusCode).toBe(400);
  });

  it('the last active owner cannot be demoted (409 LAST_OWNER); with a second owner it can', async () => {
    const c = await createCollective(t);
    const alone = await call(t, c.owner, 'PATCH', memberUrl(c.owner), { role: 'admin' });
    expect(alone.statusCode).toBe(409);
    expect(alone.json()).toMatchObject({ code: 'LAST_OWNER' });
    expect((await rowOf(c.owner)).role).toBe('owner');

    // A second owner who left does not count.
    await addMember(t, c.id, { role: 'owner', status: 'left' });
    expect((await call(t, c.owner, 'PATCH', memberUrl(c.owner), { role: 'admin' })).statusCode).toBe(409);

    const second = await addMember(t, c.id, { role: 'owner' });
    const demote = await call(t, c.owner, 'PATCH', memberUrl(c.owner), { role: 'admin' });
    expect(demote.statusCode).toBe(200);
    expect(demote.json()).toMatchObject({ role: 'admin' });
    const last = await call(t, second, 'PATCH', memberUrl(second), { role: 'member' });
    expect(last.statusCode).toBe(409);
    expect(last.json()).toMatchObject({ code: 'LAST_OWNER' });
  });

  it('two owners demoting each other at once leave exactly one owner', async () => {
    for (let round = 0; round < 3; round += 1) {
      const c = await createCollective(t);
      const second = await addMember(t, c.id, { role: 'owner' });
      const [a, b] = await Promise.all([
        call(t, c.owner, 'PATCH', memberUrl(second), { role: 'member' }),
        call(t, second, 'PATCH', memberUrl(c.owner), { role: 'member' }),
      ]);
      const codes = [a.statusCode, b.statusCode].sort();
      // Whoever goes second is either no longer an owner (403) or the last owner (409).
      expect(codes[0]).toBe(200);
      expect([403, 409]).toContain(codes[1]);
      const owners = await t.db
        .select()
        .from(members)
        .where(and(eq(members.collectiveId, c.id), eq(members.role, 'owner'), eq(members.status, 'active')));
      expect(owners).toHaveLength(1);
    }
  });
});

describe('leaveCollective', () => {
  it('a member leaves: status left, leftAt set, member.left recorded, then no access', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id);
    const response = await call(t, anna, 'DELETE', memberUrl(anna));
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    const row = await rowOf(anna);
    expect(row.status).toBe('left');
    expect(row.leftAt).toBeInstanceOf(Date);
    expect((await call(t, anna, 'GET', `/v1/collectives/${c.id}/members`)).statusCode).toBe(404);
    const event = (await allEvents(t, c.owner, c.id)).find((e) => e.type === 'member.left');
    expect(event).toMatchObject({ actorMemberId: anna.memberId, subject: { id: anna.memberId } });
  });

  it('an admin removes another member: status removed, member.removed recorded; again is a no-op', async () => {
    const c = await createCollective(t);
    const admin = await addMember(t, c.id, { role: 'admin' });
    const anna = await addMember(t, c.id);
    expect((await call(t, admin, 'DELETE', memberUrl(anna))).statusCode).toBe(204);
    expect((await rowOf(anna)).status).toBe('removed');
    expect((await call(t, admin, 'DELETE', memberUrl(anna))).statusCode).toBe(204);
    const removals = (await allEvents(t, c.owner, c.id)).filter((e) => e.type === 'member.removed');
    expect(removals).toHaveLength(1);
    expect(removals[0]).toMatchObject({ actorMemberId: admin.memberId, subject: { id: anna.memberId } });
  });

  it('a plain member cannot remove someone else (403)', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id);
    const ben = await addMember(t, c.id);
    const response = await call(t, ben, 'DELETE', memberUrl(anna));
    expect(response.statusCode).toBe(403);
    expect((await rowOf(anna)).status).toBe('active');
  });

  it('the last owner cannot leave (409 LAST_OWNER); an owner with a co-owner can', async () => {
    const c = await createCollective(t);
    const response = await call(t, c.owner, 'DELETE', memberUrl(c.owner));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'LAST_OWNER' });
    expect((await rowOf(c.owner)).status).toBe('active');

    const second = await addMember(t, c.id, { role: 'owner' });
    expect((await call(t, c.owner, 'DELETE', memberUrl(c.owner))).statusCode).toBe(204);
    expect((await call(t, second, 'DELETE', memberUrl(second))).statusCode).toBe(409);
    // An owner removing the last owner is refused too.
    const third = await addMember(t, c.id, { role: 'owner' });
    expect((await call(t, third, 'DELETE', memberUrl(second))).statusCode).toBe(204);
    expect((await call(t, third, 'DELETE', memberUrl(third))).statusCode).toBe(409);
  });

  it('is 404 for a member of another collective', async () => {
    const c = await createCollective(t);
    const other = await createCollective(t);
    const stranger = await addMember(t, other.id);
    const response = await call(t, c.owner, 'DELETE', `/v1/collectives/${c.id}/members/${stranger.memberId}`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'MEMBER_NOT_FOUND' });
    expect((await rowOf(stranger)).status).toBe('active');
  });
});

describe('event visibility', () => {
  it('a member sees events about themselves, not about others; admins see all', async () => {
    const c = await createCollective(t);
    const anna = await addMember(t, c.id);
    const ben = await addMember(t, c.id);
    await call(t, anna, 'PATCH', memberUrl(anna), { headline: 'Anna' });
    await call(t, ben, 'PATCH', memberUrl(ben), { headline: 'Ben' });
    await call(t, c.owner, 'PATCH', memberUrl(anna), { role: 'admin' });
    await call(t, c.owner, 'PATCH', memberUrl(anna), { role: 'member' });

    const seenByBen = await allEvents(t, ben, c.id);
    expect(seenByBen.map((e) => e.type)).toEqual(['member.updated']);
    expect(seenByBen[0]!.subject.id).toBe(ben.memberId);

    const seenByAnna = await allEvents(t, anna, c.id);
    expect(seenByAnna.every((e) => e.subject.id === anna.memberId)).toBe(true);
    expect(seenByAnna.map((e) => e.type).sort()).toEqual([
      'member.role_changed',
      'member.role_changed',
      'member.updated',
    ]);

    const seenByOwner = await allEvents(t, c.owner, c.id);
    expect(seenByOwner.filter((e) => e.type === 'member.updated')).toHaveLength(2);
    expect(seenByOwner.filter((e) => e.type === 'member.role_changed')).toHaveLength(2);
  });
});

import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectives, events, invitations, members } from '../../src/db/tables.js';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  addMember,
  createCollective,
  createInvitation,
  type TestAccount,
  type TestCollective,
  type TestInvitation,
  type TestMember,
} from '../support/factories.js';
import { call } from '../support/http.js';
import {
  describeRoute,
  isAuthenticated,
  requestBodySchema,
  routesOf,
  sample,
  type OpenApiDocument,
  type Route,
} from '../support/openapi.js';

/**
 * Tenancy, for every route of the app: the list of routes comes from the app's own OpenAPI
 * document, so a route added later is covered without anyone remembering to add it here.
 */

let t: TestApp;
let document: OpenApiDocument;
let routes: Route[];

function request(
  route: Route,
  params: Record<string, string>,
  as: TestAccount | null,
  extraHeaders: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const url = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? randomUUID());
  const schema = requestBodySchema(route.operation);
  return call(
    t,
    as,
    route.method.toUpperCase(),
    url,
    schema ? sample(document, schema) : undefined,
    extraHeaders,
  );
}

beforeAll(async () => {
  t = await createTestApp();
  const response = await t.app.inject({ method: 'GET', url: '/openapi.json' });
  document = response.json<OpenApiDocument>();
  routes = routesOf(document);
});
afterAll(() => t.close());

describe('the route list comes from the app', () => {
  it('covers this module set’s collective-scoped operations', () => {
    const scoped = routes
      .filter((r) => r.path.includes('{collectiveId}'))
      .map((r) => r.operation.operationId);
    expect(scoped).toEqual(
      expect.arrayContaining([
        'getCollective',
        'updateCollective',
        'listMembers',
        'getMember',
        'updateMember',
        'leaveCollective',
        'createInvitation',
        'listInvitations',
        'revokeInvitation',
        'listEvents',
      ]),
    );
  });

  it('generates request bodies that pass validation (checked on our own routes as a member)', async () => {
    const c = await createCollective(t);
    const invitation = await createInvitation(t, c.id, c.owner.memberId);
    const own = routes.filter((r) =>
      ['updateCollective', 'updateMember', 'createInvitation', 'listMembers'].includes(
        r.operation.operationId,
      ),
    );
    expect(own).toHaveLength(4);
    for (const route of own) {
      const response = await request(
        route,
        { collectiveId: c.id, memberId: c.owner.memberId, invitationId: invitation.id },
        c.owner,
      );
      expect(response.statusCode, describeRoute(route)).toBeLessThan(300);
    }
  });
});

describe('every collective-scoped route answers outsiders 404 COLLECTIVE_NOT_FOUND', () => {
  let target: TestCollective;
  let targetMember: TestMember;
  let targetInvitation: TestInvitation;
  let former: TestMember;
  let removed: TestMember;
  let outsider: TestMember;

  beforeAll(async () => {
    target = await createCollective(t, { name: 'Target' });
    targetMember = await addMember(t, target.id, { profile: { headline: 'Untouched' } });
    targetInvitation = await createInvitation(t, target.id, target.owner.memberId);
    former = await addMember(t, target.id, { status: 'left' });
    removed = await addMember(t, target.id, { status: 'removed' });
    // The outsider is a real owner of a collective of their own, with a valid token.
    const home = await createCollective(t);
    outsider = home.owner;
  });

  function scopedRoutes(): Route[] {
    return routes.filter((r) => r.path.includes('{collectiveId}') && isAuthenticated(r.operation));
  }

  function realParams(collectiveId: string): Record<string, string> {
    return {
      collectiveId,
      memberId: targetMember.memberId,
      invitationId: targetInvitation.id,
      // Ids of kinds this test does not create (jobId, referralId, endorsementId...) are random.
    };
  }

  function problemOf(response: LightMyRequestResponse) {
    const { status, code, title, detail, type } = response.json<Record<string, unknown>>();
    return { status, code, title, detail, type };
  }

  it('for a collective the caller is not a member of, the same as for one that does not exist', async () => {
    const scoped = scopedRoutes();
    expect(scoped.length).toBeGreaterThanOrEqual(10);
    const failures: string[] = [];
    for (const route of scoped) {
      const headers = { 'if-match': '"1"', 'idempotency-key': randomUUID() };
      const existing = await request(route, realParams(target.id), outsider, headers);
      const missing = await request(route, realParams(randomUUID()), outsider, headers);
      const asFormer = await request(route, realParams(target.id), former, headers);
      const asRemoved = await request(route, realParams(target.id), removed, headers);
      const expected = {
        status: 404,
        code: 'COLLECTIVE_NOT_FOUND',
        title: 'Not Found',
        detail: expect.any(String),
        type: '/problems/collective-not-found',
      };
      for (const [who, response] of [
        ['outsider', existing],
        ['unknown collective', missing],
        ['former member', asFormer],
        ['removed member', asRemoved],
      ] as const) {
        if (
          response.statusCode !== 404 ||
          response.json<{ code?: string }>().code !== 'COLLECTIVE_NOT_FOUND'
        ) {
          failures.push(
            `${describeRoute(route)} (${who}): ${response.statusCode} ${response.body.slice(0, 200)}`,
          );
        } else {
          expect(problemOf(response)).toEqual(expected);
        }
      }
      if (existing.statusCode === 404 && missing.statusCode === 404) {
        expect(problemOf(existing), describeRoute(route)).toEqual(problemOf(missing));
        expect(existing.headers['content-type']).toBe(missing.headers['content-type']);
      }
    }
    expect(failures).toEqual([]);
  });

  it('and the outsiders’ attempts changed nothing in the target collective', async () => {
    const [collective] = await t.db.select().from(collectives).where(eq(collectives.id, target.id));
    expect(collective).toMatchObject({ name: 'Target', version: 1 });
    const rows = await t.db.select().from(members).where(eq(members.collectiveId, target.id));
    expect(rows.map((m) => [m.id, m.status, m.role, m.version]).sort()).toEqual(
      [
        [target.owner.memberId, 'active', 'owner', 1],
        [targetMember.memberId, 'active', 'member', 1],
        [former.memberId, 'left', 'member', 1],
        [removed.memberId, 'removed', 'member', 1],
      ].sort(),
    );
    const [invitation] = await t.db.select().from(invitations).where(eq(invitations.id, targetInvitation.id));
    expect(invitation).toMatchObject({ revokedAt: null, acceptedAt: null });
    expect(await t.db.select().from(events).where(eq(events.collectiveId, target.id))).toEqual([]);
  });

  it('another collective’s member and invitation ids are 404 from inside one’s own collective', async () => {
    const home = outsider.collectiveId;
    const cases: [NonNullable<InjectOptions['method']>, string, string][] = [
      ['GET', `/v1/collectives/${home}/members/${targetMember.memberId}`, 'MEMBER_NOT_FOUND'],
      ['PATCH', `/v1/collectives/${home}/members/${targetMember.memberId}`, 'MEMBER_NOT_FOUND'],
      ['DELETE', `/v1/collectives/${home}/members/${targetMember.memberId}`, 'MEMBER_NOT_FOUND'],
      ['DELETE', `/v1/collectives/${home}/invitations/${targetInvitation.id}`, 'INVITATION_NOT_FOUND'],
    ];
    for (const [method, url, code] of cases) {
      const response = await call(
        t,
        outsider,
        method,
        url,
        method === 'PATCH' ? { role: 'admin' } : undefined,
      );
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json()).toMatchObject({ code });
    }
    expect((await t.db.select().from(members).where(eq(members.id, targetMember.memberId)))[0]).toMatchObject(
      {
        status: 'active',
        role: 'member',
      },
    );
  });
});

describe('every authenticated route is 401 without a valid token', () => {
  it('no token, a malformed header, or a forged token', async () => {
    const authenticated = routes.filter((r) => isAuthenticated(r.operation));
    expect(authenticated.map((r) => r.operation.operationId)).toEqual(
      expect.arrayContaining(['createCollective', 'listMyCollectives', 'acceptInvitation', 'listMembers']),
    );
    const failures: string[] = [];
    for (const route of authenticated) {
      for (const headers of [
        {} as Record<string, string>,
        { authorization: 'Basic dXNlcjpwYXNz' },
        { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
      ]) {
        const response = await request(route, {}, null, headers);
        if (response.statusCode !== 401) failures.push(`${describeRoute(route)}: ${response.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('role violations inside one’s own collective are 403', () => {
  it.each<[string, NonNullable<InjectOptions['method']>, (c: Ctx) => string, unknown]>([
    ['updateCollective', 'PATCH', (c) => `/v1/collectives/${c.id}`, { name: 'Mine now' }],
    ['listInvitations', 'GET', (c) => `/v1/collectives/${c.id}/invitations`, undefined],
    ['createInvitation (members may not invite)', 'POST', (c) => `/v1/collectives/${c.id}/invitations`, {}],
    [
      'revokeInvitation (not the inviter)',
      'DELETE',
      (c) => `/v1/collectives/${c.id}/invitations/${c.invitationId}`,
      undefined,
    ],
    [
      'updateMember role of another',
      'PATCH',
      (c) => `/v1/collectives/${c.id}/members/${c.otherId}`,
      { role: 'admin' },
    ],
    [
      'updateMember status of another',
      'PATCH',
      (c) => `/v1/collectives/${c.id}/members/${c.otherId}`,
      { status: 'removed' },
    ],
    [
      'updateMember own role',
      'PATCH',
      (c) => `/v1/collectives/${c.id}/members/${c.selfId}`,
      { role: 'owner' },
    ],
    [
      'updateMember profile of another',
      'PATCH',
      (c) => `/v1/collectives/${c.id}/members/${c.otherId}`,
      { bio: 'x' },
    ],
    [
      'leaveCollective for another',
      'DELETE',
      (c) => `/v1/collectives/${c.id}/members/${c.otherId}`,
      undefined,
    ],
    ['listMembers status=removed', 'GET', (c) => `/v1/collectives/${c.id}/members?status=removed`, undefined],
  ])('%s', async (_name, method, url, payload) => {
    const c = await createCollective(t, { membersCanInvite: false });
    const plain = await addMember(t, c.id);
    const other = await addMember(t, c.id);
    const invitation = await createInvitation(t, c.id, c.owner.memberId);
    const ctx: Ctx = {
      id: c.id,
      selfId: plain.memberId,
      otherId: other.memberId,
      invitationId: invitation.id,
    };
    const response = await call(t, plain, method, url(ctx), payload);
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const rows = await t.db.select().from(members).where(eq(members.collectiveId, c.id));
    expect(rows.every((m) => m.version === 1 && m.status === 'active')).toBe(true);
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row!.revokedAt).toBeNull();
  });
});

interface Ctx {
  id: string;
  selfId: string;
  otherId: string;
  invitationId: string;
}

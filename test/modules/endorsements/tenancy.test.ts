import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  endorseOk,
  endorsementBody,
  endorsementsUrl,
  endorsementUrl,
  listOf,
  type EndorsementView,
} from '../../support/endorsements.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { call, expectProblem } from '../../support/http.js';

/**
 * Security of every endorsement route: a collective's endorsements are invisible outside it
 * (404, never 403, nothing leaks existence), and member routes need a token (401).
 */
let t: TestApp;
let home: string;
let away: string;
let endorser: TestMember;
let endorsee: TestMember;
/** A member of the other collective only. */
let outsider: TestMember;
/** A member of both collectives, calling with the other collective's id in the path. */
let both: TestMember;
let endorsement: EndorsementView;

type Method = 'GET' | 'POST';
interface Route {
  operationId: string;
  method: Method;
  url: (collectiveId: string) => string;
  body?: unknown;
}

let routes: Route[];

beforeAll(async () => {
  t = await createTestApp();
  const homeCollective = await createCollective(t);
  const awayCollective = await createCollective(t);
  home = homeCollective.id;
  away = awayCollective.id;
  endorser = await addMember(t, home);
  endorsee = await addMember(t, home);
  outsider = await addMember(t, away);
  both = await addMember(t, home);
  await addMember(t, away, { account: both });
  endorsement = await endorseOk(t, endorser, endorsee.memberId);

  routes = [
    {
      operationId: 'createEndorsement',
      method: 'POST',
      url: (c) => endorsementsUrl(c, endorsee.memberId),
      body: endorsementBody({ example: { title: 'Another piece of work' } }),
    },
    { operationId: 'listEndorsements', method: 'GET', url: (c) => endorsementsUrl(c, endorsee.memberId) },
    {
      operationId: 'listEndorsements (given)',
      method: 'GET',
      url: (c) => `${endorsementsUrl(c, endorser.memberId)}?direction=given&includeRetracted=true`,
    },
    { operationId: 'getEndorsement', method: 'GET', url: (c) => endorsementUrl(c, endorsement.id) },
    {
      operationId: 'retractEndorsement',
      method: 'POST',
      url: (c) => `${endorsementUrl(c, endorsement.id)}/retract`,
      body: {},
    },
    {
      operationId: 'hideEndorsement',
      method: 'POST',
      url: (c) => `${endorsementUrl(c, endorsement.id)}/hide`,
    },
    {
      operationId: 'unhideEndorsement',
      method: 'POST',
      url: (c) => `${endorsementUrl(c, endorsement.id)}/unhide`,
    },
    {
      operationId: 'getEndorsementCredential',
      method: 'GET',
      url: (c) => `${endorsementUrl(c, endorsement.id)}/credential`,
    },
  ];
});
afterAll(() => t.close());

const request = (caller: Pick<TestMember, 'headers'> | null, route: Route, collectiveId: string) =>
  call(t, caller, route.method, route.url(collectiveId), route.body);

describe('endorsement routes across collectives', () => {
  it('an outsider gets 404 COLLECTIVE_NOT_FOUND on every route of the endorsement collective', async () => {
    for (const route of routes) {
      const response = await request(outsider, route, home);
      expect(response.statusCode, `${route.operationId}: ${response.body}`).toBe(404);
      expectProblem(response, 404, 'COLLECTIVE_NOT_FOUND');
    }
  });

  it('an outsider using their own collective in the path gets 404 on every route', async () => {
    for (const route of routes) {
      const response = await request(outsider, route, away);
      expect(response.statusCode, `${route.operationId}: ${response.body}`).toBe(404);
    }
  });

  it('a member of both collectives, going through the other one, gets 404 for this endorsement and its members', async () => {
    for (const route of routes) {
      const response = await request(both, route, away);
      expect(response.statusCode, `${route.operationId}: ${response.body}`).toBe(404);
      expect(['ENDORSEMENT_NOT_FOUND', 'MEMBER_NOT_FOUND']).toContain(response.json<{ code: string }>().code);
    }
  });

  it('the public status URL does not answer for an endorsement under another collective id', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/v1/credentials/${away}/${endorsement.id}/status`,
    });
    expectProblem(response, 404, 'ENDORSEMENT_NOT_FOUND');
  });

  it('401 without a token, or with a malformed or forged one, on every member route', async () => {
    const forged = `${endorser.token.slice(0, -4)}AAAA`;
    for (const route of routes) {
      for (const caller of [
        null,
        { headers: { authorization: 'Bearer not-a-jwt' } },
        { headers: { authorization: `Bearer ${forged}` } },
      ]) {
        const response = await request(caller, route, home);
        expect(response.statusCode, `${route.operationId}: ${response.body}`).toBe(401);
        expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      }
    }
  });

  it('and none of those requests changed anything', async () => {
    const seen = await call(t, endorser, 'GET', endorsementUrl(home, endorsement.id));
    expect(seen.json()).toEqual(endorsement);
    const received = await listOf(t, endorsee, endorsee.memberId, 'includeRetracted=true');
    expect(received.map((e) => e.id)).toEqual([endorsement.id]);
  });
});

import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { call, collectiveUrl, expectProblem, pointersOf } from '../../support/http.js';
import { daysBefore, insertReferral } from '../../support/work.js';

/**
 * Contribution and reciprocity on a small known graph, inserted directly with chosen times.
 * d(n) below means "n days before NOW" (the start of this file; no time lies within a day of a
 * window boundary, so the seconds the file takes do not matter).
 *
 * Members (joinedAt):  A d1000 (the owner), B d900, C d500, D d100, E d50, all active;
 *                      F d800, who has since left (status 'left').
 *
 * Referrals (giver -> recipient, createdAt, status/outcome):
 *   r1  A -> B  d400  accepted, won
 *   r2  B -> A  d200  declined        200 days after r1: NOT a swap (outside 90 days)
 *   r3  A -> B  d80   accepted, lost  (r2 was 120 days before: not a swap)
 *   r4  B -> A  d50   accepted, won   30 days after r3: a direct swap
 *   r5  D -> C  d40   offered
 *   r8  A -> B  d15   declined        35 days after r4: a swap again
 *   r6  A -> F  d10   accepted, won   (F left later)
 *   r7  E -> C  d5    declined
 *
 * Windows (createdAt >= NOW - days):  30d: r8 r6 r7 (3)   90d: + r3 r4 r5 (6)
 *                                     365d: + r2 (7)      all: + r1 (8)
 */
const NOW = new Date();
const d = (days: number) => daysBefore(NOW, days);
const iso = (days: number) => d(days).toISOString();

let t: TestApp;
let collectiveId: string;
let A: TestMember;
let B: TestMember;
let C: TestMember;
let D: TestMember;
let E: TestMember;
let F: TestMember;
let outsider: TestMember;

beforeAll(async () => {
  t = await createTestApp();
  const collective = await createCollective(t);
  collectiveId = collective.id;
  A = collective.owner;
  await t.db
    .update(members)
    .set({ joinedAt: d(1000) })
    .where(eq(members.id, A.memberId));
  B = await addMember(t, collectiveId, { profile: { joinedAt: d(900) } });
  C = await addMember(t, collectiveId, { profile: { joinedAt: d(500) } });
  D = await addMember(t, collectiveId, { profile: { joinedAt: d(100) } });
  E = await addMember(t, collectiveId, { profile: { joinedAt: d(50) } });
  F = await addMember(t, collectiveId, { profile: { joinedAt: d(800) } });

  const history: [TestMember, TestMember, number, 'offered' | 'accepted' | 'declined', ('won' | 'lost')?][] =
    [
      [A, B, 400, 'accepted', 'won'], // r1
      [B, A, 200, 'declined'], // r2
      [A, B, 80, 'accepted', 'lost'], // r3
      [B, A, 50, 'accepted', 'won'], // r4
      [D, C, 40, 'offered'], // r5
      [A, B, 15, 'declined'], // r8
      [A, F, 10, 'accepted', 'won'], // r6
      [E, C, 5, 'declined'], // r7
    ];
  for (const [from, to, days, status, outcome] of history) {
    await insertReferral(t, {
      collectiveId,
      from: from.memberId,
      to: to.memberId,
      createdAt: d(days),
      status,
      outcome: outcome ?? null,
      ...(status === 'offered' ? {} : { respondedAt: d(days - 1) }),
      ...(outcome ? { outcomeAt: d(days - 2), valueAmount: 777_000, valueCurrency: 'EUR' } : {}),
    });
  }
  await t.db
    .update(members)
    .set({ status: 'left', leftAt: d(3) })
    .where(eq(members.id, F.memberId));

  // Another collective with its own (busy) flow: it must not count here.
  const other = await createCollective(t);
  outsider = other.owner;
  const x = await addMember(t, other.id);
  for (const days of [1, 2, 3]) {
    await insertReferral(t, {
      collectiveId: other.id,
      from: outsider.memberId,
      to: x.memberId,
      createdAt: d(days),
    });
  }
});
afterAll(() => t.close());

const contributionUrl = (memberId: string, window?: string) =>
  `${collectiveUrl(collectiveId)}/members/${memberId}/contribution${window ? `?window=${window}` : ''}`;
const reciprocityUrl = (window?: string) =>
  `${collectiveUrl(collectiveId)}/reciprocity${window ? `?window=${window}` : ''}`;

async function contribution(memberId: string, window?: string, viewer: TestMember = C) {
  const response = await call(t, viewer, 'GET', contributionUrl(memberId, window));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Record<string, unknown>>();
}

async function reciprocity(window?: string, viewer: TestMember = E) {
  const response = await call(t, viewer, 'GET', reciprocityUrl(window));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Record<string, unknown>>();
}

describe('getContribution on the known graph', () => {
  it('member A, window by window', async () => {
    // A gave r1 (d400, B, accepted won), r3 (d80, B, accepted lost), r8 (d15, B, declined), r6 (d10, F, accepted won);
    // A received r2 (d200, from B, declined) and r4 (d50, from B, accepted won).
    const expected = {
      // 30d: given r8 r6 = 2 to {B, F} = 2; received none; givenAccepted r6 = 1; givenWon r6 = 1.
      '30d': {
        given: 2,
        received: 0,
        distinctRecipients: 2,
        distinctGivers: 0,
        accepted: 0,
        won: 0,
        givenAccepted: 1,
        givenWon: 1,
        lastGivenAt: iso(10),
        lastReceivedAt: null,
      },
      // 90d: given r3 r8 r6 = 3 to {B, F}; received r4 = 1 from {B}, accepted and won.
      '90d': {
        given: 3,
        received: 1,
        distinctRecipients: 2,
        distinctGivers: 1,
        accepted: 1,
        won: 1,
        givenAccepted: 2,
        givenWon: 1,
        lastGivenAt: iso(10),
        lastReceivedAt: iso(50),
      },
      // 365d: + r2 received (declined): received 2, still 1 accepted, still from {B}.
      '365d': {
        given: 3,
        received: 2,
        distinctRecipients: 2,
        distinctGivers: 1,
        accepted: 1,
        won: 1,
        givenAccepted: 2,
        givenWon: 1,
        lastGivenAt: iso(10),
        lastReceivedAt: iso(50),
      },
      // all: + r1 given (accepted, won): given 4 to {B, F} = 2; givenAccepted r1 r3 r6 = 3; givenWon r1 r6 = 2.
      all: {
        given: 4,
        received: 2,
        distinctRecipients: 2,
        distinctGivers: 1,
        accepted: 1,
        won: 1,
        givenAccepted: 3,
        givenWon: 2,
        lastGivenAt: iso(10),
        lastReceivedAt: iso(50),
      },
    };
    for (const [window, values] of Object.entries(expected)) {
      expect(await contribution(A.memberId, window), window).toEqual({
        memberId: A.memberId,
        window,
        endorsementsGiven: 0,
        endorsementsReceived: 0,
        ...values,
      });
    }
  });

  it('member B (90d): received r3 r8 from A, one accepted, none won; gave r4, accepted and won', async () => {
    expect(await contribution(B.memberId, '90d')).toMatchObject({
      given: 1,
      received: 2,
      distinctRecipients: 1,
      distinctGivers: 1,
      accepted: 1,
      won: 0,
      givenAccepted: 1,
      givenWon: 1,
      lastGivenAt: iso(50),
      lastReceivedAt: iso(15),
    });
  });

  it('member C (30d): received r7 from E only; (90d) r5 from D too, neither accepted', async () => {
    expect(await contribution(C.memberId, '30d')).toMatchObject({
      given: 0,
      received: 1,
      distinctGivers: 1,
      accepted: 0,
      lastGivenAt: null,
      lastReceivedAt: iso(5),
    });
    expect(await contribution(C.memberId, '90d')).toMatchObject({
      received: 2,
      distinctGivers: 2,
      accepted: 0,
    });
  });

  it('a member who left keeps their history (F, all: received r6, accepted, won)', async () => {
    expect(await contribution(F.memberId, 'all')).toMatchObject({
      given: 0,
      received: 1,
      accepted: 1,
      won: 1,
    });
  });

  it('the window defaults to 90d', async () => {
    const byDefault = await contribution(A.memberId);
    expect(byDefault.window).toBe('90d');
    expect(byDefault).toEqual(await contribution(A.memberId, '90d'));
  });

  it('window=7d or an unknown parameter -> 400', async () => {
    expect(pointersOf(await call(t, C, 'GET', contributionUrl(A.memberId, '7d')))).toEqual(['/window']);
    expect(pointersOf(await call(t, C, 'GET', `${contributionUrl(A.memberId)}?with=${B.memberId}`))).toEqual([
      '/with',
    ]);
  });

  it('404 for a member id of another collective, or one that does not exist', async () => {
    expectProblem(await call(t, C, 'GET', contributionUrl(outsider.memberId)), 404, 'MEMBER_NOT_FOUND');
    expectProblem(await call(t, C, 'GET', contributionUrl(randomUUID())), 404, 'MEMBER_NOT_FOUND');
  });
});

describe('getReciprocity on the known graph', () => {
  /*
   * Active members: A B C D E = 5 (F left; the other collective does not count).
   * Gini of received over active members, G = 2*sum(i*x_(i)) / (n*total) - (n+1)/n, x ascending, i = 1..n.
   * Days to the first referral ever received: A r2 d200 - joined d1000 = 800; B r1 d400 - d900 = 500;
   * C r5 d40 - d500 = 460; F r6 d10 - d800 = 790; D and E never received one.
   *
   * 30d (r8 A->B, r6 A->F, r7 E->C): referrals 3.
   *   gave: A, E -> 2/5 = 0.4; received (active only): B 1, C 1 -> 2/5 = 0.4
   *   received [A0 B1 C1 D0 E0] -> [0,0,0,1,1], total 2, sum(i*x) = 4*1 + 5*1 = 9
   *   G = 2*9/(5*2) - 6/5 = 1.8 - 1.2 = 0.6
   *   swaps: r8 (B->A r4 35 days before) -> 1/3 = 0.3333
   *   first received in window: F (790) -> median 790
   * 90d (+ r3 A->B, r4 B->A, r5 D->C): referrals 6.
   *   gave: A, B, D, E -> 0.8; received: A 1, B 2, C 2 -> 0.6
   *   [1,2,2,0,0] -> [0,0,1,2,2], total 5, sum = 3*1 + 4*2 + 5*2 = 21; G = 42/25 - 1.2 = 0.48
   *   swaps: r4 (r3 30 days before), r8 -> 2/6 = 0.3333
   *   first received in window: C (460), F (790) -> median (460 + 790)/2 = 625
   * 365d (+ r2 B->A): referrals 7.
   *   gave: A, B, D, E -> 0.8 (C never gave); received: A 2, B 2, C 2 -> 0.6
   *   [2,2,2,0,0] -> [0,0,2,2,2], total 6, sum = 3*2 + 4*2 + 5*2 = 24; G = 48/30 - 1.2 = 0.4
   *   swaps: r2 is not one (r1 200 days before) -> 2/7 = 0.2857
   *   first received: A (800), C (460), F (790) -> [460, 790, 800] -> 790
   * all (+ r1 A->B): referrals 8.
   *   gave 0.8; received: A 2, B 3, C 2 -> 0.6
   *   [2,3,2,0,0] -> [0,0,2,2,3], total 7, sum = 3*2 + 4*2 + 5*3 = 29; G = 58/35 - 1.2 = 0.457142.. -> 0.4571
   *   swaps 2/8 = 0.25
   *   first received: [460, 500, 790, 800] -> (500 + 790)/2 = 645
   */
  const expected = {
    '30d': {
      referrals: 3,
      giverShare: 0.4,
      receiverShare: 0.4,
      giniReceived: 0.6,
      directSwapShare: 0.3333,
      medianDaysToFirstReferral: 790,
    },
    '90d': {
      referrals: 6,
      giverShare: 0.8,
      receiverShare: 0.6,
      giniReceived: 0.48,
      directSwapShare: 0.3333,
      medianDaysToFirstReferral: 625,
    },
    '365d': {
      referrals: 7,
      giverShare: 0.8,
      receiverShare: 0.6,
      giniReceived: 0.4,
      directSwapShare: 0.2857,
      medianDaysToFirstReferral: 790,
    },
    all: {
      referrals: 8,
      giverShare: 0.8,
      receiverShare: 0.6,
      giniReceived: 0.4571,
      directSwapShare: 0.25,
      medianDaysToFirstReferral: 645,
    },
  };

  it.each(Object.entries(expected))('window %s', async (window, values) => {
    const body = await reciprocity(window);
    expect(Object.keys(body).sort()).toEqual(
      [
        'window',
        'referrals',
        'activeMembers',
        'giverShare',
        'receiverShare',
        'giniReceived',
        'directSwapShare',
        'medianDaysToFirstReferral',
      ].sort(),
    );
    expect(body).toMatchObject({ window, activeMembers: 5, referrals: values.referrals });
    expect(body.giverShare).toBeCloseTo(values.giverShare, 4);
    expect(body.receiverShare).toBeCloseTo(values.receiverShare, 4);
    expect(body.giniReceived).toBeCloseTo(values.giniReceived, 4);
    expect(body.directSwapShare).toBeCloseTo(values.directSwapShare, 4);
    expect(body.medianDaysToFirstReferral).toBeCloseTo(values.medianDaysToFirstReferral, 1);
  });

  it('the window defaults to 90d; window=7d -> 400', async () => {
    const byDefault = await reciprocity();
    expect(byDefault.window).toBe('90d');
    expect(byDefault).toEqual(await reciprocity('90d'));
    expect(pointersOf(await call(t, E, 'GET', reciprocityUrl('7d')))).toEqual(['/window']);
  });

  it('every member gets the same answer (it is about the collective, not the asker)', async () => {
    const seen = await Promise.all([A, B, C, D, E].map((m) => reciprocity('365d', m)));
    for (const body of seen) expect(body).toEqual(seen[0]);
  });

  it('a collective without referrals: zero counts, null ratios', async () => {
    const empty = await createCollective(t);
    const response = await call(t, empty.owner, 'GET', `${collectiveUrl(empty.id)}/reciprocity`);
    expect(response.json()).toEqual({
      window: '90d',
      referrals: 0,
      activeMembers: 1,
      giverShare: 0,
      receiverShare: 0,
      giniReceived: null,
      directSwapShare: null,
      medianDaysToFirstReferral: null,
    });
  });
});

describe('tenancy and authentication', () => {
  it('a member of another collective gets 404 COLLECTIVE_NOT_FOUND; no token gets 401', async () => {
    for (const url of [reciprocityUrl(), contributionUrl(A.memberId), contributionUrl(outsider.memberId)]) {
      expectProblem(await call(t, outsider, 'GET', url), 404, 'COLLECTIVE_NOT_FOUND');
      expectProblem(await call(t, null, 'GET', url), 401, 'UNAUTHORIZED');
    }
  });

  it('a member who left gets 404 COLLECTIVE_NOT_FOUND', async () => {
    expectProblem(await call(t, F, 'GET', reciprocityUrl()), 404, 'COLLECTIVE_NOT_FOUND');
  });
});

describe('no pairwise balance, anywhere (SPEC 4, lesson 4)', () => {
  interface OpenApiDocument {
    paths: Record<
      string,
      Record<string, { operationId?: string; parameters?: { name: string; in: string }[] }>
    >;
    components?: { schemas?: Record<string, unknown> };
  }
  let document: OpenApiDocument;

  beforeAll(async () => {
    const response = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    document = response.json<OpenApiDocument>();
  });

  /** Every property name in every schema of the document (components and inline). */
  function propertyNames(node: unknown, found = new Set<string>()): Set<string> {
    if (Array.isArray(node)) {
      for (const item of node) propertyNames(item, found);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key === 'properties' && value !== null && typeof value === 'object') {
          for (const name of Object.keys(value)) found.add(name);
        }
        propertyNames(value, found);
      }
    }
    return found;
  }

  it('no route path mentions a pair of members', () => {
    const paths = Object.keys(document.paths);
    expect(paths).toContain('/v1/collectives/{collectiveId}/members/{memberId}/contribution');
    for (const path of paths) {
      const memberParams = path.match(/\{[^}]*member[^}]*\}/gi) ?? [];
      expect(memberParams.length, path).toBeLessThanOrEqual(1);
      expect(path, path).not.toMatch(/balance|owe|debt|ledger|pair|between|versus|\/vs\//i);
    }
  });

  it('no operation takes a second member as a query parameter (e.g. contribution "with" someone)', () => {
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const operation of Object.values(operations)) {
        const params = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        for (const name of params) {
          expect(`${path}?${name}`).not.toMatch(/[?](with|other|counterpart|pair)|MemberId$/i);
        }
      }
    }
  });

  it('no schema has a field named like a balance, a debt or a net amount', () => {
    const names = propertyNames(document);
    // The walk reaches the reciprocity schemas, so it would see a balance field if there were one.
    expect(names).toContain('giverShare');
    expect(names).toContain('distinctRecipients');
    const suspicious = [...names].filter((name) =>
      /balance|owes?$|owed|owing|debt|credit|ledger|^net$|^net[A-Z_]|[a-z]Net$|[a-z]Net[A-Z]/.test(name),
    );
    expect(suspicious).toEqual([]);
  });

  it('declares a response for every status the jobs, referrals and reciprocity tests observe', () => {
    const observed: Record<string, number[]> = {
      createJob: [201, 400, 401, 404, 422],
      listJobs: [200, 400, 401, 404],
      getJob: [200, 400, 401, 404],
      updateJob: [200, 400, 401, 403, 404, 409, 412],
      cancelJob: [200, 400, 401, 403, 404, 409],
      expressInterest: [200, 201, 400, 401, 404, 409],
      withdrawInterest: [204, 401, 404, 409],
      listInterests: [200, 400, 401, 404],
      createReferral: [201, 400, 401, 403, 404, 409, 422],
      listReferrals: [200, 400, 401, 404],
      getReferral: [200, 401, 404],
      acceptReferral: [200, 400, 401, 403, 404, 409],
      declineReferral: [200, 400, 401, 403, 404, 409],
      recordReferralOutcome: [200, 400, 401, 403, 404, 409],
      thankReferrer: [200, 400, 401, 403, 404, 409],
      getContribution: [200, 400, 401, 404],
      getReciprocity: [200, 400, 401, 404],
    };
    const declared = new Map<string, string[]>();
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations) as { operationId?: string; responses?: object }[]) {
        if (operation.operationId)
          declared.set(operation.operationId, Object.keys(operation.responses ?? {}));
      }
    }
    for (const [operationId, statuses] of Object.entries(observed)) {
      expect(declared.get(operationId), operationId).toEqual(expect.arrayContaining(statuses.map(String)));
    }
  });

  it('no operation is named like a balance between members', () => {
    const ids = Object.values(document.paths).flatMap((ops) =>
      Object.values(ops).map((o) => o.operationId ?? ''),
    );
    expect(ids).toEqual(expect.arrayContaining(['getContribution', 'getReciprocity']));
    for (const id of ids) expect(id).not.toMatch(/balance|owe|debt|ledger|pair|between/i);
  });
});

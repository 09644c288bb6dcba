import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, webhookDeliveries } from '../../src/db/tables.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { endorsementBody, endorseOk, insertHandoff } from '../support/endorsements.js';
import { addMember, createAccount, createCollective, createInvitation } from '../support/factories.js';
import { call, collectiveUrl } from '../support/http.js';
import { injectOptions, requestsFor, type Ground } from '../support/hostile.js';
import {
  describeRoute,
  isAuthenticated,
  requestBodySchema,
  routesOf,
  sample,
  type OpenApiDocument,
  type Route,
} from '../support/openapi.js';
import { insertJob, jobBody, jobUrl } from '../support/work.js';

/**
 * Hostile input never reaches the database as an error (issue 10). For every operation of the
 * published contract that takes a JSON body, query or path parameters, fast-check sends
 * generated requests through the real app, as a member allowed to act and with real ids, so
 * they pass authentication and the 404 gates: valid requests, and valid ones with one part made
 * hostile (a body field of the wrong type, a huge or fractional number, NUL and other control
 * characters, unpaired surrogates, deep nesting, very long strings, unknown keys, bodies that are
 * not JSON, undecodable escapes in the path or query, odd headers). Never a 5xx; every 4xx is
 * problem+json with `status`, `code` and `requestId`.
 *
 * Measured on the 2-core machine: 46 operations x 100 runs = 4,600 requests in about 9 s, alone
 * or within `npm test` (46 s in all, before and after). HOSTILE_RUNS=600 searches deeper in
 * about a minute; that is how the year-10000 closesAt was found. Each operation gets a fixture
 * of its own, so the destructive ones (leave, revoke, cancel, accept...) change nothing the
 * others rely on. The summary line after the run gives the counts and the statuses seen.
 */
const WEBHOOK_BODY = { url: 'http://127.0.0.1:9/hook', eventTypes: ['*'], description: 'Our bot' };
const RUNS = Number(process.env.HOSTILE_RUNS ?? 100);
const PASSWORD = 'correct horse battery staple';

const document = JSON.parse(
  readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;

// streamEvents answers a valid request with a stream that never ends, which inject cannot wait
// for; its refusals (400, 401, 404) are tested in test/modules/events/stream.test.ts.
const operations = routesOf(document).filter(
  (r) =>
    r.operation.operationId !== 'streamEvents' &&
    (requestBodySchema(r.operation) !== undefined ||
      (r.operation.parameters ?? []).some((p) => p.in !== 'header')),
);

/** Who calls each operation: the one allowed to act, so the services' own rules are reached. */
const CALLERS: Partial<Record<string, 'member' | 'outsider'>> = {
  acceptReferral: 'member',
  declineReferral: 'member',
  recordReferralOutcome: 'member',
  thankReferrer: 'member',
  hideEndorsement: 'member',
  unhideEndorsement: 'member',
  expressInterest: 'member',
  withdrawInterest: 'member',
  acceptInvitation: 'outsider',
  updateMe: 'outsider',
  // The outsider has a password and owns no collective; once erased, its requests are 401s.
  deleteMe: 'outsider',
};

interface Fixture {
  ground: Ground;
  headers: Record<'owner' | 'member' | 'outsider', { authorization: string }>;
  /** Bodies the service accepts, for the operations whose rules a derived body rarely meets. */
  baselines: Partial<Record<string, unknown>>;
}

let t: TestApp;
let passwordHash: string;
const tally: Record<string, Record<number, number>> = {};
let started = 0;

beforeAll(async () => {
  // Webhooks may point at a closed local port; no worker sends to it.
  t = await createTestApp({
    env: {
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      WEBHOOKS_ALLOW_PRIVATE_URLS: 'true',
      WEBHOOK_WORKER: 'false',
    },
  });
  // One real password hash, shared by every fixture's account (hashing is slow by design).
  const email = 'hashed@example.test';
  const signUp = await t.app.inject({
    method: 'POST',
    url: '/v1/accounts',
    payload: { email, password: PASSWORD, name: 'Hashed' },
  });
  expect(signUp.statusCode, signUp.body).toBe(201);
  const [row] = await t.db.select().from(accounts).where(eq(accounts.email, email));
  passwordHash = row!.passwordHash!;
  started = performance.now();
});

afterAll(async () => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const statuses: Record<number, number> = {};
  for (const counts of Object.values(tally)) {
    for (const [status, n] of Object.entries(counts))
      statuses[Number(status)] = (statuses[Number(status)] ?? 0) + n;
  }
  const requests = Object.values(statuses).reduce((a, b) => a + b, 0);
  const spread = Object.entries(statuses)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  process.stdout.write(
    `hostile input: ${Object.keys(tally).length} operations x ${RUNS} runs = ${requests} requests in ${seconds} s (${spread})\n`,
  );
  await t.close();
});

/** A collective of its own for one operation, with one of everything its routes name. */
async function fixtureFor(operationId: string): Promise<Fixture> {
  const c = await createCollective(t);
  const owner = c.owner;
  const member = await addMember(t, c.id, { profile: { headline: 'Researcher', skills: ['ux-research'] } });
  const outsider = await createAccount(t, { passwordHash });
  const job = await insertJob(t, c.id, owner.memberId);
  const offered = await insertHandoff(t, {
    collectiveId: c.id,
    from: owner.memberId,
    to: member.memberId,
    status: 'offered',
  });
  const accepted = await insertHandoff(t, {
    collectiveId: c.id,
    from: owner.memberId,
    to: member.memberId,
    outcome: null,
  });
  const completed = await insertHandoff(t, { collectiveId: c.id, from: owner.memberId, to: member.memberId });
  const endorsement = await endorseOk(t, owner, member.memberId);
  const invitation = await createInvitation(t, c.id, owner.memberId);
  const webhook = await call(t, owner, 'POST', `${collectiveUrl(c.id)}/webhooks`, WEBHOOK_BODY);
  expect(webhook.statusCode, webhook.body).toBe(201);
  const webhookId = webhook.json<{ id: string }>().id;
  const interest = await call(t, member, 'PUT', `${jobUrl(c.id, job.id)}/interest`, {
    note: 'I did this last year.',
  });
  expect(interest.statusCode, interest.body).toBe(201);
  // The fit note's event is the webhook's first message.
  const [delivery] = await t.db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.webhookId, webhookId));

  const known: Record<string, string[]> = {
    email: [outsider.email],
    password: [PASSWORD],
    currentPassword: [PASSWORD],
    token: [invitation.token],
    timezone: ['Europe/Berlin', 'UTC'],
    skill: ['ux-research'],
    skills: ['ux-research', 'Service Design'],
    q: ['research'],
  };
  if (operationId === 'refreshToken' || operationId === 'revokeToken') {
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/token',
      payload: { email: outsider.email, password: PASSWORD },
    });
    known.refreshToken = [signIn.json<{ refreshToken: string }>().refreshToken];
  }
  if (operationId === 'verifyEndorsementCredential') {
    const credential = await call(
      t,
      owner,
      'GET',
      `${collectiveUrl(c.id)}/endorsements/${endorsement.id}/credential`,
    );
    known.credential = [credential.json<{ credential: string }>().credential];
  }

  const members = [owner.memberId, member.memberId];
  const ground: Ground = {
    pathIds: {
      collectiveId: [c.id],
      memberId: members,
      jobId: [job.id],
      referralId: [offered, accepted],
      endorsementId: [endorsement.id],
      invitationId: [invitation.id],
      kid: [t.keys.signing.kid],
      webhookId: [webhookId],
      deliveryId: [delivery!.id],
    },
    ids: [
      c.id,
      ...members,
      job.id,
      offered,
      accepted,
      completed,
      endorsement.id,
      invitation.id,
      webhookId,
      delivery!.id,
    ],
    known,
  };
  return {
    ground,
    headers: { owner: owner.headers, member: member.headers, outsider: outsider.headers },
    baselines: {
      createToken: { email: outsider.email, password: PASSWORD },
      updateMe: { password: 'a brand new passphrase', currentPassword: PASSWORD },
      deleteMe: { currentPassword: PASSWORD },
      refreshToken: { refreshToken: known.refreshToken?.[0] },
      revokeToken: { refreshToken: known.refreshToken?.[0] },
      acceptInvitation: { token: invitation.token },
      createWebhook: WEBHOOK_BODY,
      updateWebhook: { ...WEBHOOK_BODY, description: 'CRM sync', status: 'paused', rotateSecret: true },
      verifyEndorsementCredential: { credential: known.credential?.[0] },
      // Every optional field present, so that a tweak of one of them reaches the service.
      createJob: jobBody({
        budget: { min: 50_000, max: 90_000, currency: 'EUR' },
        remote: false,
        location: 'Leipzig',
        startsOn: '2031-04-01',
        closesAt: '2031-03-01T12:00:00+01:00',
        client: 'A regional bank',
      }),
      updateMember: {
        headline: 'Service designer',
        bio: 'Ten years of research and service design.',
        skills: ['service-design'],
        languages: ['de', 'en'],
        timezone: 'Europe/Berlin',
        links: [{ label: 'Portfolio', url: 'https://example.com/work' }],
        availability: { status: 'limited', until: '2031-06-30' },
        rate: { min: 60_000, max: 90_000, currency: 'EUR' },
      },
      createReferral: { toMemberId: member.memberId, note: 'You ran the last study of this kind.' },
      // A title of its own each time: the same example twice is a 409 before the database.
      createEndorsement: fc
        .nat()
        .map((n) =>
          endorsementBody({ referralId: completed, example: { title: `Worked example number ${n}` } }),
        ),
      recordReferralOutcome: { outcome: 'won', value: { amount: 120_000, currency: 'EUR' }, note: 'Signed.' },
      matchBrief: {
        brief: 'Usability research for a bank',
        skills: ['ux-research'],
        startsOn: '2031-04-01',
        budget: { max: 90_000, currency: 'EUR' },
        limit: 5,
        excludeMemberIds: [owner.memberId],
      },
    },
  };
}

function expectHandled(response: LightMyRequestResponse, what: string): void {
  expect(response.statusCode, `${what}\n${response.body.slice(0, 500)}`).toBeLessThan(500);
  if (response.statusCode < 400) return;
  expect(response.headers['content-type'], what).toMatch(/^application\/problem\+json/);
  expect(response.json(), what).toMatchObject({
    status: response.statusCode,
    code: expect.any(String),
    requestId: expect.any(String),
  });
}

describe('hostile input, for every operation with a body, query or path parameters', () => {
  it('covers the operations of the published document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(46);
  });

  it.each(operations.map((route) => [describeRoute(route), route] as [string, Route]))(
    '%s: never a 5xx, every 4xx a problem',
    async (name, route) => {
      const { operationId } = route.operation;
      const fixture = await fixtureFor(operationId);
      const who = CALLERS[operationId] ?? 'owner';
      const authorization = isAuthenticated(route.operation) ? fixture.headers[who] : {};
      const bodySchema = requestBodySchema(route.operation);
      const known = fixture.baselines[operationId] ?? (bodySchema && sample(document, bodySchema));
      const baseline = known instanceof fc.Arbitrary ? known : fc.constant(known);
      const statuses: Record<number, number> = {};

      await fc.assert(
        fc.asyncProperty(requestsFor(document, route, fixture.ground, baseline), async (request) => {
          const response = await t.app.inject(injectOptions(route, request, authorization));
          expectHandled(response, name);
          statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
        }),
        { numRuns: RUNS },
      );
      tally[operationId] = statuses;
      // The fixture and the caller are right: valid requests got through authentication, the 404
      // gates and the roles, so the hostile ones met the same code up to where they differ.
      const succeeded = Object.entries(statuses).filter(([status]) => Number(status) < 300);
      expect(succeeded, `${name}: ${JSON.stringify(statuses)}`).not.toEqual([]);
    },
    30_000,
  );
});

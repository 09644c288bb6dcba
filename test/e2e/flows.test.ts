import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  createReferralExchangeClient,
  pages,
  unwrap,
  type ReferralExchangeClient,
  type Schemas,
} from '../../clients/typescript/src/index.js';
import { contractChecker, type ContractChecker, type ContractDocument } from '../support/contract.js';
import { startServer, stopNpmStart, type ServerProcess } from '../support/server-process.js';

/**
 * The three user flows end to end, as a client author meets them: the real server started
 * with `npm start` on an embedded PostgreSQL in a temporary folder, driven only through the
 * generated client (clients/typescript). Every response, errors included, is held to the
 * OpenAPI document the server publishes.
 */

let server: ServerProcess;
let dataDir: string;
let checker: ContractChecker;

/** fetch that checks every response against the document before the client sees it. */
const checkedFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request);
  checker.assert({
    method: request.method,
    url: request.url,
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.clone().text(),
  });
  return response;
};

const PASSWORD = 'correct horse battery staple';
const client = (tokens?: { accessToken: string; refreshToken: string }) =>
  createReferralExchangeClient({ baseUrl: server.base, fetch: checkedFetch, ...(tokens ? { tokens } : {}) });

async function signUp(name: string): Promise<{ api: ReferralExchangeClient; account: Schemas['Account'] }> {
  const api = client();
  const email = `${name.toLowerCase()}@e2e.example`;
  const account = await unwrap(api.POST('/v1/accounts', { body: { email, password: PASSWORD, name } }));
  await api.signIn(email, PASSWORD);
  return { api, account };
}

beforeAll(async () => {
  // Outside the project folder: PostgreSQL runs as the postgres user when the tests run as root.
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'rx-e2e-'));
  server = await startServer(
    { DATA_DIR: dataDir, NODE_ENV: 'production', AUTH_RATE_LIMIT_PER_MINUTE: '100' },
    { npmStart: true, timeoutMs: 90_000 },
  );
  const document = await (await fetch(`${server.base}/openapi.json`)).json();
  checker = contractChecker(document as ContractDocument);
}, 120_000);

afterAll(async () => {
  // The server shuts down gracefully and stops its PostgreSQL before npm exits.
  await stopNpmStart(server);
  await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
}, 60_000);

describe('through the generated client', () => {
  let ada: ReferralExchangeClient;
  let ben: ReferralExchangeClient;
  let cleo: ReferralExchangeClient;
  let collectiveId: string;
  let benMemberId: string;
  let adaMemberId: string;
  let referralId: string;
  let jobId: string;
  let openJobId: string;

  it('signs up and signs in; a wrong password is a typed 401 problem', async () => {
    const signedUp = await signUp('Ada');
    ada = signedUp.api;
    ben = (await signUp('Ben')).api;
    cleo = (await signUp('Cleo')).api;
    const me = await unwrap(ada.GET('/v1/me'));
    expect(me).toMatchObject({ id: signedUp.account.id, name: 'Ada', email: 'ada@e2e.example' });

    const error = await client()
      .signIn('ada@e2e.example', 'not the password at all')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
  });

  it('creates a collective and invites members, who join through their invitation tokens', async () => {
    const collective = await unwrap(
      ada.POST('/v1/collectives', { body: { name: 'Studio Nord', description: 'Design and research' } }),
    );
    collectiveId = collective.id;
    adaMemberId = collective.myMembership.id;
    const params = { path: { collectiveId } };
    const tokens: string[] = [];
    for (const [api, name] of [
      [ben, 'Ben'],
      [cleo, 'Cleo'],
    ] as const) {
      const invitation = await unwrap(
        ada.POST('/v1/collectives/{collectiveId}/invitations', {
          params,
          body: { note: `Welcome, ${name}` },
        }),
      );
      tokens.push(invitation.token);
      const member = await unwrap(api.POST('/v1/invitations/accept', { body: { token: invitation.token } }));
      expect(member).toMatchObject({ name, role: 'member', introducedBy: adaMemberId });
      if (name === 'Ben') benMemberId = member.id;
    }
    // A used token is a 409 with its code.
    const reused = await client((await signUp('Dora')).api.tokens).POST('/v1/invitations/accept', {
      body: { token: tokens[0]! },
    });
    expect(reused.error).toMatchObject({ status: 409, code: 'INVITATION_USED' });

    await unwrap(
      ben.PATCH('/v1/collectives/{collectiveId}/members/{memberId}', {
        params: { path: { collectiveId, memberId: benMemberId } },
        body: {
          headline: 'UX researcher for banks and insurers',
          bio: 'Interviews, journey maps and usability tests for onboarding flows.',
          skills: ['ux-research', 'service-design'],
        },
      }),
    );
    const members = [];
    for await (const member of pages((cursor) =>
      ada.GET('/v1/collectives/{collectiveId}/members', {
        params: { ...params, query: { limit: 1, cursor } },
      }),
    )) {
      members.push(member.name);
    }
    expect(members.sort()).toEqual(['Ada', 'Ben', 'Cleo']);
  });

  it('posts a job, collects fit notes, refers, accepts, records an outcome and thanks', async () => {
    const params = { path: { collectiveId } };
    const posted = await ada.POST('/v1/collectives/{collectiveId}/jobs', {
      params,
      body: {
        title: 'Onboarding research for a bank',
        brief:
          'A regional bank wants interviews with new customers and a map of where onboarding loses them.',
        skills: ['ux-research'],
      },
    });
    const job = await unwrap(Promise.resolve(posted));
    jobId = job.id;
    expect(posted.response.headers.get('location')).toBe(`/v1/collectives/${collectiveId}/jobs/${jobId}`);
    const jobParams = { path: { collectiveId, jobId } };

    for (const [api, note] of [
      [ben, 'I ran onboarding research for two banks last year.'],
      [cleo, 'I could help with the interview guide.'],
    ] as const) {
      await unwrap(
        api.PUT('/v1/collectives/{collectiveId}/jobs/{jobId}/interest', {
          params: jobParams,
          body: { note },
        }),
      );
    }
    const notes = await unwrap(
      ada.GET('/v1/collectives/{collectiveId}/jobs/{jobId}/interests', { params: jobParams }),
    );
    expect(notes.items).toHaveLength(2);
    // Others see only their own.
    const cleosView = await unwrap(
      cleo.GET('/v1/collectives/{collectiveId}/jobs/{jobId}/interests', { params: jobParams }),
    );
    expect(cleosView.items).toHaveLength(1);

    const referral = await unwrap(
      ada.POST('/v1/collectives/{collectiveId}/jobs/{jobId}/referrals', {
        params: jobParams,
        body: { toMemberId: benMemberId, note: 'Ben has done exactly this twice.' },
      }),
    );
    referralId = referral.id;
    const referralParams = { path: { collectiveId, referralId } };
    // Only the recipient may accept: a typed 403.
    const notYours = await cleo.POST('/v1/collectives/{collectiveId}/referrals/{referralId}/accept', {
      params: referralParams,
    });
    expect(notYours.error).toMatchObject({ status: 404 });
    const byPoster = await ada.POST('/v1/collectives/{collectiveId}/referrals/{referralId}/accept', {
      params: referralParams,
    });
    expect(byPoster.error).toMatchObject({ status: 403, code: 'NOT_RECIPIENT' });

    // An action takes no body: the generated client need not send one.
    const accepted = await unwrap(
      ben.POST('/v1/collectives/{collectiveId}/referrals/{referralId}/accept', { params: referralParams }),
    );
    expect(accepted.status).toBe('accepted');
    const outcome = await unwrap(
      ben.POST('/v1/collectives/{collectiveId}/referrals/{referralId}/outcome', {
        params: referralParams,
        body: { outcome: 'won', value: { amount: 640_000, currency: 'EUR' }, note: 'Eight weeks' },
      }),
    );
    expect(outcome.outcome).toBe('won');
    const thanked = await unwrap(
      ben.POST('/v1/collectives/{collectiveId}/referrals/{referralId}/thanks', {
        params: referralParams,
        body: { message: 'Thank you, Ada: a lovely client.' },
      }),
    );
    expect(thanked.thanks?.message).toBe('Thank you, Ada: a lovely client.');
  });

  it('endorses with a worked example; the credential verifies', async () => {
    const endorsement = await unwrap(
      ada.POST('/v1/collectives/{collectiveId}/members/{memberId}/endorsements', {
        params: { path: { collectiveId, memberId: benMemberId } },
        body: {
          skills: ['ux-research'],
          relationship: { kind: 'worked_together', since: '2024-01-15' },
          example: {
            title: 'Onboarding research for a regional bank',
            description:
              'Ben planned and ran twelve interviews with new customers, mapped four journeys, and walked the product team through the three changes that mattered most.',
            endorseeRole: 'Lead researcher',
            outcome: 'Onboarding drop-off fell from 38% to 21% within two releases.',
            startedOn: '2024-02-01',
            endedOn: '2024-03-28',
          },
          referralId,
        },
      }),
    );
    expect(endorsement).toMatchObject({ verifiedByHandoff: true, status: 'active' });
    const endorsementParams = { path: { collectiveId, endorsementId: endorsement.id } };
    const envelope = await unwrap(
      cleo.GET('/v1/collectives/{collectiveId}/endorsements/{endorsementId}/credential', {
        params: endorsementParams,
      }),
    );
    expect(envelope.format).toBe('vc+jwt');
    // Anyone may verify, without signing in.
    const verification = await unwrap(
      client().POST('/v1/credentials/verify', { body: { credential: envelope.credential } }),
    );
    expect(verification).toMatchObject({ valid: true, status: 'active', endorsementId: endorsement.id });
    const tampered = await unwrap(
      client().POST('/v1/credentials/verify', {
        body: { credential: `${envelope.credential.slice(0, -4)}AAAA` },
      }),
    );
    expect(tampered.valid).toBe(false);
  });

  it('matches a brief and explains why', async () => {
    const matches = await unwrap(
      cleo.POST('/v1/collectives/{collectiveId}/matches', {
        params: { path: { collectiveId } },
        body: { brief: 'Customer interviews about why people abandon a bank onboarding', limit: 5 },
      }),
    );
    const first = matches.items[0];
    expect(first?.member.id).toBe(benMemberId);
    expect(first?.reasons.map((reason) => reason.kind)).toContain('endorsement');
    const matchJob = await unwrap(
      ada.GET('/v1/collectives/{collectiveId}/jobs/{jobId}/matches', {
        params: { path: { collectiveId, jobId } },
      }),
    );
    expect(matchJob.items.map((m) => m.member.id)).not.toContain(adaMemberId);
  });

  it('reads contribution and reciprocity', async () => {
    const contribution = await unwrap(
      ben.GET('/v1/collectives/{collectiveId}/members/{memberId}/contribution', {
        params: { path: { collectiveId, memberId: adaMemberId }, query: { window: 'all' } },
      }),
    );
    expect(contribution).toMatchObject({
      memberId: adaMemberId,
      given: 1,
      received: 0,
      endorsementsGiven: 1,
    });
    const bens = await unwrap(
      ada.GET('/v1/collectives/{collectiveId}/members/{memberId}/contribution', {
        params: { path: { collectiveId, memberId: benMemberId }, query: { window: 'all' } },
      }),
    );
    expect(bens).toMatchObject({ received: 1, accepted: 1, won: 1, endorsementsReceived: 1 });
    const reciprocity = await unwrap(
      cleo.GET('/v1/collectives/{collectiveId}/reciprocity', { params: { path: { collectiveId } } }),
    );
    expect(reciprocity).toMatchObject({ window: '90d', referrals: 1 });
  });

  it('refreshes the access token on a 401 and repeats the request', async () => {
    const stale = client({ accessToken: 'not-a-token', refreshToken: ada.tokens!.refreshToken });
    const me = await unwrap(stale.GET('/v1/me'));
    expect(me.name).toBe('Ada');
    expect(stale.tokens?.accessToken).not.toBe('not-a-token');
    // A body is sent again too.
    const collective = await unwrap(
      client({ accessToken: 'not-a-token', refreshToken: stale.tokens!.refreshToken }).POST(
        '/v1/collectives',
        {
          body: { name: 'Retried after a refresh' },
        },
      ),
    );
    expect(collective.name).toBe('Retried after a refresh');
    // Without a usable refresh token the 401 is the answer.
    const signedOut = client({ accessToken: 'not-a-token', refreshToken: 'used-up' });
    const error = await unwrap(signedOut.GET('/v1/me')).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401 });
    expect(signedOut.tokens).toBeUndefined();
  });

  it('gives each create an Idempotency-Key; the same key replays the first answer', async () => {
    const params = { path: { collectiveId } };
    const body = {
      title: 'Usability test of a claims form',
      brief: 'An insurer wants five moderated sessions.',
    };
    const headers = { 'idempotency-key': 'e2e-claims-form' };
    const first = await ada.POST('/v1/collectives/{collectiveId}/jobs', { params, body, headers });
    const second = await ada.POST('/v1/collectives/{collectiveId}/jobs', { params, body, headers });
    expect(second.data?.id).toBe(first.data?.id);
    expect(second.response.headers.get('idempotent-replayed')).toBe('true');
    // Without a key of one's own, each call gets a fresh one: two calls, two jobs.
    const a = await unwrap(ada.POST('/v1/collectives/{collectiveId}/jobs', { params, body }));
    const b = await unwrap(ada.POST('/v1/collectives/{collectiveId}/jobs', { params, body }));
    expect(a.id).not.toBe(b.id);
    openJobId = a.id;
  });

  it('answers a stale If-Match with 412 and a wrong collective with 404, as documented', async () => {
    const jobParams = { path: { collectiveId, jobId: openJobId } };
    const stale = await ada.PATCH('/v1/collectives/{collectiveId}/jobs/{jobId}', {
      params: { ...jobParams, header: { 'if-match': '"999"' } },
      body: { title: 'A new title' },
    });
    expect(stale.error).toMatchObject({ status: 412, code: 'STALE_ETAG' });
    const elsewhere = await ada.GET('/v1/collectives/{collectiveId}/jobs', {
      params: { path: { collectiveId: '00000000-0000-4000-8000-000000000000' } },
    });
    expect(elsewhere.error).toMatchObject({ status: 404 });
  });
});

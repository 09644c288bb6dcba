import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, errorForLog, requestForLog } from '../../../src/logger.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { endorsementBody } from '../../support/endorsements.js';
import { call, collectiveUrl } from '../../support/http.js';
import { act, jobUrl } from '../../support/work.js';
import { HIGH_LIMITS, PASSWORD, signIn, signUp, uniqueEmail } from '../accounts/helpers.js';

/** Every line the app logs at `info`, captured. */
const lines: string[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  },
});

/** A failed query as drizzle reports it, with the values it was sent. */
function failedQuery(values: unknown[], pgError: Record<string, unknown>) {
  const cause = Object.assign(new Error(String(pgError.message)), pgError);
  return new DrizzleQueryError('insert into "accounts" ("email", "name") values ($1, $2)', values, cause);
}

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({
    env: HIGH_LIMITS,
    deps: { logger: createLogger({ LOG_LEVEL: 'info' }, capture) },
    prepare(app) {
      // Routes that fail the way a query does, with personal data among its values.
      app.get('/v1/test/unique', () => {
        throw failedQuery(['leak@example.test', 'Leaky Name'], {
          message: 'duplicate key value violates unique constraint "accounts_email_lower_key"',
          code: '23505',
          detail: 'Key (lower(email))=(leak@example.test) already exists.',
          constraint: 'accounts_email_lower_key',
        });
      });
      app.get('/v1/test/crash', () => {
        throw failedQuery(['leak@example.test', 'multi\nline bio of Leaky Name'], {
          message: 'something broke',
          code: 'XX000',
          where: 'PL/pgSQL function with leak@example.test',
        });
      });
    },
  });
});
afterAll(() => t.close());

describe('logs at info', () => {
  it('hold no email, token, password or free text during a full flow; requests are logged by route pattern and ids', async () => {
    const secrets: string[] = [PASSWORD];
    // Ana signs up and in, refreshes, founds a collective and invites Ben by email.
    const anaEmail = uniqueEmail('ana');
    const benEmail = uniqueEmail('ben');
    secrets.push(anaEmail, benEmail, 'Ana Lindqvist', 'Ben Okafor');
    await signUp(t, { email: anaEmail, name: 'Ana Lindqvist' });
    const first = await signIn(t, anaEmail);
    const refreshed = await call(t, null, 'POST', '/v1/auth/refresh', { refreshToken: first.refreshToken });
    const ana = {
      headers: { authorization: `Bearer ${refreshed.json<{ accessToken: string }>().accessToken}` },
    };
    secrets.push(
      first.accessToken,
      first.refreshToken,
      refreshed.json<{ refreshToken: string }>().refreshToken,
    );
    secrets.push(ana.headers.authorization.slice(7));
    const collective = await call(t, ana, 'POST', '/v1/collectives', { name: 'Northern Designers' });
    const c = collective.json<{ id: string; myMembership: { id: string } }>();
    const invitation = await call(t, ana, 'POST', `${collectiveUrl(c.id)}/invitations`, {
      email: benEmail,
      note: 'Welcome aboard, private invitation words',
    });
    const invitationToken = invitation.json<{ token: string }>().token;
    secrets.push(invitationToken, 'private invitation words');
    await signUp(t, { email: benEmail, name: 'Ben Okafor' });
    const benTokens = await signIn(t, benEmail);
    secrets.push(benTokens.accessToken, benTokens.refreshToken);
    const ben = { headers: { authorization: `Bearer ${benTokens.accessToken}` } };
    const joined = await call(t, ben, 'POST', '/v1/invitations/accept', { token: invitationToken });
    const benMember = joined.json<{ id: string }>().id;

    // Profiles, a job with a brief, a fit note, a referral with a private value and thanks.
    const bio = 'I design tea boxes and labels, profile words nobody should log';
    secrets.push(bio, 'profile words nobody should log');
    await call(t, ben, 'PATCH', `${collectiveUrl(c.id)}/members/${benMember}`, {
      headline: 'Packaging headline words',
      bio,
      skills: ['packaging-design'],
    });
    secrets.push('Packaging headline words');
    const job = await call(t, ana, 'POST', `${collectiveUrl(c.id)}/jobs`, {
      title: 'Packaging for a tea brand',
      brief: 'Twelve blends need new boxes, brief words nobody should log.',
      client: 'Secret client label',
    });
    secrets.push('brief words nobody should log', 'Secret client label');
    const jobId = job.json<{ id: string }>().id;
    await call(t, ben, 'PUT', `${jobUrl(c.id, jobId)}/interest`, {
      note: 'Fit note words nobody should log',
    });
    secrets.push('Fit note words nobody should log');
    const referral = await call(t, ana, 'POST', `${jobUrl(c.id, jobId)}/referrals`, {
      toMemberId: benMember,
      note: 'Referral note words nobody should log',
    });
    secrets.push('Referral note words nobody should log');
    const referralId = referral.json<{ id: string }>().id;
    await act(t, ben, c.id, referralId, 'accept');
    await act(t, ben, c.id, referralId, 'outcome', {
      outcome: 'won',
      value: { amount: 424_242, currency: 'EUR' },
    });
    await act(t, ben, c.id, referralId, 'thanks', { message: 'Thanks words nobody should log' });
    secrets.push('424242', 'Thanks words nobody should log');
    const endorsed = await call(
      t,
      ana,
      'POST',
      `${collectiveUrl(c.id)}/members/${benMember}/endorsements`,
      endorsementBody({ example: { title: 'Example title words nobody should log' } }),
    );
    expect(endorsed.statusCode, endorsed.body).toBe(201);
    secrets.push('Example title words nobody should log');
    // Searches carry free text in the query string.
    await call(t, ana, 'GET', `${collectiveUrl(c.id)}/members?q=${encodeURIComponent(benEmail)}`);
    await call(t, ana, 'POST', `${collectiveUrl(c.id)}/matches`, {
      brief: 'tea boxes brief words nobody should log',
    });
    // Errors: a bad request echoing an email, a failed sign-in, failing queries.
    await call(t, null, 'POST', '/v1/auth/token', { email: anaEmail, password: 'wrong password here' });
    secrets.push('wrong password here');
    await call(t, null, 'POST', '/v1/accounts', {
      email: anaEmail,
      password: 'short',
      name: 'x',
      extra: benEmail,
    });
    await call(t, null, 'GET', '/v1/test/unique');
    await call(t, null, 'GET', '/v1/test/crash');
    secrets.push('leak@example.test', 'Leaky Name', 'line bio of Leaky Name');
    // Ben takes his data and goes.
    const exported = await call(t, ben, 'GET', '/v1/me/export');
    expect(exported.statusCode).toBe(200);
    const erased = await call(t, ben, 'DELETE', '/v1/me', { currentPassword: PASSWORD });
    expect(erased.statusCode, erased.body).toBe(204);

    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(40);
    for (const secret of secrets) expect(log, secret).not.toContain(secret);
    expect(log).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);

    // The request log: route patterns and ids, never a URL.
    const requests = lines
      .map((line) => JSON.parse(line) as { msg?: string; req?: Record<string, unknown>; err?: unknown })
      .filter((entry) => entry.msg === 'incoming request');
    expect(requests.length).toBeGreaterThan(20);
    for (const { req } of requests)
      expect(Object.keys(req ?? {}).sort()).toEqual(expect.arrayContaining(['method', 'route']));
    for (const { req } of requests) expect(req).not.toHaveProperty('url');
    const routes = new Set(requests.map(({ req }) => req?.route));
    expect(routes).toContain('/v1/collectives/:collectiveId/members');
    expect(routes).toContain('/v1/collectives/:collectiveId/referrals/:referralId/outcome');
    expect(requests).toContainEqual(
      expect.objectContaining({
        req: {
          method: 'PATCH',
          route: '/v1/collectives/:collectiveId/members/:memberId',
          params: { collectiveId: c.id, memberId: benMember },
        },
      }),
    );
    // The failing queries are logged, with their SQL and codes, without their values.
    const failures = lines.filter(
      (line) => line.includes('"unique violation"') || line.includes('"unhandled error"'),
    );
    expect(failures).toHaveLength(2);
    expect(failures.join('\n')).toContain('accounts_email_lower_key');
    expect(failures.join('\n')).toContain('params: [redacted]');
  });
});

describe('requestForLog and errorForLog', () => {
  it('keep only id-like path parameters', () => {
    expect(
      requestForLog({
        method: 'GET',
        routeOptions: { url: '/v1/x/:a/:b' },
        params: { a: '7c2f8f3e-2d0b-4a53-9a8e-1f6b1e4c7a10', b: 'ana@example.test' },
      }),
    ).toEqual({ method: 'GET', route: '/v1/x/:a/:b', params: { a: '7c2f8f3e-2d0b-4a53-9a8e-1f6b1e4c7a10' } });
    expect(requestForLog({ method: 'GET' })).toEqual({ method: 'GET', route: null });
  });

  it('cut the values of a failed query from the message, the stack and the fields, for every cause', () => {
    const error = failedQuery(['ana@example.test', 'line one\nline two'], {
      message: 'boom',
      code: '23505',
      detail: 'Key (email)=(ana@example.test) already exists.',
    });
    const text = JSON.stringify(errorForLog(error));
    expect(text).not.toContain('ana@example.test');
    expect(text).not.toContain('line two');
    expect(text).toContain('params: [redacted]');
    expect(text).toContain('boom');
    expect(text).toContain('insert into');
    expect(errorForLog('not an error')).toBe('not an error');
  });
});

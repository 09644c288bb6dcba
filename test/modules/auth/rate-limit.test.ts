import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, refreshTokens } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { expectProblem } from '../../support/http.js';
import { createToken, PASSWORD, uniqueEmail, type SignedUp } from '../accounts/helpers.js';

/** AUTH_RATE_LIMIT_PER_MINUTE=3: sign-in attempts per email and per IP, sign-ups per IP. */
let t: TestApp;
let nextIp = 1;
const freshIp = () => `10.20.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`;

beforeAll(async () => {
  t = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_PER_MINUTE: '100000' } });
});
afterAll(() => t.close());

function signUpFrom(ip: string, email = uniqueEmail('rl')) {
  return t.app.inject({
    method: 'POST',
    url: '/v1/accounts',
    payload: { email, password: PASSWORD, name: 'Rate Limited' },
    remoteAddress: ip,
  });
}

async function account(): Promise<SignedUp> {
  const email = uniqueEmail('victim');
  const response = await signUpFrom(freshIp(), email);
  expect(response.statusCode).toBe(201);
  return { ...response.json<Omit<SignedUp, 'password'>>(), password: PASSWORD };
}

function expectRateLimited(response: Parameters<typeof expectProblem>[0]): void {
  expectProblem(response, 429, 'RATE_LIMITED', { level: 'minimal' });
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

describe('createToken brute force', () => {
  it('per email: after 3 attempts from anywhere, even the right password gets 429 with Retry-After', async () => {
    const victim = await account();
    for (let i = 0; i < 3; i += 1) {
      expectProblem(
        await createToken(t, victim.email, `guess number ${i}`, freshIp()),
        401,
        'INVALID_CREDENTIALS',
        { level: 'minimal' },
      );
    }
    expectRateLimited(await createToken(t, victim.email, PASSWORD, freshIp()));
    const sessions = await t.db.select().from(refreshTokens).where(eq(refreshTokens.accountId, victim.id));
    expect(sessions).toHaveLength(0);
  });

  it('per email regardless of its case', async () => {
    const victim = await account();
    const spellings = [victim.email, victim.email.toUpperCase(), ` ${victim.email} `];
    for (const spelling of spellings) {
      expect((await createToken(t, spelling, 'wrong password!', freshIp())).statusCode).toBe(401);
    }
    expectRateLimited(await createToken(t, victim.email.toUpperCase(), 'wrong password!', freshIp()));
  });

  it('per IP: one address cycling through emails is stopped at the fourth', async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i += 1) {
      expect((await createToken(t, uniqueEmail('spray'), 'password spraying', ip)).statusCode).toBe(401);
    }
    expectRateLimited(await createToken(t, uniqueEmail('spray'), 'password spraying', ip));
    // Another address is unaffected.
    const victim = await account();
    expect((await createToken(t, victim.email, PASSWORD, freshIp())).statusCode).toBe(200);
  });
});

describe('createAccount flood', () => {
  it('per IP: the fourth sign-up from one address is a 429 and creates nothing', async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i += 1) expect((await signUpFrom(ip)).statusCode).toBe(201);
    const email = uniqueEmail('blocked');
    expectRateLimited(await signUpFrom(ip, email));
    const rows = await t.db
      .select()
      .from(accounts)
      .where(sql`lower(${accounts.email}) = lower(${email})`);
    expect(rows).toHaveLength(0);
    expect((await signUpFrom(freshIp())).statusCode).toBe(201);
  });
});

describe('guessing the current password through updateMe', () => {
  it('is limited per account like a sign-in', async () => {
    const victim = await account();
    const { accessToken } = (await createToken(t, victim.email, PASSWORD, freshIp())).json<{
      accessToken: string;
    }>();
    const attempt = (currentPassword: string) =>
      t.app.inject({
        method: 'PATCH',
        url: '/v1/me',
        headers: { authorization: `Bearer ${accessToken}` },
        payload: { password: 'a whole new password', currentPassword },
        remoteAddress: freshIp(),
      });
    for (let i = 0; i < 3; i += 1)
      expectProblem(await attempt(`guess ${i}`), 403, 'CURRENT_PASSWORD_WRONG', { level: 'minimal' });
    expectRateLimited(await attempt(PASSWORD));
  });
});

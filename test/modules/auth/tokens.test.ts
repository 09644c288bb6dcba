import {
  createHash,
  createPublicKey,
  randomUUID,
  verify as verifySignature,
  type JsonWebKey,
} from 'node:crypto';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { decodeJwt, decodeProtectedHeader, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshTokens } from '../../../src/db/tables.js';
import {
  buildKeySet,
  createAccessTokenVerifier,
  generateSigningKey,
  issueAccessToken,
} from '../../../src/modules/auth/index.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createAccount } from '../../support/factories.js';
import { expectProblem } from '../../support/http.js';
import {
  createToken,
  getMe,
  HIGH_LIMITS,
  PASSWORD,
  refresh,
  signIn,
  signUp,
  uniqueEmail,
  type Tokens,
} from '../accounts/helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: HIGH_LIMITS });
});
afterAll(() => t.close());

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

async function rowOf(refreshToken: string) {
  const [row] = await t.db
    .select()
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, sha256(refreshToken)));
  return row;
}

function revoke(refreshToken: string) {
  return t.app.inject({ method: 'POST', url: '/v1/auth/revoke', payload: { refreshToken } });
}

describe('createToken', () => {
  it('200 with an access token, a refresh token, Bearer and expiresIn; not cacheable', async () => {
    const account = await signUp(t);
    const response = await createToken(t, account.email, PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<Tokens>();
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresIn', 'refreshToken', 'tokenType']);
    expect(body.tokenType).toBe('Bearer');
    expect(body.expiresIn).toBe(t.config.ACCESS_TOKEN_TTL_SECONDS);
    expect(body.expiresIn).toBeLessThanOrEqual(900);
    // 32 random bytes, base64url.
    expect(body.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const header = decodeProtectedHeader(body.accessToken);
    expect(header).toMatchObject({ alg: 'RS256', kid: t.keys.signing.kid });
    const claims = decodeJwt(body.accessToken);
    expect(claims).toMatchObject({
      sub: account.id,
      iss: t.config.PUBLIC_BASE_URL,
      aud: t.config.JWT_AUDIENCE,
    });
    expect(claims.exp! - claims.iat!).toBe(body.expiresIn);

    expect((await getMe(t, body.accessToken)).json()).toMatchObject({ id: account.id });
  });

  it('stores only the SHA-256 of the refresh token', async () => {
    const account = await signUp(t);
    const { refreshToken } = await signIn(t, account.email);
    const rows = await t.db.select().from(refreshTokens).where(eq(refreshTokens.accountId, account.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(sha256(refreshToken));
    expect(JSON.stringify(rows)).not.toContain(refreshToken);
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBe(
      t.config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000,
    );
  });

  it('matches the email regardless of case and surrounding spaces', async () => {
    const account = await signUp(t, { email: uniqueEmail('MixedCase') });
    const response = await createToken(t, `  ${account.email.toUpperCase()} `, PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(decodeJwt(response.json<Tokens>().accessToken).sub).toBe(account.id);
  });

  it('401 INVALID_CREDENTIALS for a wrong password, an unknown email, or an account without a password', async () => {
    const account = await signUp(t);
    const external = await createAccount(t); // no password: signs in through the external issuer
    for (const [email, password] of [
      [account.email, 'not the right password'],
      [uniqueEmail('nobody'), PASSWORD],
      [external.email, PASSWORD],
    ] as const) {
      const body = expectProblem(await createToken(t, email, password), 401, 'INVALID_CREDENTIALS', {
        level: 'minimal',
      });
      expect(JSON.stringify(body)).not.toMatch(/accessToken|refreshToken/);
    }
  });

  it('400 with a pointer for an unknown field, and no session created', async () => {
    const account = await signUp(t);
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/token',
      payload: { email: account.email, password: PASSWORD, scope: 'admin' },
    });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED', { level: 'minimal' });
    expect(body.errors).toEqual([expect.objectContaining({ pointer: '/scope' })]);
    expect(
      await t.db.select().from(refreshTokens).where(eq(refreshTokens.accountId, account.id)),
    ).toHaveLength(0);
  });

  // Measured: a NUL in the email reached PostgreSQL, which refuses the byte, and the answer was a 500.
  it('400 with a pointer, not a 500, for a NUL or an unpaired surrogate in the email or password', async () => {
    for (const [body, pointer, detail] of [
      [{ email: 'a\u0000b', password: 'x' }, '/email', 'must not contain NUL characters'],
      [{ email: 'a\ud800b@example.test', password: 'x' }, '/email', 'must be valid Unicode text'],
      [{ email: 'a@example.test', password: 'x\u0000' }, '/password', 'must not contain NUL characters'],
      [{ email: 'a@example.test', password: '\udfffx' }, '/password', 'must be valid Unicode text'],
    ] as const) {
      const response = await t.app.inject({ method: 'POST', url: '/v1/auth/token', payload: body });
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED', { level: 'full' });
      expect(problem.errors).toEqual([
        { pointer, location: 'body', detail: expect.stringContaining(detail) },
      ]);
    }
  });
});

describe('refreshToken', () => {
  it('rotates: new tokens, the old row marked rotated, the new one in the same family', async () => {
    const account = await signUp(t);
    const first = await signIn(t, account.email);
    const response = await refresh(t, first.refreshToken);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const second = response.json<Tokens>();
    expect(second.tokenType).toBe('Bearer');
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect((await getMe(t, second.accessToken)).json()).toMatchObject({ id: account.id });

    const old = await rowOf(first.refreshToken);
    const next = await rowOf(second.refreshToken);
    expect(old?.rotatedAt).toBeInstanceOf(Date);
    expect(old?.revokedAt).toBeNull();
    expect(next).toMatchObject({
      familyId: old!.familyId,
      accountId: account.id,
      rotatedAt: null,
      revokedAt: null,
    });

    // And again, from the new one.
    expect((await refresh(t, second.refreshToken)).statusCode).toBe(200);
  });

  it('reuse of a rotated token revokes the whole family (REFRESH_TOKEN_REUSED), and only that family', async () => {
    const account = await signUp(t);
    const stolen = await signIn(t, account.email);
    const otherDevice = await signIn(t, account.email);
    const legit = (await refresh(t, stolen.refreshToken)).json<Tokens>();

    expectProblem(await refresh(t, stolen.refreshToken), 401, 'REFRESH_TOKEN_REUSED', { level: 'minimal' });
    // The token the legitimate holder got from the rotation is dead too.
    expectProblem(await refresh(t, legit.refreshToken), 401, 'REFRESH_TOKEN_REUSED', { level: 'minimal' });
    const family = await t.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.familyId, (await rowOf(stolen.refreshToken))!.familyId));
    expect(family).toHaveLength(2);
    expect(family.every((row) => row.revokedAt !== null)).toBe(true);

    // Another sign-in of the same account is another family: untouched.
    expect((await refresh(t, otherDevice.refreshToken)).statusCode).toBe(200);
  });

  it('two concurrent refreshes with one token: exactly one succeeds', async () => {
    const account = await signUp(t);
    const { refreshToken } = await signIn(t, account.email);
    // Open every pool connection first: otherwise the first transaction commits before the
    // others have connected, and the requests never overlap (without the row lock, this
    // warm-up makes five of the six succeed).
    await Promise.all(Array.from({ length: 5 }, () => t.pool.query('SELECT pg_sleep(0.02)')));
    const responses = await Promise.all(Array.from({ length: 6 }, () => refresh(t, refreshToken)));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 401, 401, 401, 401, 401]);
    // One rotation only: the original row plus exactly one successor.
    const family = await t.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.familyId, (await rowOf(refreshToken))!.familyId));
    expect(family).toHaveLength(2);
  });

  it('401 INVALID_REFRESH_TOKEN for a token that was never issued', async () => {
    expectProblem(await refresh(t, 'x'.repeat(43)), 401, 'INVALID_REFRESH_TOKEN', { level: 'minimal' });
  });

  it('400 for a missing, empty or oversized token, or an extra field', async () => {
    for (const payload of [
      {},
      { refreshToken: '' },
      { refreshToken: 'x'.repeat(257) },
      { refreshToken: 'x', extra: 1 },
    ]) {
      const response = await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload });
      expectProblem(response, 400, 'VALIDATION_FAILED', { level: 'minimal' });
    }
  });
});

describe('refresh token expiry', () => {
  let clockApp: TestApp;
  let offsetMs = 0;
  beforeAll(async () => {
    clockApp = await createTestApp({
      env: HIGH_LIMITS,
      deps: { now: () => new Date(Date.now() + offsetMs) },
    });
  });
  afterAll(() => clockApp.close());

  it('401 REFRESH_TOKEN_EXPIRED once REFRESH_TOKEN_TTL_DAYS have passed, valid just before', async () => {
    const account = await signUp(clockApp);
    const early = await signIn(clockApp, account.email);
    const late = await signIn(clockApp, account.email);
    const ttlMs = clockApp.config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000;

    offsetMs = ttlMs - 60_000;
    const renewed = await refresh(clockApp, early.refreshToken);
    expect(renewed.statusCode).toBe(200);
    // Access tokens are JWTs on the real clock: valid whatever the injected clock says.
    expect((await getMe(clockApp, renewed.json<Tokens>().accessToken)).statusCode).toBe(200);
    offsetMs = ttlMs + 60_000;
    expectProblem(await refresh(clockApp, late.refreshToken), 401, 'REFRESH_TOKEN_EXPIRED', {
      level: 'minimal',
    });
    offsetMs = 0;
  });
});

describe('session lifetime (REFRESH_TOKEN_MAX_DAYS)', () => {
  const DAY = 24 * 3600 * 1000;
  let clockApp: TestApp;
  let offsetMs = 0;
  beforeAll(async () => {
    clockApp = await createTestApp({
      env: HIGH_LIMITS,
      deps: { now: () => new Date(Date.now() + offsetMs) },
    });
  });
  afterAll(() => clockApp.close());

  async function storedRow(refreshToken: string) {
    const [row] = await clockApp.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, sha256(refreshToken)));
    return row!;
  }

  it('refreshing slides the expiry until the sign-in is REFRESH_TOKEN_MAX_DAYS old, never past it; then 401 SESSION_EXPIRED', async () => {
    expect(clockApp.config).toMatchObject({ REFRESH_TOKEN_TTL_DAYS: 30, REFRESH_TOKEN_MAX_DAYS: 90 });
    const account = await signUp(clockApp);
    offsetMs = 0;
    let tokens = await signIn(clockApp, account.email);
    const first = await storedRow(tokens.refreshToken);
    const started = first.familyStartedAt.getTime();
    expect(first.familyStartedAt).toEqual(first.createdAt);
    expect(first.expiresAt.getTime()).toBe(started + 30 * DAY);

    // Each refresh within 30 days of the last one works: 29, 58, 87 and almost 90 days in.
    for (const days of [29, 58, 87, 90 - 1 / 24]) {
      offsetMs = days * DAY;
      const response = await refresh(clockApp, tokens.refreshToken);
      expect(response.statusCode, `day ${days}`).toBe(200);
      tokens = response.json<Tokens>();
      const row = await storedRow(tokens.refreshToken);
      expect(row.familyStartedAt.getTime()).toBe(started);
      expect(row.familyId).toBe(first.familyId);
      // 30 days from now, but never past the session's end at 90 days.
      expect(row.expiresAt.getTime(), `day ${days}`).toBe(
        Math.min(row.createdAt.getTime() + 30 * DAY, started + 90 * DAY),
      );
    }
    expect((await storedRow(tokens.refreshToken)).expiresAt.getTime()).toBe(started + 90 * DAY);

    offsetMs = 90 * DAY + 60_000;
    expectProblem(await refresh(clockApp, tokens.refreshToken), 401, 'SESSION_EXPIRED');
    // Refused, not rotated: the token stays as it was, and nothing new joined the family.
    expect(await storedRow(tokens.refreshToken)).toMatchObject({ rotatedAt: null, revokedAt: null });

    // A new sign-in starts a new session with its own 90 days.
    const again = await signIn(clockApp, account.email);
    offsetMs = 100 * DAY;
    expect((await refresh(clockApp, again.refreshToken)).statusCode).toBe(200);
    offsetMs = 0;
  });

  it('ends a session even when its token was issued to outlive it (before the limit, or under a longer one)', async () => {
    const account = await signUp(clockApp);
    offsetMs = 0;
    const tokens = await signIn(clockApp, account.email);
    // As issued before sessions had an end: the token is valid for days yet, its sign-in was 91 days ago.
    await clockApp.db
      .update(refreshTokens)
      .set({ familyStartedAt: new Date(Date.now() - 91 * DAY) })
      .where(eq(refreshTokens.tokenHash, sha256(tokens.refreshToken)));
    expectProblem(await refresh(clockApp, tokens.refreshToken), 401, 'SESSION_EXPIRED');
  });

  it('an idle token inside a live session is still 401 REFRESH_TOKEN_EXPIRED', async () => {
    const account = await signUp(clockApp);
    offsetMs = 0;
    const tokens = await signIn(clockApp, account.email);
    offsetMs = 31 * DAY;
    expectProblem(await refresh(clockApp, tokens.refreshToken), 401, 'REFRESH_TOKEN_EXPIRED');
    offsetMs = 0;
  });

  it('follows the configured limit', async () => {
    const short = await createTestApp({
      env: { ...HIGH_LIMITS, REFRESH_TOKEN_TTL_DAYS: '2', REFRESH_TOKEN_MAX_DAYS: '3' },
      deps: { now: () => new Date(Date.now() + offsetMs) },
    });
    try {
      const account = await signUp(short);
      offsetMs = 0;
      let tokens = await signIn(short, account.email);
      offsetMs = 1.5 * DAY;
      const response = await refresh(short, tokens.refreshToken);
      expect(response.statusCode).toBe(200);
      tokens = response.json<Tokens>();
      offsetMs = 3 * DAY + 1_000;
      expectProblem(await refresh(short, tokens.refreshToken), 401, 'SESSION_EXPIRED');
    } finally {
      offsetMs = 0;
      await short.close();
    }
  });
});

describe('revokeToken', () => {
  it('204, and the token and its whole family stop working', async () => {
    const account = await signUp(t);
    const first = await signIn(t, account.email);
    const second = (await refresh(t, first.refreshToken)).json<Tokens>();
    const response = await revoke(second.refreshToken);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect((await refresh(t, second.refreshToken)).statusCode).toBe(401);
    const family = await t.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.familyId, (await rowOf(first.refreshToken))!.familyId));
    expect(family.every((row) => row.revokedAt !== null)).toBe(true);
  });

  it('204 for an unknown token too (no oracle), changing nothing', async () => {
    const account = await signUp(t);
    const session = await signIn(t, account.email);
    const response = await revoke('y'.repeat(43));
    expect(response.statusCode).toBe(204);
    expect((await rowOf(session.refreshToken))?.revokedAt).toBeNull();
  });

  it('400 for an unknown field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/revoke',
      payload: { refreshToken: 'abc', all: true },
    });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED', { level: 'minimal' });
    expect(body.errors).toEqual([expect.objectContaining({ pointer: '/all' })]);
  });
});

describe('getJwks', () => {
  it('publishes the signing kid, and a token verifies against it with node:crypto alone', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    expect(response.statusCode).toBe(200);
    const { keys } = response.json<{ keys: (JsonWebKey & { kid: string; alg: string; use: string })[] }>();
    const jwk = keys.find((key) => key.kid === t.keys.signing.kid);
    expect(jwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    // Public parts only.
    for (const key of keys) expect(Object.keys(key)).not.toEqual(expect.arrayContaining(['d']));

    const account = await signUp(t);
    const { accessToken } = await signIn(t, account.email);
    const [header, payload, signature] = accessToken.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ kid: jwk!.kid });
    const publicKey = createPublicKey({ key: jwk!, format: 'jwk' });
    const signed = Buffer.from(`${header}.${payload}`);
    expect(verifySignature('sha256', signed, publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
    const tampered = Buffer.from(`${header}.${payload.slice(0, -2)}AA`);
    expect(verifySignature('sha256', tampered, publicKey, Buffer.from(signature, 'base64url'))).toBe(false);
  });
});

describe('forged or broken access tokens on GET /v1/me', () => {
  let accountId: string;
  let valid: string;

  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const nowSeconds = () => Math.floor(Date.now() / 1000);

  /** Signs with the app's own key and kid unless told otherwise. */
  async function sign(
    claims: JWTPayload,
    options: { kid?: string; alg?: string; key?: Parameters<SignJWT['sign']>[0] } = {},
  ): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? t.keys.signing.kid, typ: 'JWT' })
      .sign(options.key ?? t.keys.signing.key);
  }

  function goodClaims(): JWTPayload {
    return {
      sub: accountId,
      iss: t.config.PUBLIC_BASE_URL,
      aud: t.config.JWT_AUDIENCE,
      iat: nowSeconds(),
      exp: nowSeconds() + 300,
    };
  }

  beforeAll(async () => {
    accountId = (await createAccount(t)).id;
    valid = await sign(goodClaims());
  });

  it('the control: a well-formed token signed with our key is accepted', async () => {
    expect((await getMe(t, valid)).statusCode).toBe(200);
  });

  const cases: [string, () => Promise<string>][] = [
    [
      'a bad signature',
      async () => {
        const [h, p, s] = valid.split('.') as [string, string, string];
        return `${h}.${p}.${s.startsWith('A') ? 'B' : 'A'}${s.slice(1)}`;
      },
    ],
    [
      'a payload changed after signing',
      async () => {
        const [h, , s] = valid.split('.') as [string, string, string];
        return `${h}.${b64({ ...goodClaims(), sub: '00000000-0000-4000-8000-000000000000' })}.${s}`;
      },
    ],
    [
      'alg: none',
      async () => `${b64({ alg: 'none', typ: 'JWT', kid: t.keys.signing.kid })}.${b64(goodClaims())}.`,
    ],
    [
      'HS256 signed with the public key (algorithm confusion)',
      async () => {
        const pem = t.keys.verification.get(t.keys.signing.kid)!.export({ type: 'spki', format: 'pem' });
        return sign(goodClaims(), { alg: 'HS256', key: new TextEncoder().encode(pem.toString()) });
      },
    ],
    [
      'an expired token',
      async () => sign({ ...goodClaims(), iat: nowSeconds() - 1000, exp: nowSeconds() - 10 }),
    ],
    ['no exp', async () => sign({ ...goodClaims(), exp: undefined })],
    ['no sub', async () => sign({ ...goodClaims(), sub: undefined })],
    ['a sub that is not an account id', async () => sign({ ...goodClaims(), sub: 'admin' })],
    ['no aud', async () => sign({ ...goodClaims(), aud: undefined })],
    ['the wrong aud', async () => sign({ ...goodClaims(), aud: 'some-other-api' })],
    ['no iss', async () => sign({ ...goodClaims(), iss: undefined })],
    ['the wrong iss', async () => sign({ ...goodClaims(), iss: 'https://evil.example' })],
    ['not valid yet (nbf in the future)', async () => sign({ ...goodClaims(), nbf: nowSeconds() + 600 })],
    ['an unknown kid', async () => sign(goodClaims(), { kid: 'no-such-key' })],
    [
      'no kid',
      async () => new SignJWT(goodClaims()).setProtectedHeader({ alg: 'RS256' }).sign(t.keys.signing.key),
    ],
    ['a garbage string', async () => 'garbage'],
    ['three garbage segments', async () => 'not.a.jwt'],
    [
      'a header that is not JSON',
      async () => `${Buffer.from('{oops').toString('base64url')}.${b64(goodClaims())}.sig`,
    ],
    [
      'a token from another key set',
      async () => {
        const other = await buildKeySet(await generateSigningKey());
        return issueAccessToken(
          { keys: other, issuer: t.config.PUBLIC_BASE_URL, audience: t.config.JWT_AUDIENCE, ttlSeconds: 300 },
          accountId,
        );
      },
    ],
    [
      'another key claiming our kid',
      async () => sign(goodClaims(), { key: (await generateSigningKey()) as Parameters<SignJWT['sign']>[0] }),
    ],
  ];

  it.each(cases)('401 INVALID_TOKEN for %s', async (_name, forge) => {
    const token = await forge();
    const response = await getMe(t, token);
    const body = expectProblem(response, 401, 'INVALID_TOKEN', { level: 'minimal' });
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(JSON.stringify(body)).not.toContain(accountId);
  });

  it('property: any other bearer string is a 401, never a 500', async () => {
    const segment = (value: fc.Arbitrary<unknown>) =>
      value.map((v) => Buffer.from(JSON.stringify(v)).toString('base64url'));
    const header = fc.oneof(
      fc.jsonValue(),
      fc.record({
        alg: fc.constantFrom('RS256', 'none', 'HS256', 'ES256', 'PS256', 'EdDSA', 'RSA-OAEP'),
        kid: fc.oneof(fc.constant(t.keys.signing.kid), fc.string()),
        crit: fc.option(fc.array(fc.string()), { nil: undefined }),
      }),
    );
    const payload = fc.oneof(fc.jsonValue(), fc.constant(goodClaims()));
    const token = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9._~+/-]{1,300}$/),
      fc
        .tuple(segment(header), segment(payload), fc.stringMatching(/^[A-Za-z0-9_-]{0,400}$/))
        .map((parts) => parts.join('.')),
    );
    await fc.assert(
      fc.asyncProperty(token, async (value) => {
        const response = await getMe(t, value);
        expect(response.statusCode).toBe(401);
        expect(['INVALID_TOKEN', 'UNAUTHORIZED']).toContain(response.json<{ code: string }>().code);
      }),
      { numRuns: 150 },
    );
  });
});

describe('remembered access tokens', () => {
  const settings = () => ({
    keys: t.keys,
    issuer: t.config.PUBLIC_BASE_URL,
    audience: t.config.JWT_AUDIENCE,
  });
  const issue = (accountId: string, at: Date) =>
    issueAccessToken({ ...settings(), ttlSeconds: 60 }, accountId, at);

  it('a token accepted once is refused once it expires', async () => {
    const verify = createAccessTokenVerifier(settings());
    const issuedAt = new Date();
    const token = await issue(randomUUID(), issuedAt);
    await expect(verify(token, issuedAt)).resolves.toMatchObject({ expiresAt: expect.any(Number) });
    await expect(verify(token, new Date(issuedAt.getTime() + 61_000))).rejects.toMatchObject({
      code: 'INVALID_TOKEN',
    });
  });

  it('a token with one character changed after its original was accepted is refused', async () => {
    const verify = createAccessTokenVerifier(settings());
    const now = new Date();
    const token = await issue(randomUUID(), now);
    await verify(token, now);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verify(forged, now)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
  });

  it('keeps at most `capacity` tokens: the oldest is verified afresh', async () => {
    const signing = await buildKeySet(await generateSigningKey());
    const own = { keys: signing, issuer: 'https://issuer.test', audience: 'aud' };
    const verify = createAccessTokenVerifier(own, 2);
    const now = new Date();
    const tokens = await Promise.all(
      [1, 2, 3].map(() => issueAccessToken({ ...own, ttlSeconds: 60 }, randomUUID(), now)),
    );
    for (const token of tokens) await verify(token, now);
    // With the key gone, only what is still remembered passes: the newest two, not the first.
    signing.verification.clear();
    await expect(verify(tokens[0]!, now)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
    await expect(verify(tokens[1]!, now)).resolves.toBeDefined();
    await expect(verify(tokens[2]!, now)).resolves.toBeDefined();
  });
});

import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountIdentities, accounts } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createAccount } from '../../support/factories.js';
import { expectProblem } from '../../support/http.js';
import { getMe, HIGH_LIMITS, PASSWORD, signIn, signUp, uniqueEmail } from '../accounts/helpers.js';

/**
 * An external OpenID Connect issuer played by the test: its JWKS is served on 127.0.0.1 by
 * a plain node:http server, and its tokens are signed with keys generated here.
 */
const ISSUER = 'https://idp.example.test';
const AUDIENCE = 'referral-exchange-api';

interface IssuerKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function issuerKey(alg: 'RS256' | 'ES256' | 'EdDSA'): Promise<IssuerKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const kid = `${alg}-${randomUUID().slice(0, 8)}`;
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

let server: Server;
let jwksRequests = 0;
let rsa: IssuerKey;
let ec: IssuerKey;
let ed: IssuerKey;
let unpublished: IssuerKey;
let t: TestApp;

beforeAll(async () => {
  [rsa, ec, ed, unpublished] = await Promise.all([
    issuerKey('RS256'),
    issuerKey('ES256'),
    issuerKey('EdDSA'),
    issuerKey('RS256'),
  ]);
  const body = JSON.stringify({ keys: [rsa.jwk, ec.jwk, ed.jwk] });
  server = createServer((request, response) => {
    if (request.url === '/jwks') {
      jwksRequests += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  t = await createTestApp({
    env: {
      ...HIGH_LIMITS,
      OIDC_ISSUER: ISSUER,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks`,
    },
  });
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => server.close(resolve));
});

const now = () => Math.floor(Date.now() / 1000);

function externalToken(
  claims: JWTPayload,
  key: IssuerKey = rsa,
  header: { alg?: string; kid?: string } = {},
) {
  return new SignJWT({ iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + 300, ...claims })
    .setProtectedHeader({ alg: header.alg ?? key.alg, kid: header.kid ?? key.kid, typ: 'JWT' })
    .sign(key.privateKey);
}

async function identitiesOf(subject: string) {
  return t.db
    .select()
    .from(accountIdentities)
    .where(sql`${accountIdentities.issuer} = ${ISSUER} and ${accountIdentities.subject} = ${subject}`);
}

async function accountsWithEmail(email: string) {
  return t.db
    .select()
    .from(accounts)
    .where(sql`lower(${accounts.email}) = lower(${email})`);
}

describe('external OpenID Connect issuer', () => {
  it('first use creates the account from the email and name claims and links (iss, sub)', async () => {
    const subject = randomUUID();
    const email = uniqueEmail('oidc');
    const response = await getMe(
      t,
      await externalToken({ sub: subject, email, email_verified: true, name: 'Octavia Butler' }),
    );
    expect(response.statusCode).toBe(200);
    const me = response.json<{ id: string; email: string; name: string }>();
    expect(me).toMatchObject({ email, name: 'Octavia Butler' });
    expect(jwksRequests).toBeGreaterThan(0);

    const links = await identitiesOf(subject);
    expect(links).toEqual([expect.objectContaining({ issuer: ISSUER, subject, accountId: me.id })]);
    const [row] = await t.db.select().from(accounts).where(eq(accounts.id, me.id));
    expect(row?.passwordHash).toBeNull();
  });

  it('later uses find the account by (iss, sub), whatever the email claim says now', async () => {
    const subject = randomUUID();
    const first = (
      await getMe(t, await externalToken({ sub: subject, email: uniqueEmail('first'), email_verified: true }))
    ).json<{ id: string }>();
    const changed = uniqueEmail('changed');
    const again = await getMe(t, await externalToken({ sub: subject, email: changed }));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.id });
    // No second account for the new address, and still one link.
    expect(await accountsWithEmail(changed)).toHaveLength(0);
    expect(await identitiesOf(subject)).toHaveLength(1);
    // Without any email claim (so without email_verified) too: the link is enough.
    expect((await getMe(t, await externalToken({ sub: subject }))).json()).toMatchObject({ id: first.id });
  });

  it('uses the email’s local part as the name when there is no name claim', async () => {
    const email = `grace.hopper-${randomUUID().slice(0, 6)}@example.test`;
    const response = await getMe(t, await externalToken({ sub: randomUUID(), email, email_verified: true }));
    expect(response.json()).toMatchObject({ name: email.split('@')[0] });
  });

  // Claims are strings that reach the database too: a NUL in the subject was a 500.
  it('a subject with a NUL or a control character is a 401, and nothing is linked', async () => {
    for (const sub of [`${randomUUID()}\u0000`, `${randomUUID()}\n`, `${randomUUID()}\ud800`]) {
      const response = await getMe(t, await externalToken({ sub, email: uniqueEmail('odd-subject') }));
      expectProblem(response, 401, 'INVALID_TOKEN', { level: 'minimal' });
      expect(await identitiesOf(sub.slice(0, 36))).toHaveLength(0);
    }
  });

  it('a name claim that is no usable name (NUL, controls, a lone surrogate) gives way to the email’s local part', async () => {
    for (const name of ['Octavia\u0000Butler', 'Octavia\tButler', 'Octavia \ud800']) {
      const email = `octavia-${randomUUID().slice(0, 6)}@example.test`;
      const response = await getMe(
        t,
        await externalToken({ sub: randomUUID(), email, email_verified: true, name }),
      );
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ name: email.split('@')[0] });
    }
  });

  it('accepts ES256 and EdDSA keys of the issuer too', async () => {
    for (const key of [ec, ed]) {
      const response = await getMe(
        t,
        await externalToken({ sub: randomUUID(), email: uniqueEmail(key.alg), email_verified: true }, key),
      );
      expect(response.statusCode, key.alg).toBe(200);
    }
  });

  it('links an existing password account with that email only when email_verified is true', async () => {
    const account = await signUp(t, { email: uniqueEmail('Existing') });
    const email = account.email.toUpperCase();

    for (const emailVerified of [undefined, false, 'true']) {
      const subject = randomUUID();
      const claims = {
        sub: subject,
        email,
        ...(emailVerified === undefined ? {} : { email_verified: emailVerified }),
      };
      expectProblem(await getMe(t, await externalToken(claims)), 401, 'OIDC_EMAIL_NOT_VERIFIED', {
        level: 'minimal',
      });
      expect(await identitiesOf(subject)).toHaveLength(0);
    }

    const subject = randomUUID();
    const linked = await getMe(t, await externalToken({ sub: subject, email, email_verified: true }));
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({ id: account.id, email: account.email });
    expect(await accountsWithEmail(account.email)).toHaveLength(1);
    // The password keeps working for the same account.
    expect((await signIn(t, account.email, PASSWORD)).accessToken).toBeTruthy();
  });

  it('first use never creates an account unless email_verified is exactly true', async () => {
    const email = uniqueEmail('unverified');
    for (const emailVerified of [undefined, false, 'true', 1, null, 'yes']) {
      const subject = randomUUID();
      const claims = {
        sub: subject,
        email,
        ...(emailVerified === undefined ? {} : { email_verified: emailVerified }),
      };
      const problem = expectProblem(
        await getMe(t, await externalToken(claims)),
        401,
        'OIDC_EMAIL_NOT_VERIFIED',
      );
      expect(problem.detail).toContain('email_verified');
      expect(await identitiesOf(subject)).toHaveLength(0);
      expect(await accountsWithEmail(email)).toHaveLength(0);
    }
    // The address is still free: its owner can sign up with a password.
    expect((await signUp(t, { email })).email).toBe(email);
  });

  it('answers an unverified email the same whether or not an account has it', async () => {
    const taken = (await signUp(t, { email: uniqueEmail('taken') })).email;
    const answer = async (email: string) => {
      const response = await getMe(
        t,
        await externalToken({ sub: randomUUID(), email, email_verified: false }),
      );
      const { code, detail, status, title, type } = expectProblem(response, 401, 'OIDC_EMAIL_NOT_VERIFIED');
      return { code, detail, status, title, type };
    };
    expect(await answer(taken)).toEqual(await answer(uniqueEmail('free')));
  });

  it('a link made before keeps working with tokens that do not say email_verified', async () => {
    const account = await createAccount(t);
    const subject = randomUUID();
    await t.db.insert(accountIdentities).values({ issuer: ISSUER, subject, accountId: account.id });
    for (const claims of [
      {},
      { email: uniqueEmail('other') },
      { email_verified: false },
      { email_verified: 'true' },
    ]) {
      const response = await getMe(t, await externalToken({ sub: subject, ...claims }));
      expect(response.statusCode, JSON.stringify(claims)).toBe(200);
      expect(response.json()).toMatchObject({ id: account.id });
    }
  });

  it('401 OIDC_EMAIL_REQUIRED on first use without a usable email claim', async () => {
    for (const email of [undefined, '', 'not-an-email', 42]) {
      const subject = randomUUID();
      const claims = { sub: subject, ...(email === undefined ? {} : { email }) };
      expectProblem(await getMe(t, await externalToken(claims)), 401, 'OIDC_EMAIL_REQUIRED', {
        level: 'minimal',
      });
      expect(await identitiesOf(subject)).toHaveLength(0);
    }
  });

  it('our own access tokens keep working next to the external ones', async () => {
    const account = await createAccount(t);
    expect((await getMe(t, account.token)).json()).toMatchObject({ id: account.id });
  });

  describe('bad tokens from the external issuer are 401', () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const base = () => ({
      iss: ISSUER,
      aud: AUDIENCE,
      sub: randomUUID(),
      email: uniqueEmail('bad'),
      exp: now() + 300,
    });

    const cases: [string, () => Promise<string>][] = [
      ['the wrong audience', () => externalToken({ ...base(), aud: 'another-api' })],
      ['no audience', () => externalToken({ ...base(), aud: undefined })],
      ['expired', () => externalToken({ ...base(), iat: now() - 900, exp: now() - 30 })],
      ['no exp', () => externalToken({ ...base(), exp: undefined })],
      ['no sub', () => externalToken({ ...base(), sub: undefined })],
      ['signed by a key the issuer does not publish', () => externalToken(base(), unpublished)],
      [
        'signed by another key under a published kid',
        () => externalToken(base(), unpublished, { kid: rsa.kid }),
      ],
      [
        'a payload changed after signing',
        async () => {
          const [h, , s] = (await externalToken(base())).split('.') as [string, string, string];
          return `${h}.${b64({ ...base(), sub: 'someone-else' })}.${s}`;
        },
      ],
      ['alg: none', async () => `${b64({ alg: 'none', kid: rsa.kid })}.${b64(base())}.`],
      [
        'HS256 signed with the issuer’s public key',
        () =>
          new SignJWT(base())
            .setProtectedHeader({ alg: 'HS256', kid: rsa.kid })
            .sign(new TextEncoder().encode(JSON.stringify(rsa.jwk))),
      ],
      [
        'the issuer’s key with our issuer name',
        () => externalToken({ ...base(), iss: t.config.PUBLIC_BASE_URL }),
      ],
      ['a look-alike issuer', () => externalToken({ ...base(), iss: `${ISSUER}/` })],
    ];

    it.each(cases)('%s', async (_name, forge) => {
      const token = await forge();
      const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
        sub?: string;
      };
      expectProblem(await getMe(t, token), 401, 'INVALID_TOKEN', { level: 'minimal' });
      if (claims.sub) expect(await identitiesOf(claims.sub)).toHaveLength(0);
    });
  });
});

import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountIdentities, accounts } from '../../../src/db/tables.js';
import { FRESH_SIGN_IN_MS } from '../../../src/modules/privacy/index.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { expectProblem } from '../../support/http.js';
import { getMe, HIGH_LIMITS, uniqueEmail } from '../accounts/helpers.js';

/** An external OpenID Connect issuer played by the test, its JWKS served on 127.0.0.1. */
const ISSUER = 'https://idp.example.test';
const AUDIENCE = 'referral-exchange-api';
const KID = 'erasure-key';

let server: Server;
let privateKey: CryptoKey;
let t: TestApp;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  const body = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256' }] });
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
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

/** A token of the issuer for `sub`, issued `ageMs` ago (valid for ten minutes from then). */
function externalToken(sub: string, email: string, ageMs = 0, extra: Record<string, unknown> = {}) {
  const iat = Math.floor((Date.now() - ageMs) / 1000);
  return new SignJWT({
    iss: ISSUER,
    aud: AUDIENCE,
    iat,
    exp: iat + 3600,
    email,
    email_verified: true,
    ...extra,
  })
    .setProtectedHeader({ alg: 'RS256', kid: KID })
    .setSubject(sub)
    .sign(privateKey);
}

const deleteMe = (token: string) =>
  t.app.inject({
    method: 'DELETE',
    url: '/v1/me',
    headers: { authorization: `Bearer ${token}` },
    payload: {},
  });

describe('deleteMe through the external issuer', () => {
  it('erases an account without a password on a fresh token, and deletes its identity', async () => {
    const sub = randomUUID();
    const email = uniqueEmail('oidc');
    const token = await externalToken(sub, email);
    const me = await getMe(t, token);
    expect(me.statusCode, me.body).toBe(200);
    const accountId = me.json<{ id: string }>().id;

    expect((await deleteMe(token)).statusCode).toBe(204);
    const [row] = await t.db.select().from(accounts).where(eq(accounts.id, accountId));
    expect(row).toMatchObject({ email: null });
    expect(
      await t.db.select().from(accountIdentities).where(eq(accountIdentities.accountId, accountId)),
    ).toEqual([]);
    // The identity is no longer linked: signing in again there starts a new, empty account.
    const again = await getMe(t, await externalToken(sub, email));
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<{ id: string }>().id).not.toBe(accountId);
  });

  it('403 FRESH_SIGN_IN_REQUIRED for a token from an older sign-in (iat or auth_time)', async () => {
    const sub = randomUUID();
    const email = uniqueEmail('stale');
    const stale = await externalToken(sub, email, FRESH_SIGN_IN_MS + 60_000);
    expect((await getMe(t, stale)).statusCode).toBe(200);
    expectProblem(await deleteMe(stale), 403, 'FRESH_SIGN_IN_REQUIRED');
    // A token minted just now for a sign-in long ago is not fresh either.
    const reissued = await externalToken(sub, email, 0, {
      auth_time: Math.floor((Date.now() - FRESH_SIGN_IN_MS - 60_000) / 1000),
    });
    expectProblem(await deleteMe(reissued), 403, 'FRESH_SIGN_IN_REQUIRED');
    const account = await t.db.select().from(accounts).where(eq(accounts.email, email));
    expect(account).toHaveLength(1);
  });
});

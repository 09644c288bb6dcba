import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT, type JWTHeaderParameters } from 'jose';
import { Unauthorized } from '../../http/errors.js';
import { ACCESS_TOKEN_ALG, type KeySet } from './auth.keys.js';

export interface AccessTokenSettings {
  keys: KeySet;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export interface VerifiedAccessToken {
  accountId: string;
  expiresAt: number;
}

/** A short-lived RS256 JWT for an account: `sub` is the account id, `kid` names the key. */
export async function issueAccessToken(
  settings: AccessTokenSettings,
  accountId: string,
  now: Date = new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid: settings.keys.signing.kid, typ: 'JWT' })
    .setSubject(accountId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + settings.ttlSeconds)
    .setJti(randomUUID())
    .sign(settings.keys.signing.key);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Verifies one of our own access tokens. The algorithm is pinned, the key is chosen by `kid`
 * among ours only, and iss, aud, exp and sub are required. Every failure, including the
 * TypeError jose throws for some forged tokens, is a 401.
 */
export async function verifyAccessToken(
  settings: Omit<AccessTokenSettings, 'ttlSeconds'>,
  token: string,
  now: Date = new Date(),
): Promise<VerifiedAccessToken> {
  try {
    const { payload } = await jwtVerify(
      token,
      (header: JWTHeaderParameters) => {
        const key = header.kid === undefined ? undefined : settings.keys.verification.get(header.kid);
        if (!key) throw new Error('unknown kid');
        return key;
      },
      {
        algorithms: [ACCESS_TOKEN_ALG],
        issuer: settings.issuer,
        audience: settings.audience,
        requiredClaims: ['exp', 'sub', 'iss', 'aud'],
        currentDate: now,
      },
    );
    if (typeof payload.sub !== 'string' || !UUID.test(payload.sub) || typeof payload.exp !== 'number') {
      throw new Error('bad subject');
    }
    return { accountId: payload.sub, expiresAt: payload.exp };
  } catch {
    throw new Unauthorized('INVALID_TOKEN', 'The access token is invalid or expired.');
  }
}

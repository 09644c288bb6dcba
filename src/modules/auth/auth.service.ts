import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import type { Config } from '../../config.js';
import type { Db, DbOrTx } from '../../db/client.js';
import type { Caller } from '../../http/auth.js';
import { Unauthorized } from '../../http/errors.js';
import { hashedKey, type RateLimiter } from '../../http/rate-limit.js';
import type { AccountsService } from '../accounts/index.js';
import type { KeySet } from './auth.keys.js';
import { createOidcVerifier, type OidcVerifier } from './auth.oidc.js';
import {
  findRefreshToken,
  insertRefreshToken,
  lockRefreshToken,
  markRotated,
  revokeAccountTokens,
  revokeFamily,
} from './auth.repository.js';
import type { CreateTokenBody, TokenPair } from './auth.schemas.js';
import { createAccessTokenVerifier, issueAccessToken, type AccessTokenSettings } from './auth.tokens.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface AuthServiceDeps {
  db: Db;
  keys: KeySet;
  config: Pick<
    Config,
    | 'PUBLIC_BASE_URL'
    | 'JWT_AUDIENCE'
    | 'ACCESS_TOKEN_TTL_SECONDS'
    | 'REFRESH_TOKEN_TTL_DAYS'
    | 'REFRESH_TOKEN_MAX_DAYS'
    | 'AUTH_RATE_LIMIT_PER_MINUTE'
    | 'OIDC_ISSUER'
    | 'OIDC_AUDIENCE'
    | 'OIDC_JWKS_URL'
  >;
  accounts: Pick<AccountsService, 'verifyCredentials' | 'resolveExternalIdentity'>;
  limiter: RateLimiter;
  now: () => Date;
  logger: { warn(details: object, message: string): void };
}

/** Refresh tokens are 32 random bytes, base64url; only their SHA-256 is stored. */
function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256(token) };
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function invalidToken(): Unauthorized {
  return new Unauthorized('INVALID_TOKEN', 'The access token is invalid or expired.');
}

/** The unverified `iss`, only to choose which verifier to use; undefined for garbage. */
function claimedIssuer(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}

/** Ends every session of an account (on a password change), in the caller's transaction. */
export async function revokeAccountSessions(tx: DbOrTx, accountId: string, at: Date): Promise<void> {
  await revokeAccountTokens(tx, { accountId, at });
}

export function createAuthService(deps: AuthServiceDeps) {
  const { db, config, accounts, limiter, now } = deps;
  const settings: AccessTokenSettings = {
    keys: deps.keys,
    issuer: config.PUBLIC_BASE_URL,
    audience: config.JWT_AUDIENCE,
    ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  };
  const verifyOwnToken = createAccessTokenVerifier(settings);
  const oidc: OidcVerifier | undefined =
    config.OIDC_ISSUER && config.OIDC_AUDIENCE && config.OIDC_JWKS_URL
      ? createOidcVerifier({
          issuer: config.OIDC_ISSUER,
          audience: config.OIDC_AUDIENCE,
          jwksUrl: config.OIDC_JWKS_URL,
        })
      : undefined;

  async function verifyExternal(verifier: OidcVerifier, token: string, at: Date): Promise<Caller> {
    let claims;
    try {
      claims = await verifier.verify(token, at);
    } catch {
      // jose throws TypeError for some forged tokens, and fails to fetch keys sometimes: all 401.
      throw invalidToken();
    }
    const accountId = await accounts.resolveExternalIdentity({
      issuer: verifier.issuer,
      subject: claims.sub,
      email: claims.email,
      emailVerified: claims.email_verified,
      name: claims.name,
    });
    const signedInAt = typeof claims.auth_time === 'number' ? claims.auth_time : claims.iat;
    const expiresAt = new Date(claims.exp * 1000);
    return typeof signedInAt === 'number'
      ? { accountId, expiresAt, externalSignInAt: new Date(signedInAt * 1000) }
      : { accountId, expiresAt };
  }

  async function verify(token: string, at: Date): Promise<Caller> {
    if (oidc && claimedIssuer(token) === oidc.issuer) return verifyExternal(oidc, token, at);
    const own = await verifyOwnToken(token, at);
    return { accountId: own.accountId, expiresAt: new Date(own.expiresAt * 1000) };
  }

  async function tokenPair(accountId: string, refreshToken: string): Promise<TokenPair> {
    return {
      accessToken: await issueAccessToken(settings, accountId),
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: settings.ttlSeconds,
    };
  }

  /** When a session (refresh token family) started at `startedAt` ends, however often it is refreshed. */
  function sessionEnd(startedAt: Date): Date {
    return new Date(startedAt.getTime() + config.REFRESH_TOKEN_MAX_DAYS * DAY_MS);
  }

  /** A token issued at `at`: valid for the idle lifetime, but never past its session's end. */
  function refreshExpiry(at: Date, familyStartedAt: Date): Date {
    const idleEnd = at.getTime() + config.REFRESH_TOKEN_TTL_DAYS * DAY_MS;
    return new Date(Math.min(idleEnd, sessionEnd(familyStartedAt).getTime()));
  }

  return {
    jwks(): KeySet['jwks'] {
      return settings.keys.jwks;
    },

    /**
     * The caller behind a bearer token: one of our access tokens, or (when configured) one of
     * the external issuer's, linked to an account by (iss, sub). Any failure is a 401.
     */
    async authenticate(token: string): Promise<Caller> {
      // JWTs live on the real clock, as every other verifier of them does; the injected
      // clock (`now`) governs what the database records, such as refresh token expiry.
      return verify(token, new Date());
    },

    /** Email + password -> a new session: an access token and the first refresh token of a family. */
    async createToken(body: CreateTokenBody, client: { ip: string }): Promise<TokenPair> {
      await limiter.consume(
        [`login-ip:${client.ip}`, `login-email:${hashedKey(body.email.toLowerCase())}`],
        config.AUTH_RATE_LIMIT_PER_MINUTE,
      );
      const accountId = await accounts.verifyCredentials(body.email, body.password);
      if (accountId === undefined) {
        throw new Unauthorized('INVALID_CREDENTIALS', 'The email or password is wrong.');
      }
      const at = now();
      const refresh = newRefreshToken();
      await insertRefreshToken(db, {
        accountId,
        familyId: randomUUID(),
        familyStartedAt: at,
        tokenHash: refresh.hash,
        createdAt: at,
        expiresAt: refreshExpiry(at, at),
      });
      return tokenPair(accountId, refresh.token);
    },

    /**
     * Rotates a refresh token: the presented one is marked rotated and a new one joins its
     * family. The row is locked, so of two refreshes with one token only the first succeeds;
     * a rotated or revoked token presented again revokes the whole family (it leaked). Once
     * the family is REFRESH_TOKEN_MAX_DAYS old, it ends (SESSION_EXPIRED) however recently it
     * was used.
     */
    async refreshToken(refreshToken: string): Promise<TokenPair> {
      const at = now();
      const outcome = await db.transaction(async (tx) => {
        const row = await lockRefreshToken(tx, sha256(refreshToken));
        if (!row) return { kind: 'unknown' } as const;
        if (row.rotatedAt !== null || row.revokedAt !== null) {
          await revokeFamily(tx, { familyId: row.familyId, at });
          return { kind: 'reused', accountId: row.accountId, familyId: row.familyId } as const;
        }
        // Checked before the token's own expiry: tokens issued before sessions had an end, or
        // under a longer REFRESH_TOKEN_MAX_DAYS, may outlive their session.
        if (sessionEnd(row.familyStartedAt).getTime() <= at.getTime()) {
          return { kind: 'session_expired' } as const;
        }
        if (row.expiresAt.getTime() <= at.getTime()) return { kind: 'expired' } as const;
        await markRotated(tx, { id: row.id, at });
        const next = newRefreshToken();
        await insertRefreshToken(tx, {
          accountId: row.accountId,
          familyId: row.familyId,
          familyStartedAt: row.familyStartedAt,
          tokenHash: next.hash,
          createdAt: at,
          expiresAt: refreshExpiry(at, row.familyStartedAt),
        });
        return { kind: 'rotated', accountId: row.accountId, token: next.token } as const;
      });
      switch (outcome.kind) {
        case 'rotated':
          return tokenPair(outcome.accountId, outcome.token);
        case 'reused':
          deps.logger.warn(
            { accountId: outcome.accountId, familyId: outcome.familyId },
            'a rotated or revoked refresh token was presented: its family is revoked',
          );
          throw new Unauthorized(
            'REFRESH_TOKEN_REUSED',
            'This refresh token was already used or revoked; every session it belongs to has been ended. Sign in again.',
          );
        case 'session_expired':
          throw new Unauthorized(
            'SESSION_EXPIRED',
            'This session has reached its maximum length and cannot be refreshed any more; sign in again.',
          );
        case 'expired':
          throw new Unauthorized('REFRESH_TOKEN_EXPIRED', 'The refresh token has expired; sign in again.');
        case 'unknown':
          throw new Unauthorized('INVALID_REFRESH_TOKEN', 'The refresh token is not valid; sign in again.');
      }
    },

    /** Ends the session (family) of a refresh token. Unknown tokens are ignored: no oracle. */
    async revokeToken(refreshToken: string): Promise<void> {
      const row = await findRefreshToken(db, sha256(refreshToken));
      if (row) await revokeFamily(db, { familyId: row.familyId, at: now() });
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;

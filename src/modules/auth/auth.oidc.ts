import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { text } from '../../http/text.js';

/** Asymmetric algorithms only: a symmetric one would let anyone who knows a public key sign. */
export const OIDC_ALGORITHMS = ['RS256', 'ES256', 'EdDSA'];

export interface OidcSettings {
  issuer: string;
  audience: string;
  jwksUrl: string;
}

/**
 * OpenID Connect caps `sub` at 255 ASCII characters. It is stored and queried, so it is held to
 * the rules of a request string: a NUL in it was a 500.
 */
const Subject = text({ max: 255, min: 1 });

export interface ExternalTokenClaims extends JWTPayload {
  sub: string;
  exp: number;
}

/**
 * Verifies access tokens of the one configured external OpenID Connect issuer against its
 * JWKS (fetched on first use, cached, fetched again at most every 30 s for an unknown kid).
 * Throws on any failure; the caller turns every failure into a 401.
 */
export function createOidcVerifier(settings: OidcSettings) {
  const jwks = createRemoteJWKSet(new URL(settings.jwksUrl), {
    timeoutDuration: 5_000,
    cooldownDuration: 30_000,
  });
  return {
    issuer: settings.issuer,
    async verify(token: string, now: Date): Promise<ExternalTokenClaims> {
      const { payload } = await jwtVerify(token, jwks, {
        algorithms: OIDC_ALGORITHMS,
        issuer: settings.issuer,
        audience: settings.audience,
        requiredClaims: ['exp', 'sub', 'iss', 'aud'],
        currentDate: now,
      });
      const subject = Subject.safeParse(payload.sub);
      const { exp } = payload;
      if (!subject.success || typeof exp !== 'number') throw new Error('unusable subject');
      return { ...payload, sub: subject.data, exp };
    },
  };
}
export type OidcVerifier = ReturnType<typeof createOidcVerifier>;

import type { Caller } from '../../http/auth.js';
import type { KeySet } from './auth.keys.js';
import { verifyAccessToken, type AccessTokenSettings } from './auth.tokens.js';

export function createAuthService(settings: AccessTokenSettings) {
  return {
    jwks(): KeySet['jwks'] {
      return settings.keys.jwks;
    },
    /** The caller behind a bearer token. */
    async authenticate(token: string): Promise<Caller> {
      const verified = await verifyAccessToken(settings, token);
      return { accountId: verified.accountId };
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;

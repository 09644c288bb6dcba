import type { FastifyPluginAsync } from 'fastify';
import { authRoutes } from './auth.routes.js';
import type { AuthService } from './auth.service.js';

export { buildKeySet, generateSigningKey, loadKeySet, type KeySet } from './auth.keys.js';
export { createAccessTokenVerifier, issueAccessToken, type AccessTokenSettings } from './auth.tokens.js';
export { createAuthService, revokeAccountSessions, type AuthService } from './auth.service.js';

export const authModule: FastifyPluginAsync<{ service: AuthService }> = async (app, { service }) => {
  await app.register(authRoutes, { service });
};

import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../http/schemas.js';
import { CreateTokenBody, Jwks, RefreshTokenBody, RevokeTokenBody, TokenPair } from './auth.schemas.js';
import type { AuthService } from './auth.service.js';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod<{ service: AuthService }> = async (app, { service }) => {
  app.get(
    '/.well-known/jwks.json',
    {
      schema: {
        operationId: 'getJwks',
        tags,
        summary: 'Public keys that verify access tokens and endorsement credentials',
        response: { 200: Jwks, ...problemResponses() },
      },
    },
    (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return service.jwks();
    },
  );

  app.post(
    '/v1/auth/token',
    {
      schema: {
        operationId: 'createToken',
        tags,
        summary: 'Sign in with email and password: an access token and a refresh token',
        body: CreateTokenBody,
        response: { 200: TokenPair, ...problemResponses(400, 401, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.createToken(request.body, { ip: request.ip });
    },
  );

  app.post(
    '/v1/auth/refresh',
    {
      schema: {
        operationId: 'refreshToken',
        tags,
        summary: 'Trade a refresh token for new tokens (the old one stops working)',
        description:
          'A 401 says why the session cannot go on: INVALID_REFRESH_TOKEN, REFRESH_TOKEN_REUSED (the whole session is ended), REFRESH_TOKEN_EXPIRED (unused for REFRESH_TOKEN_TTL_DAYS) or SESSION_EXPIRED (the sign-in is REFRESH_TOKEN_MAX_DAYS old). Sign in again after any of them.',
        body: RefreshTokenBody,
        response: { 200: TokenPair, ...problemResponses(400, 401, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.refreshToken(request.body.refreshToken);
    },
  );

  app.post(
    '/v1/auth/revoke',
    {
      schema: {
        operationId: 'revokeToken',
        tags,
        summary: 'Sign out: revoke a refresh token and every token rotated from the same sign-in',
        body: RevokeTokenBody,
        response: { 204: z.undefined(), ...problemResponses(400, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      await service.revokeToken(request.body.refreshToken);
      return reply.code(204).send();
    },
  );
};

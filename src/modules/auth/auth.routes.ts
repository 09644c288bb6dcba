import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../http/schemas.js';
import { Jwks } from './auth.schemas.js';
import type { AuthService } from './auth.service.js';

export const authRoutes: FastifyPluginAsyncZod<{ service: AuthService }> = async (app, { service }) => {
  app.get(
    '/.well-known/jwks.json',
    {
      schema: {
        operationId: 'getJwks',
        tags: ['auth'],
        summary: 'Public keys that verify access tokens and endorsement credentials',
        response: { 200: Jwks, ...problemResponses() },
      },
    },
    (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return service.jwks();
    },
  );
};

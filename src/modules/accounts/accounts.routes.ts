import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { problemResponses } from '../../http/schemas.js';
import { Account, CreateAccountBody, UpdateMeBody } from './accounts.schemas.js';
import type { AccountsService } from './accounts.service.js';

const tags = ['accounts'];

export const accountsRoutes: FastifyPluginAsyncZod<{ service: AccountsService }> = async (
  app,
  { service },
) => {
  app.post(
    '/v1/accounts',
    {
      schema: {
        operationId: 'createAccount',
        tags,
        summary: 'Sign up with email, password and name',
        body: CreateAccountBody,
        response: { 201: Account, ...problemResponses(400, 409, 413, 415, 429) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(request.body, { ip: request.ip })),
  );

  app.get(
    '/v1/me',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'getMe',
        tags,
        summary: 'The account of the access token',
        security: bearerSecurity,
        response: { 200: Account, ...problemResponses(401, 429) },
      },
    },
    (request) => service.get(callerOf(request).accountId),
  );

  app.patch(
    '/v1/me',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'updateMe',
        tags,
        summary: 'Change your name or password (a new password needs currentPassword)',
        security: bearerSecurity,
        body: UpdateMeBody,
        response: { 200: Account, ...problemResponses(400, 401, 403, 409, 413, 415, 429) },
      },
    },
    (request) => service.update(callerOf(request).accountId, request.body),
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { CollectiveParams, MemberParams, problemResponses } from '../../http/schemas.js';
import { Contribution, Reciprocity, WindowQuery } from './reciprocity.schemas.js';
import type { ReciprocityService } from './reciprocity.service.js';

const tags = ['reciprocity'];

export const reciprocityRoutes: FastifyPluginAsyncZod<{ service: ReciprocityService }> = async (
  app,
  { service },
) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/v1/collectives/:collectiveId/members/:memberId/contribution',
    {
      schema: {
        operationId: 'getContribution',
        tags,
        summary: 'What one member gave to and received from the network in a window',
        security: bearerSecurity,
        params: MemberParams,
        querystring: WindowQuery,
        response: { 200: Contribution, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) =>
      service.contribution(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.memberId,
        request.query.window,
      ),
  );

  app.get(
    '/v1/collectives/:collectiveId/reciprocity',
    {
      schema: {
        operationId: 'getReciprocity',
        tags,
        summary: 'How healthy the flow of work is in the collective (no pairwise balances, ever)',
        security: bearerSecurity,
        params: CollectiveParams,
        querystring: WindowQuery,
        response: { 200: Reciprocity, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) =>
      service.reciprocity(callerOf(request).accountId, request.params.collectiveId, request.query.window),
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { expectedVersion, sendWithEtag, setEtag } from '../../http/etag.js';
import { sendCreateResult } from '../../http/responses.js';
import {
  created,
  CollectiveParams,
  IdempotencyHeaders,
  IfMatchHeaders,
  IfNoneMatchHeaders,
  NotModified,
  withEtag,
  problemResponses,
} from '../../http/schemas.js';
import {
  Collective,
  CollectivePage,
  CreateCollectiveBody,
  ListMyCollectivesQuery,
  UpdateCollectiveBody,
} from './collectives.schemas.js';
import type { CollectivesService } from './collectives.service.js';

const tags = ['collectives'];

export const collectivesRoutes: FastifyPluginAsyncZod<{ service: CollectivesService }> = async (
  app,
  { service },
) => {
  app.addHook('onRequest', app.authenticate);

  app.post(
    '/v1/collectives',
    {
      schema: {
        operationId: 'createCollective',
        tags,
        summary: 'Create a collective; you become its owner',
        security: bearerSecurity,
        headers: IdempotencyHeaders,
        body: CreateCollectiveBody,
        response: {
          201: created(Collective, 'The collective, with you as its owner', { etag: true }),
          ...problemResponses(400, 401, 413, 422, 429),
        },
      },
    },
    async (request, reply) =>
      sendCreateResult(
        reply,
        await service.create(callerOf(request).accountId, request.body, request.headers['idempotency-key']),
      ),
  );

  app.get(
    '/v1/collectives',
    {
      schema: {
        operationId: 'listMyCollectives',
        tags,
        summary: 'The collectives you are an active member of',
        security: bearerSecurity,
        querystring: ListMyCollectivesQuery,
        response: { 200: CollectivePage, ...problemResponses(400, 401, 429) },
      },
    },
    (request) => service.listMine(callerOf(request).accountId, request.query),
  );

  app.get(
    '/v1/collectives/:collectiveId',
    {
      schema: {
        operationId: 'getCollective',
        tags,
        summary: 'One collective you are a member of (with its ETag; If-None-Match gets 304)',
        security: bearerSecurity,
        params: CollectiveParams,
        headers: IfNoneMatchHeaders,
        response: {
          200: withEtag(Collective, 'The collective'),
          304: NotModified,
          ...problemResponses(400, 401, 404, 429),
        },
      },
    },
    async (request, reply) => {
      const { collective, version } = await service.get(
        callerOf(request).accountId,
        request.params.collectiveId,
      );
      return sendWithEtag(request, reply, version, collective);
    },
  );

  app.patch(
    '/v1/collectives/:collectiveId',
    {
      schema: {
        operationId: 'updateCollective',
        tags,
        summary: 'Edit the collective (admins; If-Match with the ETag prevents lost updates)',
        security: bearerSecurity,
        params: CollectiveParams,
        headers: IfMatchHeaders,
        body: UpdateCollectiveBody,
        response: {
          200: withEtag(Collective, 'The collective as changed'),
          ...problemResponses(400, 401, 403, 404, 412, 429),
        },
      },
    },
    async (request, reply) => {
      const { collectiveId } = request.params;
      const accountId = callerOf(request).accountId;
      const result = await service.update(accountId, collectiveId, request.body, expectedVersion(request));
      setEtag(reply, result.version);
      return result.collective;
    },
  );
};

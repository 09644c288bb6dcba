import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { CollectiveParams, JobParams, problemResponses } from '../../http/schemas.js';
import { MatchBriefBody, MatchJobQuery, MatchList } from './matching.schemas.js';
import type { MatchingService } from './matching.service.js';

const tags = ['matching'];

export const matchingRoutes: FastifyPluginAsyncZod<{ service: MatchingService }> = async (
  app,
  { service },
) => {
  app.addHook('onRequest', app.authenticate);

  app.post(
    '/v1/collectives/:collectiveId/matches',
    {
      schema: {
        operationId: 'matchBrief',
        tags,
        summary: 'Who in the collective suits this brief: a ranked, explained list',
        security: bearerSecurity,
        params: CollectiveParams,
        body: MatchBriefBody,
        response: { 200: MatchList, ...problemResponses(400, 401, 404, 413, 429) },
      },
    },
    (request) => service.matchBrief(callerOf(request).accountId, request.params.collectiveId, request.body),
  );

  app.get(
    '/v1/collectives/:collectiveId/jobs/:jobId/matches',
    {
      schema: {
        operationId: 'matchJob',
        tags,
        summary: 'Who suits a posted job (its poster excluded)',
        security: bearerSecurity,
        params: JobParams,
        querystring: MatchJobQuery,
        response: { 200: MatchList, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) =>
      service.matchJob(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.jobId,
        request.query.limit,
      ),
  );
};

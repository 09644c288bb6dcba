import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { CollectiveParams, problemResponses } from '../../http/schemas.js';
import { EventPage, ListEventsQuery } from './events.schemas.js';
import type { EventsService } from './events.service.js';

export const eventsRoutes: FastifyPluginAsyncZod<{ service: EventsService }> = async (app, { service }) => {
  app.get(
    '/v1/collectives/:collectiveId/events',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listEvents',
        tags: ['events'],
        summary: 'The collective’s event log (admins: all; members: about themselves and public ones)',
        security: bearerSecurity,
        params: CollectiveParams,
        querystring: ListEventsQuery,
        response: { 200: EventPage, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) => service.list(callerOf(request).accountId, request.params.collectiveId, request.query),
  );
};

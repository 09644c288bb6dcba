import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { CollectiveParams, problemResponses } from '../../http/schemas.js';
import { ListNotificationsQuery, MarkReadBody, NotificationPage } from './notifications.schemas.js';
import type { NotificationsService } from './notifications.service.js';

const tags = ['notifications'];

export const notificationsRoutes: FastifyPluginAsyncZod<{ service: NotificationsService }> = async (
  app,
  { service },
) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/v1/collectives/:collectiveId/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        tags,
        summary:
          'What concerns you: jobs passed to you, answers to your referrals, thanks, endorsements, fit notes',
        security: bearerSecurity,
        params: CollectiveParams,
        querystring: ListNotificationsQuery,
        response: { 200: NotificationPage, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) => service.list(callerOf(request).accountId, request.params.collectiveId, request.query),
  );

  app.post(
    '/v1/collectives/:collectiveId/notifications/read',
    {
      schema: {
        operationId: 'markNotificationsRead',
        tags,
        summary: 'Mark notifications read: by id, up to one, or all',
        security: bearerSecurity,
        params: CollectiveParams,
        body: MarkReadBody,
        response: { 204: z.undefined(), ...problemResponses(400, 401, 404, 413, 429) },
      },
    },
    async (request, reply) => {
      await service.markRead(callerOf(request).accountId, request.params.collectiveId, request.body);
      return reply.code(204).send();
    },
  );
};

import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { problemResponses } from '../../http/schemas.js';
import { DeleteMeBody, MyDataExport } from './privacy.schemas.js';
import type { PrivacyService } from './privacy.service.js';

const tags = ['privacy'];

export const privacyRoutes: FastifyPluginAsyncZod<{ service: PrivacyService }> = async (app, { service }) => {
  app.get(
    '/v1/me/export',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'exportMyData',
        tags,
        summary: 'Everything the service holds about you, as one JSON document (streamed)',
        security: bearerSecurity,
        response: { 200: MyDataExport, ...problemResponses(401, 429) },
      },
    },
    async (request, reply) => {
      const chunks = await service.exportMyData(callerOf(request).accountId);
      // A stream is sent as it is, without the response serializer; MyDataExport documents it.
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="my-data.json"')
        .header('cache-control', 'no-store')
        .send(Readable.from(chunks) as never);
    },
  );

  app.delete(
    '/v1/me',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'deleteMe',
        tags,
        summary: 'Erase your account: needs currentPassword (or a fresh identity provider token)',
        security: bearerSecurity,
        body: DeleteMeBody,
        response: {
          204: z.undefined().describe('Erased'),
          ...problemResponses(400, 401, 403, 409, 413, 415, 429),
        },
      },
    },
    async (request, reply) => {
      await service.deleteMe(callerOf(request), request.body);
      return reply.code(204).send();
    },
  );
};

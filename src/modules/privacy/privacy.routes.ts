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
        description:
          'Your account, linked identities, active sessions (no tokens), and for every collective you belong or belonged to: membership and profile, jobs posted, fit notes, referrals given and received with their private values, endorsements given and received with their worked examples, invitations sent, and every event about you. Other members appear by id only. At most EXPORT_LIMIT_PER_MINUTE a minute.',
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
        description:
          'Irreversible. Email, password, identities, sessions and stored replies are deleted; the name becomes "Former member"; every membership ends as removed with its profile emptied; endorsements you gave are retracted (their credentials verify as retracted) and, like those you received, lose their worked example; referrals keep job, parties, status and outcome but lose your notes, thanks and private values; fit notes are deleted; your jobs lose their brief, client label and location; events stay, holding ids only. 409 LAST_OWNER while you are the last owner of a collective. An account without a password sends {} with a token of its identity provider from a sign-in at most 5 minutes old (403 FRESH_SIGN_IN_REQUIRED otherwise).',
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

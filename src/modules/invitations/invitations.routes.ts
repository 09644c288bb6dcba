import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { sendCreateResult } from '../../http/responses.js';
import { CollectiveParams, IdempotencyHeaders, problemResponses, withHeaders } from '../../http/schemas.js';
import { Member } from '../members/index.js';
import {
  AcceptInvitationBody,
  CreateInvitationBody,
  CreatedInvitation,
  InvitationPage,
  InvitationParams,
  ListInvitationsQuery,
} from './invitations.schemas.js';
import type { InvitationsService } from './invitations.service.js';

const tags = ['invitations'];

export const invitationsRoutes: FastifyPluginAsyncZod<{ service: InvitationsService }> = async (
  app,
  { service },
) => {
  app.addHook('onRequest', app.authenticate);

  app.post(
    '/v1/collectives/:collectiveId/invitations',
    {
      schema: {
        operationId: 'createInvitation',
        tags,
        summary: 'Invite someone (admins, or any member where the collective allows it)',
        description: 'Returns the one-time token; only its hash is kept. It expires after 14 days.',
        security: bearerSecurity,
        params: CollectiveParams,
        headers: IdempotencyHeaders,
        body: CreateInvitationBody,
        response: {
          201: withHeaders(CreatedInvitation, 'The invitation, with its token (shown only here)', [
            'Idempotent-Replayed',
          ]),
          ...problemResponses(400, 401, 403, 404, 413, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const { accountId } = callerOf(request);
      const key = request.headers['idempotency-key'];
      return sendCreateResult(
        reply,
        await service.create(accountId, request.params.collectiveId, request.body, key),
      );
    },
  );

  app.get(
    '/v1/collectives/:collectiveId/invitations',
    {
      schema: {
        operationId: 'listInvitations',
        tags,
        summary: 'Invitations of the collective, newest first (admins; tokens are never shown)',
        security: bearerSecurity,
        params: CollectiveParams,
        querystring: ListInvitationsQuery,
        response: { 200: InvitationPage, ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    (request) => service.list(callerOf(request).accountId, request.params.collectiveId, request.query),
  );

  app.delete(
    '/v1/collectives/:collectiveId/invitations/:invitationId',
    {
      schema: {
        operationId: 'revokeInvitation',
        tags,
        summary: 'Revoke an invitation (admins, or the member who created it)',
        security: bearerSecurity,
        params: InvitationParams,
        response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const { collectiveId, invitationId } = request.params;
      await service.revoke(callerOf(request).accountId, collectiveId, invitationId);
      return reply.code(204).send();
    },
  );

  app.post(
    '/v1/invitations/accept',
    {
      schema: {
        operationId: 'acceptInvitation',
        tags,
        summary: 'Join a collective with an invitation token',
        description:
          'Returns the new membership. A used, revoked or expired token is a 409 (INVITATION_USED, INVITATION_REVOKED, INVITATION_EXPIRED); so is one whose inviter has left or was removed (INVITATION_REVOKED). An unknown token is a 404.',
        security: bearerSecurity,
        body: AcceptInvitationBody,
        response: { 201: Member, ...problemResponses(400, 401, 404, 409, 429) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.accept(callerOf(request).accountId, request.body.token)),
  );
};

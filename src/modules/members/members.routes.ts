import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { expectedVersion, sendWithEtag, setEtag } from '../../http/etag.js';
import {
  CollectiveParams,
  IfMatchHeaders,
  IfNoneMatchHeaders,
  MemberParams,
  NotModified,
  withEtag,
  problemResponses,
} from '../../http/schemas.js';
import { ListMembersQuery, Member, MemberPage, UpdateMemberBody } from './members.schemas.js';
import type { MembersService } from './members.service.js';

const tags = ['members'];

export const membersRoutes: FastifyPluginAsyncZod<{ service: MembersService }> = async (app, { service }) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/v1/collectives/:collectiveId/members',
    {
      schema: {
        operationId: 'listMembers',
        tags,
        summary: 'Members of the collective, in joining order (filters: skill, availability, q, status)',
        security: bearerSecurity,
        params: CollectiveParams,
        querystring: ListMembersQuery,
        response: { 200: MemberPage, ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    (request) => service.list(callerOf(request).accountId, request.params.collectiveId, request.query),
  );

  app.get(
    '/v1/collectives/:collectiveId/members/:memberId',
    {
      schema: {
        operationId: 'getMember',
        tags,
        summary: 'One member and their profile (with its ETag; If-None-Match gets 304)',
        security: bearerSecurity,
        params: MemberParams,
        headers: IfNoneMatchHeaders,
        response: {
          200: withEtag(Member, 'The member'),
          304: NotModified,
          ...problemResponses(400, 401, 404, 429),
        },
      },
    },
    async (request, reply) => {
      const { collectiveId, memberId } = request.params;
      const { member, version } = await service.get(callerOf(request).accountId, collectiveId, memberId);
      return sendWithEtag(request, reply, version, member);
    },
  );

  app.patch(
    '/v1/collectives/:collectiveId/members/:memberId',
    {
      schema: {
        operationId: 'updateMember',
        tags,
        summary: 'Edit your own profile; admins change the role and status of others',
        description:
          'Profile fields only by the member themselves. `role` and `status` only by admins, for others; making or changing an owner needs an owner, and the last active owner cannot be demoted or removed (409 LAST_OWNER). Send the ETag in If-Match to avoid lost updates.',
        security: bearerSecurity,
        params: MemberParams,
        headers: IfMatchHeaders,
        body: UpdateMemberBody,
        response: {
          200: withEtag(Member, 'The member as changed'),
          ...problemResponses(400, 401, 403, 404, 409, 412, 429),
        },
      },
    },
    async (request, reply) => {
      const { collectiveId, memberId } = request.params;
      const accountId = callerOf(request).accountId;
      const { member, version } = await service.update(
        accountId,
        collectiveId,
        memberId,
        request.body,
        expectedVersion(request),
      );
      setEtag(reply, version);
      return member;
    },
  );

  app.delete(
    '/v1/collectives/:collectiveId/members/:memberId',
    {
      schema: {
        operationId: 'leaveCollective',
        tags,
        summary: 'Leave the collective (your own membership), or remove a member (admins)',
        description:
          'On your own membership the status becomes `left`; an admin removing someone else sets `removed`. The last active owner cannot leave (409 LAST_OWNER).',
        security: bearerSecurity,
        params: MemberParams,
        response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const { collectiveId, memberId } = request.params;
      await service.leave(callerOf(request).accountId, collectiveId, memberId);
      return reply.code(204).send();
    },
  );
};

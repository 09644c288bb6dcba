import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { sendCreateResult } from '../../http/responses.js';
import {
  CollectiveParams,
  created,
  EmptyBody,
  IdempotencyHeaders,
  JobParams,
  problemResponses,
} from '../../http/schemas.js';
import {
  CreateReferralBody,
  ListReferralsQuery,
  OutcomeBody,
  Referral,
  ReferralPage,
  ReferralParams,
  ThanksBody,
} from './referrals.schemas.js';
import type { ReferralsService } from './referrals.service.js';

const tags = ['referrals'];
const actionResponses = { 200: Referral, ...problemResponses(400, 401, 403, 404, 409, 429) };

export const referralsRoutes: FastifyPluginAsyncZod<{ service: ReferralsService }> = async (
  app,
  { service },
) => {
  app.addHook('onRequest', app.authenticate);

  app.post(
    '/v1/collectives/:collectiveId/jobs/:jobId/referrals',
    {
      schema: {
        operationId: 'createReferral',
        tags,
        summary: 'Hand the job to one member, with a note on why them (poster only)',
        security: bearerSecurity,
        params: JobParams,
        headers: IdempotencyHeaders,
        body: CreateReferralBody,
        response: {
          201: created(Referral, 'The referral offered'),
          ...problemResponses(400, 401, 403, 404, 409, 422, 429),
        },
      },
    },
    async (request, reply) =>
      sendCreateResult(
        reply,
        await service.create(
          callerOf(request).accountId,
          request.params.collectiveId,
          request.params.jobId,
          request.body,
          request.headers['idempotency-key'],
        ),
      ),
  );

  app.get(
    '/v1/collectives/:collectiveId/referrals',
    {
      schema: {
        operationId: 'listReferrals',
        tags,
        summary: 'Your own referrals, given or received, newest first',
        security: bearerSecurity,
        params: CollectiveParams,
        querystring: ListReferralsQuery,
        response: { 200: ReferralPage, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) => service.list(callerOf(request).accountId, request.params.collectiveId, request.query),
  );

  app.get(
    '/v1/collectives/:collectiveId/referrals/:referralId',
    {
      schema: {
        operationId: 'getReferral',
        tags,
        summary: 'One referral (giver and recipient only)',
        security: bearerSecurity,
        params: ReferralParams,
        response: { 200: Referral, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) =>
      service.get(callerOf(request).accountId, request.params.collectiveId, request.params.referralId),
  );

  app.post(
    '/v1/collectives/:collectiveId/referrals/:referralId/accept',
    {
      schema: {
        operationId: 'acceptReferral',
        tags,
        summary: 'Accept the job (recipient only); the job becomes handed_off',
        security: bearerSecurity,
        params: ReferralParams,
        body: EmptyBody,
        response: actionResponses,
      },
    },
    (request) =>
      service.accept(callerOf(request).accountId, request.params.collectiveId, request.params.referralId),
  );

  app.post(
    '/v1/collectives/:collectiveId/referrals/:referralId/decline',
    {
      schema: {
        operationId: 'declineReferral',
        tags,
        summary: 'Decline the job (recipient only); the poster may refer someone else',
        security: bearerSecurity,
        params: ReferralParams,
        body: EmptyBody,
        response: actionResponses,
      },
    },
    (request) =>
      service.decline(callerOf(request).accountId, request.params.collectiveId, request.params.referralId),
  );

  app.post(
    '/v1/collectives/:collectiveId/referrals/:referralId/outcome',
    {
      schema: {
        operationId: 'recordReferralOutcome',
        tags,
        summary: 'Record how the handoff ended (recipient only); the job becomes completed',
        security: bearerSecurity,
        params: ReferralParams,
        body: OutcomeBody,
        response: actionResponses,
      },
    },
    (request) =>
      service.recordOutcome(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.referralId,
        request.body,
      ),
  );

  app.post(
    '/v1/collectives/:collectiveId/referrals/:referralId/thanks',
    {
      schema: {
        operationId: 'thankReferrer',
        tags,
        summary: 'Thank the member who passed you the work (recipient only, once)',
        security: bearerSecurity,
        params: ReferralParams,
        body: ThanksBody,
        response: actionResponses,
      },
    },
    (request) =>
      service.thank(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.referralId,
        request.body.message,
      ),
  );
};

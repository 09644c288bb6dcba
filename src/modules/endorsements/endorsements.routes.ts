import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { sendCreateResult } from '../../http/responses.js';
import {
  created,
  EmptyBody,
  IdempotencyHeaders,
  MemberParams,
  problemResponses,
} from '../../http/schemas.js';
import {
  CreateEndorsementBody,
  CredentialEnvelope,
  CredentialKey,
  CredentialKeyParams,
  CredentialStatus,
  CredentialStatusParams,
  CredentialVerification,
  Endorsement,
  EndorsementPage,
  EndorsementParams,
  ListEndorsementsQuery,
  RevocationList,
  RevocationListParams,
  VerifyCredentialBody,
} from './endorsements.schemas.js';
import type { EndorsementsService } from './endorsements.service.js';

const tags = ['endorsements'];

/** Routes that need a member of the collective. */
export const endorsementsRoutes: FastifyPluginAsyncZod<{ service: EndorsementsService }> = async (
  app,
  { service },
) => {
  app.addHook('onRequest', app.authenticate);

  app.post(
    '/v1/collectives/:collectiveId/members/:memberId/endorsements',
    {
      schema: {
        operationId: 'createEndorsement',
        tags,
        summary: 'Vouch for a member on skills, backed by a worked example (required)',
        security: bearerSecurity,
        params: MemberParams,
        headers: IdempotencyHeaders,
        body: CreateEndorsementBody,
        response: {
          201: created(Endorsement, 'The endorsement given'),
          ...problemResponses(400, 401, 404, 409, 413, 422, 429),
        },
      },
    },
    async (request, reply) =>
      sendCreateResult(
        reply,
        await service.create(
          callerOf(request).accountId,
          request.params.collectiveId,
          request.params.memberId,
          request.body,
          request.headers['idempotency-key'],
        ),
      ),
  );

  app.get(
    '/v1/collectives/:collectiveId/members/:memberId/endorsements',
    {
      schema: {
        operationId: 'listEndorsements',
        tags,
        summary:
          "A member's endorsements, received or given (retracted ones only with includeRetracted=true)",
        security: bearerSecurity,
        params: MemberParams,
        querystring: ListEndorsementsQuery,
        response: { 200: EndorsementPage, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) =>
      service.list(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.memberId,
        request.query,
      ),
  );

  app.get(
    '/v1/collectives/:collectiveId/endorsements/:endorsementId',
    {
      schema: {
        operationId: 'getEndorsement',
        tags,
        summary: 'One endorsement with its worked example',
        security: bearerSecurity,
        params: EndorsementParams,
        response: { 200: Endorsement, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) =>
      service.get(callerOf(request).accountId, request.params.collectiveId, request.params.endorsementId),
  );

  app.post(
    '/v1/collectives/:collectiveId/endorsements/:endorsementId/retract',
    {
      schema: {
        operationId: 'retractEndorsement',
        tags,
        summary: 'Retract an endorsement you gave (it stays on record, marked retracted, and stops counting)',
        security: bearerSecurity,
        params: EndorsementParams,
        body: EmptyBody,
        response: { 200: Endorsement, ...problemResponses(400, 401, 403, 404, 409, 429) },
      },
    },
    (request) =>
      service.retract(callerOf(request).accountId, request.params.collectiveId, request.params.endorsementId),
  );

  for (const [action, hidden] of [
    ['hide', true],
    ['unhide', false],
  ] as const) {
    app.post(
      `/v1/collectives/:collectiveId/endorsements/:endorsementId/${action}`,
      {
        schema: {
          operationId: hidden ? 'hideEndorsement' : 'unhideEndorsement',
          tags,
          summary: hidden
            ? 'Hide an endorsement you received from your profile (endorsee only; it stays on record)'
            : 'Show a hidden endorsement on your profile again (endorsee only)',
          security: bearerSecurity,
          params: EndorsementParams,
          body: EmptyBody,
          response: { 200: Endorsement, ...problemResponses(400, 401, 403, 404, 429) },
        },
      },
      (request) =>
        service.setHidden(
          callerOf(request).accountId,
          request.params.collectiveId,
          request.params.endorsementId,
          hidden,
        ),
    );
  }

  app.get(
    '/v1/collectives/:collectiveId/endorsements/:endorsementId/credential',
    {
      schema: {
        operationId: 'getEndorsementCredential',
        tags,
        summary: 'The endorsement as a signed Open Badges 3.0 OpenBadgeCredential (VC-JWT)',
        security: bearerSecurity,
        params: EndorsementParams,
        response: { 200: CredentialEnvelope, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) =>
      service.credential(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.endorsementId,
      ),
  );
};

/** Routes anyone may call, without a login: checking a credential someone showed you. */
export const credentialRoutes: FastifyPluginAsyncZod<{ service: EndorsementsService }> = async (
  app,
  { service },
) => {
  app.post(
    '/v1/credentials/verify',
    {
      schema: {
        operationId: 'verifyEndorsementCredential',
        tags,
        summary: 'Check a credential: signature, issuer key, and retraction status (no login needed)',
        body: VerifyCredentialBody,
        response: { 200: CredentialVerification, ...problemResponses(400, 413, 429) },
      },
    },
    (request) => service.verify(request.body.credential),
  );

  app.get(
    '/v1/credentials/:collectiveId/:endorsementId/status',
    {
      schema: {
        operationId: 'getCredentialStatus',
        tags,
        summary: "A credential's current status in this service's own shape (no login needed)",
        params: CredentialStatusParams,
        response: { 200: CredentialStatus, ...problemResponses(400, 404, 429) },
      },
    },
    (request) => service.status(request.params.collectiveId, request.params.endorsementId),
  );

  app.get(
    '/v1/credentials/keys/:kid',
    {
      schema: {
        operationId: 'getCredentialKey',
        tags,
        summary: "The public JWK a credential's `kid` URL names (no login needed)",
        params: CredentialKeyParams,
        response: { 200: CredentialKey, ...problemResponses(400, 404, 429) },
      },
    },
    (request) => service.publicKey(request.params.kid),
  );

  app.get(
    '/v1/credentials/revocation-lists/:collectiveId/:memberId',
    {
      schema: {
        operationId: 'getRevocationList',
        tags,
        summary: "An issuer's 1EdTech Revocation List: their retracted credentials (no login needed)",
        params: RevocationListParams,
        response: { 200: RevocationList, ...problemResponses(400, 429) },
      },
    },
    (request) => service.revocationList(request.params.collectiveId, request.params.memberId),
  );
};

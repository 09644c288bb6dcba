import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { expectedVersion, setEtag } from '../../http/etag.js';
import { sendCreateResult } from '../../http/responses.js';
import {
  CollectiveParams,
  created,
  EmptyBody,
  IdempotencyHeaders,
  IfMatchHeaders,
  problemResponses,
  withEtag,
} from '../../http/schemas.js';
import {
  CreatedWebhook,
  CreateWebhookBody,
  DeliveryParams,
  ListDeliveriesQuery,
  ListWebhooksQuery,
  UpdatedWebhook,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookPage,
  WebhookParams,
} from './webhooks.schemas.js';
import type { WebhooksService } from './webhooks.service.js';

const tags = ['webhooks'];

export const webhooksRoutes: FastifyPluginAsyncZod<{ service: WebhooksService }> = async (
  app,
  { service },
) => {
  app.addHook('onRequest', app.authenticate);

  app.post(
    '/v1/collectives/:collectiveId/webhooks',
    {
      schema: {
        operationId: 'createWebhook',
        tags,
        summary: 'Register an endpoint for signed event messages (admins; the secret is shown only here)',
        security: bearerSecurity,
        params: CollectiveParams,
        headers: IdempotencyHeaders,
        body: CreateWebhookBody,
        response: {
          201: created(CreatedWebhook, 'The webhook, with its signing secret', { etag: true }),
          ...problemResponses(400, 401, 403, 404, 413, 422, 429),
        },
      },
    },
    async (request, reply) =>
      sendCreateResult(
        reply,
        await service.create(
          callerOf(request).accountId,
          request.params.collectiveId,
          request.body,
          request.headers['idempotency-key'],
        ),
      ),
  );

  app.get(
    '/v1/collectives/:collectiveId/webhooks',
    {
      schema: {
        operationId: 'listWebhooks',
        tags,
        summary: "The collective's webhooks, newest first (admins)",
        security: bearerSecurity,
        params: CollectiveParams,
        querystring: ListWebhooksQuery,
        response: { 200: WebhookPage, ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    (request) => service.list(callerOf(request).accountId, request.params.collectiveId, request.query),
  );

  app.get(
    '/v1/collectives/:collectiveId/webhooks/:webhookId',
    {
      schema: {
        operationId: 'getWebhook',
        tags,
        summary: 'One webhook and its health (admins)',
        security: bearerSecurity,
        params: WebhookParams,
        response: { 200: withEtag(Webhook, 'The webhook'), ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const { webhook, version } = await service.get(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.webhookId,
      );
      setEtag(reply, version);
      return webhook;
    },
  );

  app.patch(
    '/v1/collectives/:collectiveId/webhooks/:webhookId',
    {
      schema: {
        operationId: 'updateWebhook',
        tags,
        summary: 'Change the URL or event types, pause or resume, or rotate the secret (admins)',
        security: bearerSecurity,
        params: WebhookParams,
        headers: IfMatchHeaders,
        body: UpdateWebhookBody,
        response: {
          200: withEtag(UpdatedWebhook, 'The webhook (with the new secret after a rotation)'),
          ...problemResponses(400, 401, 403, 404, 412, 413, 429),
        },
      },
    },
    async (request, reply) => {
      const { webhook, version } = await service.update(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.webhookId,
        request.body,
        expectedVersion(request),
      );
      setEtag(reply, version);
      return webhook;
    },
  );

  app.delete(
    '/v1/collectives/:collectiveId/webhooks/:webhookId',
    {
      schema: {
        operationId: 'deleteWebhook',
        tags,
        summary: 'Remove a webhook and its pending messages (admins)',
        security: bearerSecurity,
        params: WebhookParams,
        response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      await service.remove(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.webhookId,
      );
      return reply.code(204).send();
    },
  );

  app.get(
    '/v1/collectives/:collectiveId/webhooks/:webhookId/deliveries',
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: 'Messages to this webhook, newest event first, with every attempt (admins)',
        security: bearerSecurity,
        params: WebhookParams,
        querystring: ListDeliveriesQuery,
        response: { 200: WebhookDeliveryPage, ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    (request) =>
      service.deliveries(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.webhookId,
        request.query,
      ),
  );

  app.post(
    '/v1/collectives/:collectiveId/webhooks/:webhookId/deliveries/:deliveryId/redeliver',
    {
      schema: {
        operationId: 'redeliverWebhookDelivery',
        tags,
        summary: 'Send a message again now, under the same webhook-id (admins)',
        description:
          'A completed (succeeded or failed) message is sent again by itself, outside the endpoint’s event order: it neither waits for the messages queued before it nor holds back those after it, and it gets a fresh retry schedule. A message still pending keeps its place in the order and is made due at once.',
        security: bearerSecurity,
        params: DeliveryParams,
        body: EmptyBody,
        response: { 202: WebhookDelivery, ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(
          await service.redeliver(
            callerOf(request).accountId,
            request.params.collectiveId,
            request.params.webhookId,
            request.params.deliveryId,
          ),
        ),
  );
};

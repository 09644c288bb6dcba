import { z } from 'zod';
import { pageOf, PageQuery } from '../../http/pagination.js';
import { text } from '../../http/text.js';
import { Event } from '../events/index.js';

const Url = text({ max: 2_000, format: z.url() }).describe(
  'https (http only where WEBHOOKS_ALLOW_PRIVATE_URLS is set); must resolve to public addresses',
);
const EventTypes = z
  .array(
    text({ max: 100 }).regex(
      /^(\*|[a-z][a-z_]*\.[a-z][a-z_]*)$/,
      'must be an event type such as referral.accepted, or *',
    ),
  )
  .min(1)
  .max(50)
  .describe('Event `type` values to receive (e.g. referral.offered), or ["*"] for all');
const Description = text({ max: 500, trim: true });

export const CreateWebhookBody = z
  .strictObject({ url: Url, eventTypes: EventTypes, description: Description.nullable().optional() })
  .meta({
    id: 'CreateWebhook',
    examples: [
      {
        url: 'https://bots.example.com/referral-exchange',
        eventTypes: ['referral.offered', 'referral.accepted', 'referral.outcome_recorded'],
        description: 'Our chat bot',
      },
    ],
  });
export type CreateWebhookBody = z.infer<typeof CreateWebhookBody>;

export const UpdateWebhookBody = z
  .strictObject({
    url: Url.optional(),
    eventTypes: EventTypes.optional(),
    description: Description.nullable().optional(),
    status: z.enum(['active', 'paused']).optional().describe('Pause deliveries, or resume them'),
    rotateSecret: z
      .literal(true)
      .optional()
      .describe('A new secret, shown in this response only; the old one keeps signing for 24 hours as well'),
  })
  .meta({ id: 'UpdateWebhook', examples: [{ status: 'paused' }, { rotateSecret: true }] });
export type UpdateWebhookBody = z.infer<typeof UpdateWebhookBody>;

export const Webhook = z
  .object({
    id: z.uuid(),
    url: z.string(),
    eventTypes: z.array(z.string()),
    description: z.string().nullable(),
    status: z
      .enum(['active', 'paused', 'failing'])
      .describe('failing: recent deliveries failed, still retried; paused: nothing is sent'),
    statusReason: z
      .string()
      .nullable()
      .describe('Why the service paused the endpoint (it failed for days); null otherwise'),
    failingSince: z.iso.datetime().nullable(),
    lastSuccessAt: z.iso.datetime().nullable(),
    lastError: z.string().nullable(),
    previousSecretExpiresAt: z.iso
      .datetime()
      .nullable()
      .describe('Until then messages carry a signature with the secret before the last rotation too'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Webhook' });
export type Webhook = z.infer<typeof Webhook>;

const Secret = z.string().describe('whsec_ + base64: the Standard Webhooks signing secret, shown only here');

export const CreatedWebhook = Webhook.extend({ secret: Secret }).meta({ id: 'CreatedWebhook' });
export type CreatedWebhook = z.infer<typeof CreatedWebhook>;

export const UpdatedWebhook = Webhook.extend({
  secret: Secret.optional().describe('The new secret, after rotateSecret only'),
}).meta({ id: 'UpdatedWebhook' });
export type UpdatedWebhook = z.infer<typeof UpdatedWebhook>;

export const WebhookPage = pageOf(Webhook).meta({ id: 'WebhookPage' });

export const WebhookParams = z.object({ collectiveId: z.uuid(), webhookId: z.uuid() });
export const DeliveryParams = WebhookParams.extend({ deliveryId: z.uuid() });

export const ListWebhooksQuery = PageQuery.strict();

export const DeliveryStatus = z.enum(['pending', 'succeeded', 'failed']);

export const ListDeliveriesQuery = PageQuery.extend({ status: DeliveryStatus.optional() }).strict();
export type ListDeliveriesQuery = z.infer<typeof ListDeliveriesQuery>;

export const WebhookDelivery = z
  .object({
    id: z.uuid().describe('The message id: the `webhook-id` header, the same on every attempt'),
    webhookId: z.uuid(),
    eventSeq: z.number().int(),
    eventType: z.string(),
    status: DeliveryStatus,
    attemptCount: z.number().int(),
    nextAttemptAt: z.iso
      .datetime()
      .nullable()
      .describe(
        'When the next attempt is due; null once done. A message also waits for the earlier messages of its endpoint (event order)',
      ),
    attempts: z.array(
      z.object({
        at: z.iso.datetime(),
        statusCode: z
          .number()
          .int()
          .nullable()
          .describe('null: no HTTP answer (refused, unreachable, timed out)'),
        durationMs: z.number().int(),
        error: z.string().nullable(),
      }),
    ),
    createdAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryPage = pageOf(WebhookDelivery).meta({ id: 'WebhookDeliveryPage' });

/** The body of every message, as the OpenAPI document's `webhooks` describe it. */
export const WebhookPayload = z
  .object({
    type: z.string().describe('The event type, e.g. referral.accepted'),
    timestamp: z.iso.datetime().describe('When the event happened'),
    data: Event,
  })
  .meta({ id: 'WebhookPayload' });
export type WebhookPayload = z.infer<typeof WebhookPayload>;

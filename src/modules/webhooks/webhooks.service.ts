import type { Db } from '../../db/client.js';
import { NotFound, ValidationFailed } from '../../http/errors.js';
import { etagOf, staleEtag } from '../../http/etag.js';
import {
  decodeSeqCursor,
  decodeTimeIdCursor,
  toPage,
  type Page,
  type PageQuery,
} from '../../http/pagination.js';
import { requireAdmin, requireMember, type Membership } from '../access/index.js';
import { runCreate, type CreateResult } from '../idempotency/index.js';
import {
  deleteWebhook,
  findWebhook,
  insertWebhook,
  listDeliveries,
  listWebhooks,
  resetDelivery,
  updateWebhook,
  type DeliveryRow,
  type NewWebhookRow,
  type WebhookRow,
} from './webhooks.repository.js';
import type {
  CreatedWebhook,
  CreateWebhookBody,
  ListDeliveriesQuery,
  UpdatedWebhook,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
} from './webhooks.schemas.js';
import { newWebhookSecret, type SecretBox } from './webhooks.secrets.js';
import { urlRefusal, type UrlPolicy } from './webhooks.urls.js';

/** How long the secret before a rotation keeps signing, so receivers can switch without a gap. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    eventTypes: row.eventTypes,
    description: row.description,
    status: row.status,
    statusReason: row.statusReason,
    failingSince: row.failingSince?.toISOString() ?? null,
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    lastError: row.lastError,
    previousSecretExpiresAt: row.previousSecretExpiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    webhookId: row.webhookId,
    eventSeq: row.eventSeq,
    eventType: row.eventType,
    status: row.status,
    attemptCount: row.attemptCount,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

function webhookNotFound(): NotFound {
  return new NotFound('WEBHOOK_NOT_FOUND', 'No such webhook in this collective.');
}

/** The same event types however they were sent: no duplicates, and `*` alone means all. */
function normalisedTypes(types: string[]): string[] {
  return types.includes('*') ? ['*'] : [...new Set(types)].sort();
}

export interface WebhooksServiceDeps {
  db: Db;
  now: () => Date;
  box: SecretBox;
  policy: UrlPolicy;
}

export function createWebhooksService({ db, now, box, policy }: WebhooksServiceDeps) {
  /** Webhooks are the admins' business: 404 outside the collective, 403 for other members. */
  async function requireWebhookAdmin(accountId: string, collectiveId: string): Promise<Membership> {
    const membership = await requireMember(db, collectiveId, accountId);
    requireAdmin(membership);
    return membership;
  }

  async function checkUrl(url: string): Promise<void> {
    const refusal = await urlRefusal(url, policy);
    if (refusal !== undefined)
      throw new ValidationFailed([{ pointer: '/url', detail: refusal, location: 'body' }]);
  }

  async function requireWebhook(collectiveId: string, webhookId: string): Promise<WebhookRow> {
    const row = await findWebhook(db, { collectiveId, webhookId });
    if (!row) throw webhookNotFound();
    return row;
  }

  return {
    /**
     * The secret is in this response only. With an Idempotency-Key the stored response holds it
     * sealed, as the webhook row does, and a replay opens it again.
     */
    async create(
      accountId: string,
      collectiveId: string,
      body: CreateWebhookBody,
      idempotencyKey: string | undefined,
    ): Promise<CreateResult<CreatedWebhook>> {
      // Authorization before the URL check, which resolves the host and may take a moment.
      await requireWebhookAdmin(accountId, collectiveId);
      await checkUrl(body.url);
      const result = await runCreate(
        db,
        {
          accountId,
          scope: `createWebhook:${collectiveId}`,
          key: idempotencyKey,
          body,
          authorize: async (tx) => {
            const membership = await requireMember(tx, collectiveId, accountId);
            requireAdmin(membership);
            return membership;
          },
        },
        async (tx, membership) => {
          const sealed = box.seal(newWebhookSecret());
          const row = await insertWebhook(tx, {
            collectiveId,
            url: body.url,
            eventTypes: normalisedTypes(body.eventTypes),
            description: body.description ?? null,
            secretSealed: sealed,
            createdBy: membership.memberId,
            createdAt: now(),
            updatedAt: now(),
          });
          return {
            statusCode: 201,
            body: { ...toWebhook(row), secret: sealed },
            headers: {
              etag: etagOf(row.version),
              location: `/v1/collectives/${collectiveId}/webhooks/${row.id}`,
            },
          };
        },
      );
      return { ...result, body: { ...result.body, secret: box.open(result.body.secret) } };
    },

    async list(accountId: string, collectiveId: string, query: PageQuery): Promise<Page<Webhook>> {
      await requireWebhookAdmin(accountId, collectiveId);
      const rows = await listWebhooks(db, {
        collectiveId,
        before: decodeTimeIdCursor(query.cursor),
        limit: query.limit,
      });
      return toPage(rows, query.limit, toWebhook, (row) => [row.createdAt.toISOString(), row.id]);
    },

    async get(
      accountId: string,
      collectiveId: string,
      webhookId: string,
    ): Promise<{ webhook: Webhook; version: number }> {
      await requireWebhookAdmin(accountId, collectiveId);
      const row = await requireWebhook(collectiveId, webhookId);
      return { webhook: toWebhook(row), version: row.version };
    },

    async update(
      accountId: string,
      collectiveId: string,
      webhookId: string,
      body: UpdateWebhookBody,
      expectedVersion: number | undefined,
    ): Promise<{ webhook: UpdatedWebhook; version: number }> {
      await requireWebhookAdmin(accountId, collectiveId);
      if (body.url !== undefined) await checkUrl(body.url);
      return db.transaction(async (tx) => {
        const membership = await requireMember(tx, collectiveId, accountId);
        requireAdmin(membership);
        const row = await findWebhook(tx, { collectiveId, webhookId, forUpdate: true });
        if (!row) throw webhookNotFound();
        if (expectedVersion !== undefined && expectedVersion !== row.version) throw staleEtag();
        const at = now();
        const set: Partial<NewWebhookRow> = { updatedAt: at };
        if (body.url !== undefined) set.url = body.url;
        if (body.eventTypes !== undefined) set.eventTypes = normalisedTypes(body.eventTypes);
        if (body.description !== undefined) set.description = body.description;
        if (body.status !== undefined && body.status !== (row.status === 'failing' ? 'active' : row.status)) {
          set.status = body.status;
          // Paused or resumed by an admin: the service's reason and failure streak no longer
          // apply, so a resumed endpoint gets its days again before it is paused anew.
          set.statusReason = null;
          set.failingSince = null;
        }
        let secret: string | undefined;
        if (body.rotateSecret) {
          secret = newWebhookSecret();
          set.secretSealed = box.seal(secret);
          set.previousSecretSealed = row.secretSealed;
          set.previousSecretExpiresAt = new Date(at.getTime() + ROTATION_OVERLAP_MS);
        }
        const updated = await updateWebhook(tx, { collectiveId, webhookId, set });
        return {
          webhook: { ...toWebhook(updated), ...(secret === undefined ? {} : { secret }) },
          version: updated.version,
        };
      });
    },

    async remove(accountId: string, collectiveId: string, webhookId: string): Promise<void> {
      await requireWebhookAdmin(accountId, collectiveId);
      if (!(await deleteWebhook(db, { collectiveId, webhookId }))) throw webhookNotFound();
    },

    async deliveries(
      accountId: string,
      collectiveId: string,
      webhookId: string,
      query: ListDeliveriesQuery,
    ): Promise<Page<WebhookDelivery>> {
      await requireWebhookAdmin(accountId, collectiveId);
      await requireWebhook(collectiveId, webhookId);
      const rows = await listDeliveries(db, {
        collectiveId,
        webhookId,
        status: query.status,
        beforeSeq: decodeSeqCursor(query.cursor),
        limit: query.limit,
      });
      return toPage(rows, query.limit, toDelivery, (row) => [row.eventSeq]);
    },

    /** Sends a message again, due at once with a fresh retry schedule, under the same webhook-id. */
    async redeliver(
      accountId: string,
      collectiveId: string,
      webhookId: string,
      deliveryId: string,
    ): Promise<WebhookDelivery> {
      await requireWebhookAdmin(accountId, collectiveId);
      const row = await resetDelivery(db, { collectiveId, webhookId, deliveryId, now: now() });
      if (!row) throw new NotFound('DELIVERY_NOT_FOUND', 'No such delivery of this webhook.');
      return toDelivery(row);
    },
  };
}
export type WebhooksService = ReturnType<typeof createWebhooksService>;

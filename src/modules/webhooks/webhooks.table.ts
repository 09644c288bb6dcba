import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { collectives } from '../collectives/collectives.table.js';
import { events } from '../events/events.table.js';

export const WEBHOOK_STATUSES = ['active', 'paused', 'failing'] as const;
export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;

/** One attempt to deliver a message, kept on its delivery row for the admins to read. */
export interface DeliveryAttempt {
  at: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/**
 * An endpoint of a collective's own app or bot. The signing secrets are sealed (AES-256-GCM,
 * webhooks.secrets.ts): HMAC needs them in clear when signing, so they cannot be hashed, but a
 * database dump alone does not reveal them. `leaseUntil` is the delivery worker's claim on the
 * endpoint: one instance at a time sends its messages, in event order.
 */
export const webhooks = pgTable(
  'webhooks',
  {
    collectiveId: uuid()
      .notNull()
      .references(() => collectives.id, { onDelete: 'cascade' }),
    id: uuid().notNull().defaultRandom(),
    url: text().notNull(),
    eventTypes: text().array().notNull(),
    description: text(),
    status: text({ enum: WEBHOOK_STATUSES }).notNull().default('active'),
    /** Why the service paused it, for the admins; null when an admin paused it or it is fine. */
    statusReason: text(),
    secretSealed: text().notNull(),
    /** The secret before the last rotation: deliveries carry both signatures until it expires. */
    previousSecretSealed: text(),
    previousSecretExpiresAt: timestamp({ withTimezone: true, precision: 3 }),
    failingSince: timestamp({ withTimezone: true, precision: 3 }),
    lastSuccessAt: timestamp({ withTimezone: true, precision: 3 }),
    lastError: text(),
    leaseUntil: timestamp({ withTimezone: true, precision: 3 })
      .notNull()
      .default(sql`'epoch'`),
    leaseOwner: uuid(),
    version: integer().notNull().default(1),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.collectiveId, t.id] }),
    index('webhooks_collective_created_idx').on(t.collectiveId, t.createdAt, t.id),
    // The worker looks across collectives for endpoints whose lease is free.
    index('webhooks_lease_idx')
      .on(t.leaseUntil)
      .where(sql`status <> 'paused'`),
  ],
);

/**
 * The transactional outbox: one row per endpoint and event, written in the transaction that
 * records the event (events.repository.ts), so a message is never lost nor sent for a change
 * that rolled back. The row's id is the Standard Webhooks `webhook-id`, the same on every
 * attempt and redelivery.
 *
 * An endpoint's pending rows form its queue, in event order: only the head (lowest `eventSeq`)
 * is sent, and the next one only once the head succeeded or was given up. A row an admin
 * redelivered after it completed (`redelivery`) is outside that queue: it is sent by itself,
 * neither waiting for the queue nor holding it back.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    collectiveId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    webhookId: uuid().notNull(),
    eventSeq: bigint({ mode: 'number' }).notNull(),
    eventType: text().notNull(),
    status: text({ enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attemptCount: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    attempts: jsonb()
      .$type<DeliveryAttempt[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true, precision: 3 }),
    redelivery: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.collectiveId, t.id] }),
    index('webhook_deliveries_webhook_seq_idx').on(t.collectiveId, t.webhookId, t.eventSeq),
    // The head of an endpoint's queue is the first entry here: one index probe per endpoint,
    // however many messages it has delivered (completed rows are not in it).
    index('webhook_deliveries_queue_idx')
      .on(t.collectiveId, t.webhookId, t.eventSeq)
      .where(sql`status = 'pending' AND NOT redelivery`),
    index('webhook_deliveries_redelivery_idx')
      .on(t.collectiveId, t.webhookId, t.nextAttemptAt)
      .where(sql`status = 'pending' AND redelivery`),
    foreignKey({
      columns: [t.collectiveId, t.webhookId],
      foreignColumns: [webhooks.collectiveId, webhooks.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.collectiveId, t.eventSeq],
      foreignColumns: [events.collectiveId, events.seq],
    }).onDelete('cascade'),
  ],
);

import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Responses of creates made with an Idempotency-Key, per account and operation, kept 24 h.
 * The row is inserted in the same transaction as the create, so a concurrent duplicate waits
 * on the key and then replays the committed response instead of creating a second row.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    accountId: uuid().notNull(),
    /** The operation and its scope, e.g. `createJob:<collectiveId>`. */
    scope: text().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    statusCode: integer(),
    responseBody: jsonb(),
    responseHeaders: jsonb().$type<Record<string, string>>(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  // created_at: the retention purge deletes old records in batches (src/modules/privacy).
  (t) => [primaryKey({ columns: [t.accountId, t.scope, t.key] }), index().on(t.createdAt)],
);

import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table.js';

/**
 * Opaque refresh tokens, stored only as SHA-256 hashes. Each use rotates the token: the used
 * row gets `rotatedAt` and a new row joins the same family. Presenting a rotated token again
 * means it leaked, so the whole family is revoked. Every row of a family carries the time of
 * the sign-in that started it, which bounds how long rotation can keep the family alive.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    familyId: uuid().notNull(),
    /** The sign-in (createToken) that started the family: the same on every row of it. */
    familyStartedAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    rotatedAt: timestamp({ withTimezone: true, precision: 3 }),
    revokedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  // expires_at: the retention purge deletes long-expired tokens in batches (src/modules/privacy).
  (t) => [index().on(t.familyId), index().on(t.accountId), index().on(t.expiresAt)],
);

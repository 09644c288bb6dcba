import {
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { collectives } from '../collectives/collectives.table.js';
import { members } from '../members/members.table.js';

/**
 * A one-time invitation. The token is shown once at creation; only its SHA-256 hash is kept.
 * The token also carries the collective id, so accepting it is a lookup within one tenant.
 */
export const invitations = pgTable(
  'invitations',
  {
    collectiveId: uuid()
      .notNull()
      .references(() => collectives.id, { onDelete: 'cascade' }),
    id: uuid().notNull().defaultRandom(),
    tokenHash: text().notNull(),
    email: text(),
    note: text(),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    acceptedAt: timestamp({ withTimezone: true, precision: 3 }),
    acceptedBy: uuid(),
    revokedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.collectiveId, t.id] }),
    uniqueIndex('invitations_collective_token_key').on(t.collectiveId, t.tokenHash),
    index('invitations_collective_created_idx').on(t.collectiveId, t.createdAt, t.id),
    foreignKey({
      columns: [t.collectiveId, t.createdBy],
      foreignColumns: [members.collectiveId, members.id],
    }),
    foreignKey({
      columns: [t.collectiveId, t.acceptedBy],
      foreignColumns: [members.collectiveId, members.id],
    }),
  ],
);

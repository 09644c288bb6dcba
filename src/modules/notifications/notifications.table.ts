import { sql } from 'drizzle-orm';
import {
  bigint,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { events } from '../events/events.table.js';
import { members } from '../members/members.table.js';

/**
 * A member's inbox: one row per event that concerns them (a job passed to them, their
 * referral answered, thanks, an endorsement, a fit note on their job), written in the
 * transaction that records the event (events.repository.ts).
 */
export const notifications = pgTable(
  'notifications',
  {
    collectiveId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    memberId: uuid().notNull(),
    eventSeq: bigint({ mode: 'number' }).notNull(),
    type: text().notNull(),
    readAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.collectiveId, t.id] }),
    uniqueIndex('notifications_member_seq_key').on(t.collectiveId, t.memberId, t.eventSeq),
    index('notifications_member_unread_idx')
      .on(t.collectiveId, t.memberId, t.eventSeq)
      .where(sql`read_at IS NULL`),
    foreignKey({ columns: [t.collectiveId, t.memberId], foreignColumns: [members.collectiveId, members.id] }),
    foreignKey({
      columns: [t.collectiveId, t.eventSeq],
      foreignColumns: [events.collectiveId, events.seq],
    }).onDelete('cascade'),
  ],
);

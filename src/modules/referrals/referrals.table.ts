import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { jobs } from '../jobs/jobs.table.js';
import { members } from '../members/members.table.js';

export const REFERRAL_STATUSES = ['offered', 'accepted', 'declined'] as const;
export const REFERRAL_OUTCOMES = ['won', 'lost', 'no_response', 'withdrawn'] as const;

/**
 * A handoff: the poster passes a job to one member. `valueAmount`/`valueCurrency` are
 * private to giver and recipient and never enter an aggregate.
 */
export const referrals = pgTable(
  'referrals',
  {
    collectiveId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    jobId: uuid().notNull(),
    fromMemberId: uuid().notNull(),
    toMemberId: uuid().notNull(),
    note: text().notNull(),
    status: text({ enum: REFERRAL_STATUSES }).notNull().default('offered'),
    outcome: text({ enum: REFERRAL_OUTCOMES }),
    outcomeNote: text(),
    valueAmount: integer(),
    valueCurrency: text(),
    thanksMessage: text(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    respondedAt: timestamp({ withTimezone: true, precision: 3 }),
    outcomeAt: timestamp({ withTimezone: true, precision: 3 }),
    thankedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.collectiveId, t.id] }),
    // At most one open referral (offered, or accepted without an outcome yet) per job.
    uniqueIndex('referrals_one_open_per_job')
      .on(t.collectiveId, t.jobId)
      .where(sql`status = 'offered' OR (status = 'accepted' AND outcome IS NULL)`),
    index('referrals_collective_from_idx').on(t.collectiveId, t.fromMemberId, t.createdAt),
    index('referrals_collective_to_idx').on(t.collectiveId, t.toMemberId, t.createdAt),
    index('referrals_collective_created_idx').on(t.collectiveId, t.createdAt),
    foreignKey({ columns: [t.collectiveId, t.jobId], foreignColumns: [jobs.collectiveId, jobs.id] }),
    foreignKey({
      columns: [t.collectiveId, t.fromMemberId],
      foreignColumns: [members.collectiveId, members.id],
    }),
    foreignKey({
      columns: [t.collectiveId, t.toMemberId],
      foreignColumns: [members.collectiveId, members.id],
    }),
  ],
);

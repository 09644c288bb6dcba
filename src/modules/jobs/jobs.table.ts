import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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
import { textSearchColumn, tsvector } from '../../db/types.js';
import { collectives } from '../collectives/collectives.table.js';
import { members } from '../members/members.table.js';

/** Stored statuses. `expired` is written when a read or write finds `closesAt` passed while open. */
export const JOB_STATUSES = ['open', 'handed_off', 'completed', 'cancelled', 'expired'] as const;

/** A brief a member received and passes into the collective. */
export const jobs = pgTable(
  'jobs',
  {
    collectiveId: uuid()
      .notNull()
      .references(() => collectives.id, { onDelete: 'cascade' }),
    id: uuid().notNull().defaultRandom(),
    postedBy: uuid().notNull(),
    title: text().notNull(),
    brief: text().notNull(),
    skills: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    budgetMin: integer(),
    budgetMax: integer(),
    budgetCurrency: text(),
    remote: boolean().notNull().default(true),
    location: text(),
    startsOn: date({ mode: 'string' }),
    closesAt: timestamp({ withTimezone: true, precision: 3 }),
    client: text(),
    status: text({ enum: JOB_STATUSES }).notNull().default('open'),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Title weighs more than the brief in full-text search. */
    textSearch: textSearchColumn(),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector(text_search, coalesce(title, '')), 'A') || setweight(to_tsvector(text_search, coalesce(brief, '')), 'B')`,
    ),
  },
  (t) => [
    primaryKey({ columns: [t.collectiveId, t.id] }),
    index('jobs_collective_created_idx').on(t.collectiveId, t.createdAt, t.id),
    index('jobs_collective_status_closes_idx').on(t.collectiveId, t.status, t.closesAt),
    index('jobs_search_idx').using('gin', t.searchVector),
    foreignKey({ columns: [t.collectiveId, t.postedBy], foreignColumns: [members.collectiveId, members.id] }),
  ],
);

/** A member's fit note on a job: one per member per job. */
export const interests = pgTable(
  'interests',
  {
    collectiveId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    jobId: uuid().notNull(),
    memberId: uuid().notNull(),
    note: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.collectiveId, t.id] }),
    uniqueIndex('interests_collective_job_member_key').on(t.collectiveId, t.jobId, t.memberId),
    foreignKey({ columns: [t.collectiveId, t.jobId], foreignColumns: [jobs.collectiveId, jobs.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.collectiveId, t.memberId], foreignColumns: [members.collectiveId, members.id] }),
  ],
);

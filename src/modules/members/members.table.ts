import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { textSearchColumn, tsvector } from '../../db/types.js';
import { accounts } from '../accounts/accounts.table.js';
import { collectives } from '../collectives/collectives.table.js';

export const MEMBER_ROLES = ['owner', 'admin', 'member'] as const;
export const MEMBER_STATUSES = ['active', 'left', 'removed'] as const;
export const AVAILABILITY_STATUSES = ['available', 'limited', 'unavailable'] as const;

export interface MemberLink {
  label: string;
  url: string;
}

/** An account's membership of one collective, with its profile. */
export const members = pgTable(
  'members',
  {
    collectiveId: uuid()
      .notNull()
      .references(() => collectives.id, { onDelete: 'cascade' }),
    id: uuid().notNull().defaultRandom(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    role: text({ enum: MEMBER_ROLES }).notNull().default('member'),
    status: text({ enum: MEMBER_STATUSES }).notNull().default('active'),
    headline: text(),
    bio: text(),
    skills: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    languages: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    timezone: text(),
    links: jsonb()
      .$type<MemberLink[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    availabilityStatus: text({ enum: AVAILABILITY_STATUSES }).notNull().default('available'),
    availabilityUntil: date({ mode: 'string' }),
    rateMin: integer(),
    rateMax: integer(),
    rateCurrency: text(),
    introducedBy: uuid(),
    joinedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    leftAt: timestamp({ withTimezone: true, precision: 3 }),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Headline and skills weigh more than the bio in matching (rx_skills_text: migration 0002). */
    textSearch: textSearchColumn(),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector(text_search, coalesce(headline, '') || ' ' || rx_skills_text(skills)), 'A') || setweight(to_tsvector(text_search, coalesce(bio, '')), 'B')`,
    ),
  },
  (t) => [
    primaryKey({ columns: [t.collectiveId, t.id] }),
    uniqueIndex('members_collective_account_key').on(t.collectiveId, t.accountId),
    index('members_collective_status_idx').on(t.collectiveId, t.status, t.joinedAt, t.id),
    index('members_account_idx').on(t.accountId),
    index('members_search_idx').using('gin', t.searchVector),
    foreignKey({
      columns: [t.collectiveId, t.introducedBy],
      foreignColumns: [t.collectiveId, t.id],
      name: 'members_introduced_by_fk',
    }),
  ],
);

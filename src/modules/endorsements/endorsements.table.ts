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
import { members } from '../members/members.table.js';

export const RELATIONSHIP_KINDS = [
  'worked_together',
  'client_of',
  'hired_them',
  'mentored',
  'met_informally',
] as const;
export const ENDORSEMENT_STATUSES = ['active', 'retracted'] as const;

/**
 * Member A vouches for member B on skills, backed by a worked example. Never edited or
 * deleted: retraction marks it and it stops counting; the endorsee may hide it from their
 * profile (`hiddenAt`), which keeps it in the record.
 */
export const endorsements = pgTable(
  'endorsements',
  {
    collectiveId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    endorserId: uuid().notNull(),
    endorseeId: uuid().notNull(),
    skills: text().array().notNull(),
    relationshipKind: text({ enum: RELATIONSHIP_KINDS }).notNull(),
    relationshipSince: date({ mode: 'string' }).notNull(),
    exampleTitle: text().notNull(),
    exampleDescription: text().notNull(),
    /** Words of the description as Intl.Segmenter counts them (any script); example quality in matching. */
    exampleDescriptionWords: integer().notNull(),
    exampleEndorseeRole: text().notNull(),
    exampleOutcome: text().notNull(),
    exampleStartedOn: date({ mode: 'string' }).notNull(),
    exampleEndedOn: date({ mode: 'string' }),
    evidenceUrls: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    referralId: uuid(),
    verifiedByHandoff: boolean().notNull().default(false),
    status: text({ enum: ENDORSEMENT_STATUSES }).notNull().default('active'),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    retractedAt: timestamp({ withTimezone: true, precision: 3 }),
    hiddenAt: timestamp({ withTimezone: true, precision: 3 }),
    textSearch: textSearchColumn(),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector(text_search, coalesce(example_title, '')), 'A') || setweight(to_tsvector(text_search, coalesce(example_description, '') || ' ' || coalesce(example_outcome, '') || ' ' || coalesce(example_endorsee_role, '')), 'B')`,
    ),
  },
  (t) => [
    primaryKey({ columns: [t.collectiveId, t.id] }),
    // The same endorser cannot endorse the same person twice with the same example title
    // (a retracted one no longer stands in the way of endorsing that work again). An example
    // erased with its endorsee's account has the empty title, which no request can send.
    uniqueIndex('endorsements_same_example_key')
      .on(t.collectiveId, t.endorserId, t.endorseeId, sql`lower(${t.exampleTitle})`)
      .where(sql`status = 'active' AND example_title <> ''`),
    index('endorsements_collective_endorsee_idx').on(t.collectiveId, t.endorseeId, t.createdAt),
    index('endorsements_collective_endorser_idx').on(t.collectiveId, t.endorserId, t.createdAt),
    index('endorsements_search_idx').using('gin', t.searchVector),
    foreignKey({
      columns: [t.collectiveId, t.endorserId],
      foreignColumns: [members.collectiveId, members.id],
    }),
    foreignKey({
      columns: [t.collectiveId, t.endorseeId],
      foreignColumns: [members.collectiveId, members.id],
    }),
  ],
);

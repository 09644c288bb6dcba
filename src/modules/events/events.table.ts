import { sql } from 'drizzle-orm';
import { bigserial, boolean, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { collectives } from '../collectives/collectives.table.js';

/**
 * Append-only record of every state change in a collective, written in the same transaction
 * as the change. `seq` gives a stable order for pagination; `aboutMemberIds` says whose
 * events these are (members see events about themselves), `public` marks events every
 * member may see (e.g. a job posted).
 */
export const events = pgTable(
  'events',
  {
    collectiveId: uuid()
      .notNull()
      .references(() => collectives.id, { onDelete: 'cascade' }),
    seq: bigserial({ mode: 'number' }).notNull(),
    id: uuid().notNull().defaultRandom(),
    type: text().notNull(),
    actorMemberId: uuid(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    aboutMemberIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    public: boolean().notNull().default(false),
    data: jsonb()
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  // Lists read newest first within one collective: the primary key serves them.
  (t) => [primaryKey({ columns: [t.collectiveId, t.seq] })],
);

import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { collectives } from '../collectives/collectives.table.js';

/** A 64-bit transaction id (PostgreSQL 13+), read as its decimal text. */
const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' });

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
    /**
     * The transaction that wrote the event. `seq` is taken at insert but becomes visible at
     * commit, so a reader following `seq` could pass an event whose transaction commits late;
     * the live stream follows `(xid, seq)` up to the oldest running transaction instead
     * (events.repository.ts, `eventsAfter`), which no later commit can fall behind.
     */
    xid: xid8()
      .notNull()
      .default(sql`pg_current_xact_id()`),
  },
  // Lists read newest first within one collective: the primary key serves them.
  (t) => [
    primaryKey({ columns: [t.collectiveId, t.seq] }),
    index('events_collective_xid_seq_idx').on(t.collectiveId, t.xid, t.seq),
  ],
);

import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The tenant. Its id is the `collective_id` that leads every other tenant table's keys. */
export const collectives = pgTable('collectives', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  description: text(),
  membersCanInvite: boolean().notNull().default(false),
  /** Bumped by every update; the ETag is derived from it. */
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

import { bigint, boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { textSearchColumn } from '../../db/types.js';

/** The tenant. Its id is the `collective_id` that leads every other tenant table's keys. */
export const collectives = pgTable('collectives', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  description: text(),
  membersCanInvite: boolean().notNull().default(false),
  /** BCP 47 primary tag of the language its members write in (collectives.languages.ts). */
  language: text().notNull().default('en'),
  /** The text search configuration of that language, which every text row of it is indexed with. */
  textSearch: textSearchColumn(),
  /** Bumped by every update; the ETag is derived from it. */
  version: integer().notNull().default(1),
  /**
   * Bumped by a trigger on `events` whenever the trust graph may have changed (see
   * drizzle/0002_matching_support.sql); matching caches the graph per (collective, version).
   */
  graphVersion: bigint({ mode: 'number' }).notNull().default(0),
  /**
   * Bumped by triggers whenever what matching reads besides the graph may have changed: a
   * referral offered (rotation) or a member's account renamed (the names in reasons); see
   * drizzle/0005_matching_activity_version.sql.
   */
  activityVersion: bigint({ mode: 'number' }).notNull().default(0),
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

import { and, arrayContains, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { events } from '../../db/tables.js';

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;

export async function insertEvents(db: DbOrTx, rows: NewEventRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(events).values(rows);
}

/** Newest first. `viewerMemberId` null means everything (admins). */
export async function listEvents(
  db: DbOrTx,
  args: { collectiveId: string; viewerMemberId: string | null; beforeSeq?: number; limit: number },
): Promise<EventRow[]> {
  const conditions: (SQL | undefined)[] = [eq(events.collectiveId, args.collectiveId)];
  if (args.viewerMemberId !== null) {
    conditions.push(or(eq(events.public, true), arrayContains(events.aboutMemberIds, [args.viewerMemberId])));
  }
  if (args.beforeSeq !== undefined) conditions.push(lt(events.seq, args.beforeSeq));
  return db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(desc(events.seq))
    .limit(args.limit + 1);
}

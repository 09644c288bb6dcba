import { and, desc, eq, inArray, isNull, lt, lte, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { events, notifications } from '../../db/tables.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type EventRow = typeof events.$inferSelect;

const ofMember = (collectiveId: string, memberId: string) =>
  and(eq(notifications.collectiveId, collectiveId), eq(notifications.memberId, memberId));

/** A member's notifications with their events, newest event first. */
export async function listNotifications(
  db: DbOrTx,
  args: {
    collectiveId: string;
    memberId: string;
    unread: boolean;
    beforeSeq: number | undefined;
    limit: number;
  },
): Promise<{ notification: NotificationRow; event: EventRow }[]> {
  const conditions: (SQL | undefined)[] = [ofMember(args.collectiveId, args.memberId)];
  if (args.unread) conditions.push(isNull(notifications.readAt));
  if (args.beforeSeq !== undefined) conditions.push(lt(notifications.eventSeq, args.beforeSeq));
  return db
    .select({ notification: notifications, event: events })
    .from(notifications)
    .innerJoin(
      events,
      and(eq(events.collectiveId, notifications.collectiveId), eq(events.seq, notifications.eventSeq)),
    )
    .where(and(...conditions))
    .orderBy(desc(notifications.eventSeq))
    .limit(args.limit + 1);
}

/** The event sequence number of one of the member's notifications. */
export async function notificationSeq(
  db: DbOrTx,
  args: { collectiveId: string; memberId: string; id: string },
): Promise<number | undefined> {
  const [row] = await db
    .select({ seq: notifications.eventSeq })
    .from(notifications)
    .where(and(ofMember(args.collectiveId, args.memberId), eq(notifications.id, args.id)))
    .limit(1);
  return row?.seq;
}

/** Marks unread notifications of the member read: by id, up to a sequence number, or all. */
export async function markRead(
  db: DbOrTx,
  args: { collectiveId: string; memberId: string; ids?: string[]; upToSeq?: number; now: Date },
): Promise<void> {
  const conditions: (SQL | undefined)[] = [
    ofMember(args.collectiveId, args.memberId),
    isNull(notifications.readAt),
  ];
  if (args.ids) conditions.push(inArray(notifications.id, args.ids));
  if (args.upToSeq !== undefined) conditions.push(lte(notifications.eventSeq, args.upToSeq));
  await db
    .update(notifications)
    .set({ readAt: args.now })
    .where(and(...conditions));
}

import { and, arrayContains, asc, desc, eq, getTableColumns, lt, or, sql, type SQL } from 'drizzle-orm';
import type { WithSubquery } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { events } from '../../db/tables.js';

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;

/** Where a reader of the stream stands: after this transaction id and sequence number. */
export interface StreamPosition {
  xid: string;
  seq: number;
}

/** The channel on which a transaction that records events notifies their collective ids. */
export const EVENTS_CHANNEL = 'rx_events';

/** The columns of appended events that their cascade reads. */
const appendedColumns = {
  collectiveId: events.collectiveId,
  seq: events.seq,
  type: events.type,
  actorMemberId: events.actorMemberId,
  aboutMemberIds: events.aboutMemberIds,
  createdAt: events.createdAt,
};

/**
 * The CTEs of a statement that appends events (`appending`, an INSERT into events returning
 * `appendedColumns`) and what they set off: an inbox row for each member an event of
 * `notifyingTypes` is about (its actor aside), an outbox row for each webhook of the
 * collective that is not paused and takes the event's type, and, in `notified`, which the
 * statement must select from (a CTE nobody reads is not run), a notification per collective
 * on EVENTS_CHANNEL for the live streams of every instance (PostgreSQL sends it at commit, once
 * per distinct payload). Nothing is delivered for a change that rolls back, and nothing
 * committed is left undelivered.
 */
function eventCascade(on: DbOrTx, appending: SQL, notifyingTypes: readonly string[]): WithSubquery[] {
  const types = `{${notifyingTypes.join(',')}}`;
  // The data-modifying CTEs after `e` see the appended events through its RETURNING.
  return [
    on.$with('e', {}).as(appending),
    on.$with('inbox', {}).as(sql`
      INSERT INTO notifications (collective_id, member_id, event_seq, type, created_at)
      SELECT e.collective_id, m.member_id, e.seq, e.type, e.created_at
      FROM e CROSS JOIN LATERAL unnest(e.about_member_ids) AS m(member_id)
      WHERE e.type = ANY(${types}::text[]) AND m.member_id IS DISTINCT FROM e.actor_member_id
      ON CONFLICT DO NOTHING`),
    on.$with('outbox', {}).as(sql`
      INSERT INTO webhook_deliveries (collective_id, webhook_id, event_seq, event_type, next_attempt_at, created_at)
      SELECT e.collective_id, w.id, e.seq, e.type, e.created_at, e.created_at
      FROM e JOIN webhooks w ON w.collective_id = e.collective_id
      WHERE w.status <> 'paused' AND w.event_types && ARRAY[e.type, '*']`),
    on.$with('notified', {}).as(sql`
      SELECT pg_notify(${EVENTS_CHANNEL}, c::text) FROM (SELECT DISTINCT collective_id AS c FROM e) AS appended`),
  ];
}

/** How many notifications a statement built on `eventCascade` sent: selecting it runs them. */
export const notifiedCount = sql<number>`(SELECT count(*) FROM notified)::int`;

/** Appends events and, in the same statement (one round trip), what they set off (`eventCascade`). */
export async function insertEvents(
  db: DbOrTx,
  rows: NewEventRow[],
  notifyingTypes: readonly string[],
): Promise<void> {
  if (rows.length === 0) return;
  const appending = db.insert(events).values(rows).returning(appendedColumns).getSQL();
  await db
    .with(...eventCascade(db, appending, notifyingTypes))
    .select({ notified: notifiedCount })
    .from(sql`(VALUES (1)) AS one`);
}

/**
 * The CTEs of a create written in one statement that append its one event once the CTE
 * `created` has a row: the event's columns are the placeholders of `eventPlaceholders`, and
 * the statement selects `notifiedCount`.
 */
export function appendingEvent(
  on: DbOrTx,
  created: WithSubquery,
  notifyingTypes: readonly string[],
): WithSubquery[] {
  const value = (name: keyof NewEventRow, type: string) =>
    sql`${sql.placeholder(`event.${name}`)}::${sql.raw(type)}`;
  const appending = sql`INSERT INTO ${events} (collective_id, type, actor_member_id, subject_type, subject_id, about_member_ids, public, data)
    SELECT ${value('collectiveId', 'uuid')}, ${value('type', 'text')}, ${value('actorMemberId', 'uuid')},
      ${value('subjectType', 'text')}, ${value('subjectId', 'uuid')}, ${value('aboutMemberIds', 'uuid[]')},
      ${value('public', 'boolean')}, ${value('data', 'jsonb')}
    FROM ${created}
    RETURNING collective_id, seq, type, actor_member_id, about_member_ids, created_at`;
  return eventCascade(on, appending, notifyingTypes);
}

/** The placeholders of `appendingEvent` for one event row. */
export function eventPlaceholders(row: NewEventRow): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([name, value]) => [
      `event.${name}`,
      // As text: pg would send an object as JSON but an array body as a PostgreSQL array.
      name === 'data' ? JSON.stringify(value) : value,
    ]),
  );
}

/** What a viewer may see: everything (admins, `null`), or public events and those about them. */
function visibleTo(viewerMemberId: string | null): SQL | undefined {
  return viewerMemberId === null
    ? undefined
    : or(eq(events.public, true), arrayContains(events.aboutMemberIds, [viewerMemberId]));
}

/** Newest first. `viewerMemberId` null means everything (admins). */
export async function listEvents(
  db: DbOrTx,
  args: { collectiveId: string; viewerMemberId: string | null; beforeSeq?: number; limit: number },
): Promise<EventRow[]> {
  const conditions: (SQL | undefined)[] = [
    eq(events.collectiveId, args.collectiveId),
    visibleTo(args.viewerMemberId),
  ];
  if (args.beforeSeq !== undefined) conditions.push(lt(events.seq, args.beforeSeq));
  return db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(desc(events.seq))
    .limit(args.limit + 1);
}

/** Only transactions that have ended: no event can commit behind what this lets through. */
const SETTLED = sql`${events.xid} < pg_snapshot_xmin(pg_current_snapshot())`;

/** The position of the newest settled event of the collective: a new stream starts there. */
export async function latestPosition(db: DbOrTx, collectiveId: string): Promise<StreamPosition> {
  const [row] = await db
    .select({ xid: events.xid, seq: events.seq })
    .from(events)
    .where(and(eq(events.collectiveId, collectiveId), SETTLED))
    .orderBy(desc(events.xid), desc(events.seq))
    .limit(1);
  return row ?? { xid: '0', seq: 0 };
}

/** The position of one event of the collective (a client's Last-Event-ID); undefined if none. */
export async function positionOf(
  db: DbOrTx,
  args: { collectiveId: string; seq: number },
): Promise<StreamPosition | undefined> {
  const [row] = await db
    .select({ xid: events.xid, seq: events.seq })
    .from(events)
    .where(and(eq(events.collectiveId, args.collectiveId), eq(events.seq, args.seq)))
    .limit(1);
  return row;
}

/**
 * Settled events after a position, in commit order (transaction id, then sequence), each with
 * whether the viewer may see it: the reader moves past the ones it may not, so they are read
 * once rather than at every poll.
 */
export async function eventsAfter(
  db: DbOrTx,
  args: { collectiveId: string; viewerMemberId: string | null; after: StreamPosition; limit: number },
): Promise<(EventRow & { visible: boolean })[]> {
  const visible = visibleTo(args.viewerMemberId) ?? sql`true`;
  return db
    .select({ ...getTableColumns(events), visible: sql<boolean>`${visible}` })
    .from(events)
    .where(
      and(
        eq(events.collectiveId, args.collectiveId),
        sql`(${events.xid}, ${events.seq}) > (${args.after.xid}::xid8, ${args.after.seq}::bigint)`,
        SETTLED,
      ),
    )
    .orderBy(asc(events.xid), asc(events.seq))
    .limit(args.limit);
}

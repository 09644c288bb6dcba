import { and, asc, desc, eq, lt, lte, ne, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { returnedRow, type Db, type DbOrTx } from '../../db/client.js';
import { events, webhookDeliveries, webhooks } from '../../db/tables.js';

export type WebhookRow = typeof webhooks.$inferSelect;
export type NewWebhookRow = typeof webhooks.$inferInsert;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type EventRow = typeof events.$inferSelect;

const ofWebhook = (collectiveId: string, webhookId: string) =>
  and(eq(webhooks.collectiveId, collectiveId), eq(webhooks.id, webhookId));

export async function insertWebhook(db: DbOrTx, row: NewWebhookRow): Promise<WebhookRow> {
  return returnedRow(await db.insert(webhooks).values(row).returning(), 'insert');
}

export async function findWebhook(
  db: DbOrTx,
  args: { collectiveId: string; webhookId: string; forUpdate?: boolean },
): Promise<WebhookRow | undefined> {
  const query = db.select().from(webhooks).where(ofWebhook(args.collectiveId, args.webhookId)).limit(1);
  const [row] = args.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Newest first, after the `(createdAt, id)` of the previous page's last item. */
export async function listWebhooks(
  db: DbOrTx,
  args: { collectiveId: string; before: { at: string; id: string } | undefined; limit: number },
): Promise<WebhookRow[]> {
  const conditions: (SQL | undefined)[] = [eq(webhooks.collectiveId, args.collectiveId)];
  if (args.before) {
    const at = new Date(args.before.at);
    conditions.push(
      or(lt(webhooks.createdAt, at), and(eq(webhooks.createdAt, at), lt(webhooks.id, args.before.id))),
    );
  }
  return db
    .select()
    .from(webhooks)
    .where(and(...conditions))
    .orderBy(desc(webhooks.createdAt), desc(webhooks.id))
    .limit(args.limit + 1);
}

/** Applies an admin's change and bumps the version (the ETag). */
export async function updateWebhook(
  db: DbOrTx,
  args: { collectiveId: string; webhookId: string; set: Partial<NewWebhookRow> },
): Promise<WebhookRow> {
  const rows = await db
    .update(webhooks)
    .set({ ...args.set, version: sql`${webhooks.version} + 1` })
    .where(ofWebhook(args.collectiveId, args.webhookId))
    .returning();
  return returnedRow(rows, 'update');
}

export async function deleteWebhook(
  db: DbOrTx,
  args: { collectiveId: string; webhookId: string },
): Promise<boolean> {
  const rows = await db
    .delete(webhooks)
    .where(ofWebhook(args.collectiveId, args.webhookId))
    .returning({ id: webhooks.id });
  return rows.length > 0;
}

/** A webhook's deliveries, newest event first. */
export async function listDeliveries(
  db: DbOrTx,
  args: {
    collectiveId: string;
    webhookId: string;
    status: DeliveryRow['status'] | undefined;
    beforeSeq: number | undefined;
    limit: number;
  },
): Promise<DeliveryRow[]> {
  const conditions: (SQL | undefined)[] = [
    eq(webhookDeliveries.collectiveId, args.collectiveId),
    eq(webhookDeliveries.webhookId, args.webhookId),
  ];
  if (args.status) conditions.push(eq(webhookDeliveries.status, args.status));
  if (args.beforeSeq !== undefined) conditions.push(lt(webhookDeliveries.eventSeq, args.beforeSeq));
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(...conditions))
    .orderBy(desc(webhookDeliveries.eventSeq))
    .limit(args.limit + 1);
}

/**
 * Makes a delivery due at once with a fresh retry schedule (its attempt history stays). A
 * completed one becomes a redelivery, sent by itself outside the endpoint's order: an admin asked
 * for that message now, and it must not hold back the queue for a day of retries. A pending one
 * keeps its place in the queue.
 */
export async function resetDelivery(
  db: DbOrTx,
  args: { collectiveId: string; webhookId: string; deliveryId: string; now: Date },
): Promise<DeliveryRow | undefined> {
  const [row] = await db
    .update(webhookDeliveries)
    .set({
      status: 'pending',
      attemptCount: 0,
      nextAttemptAt: args.now,
      completedAt: null,
      redelivery: sql`${webhookDeliveries.status} <> 'pending' OR ${webhookDeliveries.redelivery}`,
    })
    .where(
      and(
        eq(webhookDeliveries.collectiveId, args.collectiveId),
        eq(webhookDeliveries.webhookId, args.webhookId),
        eq(webhookDeliveries.id, args.deliveryId),
      ),
    )
    .returning();
  return row;
}

// Written as the partial indexes' predicates are (webhooks.table.ts), so the planner uses them.
const QUEUED = sql`${webhookDeliveries.status} = 'pending' AND NOT ${webhookDeliveries.redelivery}`;
const REDELIVERING = sql`${webhookDeliveries.status} = 'pending' AND ${webhookDeliveries.redelivery}`;

/** A first attempt is due whatever the clock; a retry once its time came. */
const dueNow = (now: Date) =>
  or(eq(webhookDeliveries.attemptCount, 0), lte(webhookDeliveries.nextAttemptAt, now));

type Ref = SQLWrapper | string;
const ofEndpoint = (collectiveId: Ref, webhookId: Ref) =>
  sql`${webhookDeliveries.collectiveId} = ${collectiveId} AND ${webhookDeliveries.webhookId} = ${webhookId}`;

/** Whether the head of an endpoint's queue (its lowest pending event seq) is due. */
const headIsDue = (collectiveId: Ref, webhookId: Ref, now: Date) =>
  sql`coalesce((SELECT ${dueNow(now)} FROM ${webhookDeliveries} WHERE ${ofEndpoint(collectiveId, webhookId)} AND ${QUEUED} ORDER BY ${webhookDeliveries.eventSeq} LIMIT 1), false)`;

const redeliveryIsDue = (collectiveId: Ref, webhookId: Ref, now: Date) =>
  sql`EXISTS (SELECT 1 FROM ${webhookDeliveries} WHERE ${ofEndpoint(collectiveId, webhookId)} AND ${REDELIVERING} AND ${dueNow(now)})`;

/**
 * Leases up to `limit` endpoints that have something to send (the head of the queue or a
 * redelivery is due) and that no instance holds: the rows are locked with FOR UPDATE SKIP LOCKED
 * while the lease is written, so concurrent workers of any number of instances take different
 * endpoints, and each message is sent by one of them.
 */
export async function leaseWebhooks(
  db: Db,
  args: { now: Date; leaseUntil: Date; owner: string; limit: number },
): Promise<WebhookRow[]> {
  return db.transaction(async (tx) => {
    const free = await tx
      .select({ collectiveId: webhooks.collectiveId, id: webhooks.id })
      .from(webhooks)
      .where(
        and(
          ne(webhooks.status, 'paused'),
          lte(webhooks.leaseUntil, args.now),
          or(
            headIsDue(webhooks.collectiveId, webhooks.id, args.now),
            redeliveryIsDue(webhooks.collectiveId, webhooks.id, args.now),
          ),
        ),
      )
      .orderBy(asc(webhooks.leaseUntil))
      .limit(args.limit)
      .for('update', { skipLocked: true });
    if (free.length === 0) return [];
    return tx
      .update(webhooks)
      .set({ leaseUntil: args.leaseUntil, leaseOwner: args.owner })
      .where(or(...free.map((w) => ofWebhook(w.collectiveId, w.id))))
      .returning();
  });
}

export type Sendable = { delivery: DeliveryRow; event: EventRow };

function withEvents(db: DbOrTx, where: SQL | undefined, limit: number) {
  return db
    .select({ delivery: webhookDeliveries, event: events })
    .from(webhookDeliveries)
    .innerJoin(
      events,
      and(
        eq(events.collectiveId, webhookDeliveries.collectiveId),
        eq(events.seq, webhookDeliveries.eventSeq),
      ),
    )
    .where(where)
    .orderBy(asc(webhookDeliveries.eventSeq))
    .limit(limit);
}

/**
 * What a leased endpoint may send now, in this order: its due redeliveries, then its queue from
 * the head on, in event order, if the head is due (a head waiting for its retry holds back
 * everything behind it).
 */
export async function dueDeliveries(
  db: DbOrTx,
  args: { collectiveId: string; webhookId: string; now: Date; limit: number },
): Promise<Sendable[]> {
  const endpoint = ofEndpoint(args.collectiveId, args.webhookId);
  const redeliveries = await withEvents(db, and(endpoint, REDELIVERING, dueNow(args.now)), args.limit);
  const queue = await withEvents(
    db,
    and(endpoint, QUEUED, headIsDue(args.collectiveId, args.webhookId, args.now)),
    args.limit - redeliveries.length,
  );
  return [...redeliveries, ...queue];
}

export async function saveAttempt(
  db: DbOrTx,
  args: { collectiveId: string; deliveryId: string; set: Partial<DeliveryRow> },
): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set(args.set)
    .where(
      and(eq(webhookDeliveries.collectiveId, args.collectiveId), eq(webhookDeliveries.id, args.deliveryId)),
    );
}

/**
 * Records an endpoint's health after an attempt. A success makes a failing endpoint active
 * again; a failure marks it failing from the first one on; `pauseReason` pauses it (it failed
 * for days). A paused endpoint stays paused whatever happens; a status change bumps the ETag.
 */
export async function recordHealth(
  db: DbOrTx,
  args: {
    collectiveId: string;
    webhookId: string;
    now: Date;
    error: string | null;
    pauseReason?: string | undefined;
  },
): Promise<void> {
  const next =
    args.error === null ? sql`'active'` : args.pauseReason !== undefined ? sql`'paused'` : sql`'failing'`;
  const status = sql`CASE WHEN ${webhooks.status} = 'paused' THEN ${webhooks.status} ELSE ${next} END`;
  await db
    .update(webhooks)
    .set({
      status: sql`${status}`,
      statusReason:
        args.pauseReason === undefined
          ? sql`${webhooks.statusReason}`
          : sql`CASE WHEN ${webhooks.status} = 'paused' THEN ${webhooks.statusReason} ELSE ${args.pauseReason} END`,
      version: sql`${webhooks.version} + CASE WHEN ${webhooks.status} = ${status} THEN 0 ELSE 1 END`,
      ...(args.error === null
        ? { failingSince: null, lastSuccessAt: args.now, lastError: null }
        : { failingSince: sql`coalesce(${webhooks.failingSince}, ${args.now})`, lastError: args.error }),
    })
    .where(ofWebhook(args.collectiveId, args.webhookId));
}

/** Gives an endpoint back when its worker is done with it (unless the lease already passed on). */
export async function releaseLease(
  db: DbOrTx,
  args: { collectiveId: string; webhookId: string; owner: string },
): Promise<void> {
  await db
    .update(webhooks)
    .set({ leaseUntil: new Date(0), leaseOwner: null })
    .where(and(ofWebhook(args.collectiveId, args.webhookId), eq(webhooks.leaseOwner, args.owner)));
}

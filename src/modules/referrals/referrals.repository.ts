import { and, desc, eq, isNull, lt, or, type SQL } from 'drizzle-orm';
import { returnedRow, type DbOrTx } from '../../db/client.js';
import { referrals } from '../../db/tables.js';

export type ReferralRow = typeof referrals.$inferSelect;
export type NewReferralRow = typeof referrals.$inferInsert;

export async function insertReferral(db: DbOrTx, row: NewReferralRow): Promise<ReferralRow> {
  return returnedRow(await db.insert(referrals).values(row).returning(), 'insert');
}

export async function findReferral(
  db: DbOrTx,
  args: { collectiveId: string; referralId: string; forUpdate?: boolean },
): Promise<ReferralRow | undefined> {
  const query = db
    .select()
    .from(referrals)
    .where(and(eq(referrals.collectiveId, args.collectiveId), eq(referrals.id, args.referralId)));
  const [row] = args.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The job's referral that is offered, or accepted without an outcome yet. */
export async function findOpenReferral(db: DbOrTx, args: { collectiveId: string; jobId: string }) {
  const [row] = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(
      and(
        eq(referrals.collectiveId, args.collectiveId),
        eq(referrals.jobId, args.jobId),
        or(eq(referrals.status, 'offered'), and(eq(referrals.status, 'accepted'), isNull(referrals.outcome))),
      ),
    )
    .limit(1);
  return row;
}

export async function updateReferral(
  db: DbOrTx,
  args: { collectiveId: string; referralId: string; set: Partial<NewReferralRow> },
): Promise<ReferralRow> {
  return returnedRow(
    await db
      .update(referrals)
      .set(args.set)
      .where(and(eq(referrals.collectiveId, args.collectiveId), eq(referrals.id, args.referralId)))
      .returning(),
    'update',
  );
}

/** The member's own referrals, newest first. */
export async function listReferrals(
  db: DbOrTx,
  args: {
    collectiveId: string;
    memberId: string;
    direction: 'given' | 'received';
    status?: ReferralRow['status'] | undefined;
    before?: { at: string; id: string } | undefined;
    limit: number;
  },
): Promise<ReferralRow[]> {
  const conditions: (SQL | undefined)[] = [
    eq(referrals.collectiveId, args.collectiveId),
    eq(args.direction === 'given' ? referrals.fromMemberId : referrals.toMemberId, args.memberId),
  ];
  if (args.status) conditions.push(eq(referrals.status, args.status));
  if (args.before) {
    const at = new Date(args.before.at);
    conditions.push(
      or(lt(referrals.createdAt, at), and(eq(referrals.createdAt, at), lt(referrals.id, args.before.id))),
    );
  }
  return db
    .select()
    .from(referrals)
    .where(and(...conditions))
    .orderBy(desc(referrals.createdAt), desc(referrals.id))
    .limit(args.limit + 1);
}

/** Declines every offer still awaiting an answer that was made to or by the member. */
export async function declinePendingOffersOf(
  db: DbOrTx,
  args: { collectiveId: string; memberId: string; now: Date },
) {
  return db
    .update(referrals)
    .set({ status: 'declined', respondedAt: args.now })
    .where(
      and(
        eq(referrals.collectiveId, args.collectiveId),
        eq(referrals.status, 'offered'),
        or(eq(referrals.toMemberId, args.memberId), eq(referrals.fromMemberId, args.memberId)),
      ),
    )
    .returning({
      id: referrals.id,
      jobId: referrals.jobId,
      fromMemberId: referrals.fromMemberId,
      toMemberId: referrals.toMemberId,
    });
}

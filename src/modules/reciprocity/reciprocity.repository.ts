import { and, eq, gte, or, sql, type Column, type SQL } from 'drizzle-orm';
import {
  about,
  aboutIs,
  caller,
  callerActive,
  callerColumns,
  callerFrom,
  callerIs,
} from '../../db/caller.js';
import { executePrepared, type DbOrTx } from '../../db/client.js';
import { endorsements, referrals } from '../../db/tables.js';

/** `since` null means the whole history. Every query is one collective's. */
interface Scope {
  collectiveId: string;
  since: Date | null;
}

const inWindow = (column: string, since: Date | null) =>
  since === null ? sql`true` : sql`${sql.raw(column)} >= ${since}`;

/**
 * The caller's member row, the status of the member asked about (null when the collective has
 * no such member) and that member's referral and endorsement counts in the window, in one
 * prepared statement (one per kind of window: the whole history, or since a time): the
 * contribution's only query. `caller` is undefined when the caller is no member.
 */
export async function contributionForCaller(
  db: DbOrTx,
  args: { collectiveId: string; accountId: string; memberId: string; since: Date | null },
) {
  const member = sql.placeholder('memberId');
  const since = (column: Column) => (args.since === null ? undefined : gte(column, sql.placeholder('since')));
  const count = (condition: SQL) => sql<number>`(count(*) FILTER (WHERE ${condition}))::int`;
  const countDistinct = (column: Column, condition: SQL) =>
    sql<number>`(count(DISTINCT ${column}) FILTER (WHERE ${condition}))::int`;
  const latest = (condition: SQL) =>
    sql`max(${referrals.createdAt}) FILTER (WHERE ${condition})`.mapWith(
      referrals.createdAt,
    ) as SQL<Date | null>;
  const [row] = await executePrepared(
    db,
    args.since === null ? 'reciprocity_contribution_all' : 'reciprocity_contribution_since',
    (on) => {
      const gave = eq(referrals.fromMemberId, member);
      const got = eq(referrals.toMemberId, member);
      const flows = on
        .select({
          given: count(gave).as('given'),
          received: count(got).as('received'),
          distinctRecipients: countDistinct(referrals.toMemberId, gave).as('distinct_recipients'),
          distinctGivers: countDistinct(referrals.fromMemberId, got).as('distinct_givers'),
          accepted: count(sql`${got} AND ${referrals.status} = 'accepted'`).as('accepted'),
          won: count(sql`${got} AND ${referrals.outcome} = 'won'`).as('won'),
          givenAccepted: count(sql`${gave} AND ${referrals.status} = 'accepted'`).as('given_accepted'),
          givenWon: count(sql`${gave} AND ${referrals.outcome} = 'won'`).as('given_won'),
          lastGivenAt: latest(gave).as('last_given_at'),
          lastReceivedAt: latest(got).as('last_received_at'),
        })
        .from(referrals)
        .where(
          and(eq(referrals.collectiveId, caller.collectiveId), or(gave, got), since(referrals.createdAt)),
        )
        .as('flows');
      const endorsed = on
        .select({
          given: count(eq(endorsements.endorserId, member)).as('endorsements_given'),
          received: count(eq(endorsements.endorseeId, member)).as('endorsements_received'),
        })
        .from(endorsements)
        .where(
          and(
            eq(endorsements.collectiveId, caller.collectiveId),
            eq(endorsements.status, 'active'),
            or(eq(endorsements.endorserId, member), eq(endorsements.endorseeId, member)),
            since(endorsements.createdAt),
          ),
        )
        .as('endorsed');
      return on
        .select({
          ...callerColumns,
          memberStatus: about.status,
          flows: flows._.selectedFields,
          endorsements: endorsed._.selectedFields,
        })
        .from(caller)
        .leftJoin(about, aboutIs)
        .leftJoinLateral(flows, callerActive)
        .leftJoinLateral(endorsed, callerActive)
        .where(callerIs);
    },
    {
      collectiveId: args.collectiveId,
      accountId: args.accountId,
      memberId: args.memberId,
      since: args.since,
    },
  );
  return row && { ...row, caller: callerFrom(row) };
}

/** Per active member: referrals given and received in the window. */
export async function activeMemberFlows(db: DbOrTx, scope: Scope) {
  const { rows } = await db.execute<{ member_id: string; given: number; received: number }>(sql`
    SELECT m.id AS member_id,
      (SELECT count(*) FROM referrals r
        WHERE r.collective_id = m.collective_id AND r.from_member_id = m.id AND ${inWindow('r.created_at', scope.since)})::int AS given,
      (SELECT count(*) FROM referrals r
        WHERE r.collective_id = m.collective_id AND r.to_member_id = m.id AND ${inWindow('r.created_at', scope.since)})::int AS received
    FROM members m
    WHERE m.collective_id = ${scope.collectiveId} AND m.status = 'active'`);
  return rows;
}

/** Referrals in the window, and how many of them answered a referral in the other direction within 90 days before. */
export async function swapCounts(db: DbOrTx, scope: Scope) {
  const { rows } = await db.execute<{ total: number; swaps: number }>(sql`
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM referrals back
        WHERE back.collective_id = r.collective_id
          AND back.from_member_id = r.to_member_id
          AND back.to_member_id = r.from_member_id
          AND back.created_at < r.created_at
          AND back.created_at >= r.created_at - interval '90 days'))::int AS swaps
    FROM referrals r
    WHERE r.collective_id = ${scope.collectiveId} AND ${inWindow('r.created_at', scope.since)}`);
  return rows[0] ?? { total: 0, swaps: 0 };
}

/** Days from joining to the first referral ever received, for members whose first one falls in the window. */
export async function daysToFirstReferral(db: DbOrTx, scope: Scope): Promise<number[]> {
  const { rows } = await db.execute<{ days: string }>(sql`
    SELECT extract(epoch FROM (f.first_at - m.joined_at)) / 86400.0 AS days
    FROM (
      SELECT to_member_id, min(created_at) AS first_at
      FROM referrals WHERE collective_id = ${scope.collectiveId}
      GROUP BY to_member_id
    ) f
    JOIN members m ON m.collective_id = ${scope.collectiveId} AND m.id = f.to_member_id
    WHERE ${inWindow('f.first_at', scope.since)}`);
  return rows.map((r) => Math.max(0, Number(r.days)));
}

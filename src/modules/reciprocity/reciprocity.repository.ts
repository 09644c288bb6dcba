import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

/** `since` null means the whole history. Every query is one collective's. */
interface Scope {
  collectiveId: string;
  since: Date | null;
}

const inWindow = (column: string, since: Date | null) =>
  since === null ? sql`true` : sql`${sql.raw(column)} >= ${since}`;

export async function memberReferralCounts(db: DbOrTx, scope: Scope & { memberId: string }) {
  const { rows } = await db.execute<{
    given: number;
    received: number;
    distinct_recipients: number;
    distinct_givers: number;
    accepted: number;
    won: number;
    given_accepted: number;
    given_won: number;
    last_given_at: string | null;
    last_received_at: string | null;
  }>(sql`
    SELECT
      count(*) FILTER (WHERE from_member_id = ${scope.memberId})::int AS given,
      count(*) FILTER (WHERE to_member_id = ${scope.memberId})::int AS received,
      count(DISTINCT to_member_id) FILTER (WHERE from_member_id = ${scope.memberId})::int AS distinct_recipients,
      count(DISTINCT from_member_id) FILTER (WHERE to_member_id = ${scope.memberId})::int AS distinct_givers,
      count(*) FILTER (WHERE to_member_id = ${scope.memberId} AND status = 'accepted')::int AS accepted,
      count(*) FILTER (WHERE to_member_id = ${scope.memberId} AND outcome = 'won')::int AS won,
      count(*) FILTER (WHERE from_member_id = ${scope.memberId} AND status = 'accepted')::int AS given_accepted,
      count(*) FILTER (WHERE from_member_id = ${scope.memberId} AND outcome = 'won')::int AS given_won,
      max(created_at) FILTER (WHERE from_member_id = ${scope.memberId}) AS last_given_at,
      max(created_at) FILTER (WHERE to_member_id = ${scope.memberId}) AS last_received_at
    FROM referrals
    WHERE collective_id = ${scope.collectiveId}
      AND (from_member_id = ${scope.memberId} OR to_member_id = ${scope.memberId})
      AND ${inWindow('created_at', scope.since)}`);
  return rows[0];
}

export async function memberEndorsementCounts(db: DbOrTx, scope: Scope & { memberId: string }) {
  const { rows } = await db.execute<{ given: number; received: number }>(sql`
    SELECT
      count(*) FILTER (WHERE endorser_id = ${scope.memberId})::int AS given,
      count(*) FILTER (WHERE endorsee_id = ${scope.memberId})::int AS received
    FROM endorsements
    WHERE collective_id = ${scope.collectiveId}
      AND status = 'active'
      AND (endorser_id = ${scope.memberId} OR endorsee_id = ${scope.memberId})
      AND ${inWindow('created_at', scope.since)}`);
  return rows[0];
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

import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

/**
 * The collective's graph version (bumped by a trigger whenever the trust graph or the
 * profiles may have changed) and the brief's lexemes as PostgreSQL stems them, in one trip.
 */
export async function versionAndLexemes(
  db: DbOrTx,
  args: { collectiveId: string; text: string },
): Promise<{ version: number; lexemes: string } | undefined> {
  const { rows } = await db.execute<{ graph_version: string; lexemes: string }>(sql`
    SELECT graph_version, to_tsvector('english', ${args.text})::text AS lexemes
    FROM collectives WHERE id = ${args.collectiveId}`);
  const row = rows[0];
  return row ? { version: Number(row.graph_version), lexemes: row.lexemes } : undefined;
}

export async function activeMembers(db: DbOrTx, collectiveId: string) {
  const { rows } = await db.execute<{
    id: string;
    headline: string | null;
    skills: string[];
    availability_status: 'available' | 'limited' | 'unavailable';
    availability_until: string | null;
    search_vector: string | null;
  }>(sql`
    SELECT id, headline, skills, availability_status, availability_until::text AS availability_until,
           search_vector::text AS search_vector
    FROM members WHERE collective_id = ${collectiveId} AND status = 'active'
    ORDER BY id`);
  return rows;
}

/** Active endorsements between active members: evidence, and the graph's main edges. */
export async function activeEndorsements(db: DbOrTx, collectiveId: string) {
  const { rows } = await db.execute<{
    id: string;
    endorser_id: string;
    endorsee_id: string;
    skills: string[];
    example_title: string;
    description_words: number;
    verified_by_handoff: boolean;
    relationship_kind: string;
    created_at: string;
    search_vector: string | null;
  }>(sql`
    SELECT e.id, e.endorser_id, e.endorsee_id, e.skills, e.example_title,
           array_length(string_to_array(trim(e.example_description), ' '), 1) AS description_words,
           e.verified_by_handoff, e.relationship_kind, e.created_at, e.search_vector::text AS search_vector
    FROM endorsements e
    JOIN members a ON a.collective_id = e.collective_id AND a.id = e.endorser_id AND a.status = 'active'
    JOIN members b ON b.collective_id = e.collective_id AND b.id = e.endorsee_id AND b.status = 'active'
    WHERE e.collective_id = ${collectiveId} AND e.status = 'active'
    ORDER BY e.id`);
  return rows;
}

/** Handoffs that were won: the giver trusted the recipient with work, and it went well. */
export async function wonHandoffEdges(db: DbOrTx, collectiveId: string) {
  const { rows } = await db.execute<{ from_member_id: string; to_member_id: string }>(sql`
    SELECT from_member_id, to_member_id FROM referrals
    WHERE collective_id = ${collectiveId} AND status = 'accepted' AND outcome = 'won'`);
  return rows;
}

export async function introductionEdges(db: DbOrTx, collectiveId: string) {
  const { rows } = await db.execute<{ introduced_by: string; id: string }>(sql`
    SELECT introduced_by, id FROM members
    WHERE collective_id = ${collectiveId} AND introduced_by IS NOT NULL`);
  return rows;
}

/** Referrals each of the members received since `since`. */
export async function recentReferralCounts(
  db: DbOrTx,
  args: { collectiveId: string; memberIds: string[]; since: Date },
): Promise<Map<string, number>> {
  if (args.memberIds.length === 0) return new Map();
  const { rows } = await db.execute<{ to_member_id: string; received: number }>(sql`
    SELECT to_member_id, count(*)::int AS received FROM referrals
    WHERE collective_id = ${args.collectiveId}
      AND to_member_id = ANY(${sql.param(args.memberIds)}::uuid[])
      AND created_at >= ${args.since}
    GROUP BY to_member_id`);
  return new Map(rows.map((r) => [r.to_member_id, r.received]));
}

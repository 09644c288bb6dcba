import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

export async function graphVersion(db: DbOrTx, collectiveId: string): Promise<number | undefined> {
  const { rows } = await db.execute<{ graph_version: string }>(
    sql`SELECT graph_version FROM collectives WHERE id = ${collectiveId}`,
  );
  return rows[0] ? Number(rows[0].graph_version) : undefined;
}

export async function activeMemberIds(db: DbOrTx, collectiveId: string): Promise<string[]> {
  const { rows } = await db.execute<{ id: string }>(
    sql`SELECT id FROM members WHERE collective_id = ${collectiveId} AND status = 'active'`,
  );
  return rows.map((r) => r.id);
}

/** Active endorsements between active members: the graph's main edges. */
export async function endorsementEdges(db: DbOrTx, collectiveId: string) {
  const { rows } = await db.execute<{
    endorser_id: string;
    endorsee_id: string;
    relationship_kind: string;
    description: string;
    verified_by_handoff: boolean;
    created_at: string;
  }>(sql`
    SELECT e.endorser_id, e.endorsee_id, e.relationship_kind, e.example_description AS description,
           e.verified_by_handoff, e.created_at
    FROM endorsements e
    JOIN members a ON a.collective_id = e.collective_id AND a.id = e.endorser_id AND a.status = 'active'
    JOIN members b ON b.collective_id = e.collective_id AND b.id = e.endorsee_id AND b.status = 'active'
    WHERE e.collective_id = ${collectiveId} AND e.status = 'active'`);
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

export interface CandidateEndorsement {
  id: string;
  endorserId: string;
  endorserName: string;
  skills: string[];
  title: string;
  descriptionWords: number;
  verified: boolean;
  textRank: number;
}

export type CandidateRow = {
  id: string;
  name: string;
  headline: string | null;
  skills: string[];
  availability_status: 'available' | 'limited' | 'unavailable';
  availability_until: string | null;
  profile_rank: number;
  received_recently: number;
  endorsements: CandidateEndorsement[];
};

/**
 * Members worth scoring for a brief: active, not excluded, and relevant by profile text,
 * self-declared skills, or endorsed examples (text or skills). At most `pool` of them, the
 * most relevant first, each with the endorsements that speak to the brief.
 */
export async function findCandidates(
  db: DbOrTx,
  args: {
    collectiveId: string;
    tsquery: string;
    skills: string[];
    exclude: string[];
    pool: number;
    recentSince: Date;
  },
): Promise<CandidateRow[]> {
  const { rows } = await db.execute<CandidateRow>(sql`
    WITH q AS (
      SELECT CASE WHEN ${args.tsquery} = '' THEN NULL ELSE to_tsquery('english', ${args.tsquery}) END AS query
    ),
    relevant_endorsements AS (
      SELECT e.endorsee_id, e.id, e.endorser_id, acc.name AS endorser_name, e.skills, e.example_title,
             cardinality(regexp_split_to_array(trim(e.example_description), '\\s+')) AS description_words, e.verified_by_handoff,
             CASE WHEN q.query IS NOT NULL AND e.search_vector @@ q.query
                  THEN ts_rank(e.search_vector, q.query, 32) ELSE 0 END AS text_rank
      FROM endorsements e
      CROSS JOIN q
      JOIN members er ON er.collective_id = e.collective_id AND er.id = e.endorser_id AND er.status = 'active'
      JOIN accounts acc ON acc.id = er.account_id
      WHERE e.collective_id = ${args.collectiveId}
        AND e.status = 'active'
        AND ((q.query IS NOT NULL AND e.search_vector @@ q.query) OR e.skills && ${sql.param(args.skills)}::text[])
    ),
    scored AS (
      SELECT m.id,
             CASE WHEN q.query IS NOT NULL AND m.search_vector @@ q.query
                  THEN ts_rank(m.search_vector, q.query, 32) ELSE 0 END AS profile_rank,
             cardinality(ARRAY(SELECT unnest(m.skills) INTERSECT SELECT unnest(${sql.param(args.skills)}::text[]))) AS skill_hits
      FROM members m CROSS JOIN q
      WHERE m.collective_id = ${args.collectiveId}
        AND m.status = 'active'
        AND NOT (m.id = ANY(${sql.param(args.exclude)}::uuid[]))
        AND ((q.query IS NOT NULL AND m.search_vector @@ q.query)
             OR m.skills && ${sql.param(args.skills)}::text[]
             OR m.id IN (SELECT endorsee_id FROM relevant_endorsements))
    ),
    pool AS (
      SELECT s.id, s.profile_rank,
             s.profile_rank + s.skill_hits
               + coalesce((SELECT sum(re.text_rank) + count(*) * 0.1 FROM relevant_endorsements re WHERE re.endorsee_id = s.id), 0)
               AS relevance
      FROM scored s
      ORDER BY relevance DESC, s.id
      LIMIT ${args.pool}
    )
    SELECT m.id, a.name, m.headline, m.skills, m.availability_status, m.availability_until::text AS availability_until,
           p.profile_rank::float8 AS profile_rank,
           (SELECT count(*) FROM referrals r
             WHERE r.collective_id = m.collective_id AND r.to_member_id = m.id AND r.created_at >= ${args.recentSince})::int
             AS received_recently,
           coalesce((
             SELECT json_agg(json_build_object(
                      'id', re.id, 'endorserId', re.endorser_id, 'endorserName', re.endorser_name, 'skills', re.skills,
                      'title', re.example_title, 'descriptionWords', re.description_words,
                      'verified', re.verified_by_handoff, 'textRank', re.text_rank) ORDER BY re.id)
             FROM relevant_endorsements re WHERE re.endorsee_id = m.id), '[]'::json) AS endorsements
    FROM pool p
    JOIN members m ON m.collective_id = ${args.collectiveId} AND m.id = p.id
    JOIN accounts a ON a.id = m.account_id
    ORDER BY p.relevance DESC, m.id`);
  return rows;
}

export async function memberNames(
  db: DbOrTx,
  collectiveId: string,
  memberIds: string[],
): Promise<Map<string, string>> {
  if (memberIds.length === 0) return new Map();
  const { rows } = await db.execute<{ id: string; name: string }>(sql`
    SELECT m.id, a.name FROM members m JOIN accounts a ON a.id = m.account_id
    WHERE m.collective_id = ${collectiveId} AND m.id = ANY(${sql.param(memberIds)}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

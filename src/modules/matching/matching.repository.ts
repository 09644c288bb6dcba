import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { collectives, members } from '../../db/tables.js';
import { stemKeyOf } from './matching.stems.js';

/**
 * Everything a match request reads before it can use the cached model, in one round trip:
 * the caller's member row (for the tenancy gate), the collective's two cache versions and
 * language, and the lexemes of each of the brief's sentences as PostgreSQL stems them in that
 * language (a few sentences: the statement's cost is its round trip). No row: no such
 * collective. Every match request runs it, so it is a named prepared statement, parsed and
 * planned once per connection.
 */
export function prepareMatchContext(db: Db) {
  const query = db
    .select({
      graphVersion: collectives.graphVersion,
      activityVersion: collectives.activityVersion,
      language: collectives.language,
      textSearch: collectives.textSearch,
      // The brief's sentences (a JSON array) parsed as the collective's texts are indexed: its
      // language's stemmer and stop words, one tsvector per sentence, in order.
      sentenceLexemes: sql<string[]>`ARRAY(
        SELECT to_tsvector(${collectives.textSearch}, s.text)::text
        FROM jsonb_array_elements_text(${sql.placeholder('sentences')}::jsonb) WITH ORDINALITY AS s(text, n)
        ORDER BY s.n)`,
      memberId: members.id,
      role: members.role,
      status: members.status,
    })
    .from(collectives)
    .leftJoin(
      members,
      and(eq(members.collectiveId, collectives.id), eq(members.accountId, sql.placeholder('accountId'))),
    )
    .where(eq(collectives.id, sql.placeholder('collectiveId')))
    .prepare('match_context');
  return async (args: { collectiveId: string; accountId: string; sentences: readonly string[] }) => {
    const [row] = await query.execute({ ...args, sentences: JSON.stringify(args.sentences) });
    if (!row) return undefined;
    const { memberId, role, status, ...versions } = row;
    return {
      ...versions,
      member:
        memberId === null || role === null || status === null ? undefined : { id: memberId, role, status },
    };
  };
}

/**
 * Each text's lexemes in a text search configuration, in order (an empty list for stop words
 * only), read as matching reads every lexeme (stemKeyOf).
 */
export async function stemTexts(db: DbOrTx, config: string, texts: readonly string[]): Promise<string[][]> {
  if (texts.length === 0) return [];
  const { rows } = await db.execute<{ lexemes: string[] }>(sql`
    SELECT tsvector_to_array(to_tsvector(${config}::regconfig, t.text)) AS lexemes
    FROM jsonb_array_elements_text(${JSON.stringify(texts)}::jsonb) WITH ORDINALITY AS t(text, n)
    ORDER BY t.n`);
  const stemKey = stemKeyOf(config);
  return rows.map((r) => (stemKey ? [...new Set(r.lexemes.map(stemKey))] : r.lexemes));
}

/** An active member as the model reads them. */
export type MemberRow = {
  id: string;
  headline: string | null;
  skills: string[];
  availability_status: 'available' | 'limited' | 'unavailable';
  availability_until: string | null;
  search_vector: string | null;
};

/** `column` is one of these ids (uuids, sent as one JSON parameter). */
const idIn = (column: SQL, ids: readonly string[]) =>
  sql`${column} IN (SELECT value::uuid FROM jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;

/** These active members' availability as it is now (members no longer active are left out). */
export async function availabilityOf(db: DbOrTx, collectiveId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const { rows } = await db.execute<Pick<MemberRow, 'id' | 'availability_status' | 'availability_until'>>(sql`
    SELECT id, availability_status, availability_until::text AS availability_until
    FROM members
    WHERE collective_id = ${collectiveId} AND status = 'active'
      AND ${idIn(sql`id`, ids)}`);
  return rows;
}

export async function activeMembers(db: DbOrTx, collectiveId: string): Promise<MemberRow[]> {
  const { rows } = await db.execute<MemberRow>(sql`
    SELECT id, headline, skills, availability_status, availability_until::text AS availability_until,
           search_vector::text AS search_vector
    FROM members WHERE collective_id = ${collectiveId} AND status = 'active'
    ORDER BY id`);
  return rows;
}

/** An endorsement as the model reads it. */
export type EndorsementRow = {
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
};

const endorsementColumns = sql`e.id, e.endorser_id, e.endorsee_id, e.skills, e.example_title,
  e.example_description_words AS description_words,
  e.verified_by_handoff, e.relationship_kind, e.created_at, e.search_vector::text AS search_vector`;

/** Active endorsements between active members: evidence, and the graph's main edges. */
export async function activeEndorsements(db: DbOrTx, collectiveId: string): Promise<EndorsementRow[]> {
  const { rows } = await db.execute<EndorsementRow>(sql`
    SELECT ${endorsementColumns}
    FROM endorsements e
    JOIN members a ON a.collective_id = e.collective_id AND a.id = e.endorser_id AND a.status = 'active'
    JOIN members b ON b.collective_id = e.collective_id AND b.id = e.endorsee_id AND b.status = 'active'
    WHERE e.collective_id = ${collectiveId} AND e.status = 'active'
    ORDER BY e.id`);
  return rows;
}

/** These endorsements as they are now, with their status (absent: deleted). */
export async function endorsementsByIds(db: DbOrTx, collectiveId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const { rows } = await db.execute<EndorsementRow & { status: string }>(sql`
    SELECT ${endorsementColumns}, e.status
    FROM endorsements e
    WHERE e.collective_id = ${collectiveId}
      AND ${idIn(sql`e.id`, ids)}`);
  return rows;
}

/** Event `ev` was committed by a transaction the snapshot `since` did not see. */
const notSeenBy = (since: string) =>
  sql`ev.xid >= pg_snapshot_xmin(${since}::pg_snapshot) AND NOT pg_visible_in_snapshot(ev.xid, ${since}::pg_snapshot)`;

/**
 * The events of the collective that the snapshot `since` (pg_current_snapshot() of an earlier
 * read) did not see and the current transaction does: exactly the changes committed between
 * the two reads, whatever order their transactions committed in.
 */
export async function eventsNotIn(db: DbOrTx, collectiveId: string, since: string) {
  const { rows } = await db.execute<{ type: string; subject_type: string; subject_id: string }>(sql`
    SELECT ev.type, ev.subject_type, ev.subject_id FROM events ev
    WHERE ev.collective_id = ${collectiveId} AND ${notSeenBy(since)}`);
  return rows;
}

/**
 * The collective's graph_version and the events the snapshot `since` did not see (eventsNotIn),
 * read in one statement, so that the events are exactly those behind that version: read apart,
 * a change committed between the two reads shows as an event the version does not count.
 */
export async function versionAndEventsNotIn(db: DbOrTx, collectiveId: string, since: string) {
  const { rows } = await db.execute<{
    graph_version: string;
    events: { type: string; subject_type: string; subject_id: string; data: unknown }[];
  }>(sql`
    SELECT c.graph_version,
           (SELECT coalesce(json_agg(json_build_object('type', ev.type, 'subject_type', ev.subject_type,
                                                       'subject_id', ev.subject_id, 'data', ev.data)), '[]')
            FROM events ev
            WHERE ev.collective_id = c.id AND ${notSeenBy(since)}) AS events
    FROM collectives c WHERE c.id = ${collectiveId}`);
  const [row] = rows;
  return row && { version: Number(row.graph_version), events: row.events };
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

/** When each referral made in the collective since `since` was offered, by recipient. */
export async function referralsReceivedSince(db: DbOrTx, args: { collectiveId: string; since: Date }) {
  const { rows } = await db.execute<{ to_member_id: string; created_at: string }>(sql`
    SELECT to_member_id, created_at FROM referrals
    WHERE collective_id = ${args.collectiveId} AND created_at >= ${args.since}`);
  return rows.map((r) => ({ memberId: r.to_member_id, at: new Date(r.created_at).getTime() }));
}

/**
 * Read inside a model's snapshot: the collective's graph version, the snapshot itself (which
 * transactions it sees, for the next build's `eventsNotIn`), and the `seq` of its newest
 * event created over a minute before (0 if none). Every removal the snapshot might not hold
 * has a later `seq`: an event's `created_at` is its transaction's start, and no transaction
 * that records one stays open for a minute (statement and idle timeouts end it sooner).
 */
export async function snapshotMarks(db: DbOrTx, collectiveId: string) {
  const { rows } = await db.execute<{
    graph_version: string;
    removal_floor: string;
    snapshot: string;
    language: string;
    text_search: string;
  }>(sql`
    SELECT c.graph_version, pg_current_snapshot()::text AS snapshot, c.language, c.text_search::text,
           coalesce((SELECT ev.seq FROM events ev
                     WHERE ev.collective_id = c.id AND ev.created_at < now() - interval '1 minute'
                     ORDER BY ev.seq DESC LIMIT 1), 0) AS removal_floor
    FROM collectives c WHERE c.id = ${collectiveId}`);
  const [row] = rows;
  return row
    ? {
        version: Number(row.graph_version),
        removalFloor: Number(row.removal_floor),
        snapshot: row.snapshot,
        language: row.language,
        textSearch: row.text_search,
      }
    : undefined;
}

export type RemovedEndorsement = {
  id: string;
  endorser_id: string;
  endorsee_id: string;
  description_words: number;
  created_at: string;
  search_vector: string | null;
};

/**
 * What stopped counting after `afterSeq`: members who left or were removed and are still
 * gone, and endorsements retracted since or given by those members. Asked only while a
 * changed collective's model is being rebuilt, to filter the previous model at once.
 */
export async function removalsSince(db: DbOrTx, args: { collectiveId: string; afterSeq: number }) {
  const changed = sql`SELECT ev.subject_id FROM events ev
    WHERE ev.collective_id = ${args.collectiveId} AND ev.seq > ${args.afterSeq}
      AND ev.type IN ('endorsement.retracted', 'member.left', 'member.removed', 'member.erased')`;
  const departed = sql`SELECT m.id FROM members m
    WHERE m.collective_id = ${args.collectiveId} AND m.status <> 'active' AND m.id IN (${changed})`;
  const members = await db.execute<{ id: string }>(departed);
  const columns = sql`e.id, e.endorser_id, e.endorsee_id, e.example_description_words AS description_words,
    e.created_at, e.search_vector::text AS search_vector`;
  // Two index scans (by id, by endorser): one OR over both made PostgreSQL scan every
  // endorsement of the collective, 116 ms at 10,000 members, on every request while behind.
  const endorsements = await db.execute<RemovedEndorsement>(sql`
    SELECT ${columns} FROM endorsements e
    WHERE e.collective_id = ${args.collectiveId} AND e.status = 'retracted' AND e.id IN (${changed})
    UNION ALL
    SELECT ${columns} FROM endorsements e
    WHERE e.collective_id = ${args.collectiveId} AND e.status = 'active' AND e.endorser_id IN (${departed})`);
  return { departedMemberIds: members.rows.map((row) => row.id), endorsements: endorsements.rows };
}

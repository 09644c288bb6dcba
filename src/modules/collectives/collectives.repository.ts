import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import { returnedRow, type DbOrTx } from '../../db/client.js';
import { collectives, members } from '../../db/tables.js';

// graph_version and activity_version belong to matching (bumped by triggers): never read here.
const collectiveColumns = {
  id: collectives.id,
  name: collectives.name,
  description: collectives.description,
  membersCanInvite: collectives.membersCanInvite,
  language: collectives.language,
  version: collectives.version,
  createdAt: collectives.createdAt,
  updatedAt: collectives.updatedAt,
};

export type CollectiveRow = Omit<
  typeof collectives.$inferSelect,
  'graphVersion' | 'activityVersion' | 'textSearch'
>;
export type NewCollectiveRow = typeof collectives.$inferInsert;
export type CollectiveWithMembership = CollectiveRow & {
  memberId: string;
  role: (typeof members.$inferSelect)['role'];
  joinedAt: Date;
};

export async function insertCollective(tx: DbOrTx, row: NewCollectiveRow): Promise<CollectiveRow> {
  return returnedRow(await tx.insert(collectives).values(row).returning(collectiveColumns), 'insert');
}

export async function findCollective(db: DbOrTx, collectiveId: string): Promise<CollectiveRow | undefined> {
  const [row] = await db.select(collectiveColumns).from(collectives).where(eq(collectives.id, collectiveId));
  return row;
}

/**
 * Applies a change and bumps the version; with `expectedVersion`, only if the row still has it
 * (the ETag check in the UPDATE itself, so of two writers holding one ETag only one wins).
 */
export async function updateCollective(
  tx: DbOrTx,
  args: {
    collectiveId: string;
    expectedVersion?: number | undefined;
    set: Partial<NewCollectiveRow>;
    now: Date;
  },
): Promise<CollectiveRow | undefined> {
  const [row] = await tx
    .update(collectives)
    .set({ ...args.set, version: sql`${collectives.version} + 1`, updatedAt: args.now })
    .where(
      and(
        eq(collectives.id, args.collectiveId),
        args.expectedVersion === undefined ? undefined : eq(collectives.version, args.expectedVersion),
      ),
    )
    .returning(collectiveColumns);
  return row;
}

/** The collectives an account is an active member of, in the order it joined them. */
export async function listCollectivesOfAccount(
  db: DbOrTx,
  args: { accountId: string; after?: { joinedAt: string; memberId: string } | undefined; limit: number },
): Promise<CollectiveWithMembership[]> {
  const after = args.after;
  const afterDate = after ? new Date(after.joinedAt) : undefined;
  return db
    .select({
      ...collectiveColumns,
      memberId: members.id,
      role: members.role,
      joinedAt: members.joinedAt,
    })
    .from(members)
    .innerJoin(collectives, eq(collectives.id, members.collectiveId))
    .where(
      and(
        eq(members.accountId, args.accountId),
        eq(members.status, 'active'),
        after && afterDate
          ? or(
              gt(members.joinedAt, afterDate),
              and(eq(members.joinedAt, afterDate), gt(members.id, after.memberId)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(members.joinedAt), asc(members.id))
    .limit(args.limit + 1);
}

/**
 * Taken before a collective's language changes: inserts of members, jobs and endorsements
 * share this lock while their trigger copies the collective's text search configuration
 * (drizzle/0007_collective_language.sql), so none of them keeps the old one unnoticed.
 */
export async function lockTextSearch(tx: DbOrTx, collectiveId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${collectiveId}::text, 0))`);
}

/** The tables whose search vectors follow their collective's language. */
export const TEXT_TABLES = ['members', 'jobs', 'endorsements'] as const;

/**
 * Re-indexes at most `limit` rows of one table still indexed with another configuration than
 * their collective's (their generated search vectors are recomputed), in one short statement.
 * Returns how many it changed; 0 means the table is done.
 */
export async function reindexTextBatch(
  db: DbOrTx,
  args: { table: (typeof TEXT_TABLES)[number]; collectiveId: string; limit: number },
): Promise<number> {
  const table = sql.identifier(args.table);
  const result = await db.execute(sql`
    WITH target AS (SELECT text_search FROM collectives WHERE id = ${args.collectiveId}),
    batch AS (
      SELECT row.id FROM ${table} row, target
      WHERE row.collective_id = ${args.collectiveId} AND row.text_search <> target.text_search
      LIMIT ${args.limit}
      FOR UPDATE OF row
    )
    UPDATE ${table} row SET text_search = target.text_search
    FROM target, batch
    WHERE row.collective_id = ${args.collectiveId} AND row.id = batch.id`);
  return result.rowCount ?? 0;
}

/** Tells every instance's matching model that the collective's texts were re-indexed. */
export async function bumpGraphVersion(db: DbOrTx, collectiveId: string): Promise<void> {
  await db
    .update(collectives)
    .set({ graphVersion: sql`${collectives.graphVersion} + 1` })
    .where(eq(collectives.id, collectiveId));
}

import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import { returnedRow, type DbOrTx } from '../../db/client.js';
import { collectives, members } from '../../db/tables.js';

// graph_version and activity_version belong to matching (bumped by triggers): never read here.
const collectiveColumns = {
  id: collectives.id,
  name: collectives.name,
  description: collectives.description,
  membersCanInvite: collectives.membersCanInvite,
  version: collectives.version,
  createdAt: collectives.createdAt,
  updatedAt: collectives.updatedAt,
};

export type CollectiveRow = Omit<typeof collectives.$inferSelect, 'graphVersion' | 'activityVersion'>;
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

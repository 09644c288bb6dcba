import { and, eq, inArray } from 'drizzle-orm';
import { caller, callerIs } from '../../db/caller.js';
import { executePrepared, type DbOrTx } from '../../db/client.js';
import { accounts, members } from '../../db/tables.js';

/** The caller's member row of a collective: every collective-scoped request reads it. */
export async function findMembership(db: DbOrTx, args: { collectiveId: string; accountId: string }) {
  const [row] = await executePrepared(
    db,
    'access_membership',
    (on) =>
      on
        .select({ id: caller.id, role: caller.role, status: caller.status })
        .from(caller)
        .where(callerIs)
        .limit(1),
    args,
  );
  return row;
}

export async function findMemberStatus(db: DbOrTx, args: { collectiveId: string; memberId: string }) {
  const [row] = await db
    .select({ status: members.status })
    .from(members)
    .where(and(eq(members.collectiveId, args.collectiveId), eq(members.id, args.memberId)))
    .limit(1);
  return row?.status;
}

export async function findMemberNames(db: DbOrTx, args: { collectiveId: string; memberIds: string[] }) {
  if (args.memberIds.length === 0) return [];
  return db
    .select({ id: members.id, name: accounts.name })
    .from(members)
    .innerJoin(accounts, eq(accounts.id, members.accountId))
    .where(and(eq(members.collectiveId, args.collectiveId), inArray(members.id, args.memberIds)));
}

export async function findActiveMemberNames(db: DbOrTx, collectiveId: string) {
  return db
    .select({ id: members.id, name: accounts.name })
    .from(members)
    .innerJoin(accounts, eq(accounts.id, members.accountId))
    .where(and(eq(members.collectiveId, collectiveId), eq(members.status, 'active')));
}

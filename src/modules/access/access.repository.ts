import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { caller, callerIs } from '../../db/caller.js';
import { executePrepared, type DbOrTx } from '../../db/client.js';
import { accounts, members } from '../../db/tables.js';

/** The member a request is about, beside the caller's own row. */
const about = alias(members, 'about');

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

/**
 * The caller's member row and the status of the member a request is about, in one round trip.
 * No row: the caller is no member of the collective; a null status: no such member in it.
 */
export async function findMembershipAndMemberStatus(
  db: DbOrTx,
  args: { collectiveId: string; accountId: string; memberId: string },
) {
  const [row] = await executePrepared(
    db,
    'access_membership_and_member_status',
    (on) =>
      on
        .select({
          id: caller.id,
          role: caller.role,
          status: caller.status,
          memberStatus: about.status,
        })
        .from(caller)
        .leftJoin(
          about,
          and(eq(about.collectiveId, caller.collectiveId), eq(about.id, sql.placeholder('memberId'))),
        )
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

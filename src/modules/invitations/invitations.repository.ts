import {
  and,
  desc,
  eq,
  getTableColumns,
  gt,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  type SQL,
} from 'drizzle-orm';
import { returnedRow, type DbOrTx } from '../../db/client.js';
import { invitations, members } from '../../db/tables.js';

export type InvitationRow = typeof invitations.$inferSelect;
/** An invitation with the standing of the member who created it, which decides whether it still works. */
export type InvitationWithInviter = InvitationRow & {
  inviterStatus: typeof members.$inferSelect.status;
  inviterLeftAt: Date | null;
};
export type NewInvitationRow = typeof invitations.$inferInsert;
type Status = 'pending' | 'accepted' | 'revoked' | 'expired';

export async function insertInvitation(tx: DbOrTx, row: NewInvitationRow): Promise<InvitationRow> {
  return returnedRow(await tx.insert(invitations).values(row).returning(), 'insert');
}

/** One invitation of the collective, locked until the transaction ends. */
export async function lockInvitation(
  tx: DbOrTx,
  args: { collectiveId: string; invitationId: string },
): Promise<InvitationRow | undefined> {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.collectiveId, args.collectiveId), eq(invitations.id, args.invitationId)))
    .for('update');
  return row;
}

/** The invitation a token belongs to, locked: two accepts of one token run one after the other. */
export async function lockInvitationByToken(
  tx: DbOrTx,
  args: { collectiveId: string; tokenHash: string },
): Promise<InvitationRow | undefined> {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.collectiveId, args.collectiveId), eq(invitations.tokenHash, args.tokenHash)))
    .for('update');
  return row;
}

const inviterActive = eq(members.status, 'active');

/** The status rule of the service's `statusOf`, as SQL over invitations joined to their inviter. */
function statusCondition(status: Status, now: Date): SQL | undefined {
  switch (status) {
    case 'accepted':
      return isNotNull(invitations.acceptedAt);
    case 'revoked':
      return and(
        isNull(invitations.acceptedAt),
        or(isNotNull(invitations.revokedAt), ne(members.status, 'active')),
      );
    case 'expired':
      return and(
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        inviterActive,
        lte(invitations.expiresAt, now),
      );
    case 'pending':
      return and(
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        inviterActive,
        gt(invitations.expiresAt, now),
      );
  }
}

/** Newest first. */
export async function listInvitations(
  db: DbOrTx,
  args: {
    collectiveId: string;
    status?: Status | undefined;
    now: Date;
    before?: { createdAt: string; id: string } | undefined;
    limit: number;
  },
): Promise<InvitationWithInviter[]> {
  const conditions: (SQL | undefined)[] = [eq(invitations.collectiveId, args.collectiveId)];
  if (args.status) conditions.push(statusCondition(args.status, args.now));
  if (args.before) {
    const createdAt = new Date(args.before.createdAt);
    conditions.push(
      or(
        lt(invitations.createdAt, createdAt),
        and(eq(invitations.createdAt, createdAt), lt(invitations.id, args.before.id)),
      ),
    );
  }
  return db
    .select({
      ...getTableColumns(invitations),
      inviterStatus: members.status,
      inviterLeftAt: members.leftAt,
    })
    .from(invitations)
    .innerJoin(
      members,
      and(eq(members.collectiveId, invitations.collectiveId), eq(members.id, invitations.createdBy)),
    )
    .where(and(...conditions))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(args.limit + 1);
}

export async function updateInvitation(
  tx: DbOrTx,
  args: {
    collectiveId: string;
    invitationId: string;
    set: Partial<Pick<NewInvitationRow, 'acceptedAt' | 'acceptedBy' | 'revokedAt'>>;
  },
): Promise<void> {
  await tx
    .update(invitations)
    .set(args.set)
    .where(and(eq(invitations.collectiveId, args.collectiveId), eq(invitations.id, args.invitationId)));
}

import { and, desc, eq, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import {
  about,
  aboutIs,
  caller,
  callerActive,
  callerIs,
  callerIsAdmin,
  callerPageColumns,
  splitCallerPage,
  type CallerRow,
} from '../../db/caller.js';
import { executeShape, returnedRow, type DbOrTx } from '../../db/client.js';
import { endorsements, referrals } from '../../db/tables.js';

export type EndorsementRow = Omit<
  typeof endorsements.$inferSelect,
  'searchVector' | 'textSearch' | 'exampleDescriptionWords'
>;
export type NewEndorsementRow = typeof endorsements.$inferInsert;

const columns = {
  collectiveId: endorsements.collectiveId,
  id: endorsements.id,
  endorserId: endorsements.endorserId,
  endorseeId: endorsements.endorseeId,
  skills: endorsements.skills,
  relationshipKind: endorsements.relationshipKind,
  relationshipSince: endorsements.relationshipSince,
  exampleTitle: endorsements.exampleTitle,
  exampleDescription: endorsements.exampleDescription,
  exampleEndorseeRole: endorsements.exampleEndorseeRole,
  exampleOutcome: endorsements.exampleOutcome,
  exampleStartedOn: endorsements.exampleStartedOn,
  exampleEndedOn: endorsements.exampleEndedOn,
  evidenceUrls: endorsements.evidenceUrls,
  referralId: endorsements.referralId,
  verifiedByHandoff: endorsements.verifiedByHandoff,
  status: endorsements.status,
  createdAt: endorsements.createdAt,
  retractedAt: endorsements.retractedAt,
  hiddenAt: endorsements.hiddenAt,
};

export async function insertEndorsement(db: DbOrTx, row: NewEndorsementRow): Promise<EndorsementRow> {
  return returnedRow(await db.insert(endorsements).values(row).returning(columns), 'insert');
}

export async function findEndorsement(
  db: DbOrTx,
  args: { collectiveId: string; endorsementId: string; forUpdate?: boolean },
): Promise<EndorsementRow | undefined> {
  const query = db
    .select(columns)
    .from(endorsements)
    .where(and(eq(endorsements.collectiveId, args.collectiveId), eq(endorsements.id, args.endorsementId)));
  const [row] = args.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The endorsements one endorser retracted, oldest first: their revocation list. */
export async function retractedByEndorser(
  db: DbOrTx,
  args: { collectiveId: string; endorserId: string },
): Promise<Pick<EndorsementRow, 'collectiveId' | 'id'>[]> {
  return db
    .select({ collectiveId: endorsements.collectiveId, id: endorsements.id })
    .from(endorsements)
    .where(
      and(
        eq(endorsements.collectiveId, args.collectiveId),
        eq(endorsements.endorserId, args.endorserId),
        eq(endorsements.status, 'retracted'),
      ),
    )
    .orderBy(endorsements.retractedAt, endorsements.id);
}

export async function findSameExample(
  db: DbOrTx,
  args: { collectiveId: string; endorserId: string; endorseeId: string; title: string },
) {
  const [row] = await db
    .select({ id: endorsements.id })
    .from(endorsements)
    .where(
      and(
        eq(endorsements.collectiveId, args.collectiveId),
        eq(endorsements.endorserId, args.endorserId),
        eq(endorsements.endorseeId, args.endorseeId),
        eq(endorsements.status, 'active'),
        sql`lower(${endorsements.exampleTitle}) = ${args.title.toLowerCase()}`,
      ),
    )
    .limit(1);
  return row;
}

/** A completed handoff (accepted, outcome recorded) between two members, in either direction. */
export async function findCompletedHandoff(
  db: DbOrTx,
  args: { collectiveId: string; referralId: string; memberA: string; memberB: string },
) {
  const [row] = await db
    .select({ id: referrals.id, outcome: referrals.outcome, status: referrals.status })
    .from(referrals)
    .where(
      and(
        eq(referrals.collectiveId, args.collectiveId),
        eq(referrals.id, args.referralId),
        or(
          and(eq(referrals.fromMemberId, args.memberA), eq(referrals.toMemberId, args.memberB)),
          and(eq(referrals.fromMemberId, args.memberB), eq(referrals.toMemberId, args.memberA)),
        ),
      ),
    );
  return row;
}

/**
 * The caller's member row, the status of the member whose endorsements are listed (null when
 * the collective has no such member), and a page of those endorsements, newest first, in one
 * statement: listEndorsements' only query. Hidden ones stay in the lists of the two people
 * involved (the member listed is the caller) and of admins: the caller's row decides, here. The first page of each
 * direction is a prepared statement; `caller` is undefined when the caller is no member.
 */
export async function listEndorsementsForCaller(
  db: DbOrTx,
  args: {
    collectiveId: string;
    accountId: string;
    memberId: string;
    direction: 'received' | 'given';
    includeRetracted: boolean;
    before?: { at: string; id: string } | undefined;
    limit: number;
  },
): Promise<{ caller: CallerRow | undefined; memberStatus: string | null; rows: EndorsementRow[] }> {
  const conditions: (SQL | undefined)[] = [
    eq(endorsements.collectiveId, caller.collectiveId),
    eq(
      args.direction === 'received' ? endorsements.endorseeId : endorsements.endorserId,
      sql.placeholder('memberId'),
    ),
    or(sql`${sql.placeholder('includeRetracted')}::boolean`, eq(endorsements.status, 'active')),
    or(isNull(endorsements.hiddenAt), eq(caller.id, sql.placeholder('memberId')), callerIsAdmin),
  ];
  if (args.before) {
    const at = new Date(args.before.at);
    conditions.push(
      or(
        lt(endorsements.createdAt, at),
        and(eq(endorsements.createdAt, at), lt(endorsements.id, args.before.id)),
      ),
    );
  }
  const rows = await executeShape(
    db,
    args.before ? undefined : `endorsements_first_page_${args.direction}_for_caller`,
    (on) => {
      const page = on
        .select(columns)
        .from(endorsements)
        .where(and(...conditions))
        .orderBy(desc(endorsements.createdAt), desc(endorsements.id))
        .limit(sql.placeholder('limit'))
        .as('page');
      return on
        .select({ ...callerPageColumns(page), memberStatus: about.status })
        .from(caller)
        .leftJoin(about, aboutIs)
        .leftJoinLateral(page, callerActive)
        .where(callerIs)
        .orderBy(desc(page.createdAt), desc(page.id));
    },
    {
      collectiveId: args.collectiveId,
      accountId: args.accountId,
      memberId: args.memberId,
      includeRetracted: args.includeRetracted,
      limit: args.limit + 1,
    },
  );
  return { ...splitCallerPage<EndorsementRow>(rows), memberStatus: rows[0]?.memberStatus ?? null };
}

export async function updateEndorsement(
  db: DbOrTx,
  args: { collectiveId: string; endorsementId: string; set: Partial<NewEndorsementRow> },
): Promise<EndorsementRow> {
  return returnedRow(
    await db
      .update(endorsements)
      .set(args.set)
      .where(and(eq(endorsements.collectiveId, args.collectiveId), eq(endorsements.id, args.endorsementId)))
      .returning(columns),
    'update',
  );
}

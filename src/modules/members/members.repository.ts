import { and, arrayContains, asc, eq, getTableColumns, gt, or, sql, type SQL } from 'drizzle-orm';
import { collectiveTsQuery } from '../../db/text-search.js';
import { isoInstant, jsonTextArray } from '../../db/types.js';
import {
  caller,
  callerActive,
  callerColumns,
  callerIs,
  callerPageColumns,
  splitCaller,
  splitCallerPage,
  type CallerRow,
} from '../../db/caller.js';
import { executePrepared, executeShape, returnedRow, type Db, type DbOrTx } from '../../db/client.js';
import { accounts, members } from '../../db/tables.js';

// The search vector and its configuration are matching's business: never read here.
const { searchVector: _searchVector, textSearch: _textSearch, ...memberColumns } = getTableColumns(members);

export type MemberRow = Omit<typeof members.$inferSelect, 'searchVector' | 'textSearch'>;
export type NewMemberRow = typeof members.$inferInsert;

/**
 * A member with the account fields a response needs, as the reads behind responses select it:
 * instants already as ISO 8601 text and the text arrays as JSON, which are cheaper to parse
 * (src/db/types.ts). `email` is null once the account is erased.
 */
export const memberRecordColumns = {
  ...memberColumns,
  skills: jsonTextArray(members.skills, 'skills_json'),
  languages: jsonTextArray(members.languages, 'languages_json'),
  joinedAt: isoInstant(members.joinedAt, 'joined_at_utc'),
  leftAt: isoInstant(members.leftAt, 'left_at_utc'),
  updatedAt: isoInstant(members.updatedAt, 'updated_at_utc'),
  name: accounts.name,
  email: accounts.email,
};

export type MemberRecord = Omit<MemberRow, 'joinedAt' | 'leftAt' | 'updatedAt'> & {
  joinedAt: string;
  leftAt: string | null;
  updatedAt: string;
  name: string;
  email: string | null;
};

/** `%`, `_` and the escape character itself match literally in the ILIKE pattern. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function findMemberRecord(
  db: DbOrTx,
  args: { collectiveId: string; memberId: string },
): Promise<MemberRecord | undefined> {
  const [row] = await db
    .select(memberRecordColumns)
    .from(members)
    .innerJoin(accounts, eq(accounts.id, members.accountId))
    .where(and(eq(members.collectiveId, args.collectiveId), eq(members.id, args.memberId)));
  return row;
}

/**
 * The caller's member row and the member they ask for, with its account, in one round trip
 * and one prepared statement: getMember's only query. Undefined when the caller is no member
 * of the collective; `member` undefined when the collective has no such member.
 */
export async function findMemberForCaller(
  db: Db,
  args: { collectiveId: string; accountId: string; memberId: string },
): Promise<{ caller: CallerRow; member: MemberRecord | undefined } | undefined> {
  const [row] = await executePrepared(
    db,
    'members_member_for_caller',
    (on) =>
      on
        .select({ ...callerColumns, ...memberRecordColumns })
        .from(caller)
        .leftJoin(
          members,
          and(eq(members.collectiveId, caller.collectiveId), eq(members.id, sql.placeholder('memberId'))),
        )
        .leftJoin(accounts, eq(accounts.id, members.accountId))
        .where(callerIs),
    args,
  );
  if (!row) return undefined;
  const { caller: callerRow, data: member } = splitCaller<MemberRecord>(row);
  return { caller: callerRow, member };
}

/** The member row, locked until the transaction ends. */
export async function lockMember(
  tx: DbOrTx,
  args: { collectiveId: string; memberId: string },
): Promise<MemberRow | undefined> {
  const [row] = await tx
    .select(memberColumns)
    .from(members)
    .where(and(eq(members.collectiveId, args.collectiveId), eq(members.id, args.memberId)))
    .for('update');
  return row;
}

/** An account's membership row of a collective (any status), locked until the transaction ends. */
export async function lockMembershipOfAccount(
  tx: DbOrTx,
  args: { collectiveId: string; accountId: string },
): Promise<MemberRow | undefined> {
  const [row] = await tx
    .select(memberColumns)
    .from(members)
    .where(and(eq(members.collectiveId, args.collectiveId), eq(members.accountId, args.accountId)))
    .for('update');
  return row;
}

/**
 * Locks the collective's active owners, in id order, and returns their ids. Every change that
 * could remove an owner takes these locks first, so two owners demoting each other at once
 * cannot both succeed and leave the collective without one.
 */
export async function lockActiveOwners(tx: DbOrTx, collectiveId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: members.id })
    .from(members)
    .where(
      and(eq(members.collectiveId, collectiveId), eq(members.role, 'owner'), eq(members.status, 'active')),
    )
    .orderBy(asc(members.id))
    .for('update');
  return rows.map((row) => row.id);
}

export async function insertMember(tx: DbOrTx, row: NewMemberRow): Promise<MemberRow> {
  return returnedRow(await tx.insert(members).values(row).returning(memberColumns), 'insert');
}

/**
 * Applies a change and bumps the version; with `expectedVersion`, only if the row still has
 * it (the ETag check, in the same statement as the write). Undefined when nothing matched.
 */
export async function updateMember(
  tx: DbOrTx,
  args: {
    collectiveId: string;
    memberId: string;
    expectedVersion?: number | undefined;
    set: Partial<NewMemberRow>;
    now: Date;
  },
): Promise<MemberRow | undefined> {
  const [row] = await tx
    .update(members)
    .set({ ...args.set, version: sql`${members.version} + 1`, updatedAt: args.now })
    .where(
      and(
        eq(members.collectiveId, args.collectiveId),
        eq(members.id, args.memberId),
        args.expectedVersion === undefined ? undefined : eq(members.version, args.expectedVersion),
      ),
    )
    .returning(memberColumns);
  return row;
}

/**
 * The caller's member row and a page of members in joining order, with their accounts, in one
 * statement: listMembers' only query. The first page without filters, what a members screen
 * opens with, is a prepared statement; `caller` is undefined when the caller is no member.
 */
export async function listMembersForCaller(
  db: DbOrTx,
  args: {
    collectiveId: string;
    accountId: string;
    status: MemberRow['status'];
    skill?: string | undefined;
    availability?: MemberRow['availabilityStatus'] | undefined;
    q?: { text: string; slug: string } | undefined;
    after?: { joinedAt: string; id: string } | undefined;
    limit: number;
  },
): Promise<{ caller: CallerRow | undefined; rows: MemberRecord[] }> {
  const conditions: (SQL | undefined)[] = [
    eq(members.collectiveId, caller.collectiveId),
    eq(members.status, sql.placeholder('status')),
  ];
  if (args.skill) conditions.push(arrayContains(members.skills, [args.skill]));
  if (args.availability) conditions.push(eq(members.availabilityStatus, args.availability));
  if (args.q) {
    const pattern = containsPattern(args.q.text);
    const skillsText = sql`array_to_string(${members.skills}, ' ')`;
    conditions.push(
      or(
        sql`${accounts.name} ILIKE ${pattern} ESCAPE '\\'`,
        sql`${members.headline} ILIKE ${pattern} ESCAPE '\\'`,
        sql`${members.bio} ILIKE ${pattern} ESCAPE '\\'`,
        sql`${skillsText} ILIKE ${pattern} ESCAPE '\\'`,
        args.q.slug === '' ? undefined : sql`${skillsText} ILIKE ${containsPattern(args.q.slug)} ESCAPE '\\'`,
        // Words in any inflection, stop words dropped, accents folded: by the collective's language.
        sql`${members.searchVector} @@ ${collectiveTsQuery(args.collectiveId, args.q.text)}`,
      ),
    );
  }
  if (args.after) {
    const joinedAt = new Date(args.after.joinedAt);
    conditions.push(
      or(gt(members.joinedAt, joinedAt), and(eq(members.joinedAt, joinedAt), gt(members.id, args.after.id))),
    );
  }
  const unfiltered = conditions.length === 2;
  const rows = await executeShape(
    db,
    unfiltered ? 'members_first_page_for_caller' : undefined,
    (on) => {
      const page = on
        .select(memberRecordColumns)
        .from(members)
        .innerJoin(accounts, eq(accounts.id, members.accountId))
        .where(and(...conditions))
        .orderBy(asc(members.joinedAt), asc(members.id))
        .limit(sql.placeholder('limit'))
        .as('page');
      return on
        .select(callerPageColumns(page))
        .from(caller)
        .leftJoinLateral(page, callerActive)
        .where(callerIs)
        .orderBy(asc(page.joinedAt), asc(page.id));
    },
    {
      collectiveId: args.collectiveId,
      accountId: args.accountId,
      status: args.status,
      limit: args.limit + 1,
    },
  );
  return splitCallerPage<MemberRecord>(rows);
}

import { and, arrayContains, asc, eq, getTableColumns, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  accountIdentities,
  accounts,
  collectives,
  endorsements,
  events,
  idempotencyKeys,
  interests,
  invitations,
  jobs,
  members,
  referrals,
  refreshTokens,
} from '../../db/tables.js';
import { memberRecordColumns } from '../members/index.js';

// Search vectors and their configuration are matching's business: never exported or read here.
const { searchVector: _j1, textSearch: _j2, ...jobColumns } = getTableColumns(jobs);
const { searchVector: _e1, textSearch: _e2, ...endorsementColumns } = getTableColumns(endorsements);

/** One member of the collective, as far as export and erasure are concerned. */
export interface MemberRef {
  collectiveId: string;
  memberId: string;
}

// ---------------------------------------------------------------------------------------------
// Reading everything about one account (exportMyData)
// ---------------------------------------------------------------------------------------------

export async function findAccount(db: DbOrTx, accountId: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, accountId)).limit(1);
  return row;
}

export function listIdentities(db: DbOrTx, accountId: string) {
  return db
    .select({
      issuer: accountIdentities.issuer,
      subject: accountIdentities.subject,
      createdAt: accountIdentities.createdAt,
    })
    .from(accountIdentities)
    .where(eq(accountIdentities.accountId, accountId))
    .orderBy(asc(accountIdentities.createdAt));
}

/** Refresh tokens that can still be used: one per session. Never their hashes. */
export function listActiveSessions(db: DbOrTx, args: { accountId: string; now: Date }) {
  return db
    .select({
      id: refreshTokens.id,
      familyId: refreshTokens.familyId,
      familyStartedAt: refreshTokens.familyStartedAt,
      createdAt: refreshTokens.createdAt,
      expiresAt: refreshTokens.expiresAt,
    })
    .from(refreshTokens)
    .where(
      and(
        eq(refreshTokens.accountId, args.accountId),
        isNull(refreshTokens.rotatedAt),
        isNull(refreshTokens.revokedAt),
        gt(refreshTokens.expiresAt, args.now),
      ),
    )
    .orderBy(asc(refreshTokens.familyStartedAt));
}

/** Every membership of the account, whatever its status, with its collective. */
export function listMembershipsOfAccount(db: DbOrTx, accountId: string) {
  return db
    .select({
      ...memberRecordColumns,
      collective: { id: collectives.id, name: collectives.name, language: collectives.language },
    })
    .from(members)
    .innerJoin(accounts, eq(accounts.id, members.accountId))
    .innerJoin(collectives, eq(collectives.id, members.collectiveId))
    .where(eq(members.accountId, accountId))
    .orderBy(asc(members.joinedAt), asc(members.collectiveId));
}

export function jobsPostedBy(db: DbOrTx, ref: MemberRef) {
  return db
    .select(jobColumns)
    .from(jobs)
    .where(and(eq(jobs.collectiveId, ref.collectiveId), eq(jobs.postedBy, ref.memberId)))
    .orderBy(asc(jobs.createdAt), asc(jobs.id));
}

export function interestsOf(db: DbOrTx, ref: MemberRef) {
  return db
    .select()
    .from(interests)
    .where(and(eq(interests.collectiveId, ref.collectiveId), eq(interests.memberId, ref.memberId)))
    .orderBy(asc(interests.createdAt), asc(interests.id));
}

export function referralsOf(db: DbOrTx, ref: MemberRef, direction: 'given' | 'received') {
  const party = direction === 'given' ? referrals.fromMemberId : referrals.toMemberId;
  return db
    .select()
    .from(referrals)
    .where(and(eq(referrals.collectiveId, ref.collectiveId), eq(party, ref.memberId)))
    .orderBy(asc(referrals.createdAt), asc(referrals.id));
}

export function endorsementsOf(db: DbOrTx, ref: MemberRef, direction: 'given' | 'received') {
  const party = direction === 'given' ? endorsements.endorserId : endorsements.endorseeId;
  return db
    .select(endorsementColumns)
    .from(endorsements)
    .where(and(eq(endorsements.collectiveId, ref.collectiveId), eq(party, ref.memberId)))
    .orderBy(asc(endorsements.createdAt), asc(endorsements.id));
}

/** Invitations the member sent; the invitee's address is theirs, not the sender's, and is left out. */
export function invitationsSentBy(db: DbOrTx, ref: MemberRef) {
  return db
    .select({
      id: invitations.id,
      note: invitations.note,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .where(and(eq(invitations.collectiveId, ref.collectiveId), eq(invitations.createdBy, ref.memberId)))
    .orderBy(asc(invitations.createdAt), asc(invitations.id));
}

/** Events about the member (they acted, or the event names them), oldest first, a page at a time. */
export function eventsAbout(db: DbOrTx, ref: MemberRef & { afterSeq: number; limit: number }) {
  return db
    .select()
    .from(events)
    .where(
      and(
        eq(events.collectiveId, ref.collectiveId),
        arrayContains(events.aboutMemberIds, [ref.memberId]),
        gt(events.seq, ref.afterSeq),
      ),
    )
    .orderBy(asc(events.seq))
    .limit(ref.limit);
}

// ---------------------------------------------------------------------------------------------
// Erasing one account (deleteMe), inside one transaction
// ---------------------------------------------------------------------------------------------

/** The account row, locked: a second erasure (or a rename) of it waits, then sees it erased. */
export async function lockAccount(tx: DbOrTx, accountId: string) {
  const [row] = await tx.select().from(accounts).where(eq(accounts.id, accountId)).for('update');
  return row;
}

export function membershipsOfAccount(tx: DbOrTx, accountId: string) {
  return tx
    .select({
      collectiveId: members.collectiveId,
      memberId: members.id,
      role: members.role,
      status: members.status,
    })
    .from(members)
    .where(eq(members.accountId, accountId))
    .orderBy(asc(members.collectiveId));
}

/** Every membership ends as `removed`, its profile emptied; the row stays (ids point at it). */
export async function eraseMemberships(tx: DbOrTx, args: { accountId: string; now: Date }): Promise<void> {
  await tx
    .update(members)
    .set({
      status: 'removed',
      leftAt: sql`coalesce(${members.leftAt}, ${args.now})`,
      headline: null,
      bio: null,
      skills: [],
      languages: [],
      timezone: null,
      links: [],
      availabilityStatus: 'available',
      availabilityUntil: null,
      rateMin: null,
      rateMax: null,
      rateCurrency: null,
      version: sql`${members.version} + 1`,
      updatedAt: args.now,
    })
    .where(eq(members.accountId, args.accountId));
}

/** What an erased worked example keeps: its skills, dates and relationship, no words. */
const ERASED_EXAMPLE: Partial<typeof endorsements.$inferInsert> = {
  exampleTitle: '',
  exampleDescription: '',
  exampleDescriptionWords: 0,
  exampleEndorseeRole: '',
  exampleOutcome: '',
  evidenceUrls: [],
};

/**
 * The member's own endorsements are retracted and their text erased. Returns those that were
 * still active, whose retraction the caller records as events.
 */
export async function retractGivenEndorsements(tx: DbOrTx, ref: MemberRef & { now: Date }) {
  const active = await tx
    .select({ id: endorsements.id, endorseeId: endorsements.endorseeId })
    .from(endorsements)
    .where(
      and(
        eq(endorsements.collectiveId, ref.collectiveId),
        eq(endorsements.endorserId, ref.memberId),
        eq(endorsements.status, 'active'),
      ),
    );
  await tx
    .update(endorsements)
    .set({
      ...ERASED_EXAMPLE,
      status: 'retracted',
      retractedAt: sql`coalesce(${endorsements.retractedAt}, ${ref.now})`,
    })
    .where(and(eq(endorsements.collectiveId, ref.collectiveId), eq(endorsements.endorserId, ref.memberId)));
  return active;
}

/**
 * Endorsements about the member lose their text and are hidden; they stay given (the endorser
 * did vouch, and their contribution says so) and are not marked retracted, which they were not.
 */
export async function eraseReceivedEndorsements(tx: DbOrTx, ref: MemberRef & { now: Date }): Promise<void> {
  await tx
    .update(endorsements)
    .set({ ...ERASED_EXAMPLE, hiddenAt: sql`coalesce(${endorsements.hiddenAt}, ${ref.now})` })
    .where(and(eq(endorsements.collectiveId, ref.collectiveId), eq(endorsements.endorseeId, ref.memberId)));
}

/** Fit notes are the member's words only, and nobody else's record: deleted, as on withdrawal. */
export async function deleteInterestsOf(tx: DbOrTx, ref: MemberRef): Promise<void> {
  await tx
    .delete(interests)
    .where(and(eq(interests.collectiveId, ref.collectiveId), eq(interests.memberId, ref.memberId)));
}

/**
 * Jobs the member posted keep their title (the work that was passed on, which whoever received
 * it still needs) and lose the brief, the client label and the location.
 */
export async function eraseJobsOf(tx: DbOrTx, ref: MemberRef & { now: Date }): Promise<void> {
  await tx
    .update(jobs)
    .set({
      brief: '',
      client: null,
      location: null,
      version: sql`${jobs.version} + 1`,
      updatedAt: ref.now,
    })
    .where(and(eq(jobs.collectiveId, ref.collectiveId), eq(jobs.postedBy, ref.memberId)));
}

/**
 * Referrals keep what the other party needs: the job, the two member ids, status and outcome
 * (and so every count). Referrals the member gave lose the giver's note and the thanks sent to
 * them, while the recipient keeps their own outcome note and value; referrals they received
 * lose the note about them, and their outcome note, value and thanks.
 */
export async function eraseReferralsOf(tx: DbOrTx, ref: MemberRef): Promise<void> {
  await tx
    .update(referrals)
    .set({ note: '', thanksMessage: null })
    .where(and(eq(referrals.collectiveId, ref.collectiveId), eq(referrals.fromMemberId, ref.memberId)));
  await tx
    .update(referrals)
    .set({ note: '', outcomeNote: null, valueAmount: null, valueCurrency: null, thanksMessage: null })
    .where(and(eq(referrals.collectiveId, ref.collectiveId), eq(referrals.toMemberId, ref.memberId)));
}

/** The member's own invitation notes, and the address and note of the invitation they accepted. */
export async function eraseInvitationsOf(tx: DbOrTx, ref: MemberRef): Promise<void> {
  await tx
    .update(invitations)
    .set({ note: null })
    .where(and(eq(invitations.collectiveId, ref.collectiveId), eq(invitations.createdBy, ref.memberId)));
  await tx
    .update(invitations)
    .set({ email: null, note: null })
    .where(and(eq(invitations.collectiveId, ref.collectiveId), eq(invitations.acceptedBy, ref.memberId)));
}

/**
 * Every other invitation sent to the address, in any collective: address and note erased, a
 * pending one revoked. (A scan of the table: erasures are rare, invitations few.)
 */
export async function eraseInvitationsTo(tx: DbOrTx, args: { email: string; now: Date }): Promise<void> {
  await tx
    .update(invitations)
    .set({
      email: null,
      note: null,
      revokedAt: sql`CASE WHEN ${invitations.acceptedAt} IS NULL THEN coalesce(${invitations.revokedAt}, ${args.now}) ELSE ${invitations.revokedAt} END`,
    })
    .where(sql`lower(${invitations.email}) = lower(${args.email})`);
}

/** Credentials and the stored replies of their creates: deleted outright. */
export async function deleteAccountSecrets(tx: DbOrTx, accountId: string): Promise<void> {
  await tx.delete(refreshTokens).where(eq(refreshTokens.accountId, accountId));
  await tx.delete(accountIdentities).where(eq(accountIdentities.accountId, accountId));
  await tx.delete(idempotencyKeys).where(eq(idempotencyKeys.accountId, accountId));
}

/** The account becomes a tombstone: a neutral name, no email, no password. */
export async function eraseAccount(
  tx: DbOrTx,
  args: { accountId: string; name: string; now: Date },
): Promise<void> {
  await tx
    .update(accounts)
    .set({ email: null, passwordHash: null, name: args.name, erasedAt: args.now, updatedAt: args.now })
    .where(eq(accounts.id, args.accountId));
}

// ---------------------------------------------------------------------------------------------
// Retention: purging rows nobody needs any more, one bounded batch per statement
// ---------------------------------------------------------------------------------------------

/**
 * One instance purges at a time: the batch runs only if it takes this transaction-level lock
 * (`rx:retention`); undefined when another instance holds it.
 */
async function withRetentionLock(db: DbOrTx, purge: (tx: DbOrTx) => Promise<number>) {
  return db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ locked: boolean }>(
      sql`SELECT pg_try_advisory_xact_lock(hashtext('rx:retention')) AS locked`,
    );
    return rows[0]?.locked ? purge(tx) : undefined;
  });
}

export function purgeRefreshTokens(db: DbOrTx, args: { expiredBefore: Date; limit: number }) {
  return withRetentionLock(db, async (tx) => {
    const batch = tx
      .select({ id: refreshTokens.id })
      .from(refreshTokens)
      .where(lt(refreshTokens.expiresAt, args.expiredBefore))
      .limit(args.limit);
    const deleted = await tx
      .delete(refreshTokens)
      .where(inArray(refreshTokens.id, batch))
      .returning({ id: refreshTokens.id });
    return deleted.length;
  });
}

/** Accepted, revoked or expired before the cut-off. */
export function purgeInvitations(db: DbOrTx, args: { doneBefore: Date; limit: number }) {
  return withRetentionLock(db, async (tx) => {
    const { rows } = await tx.execute<{ id: string }>(sql`
      DELETE FROM ${invitations} WHERE (collective_id, id) IN (
        SELECT collective_id, id FROM ${invitations}
        WHERE accepted_at < ${args.doneBefore} OR revoked_at < ${args.doneBefore}
           OR (accepted_at IS NULL AND expires_at < ${args.doneBefore})
        LIMIT ${args.limit})
      RETURNING id`);
    return rows.length;
  });
}

export function purgeIdempotencyKeys(db: DbOrTx, args: { createdBefore: Date; limit: number }) {
  return withRetentionLock(db, async (tx) => {
    const { rows } = await tx.execute<{ key: string }>(sql`
      DELETE FROM ${idempotencyKeys} WHERE (account_id, scope, key) IN (
        SELECT account_id, scope, key FROM ${idempotencyKeys}
        WHERE created_at < ${args.createdBefore}
        LIMIT ${args.limit})
      RETURNING key`);
    return rows.length;
  });
}

import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import type { Caller } from '../../http/auth.js';
import { Conflict } from '../../http/errors.js';
import type { RateLimiter } from '../../http/rate-limit.js';
import { accountGone, type AccountsService } from '../accounts/index.js';
import { toEndorsement } from '../endorsements/index.js';
import { recordEvents, toEvent, type EventInput } from '../events/index.js';
import { toInterest, toJob } from '../jobs/index.js';
import { lockActiveOwners, toMember } from '../members/index.js';
import { releaseWorkOfLeaver, toReferral } from '../referrals/index.js';
import {
  deleteAccountSecrets,
  deleteInterestsOf,
  endorsementsOf,
  eraseAccount,
  eraseInvitationsOf,
  eraseInvitationsTo,
  eraseJobsOf,
  eraseMemberships,
  eraseReceivedEndorsements,
  eraseReferralsOf,
  eventsAbout,
  findAccount,
  interestsOf,
  invitationsSentBy,
  jobsPostedBy,
  listActiveSessions,
  listIdentities,
  listMembershipsOfAccount,
  lockAccount,
  membershipsOfAccount,
  purgeIdempotencyKeys,
  purgeInvitations,
  purgeRefreshTokens,
  referralsOf,
  retractGivenEndorsements,
  type MemberRef,
} from './privacy.repository.js';
import { ERASED_NAME, EXPORT_FORMAT, type DeleteMeBody, type ExportedMembership } from './privacy.schemas.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How recent a sign-in at the external issuer must be to erase an account without a password. */
export const FRESH_SIGN_IN_MS = 5 * 60 * 1000;
/** Events are read and written out this many at a time, so an export never holds them all. */
const EVENT_BATCH = 500;
/** One purge run deletes at most this many batches per kind of row; the next run goes on. */
const MAX_BATCHES_PER_RUN = 100;

export interface PrivacyServiceDeps {
  db: Db;
  config: Pick<
    Config,
    | 'EXPORT_LIMIT_PER_MINUTE'
    | 'RETENTION_BATCH_SIZE'
    | 'RETENTION_TOKEN_DAYS'
    | 'RETENTION_INVITATION_DAYS'
    | 'RETENTION_IDEMPOTENCY_DAYS'
  >;
  accounts: Pick<AccountsService, 'get' | 'confirmOwner'>;
  limiter: RateLimiter;
  now: () => Date;
}

export interface PurgeResult {
  refreshTokens: number;
  invitations: number;
  idempotencyKeys: number;
}

const json = (value: unknown) => JSON.stringify(value);
const iso = (at: Date | null) => at?.toISOString() ?? null;

export function createPrivacyService(deps: PrivacyServiceDeps) {
  const { db, config, now } = deps;

  /** One membership's section of the export, its events streamed a batch at a time. */
  async function* membershipChunks(
    membership: Awaited<ReturnType<typeof listMembershipsOfAccount>>[number],
  ): AsyncGenerator<string> {
    const ref: MemberRef = { collectiveId: membership.collectiveId, memberId: membership.id };
    const self = { memberId: membership.id, admin: false };
    const [jobs, notes, given, received, endorsed, endorsedBy, invited] = await Promise.all([
      jobsPostedBy(db, ref),
      interestsOf(db, ref),
      referralsOf(db, ref, 'given'),
      referralsOf(db, ref, 'received'),
      endorsementsOf(db, ref, 'given'),
      endorsementsOf(db, ref, 'received'),
      invitationsSentBy(db, ref),
    ]);
    const head: Omit<ExportedMembership, 'events'> = {
      collective: membership.collective,
      member: toMember(membership, self),
      jobsPosted: jobs.map(toJob),
      fitNotes: notes.map(toInterest),
      referralsGiven: given.map(toReferral),
      referralsReceived: received.map(toReferral),
      endorsementsGiven: endorsed.map(toEndorsement),
      endorsementsReceived: endorsedBy.map(toEndorsement),
      invitationsSent: invited.map((row) => ({
        id: row.id,
        note: row.note,
        createdAt: row.createdAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
        acceptedAt: iso(row.acceptedAt),
        revokedAt: iso(row.revokedAt),
      })),
    };
    yield `${json(head).slice(0, -1)},"events":[`;
    let afterSeq = 0;
    let first = true;
    for (;;) {
      const batch = await eventsAbout(db, { ...ref, afterSeq, limit: EVENT_BATCH });
      if (batch.length > 0) {
        yield (first ? '' : ',') + batch.map((row) => json(toEvent(row))).join(',');
        first = false;
      }
      const last = batch.at(-1);
      if (!last || batch.length < EVENT_BATCH) break;
      afterSeq = last.seq;
    }
    yield ']}';
  }

  /** Runs one kind of purge in batches until it is done, another instance holds the lock, or the run's budget is spent. */
  async function purgeAll(batch: (limit: number) => Promise<number | undefined>): Promise<number> {
    let total = 0;
    for (let i = 0; i < MAX_BATCHES_PER_RUN; i += 1) {
      const deleted = await batch(config.RETENTION_BATCH_SIZE);
      if (deleted === undefined) break;
      total += deleted;
      if (deleted < config.RETENTION_BATCH_SIZE) break;
    }
    return total;
  }

  return {
    /**
     * Everything held about the caller as one JSON document, produced section by section so
     * that neither the service nor the database holds it whole. Authorization and the rate
     * limit are checked before the first byte; the stream itself reads as it goes.
     */
    async exportMyData(accountId: string): Promise<AsyncIterable<string>> {
      await deps.limiter.consume([`export:${accountId}`], config.EXPORT_LIMIT_PER_MINUTE);
      await deps.accounts.get(accountId);
      const at = now();
      const [account, identities, sessions, memberships] = await Promise.all([
        findAccount(db, accountId),
        listIdentities(db, accountId),
        listActiveSessions(db, { accountId, now: at }),
        listMembershipsOfAccount(db, accountId),
      ]);
      if (account?.email == null) throw accountGone();
      const opening = {
        format: EXPORT_FORMAT,
        exportedAt: at.toISOString(),
        account: {
          id: account.id,
          email: account.email,
          name: account.name,
          hasPassword: account.passwordHash !== null,
          createdAt: account.createdAt.toISOString(),
          updatedAt: account.updatedAt.toISOString(),
        },
        identities: identities.map((row) => ({
          issuer: row.issuer,
          subject: row.subject,
          linkedAt: row.createdAt.toISOString(),
        })),
        sessions: sessions.map((row) => ({
          id: row.id,
          startedAt: row.familyStartedAt.toISOString(),
          refreshedAt: row.createdAt.toISOString(),
          expiresAt: row.expiresAt.toISOString(),
        })),
      };
      return (async function* () {
        yield `${json(opening).slice(0, -1)},"memberships":[`;
        for (const [i, membership] of memberships.entries()) {
          if (i > 0) yield ',';
          yield* membershipChunks(membership);
        }
        yield ']}';
      })();
    },

    /**
     * Erases the caller's account (README, "Your data"): in one transaction, every membership
     * ends as `removed` with its profile emptied, the person's own words are erased wherever
     * they are kept, their endorsements are retracted, and the account keeps only a neutral
     * name. Refused while they are the last owner of a collective.
     */
    async deleteMe(caller: Caller, body: DeleteMeBody): Promise<void> {
      const { accountId } = caller;
      const signedInAt = caller.externalSignInAt?.getTime();
      await deps.accounts.confirmOwner(accountId, {
        currentPassword: body?.currentPassword,
        // Tokens live on the real clock (as auth verifies them), not the injected one.
        freshExternalToken: signedInAt !== undefined && Date.now() - signedInAt <= FRESH_SIGN_IN_MS,
      });
      await db.transaction(async (tx) => {
        const account = await lockAccount(tx, accountId);
        if (!account || account.erasedAt !== null) throw accountGone();
        const at = now();
        const memberships = await membershipsOfAccount(tx, accountId);

        // Owners are locked before members, collective by collective in id order, as every
        // writer that could remove an owner does.
        const lastOwnerOf: string[] = [];
        for (const m of memberships) {
          if (m.status !== 'active' || m.role !== 'owner') continue;
          const owners = await lockActiveOwners(tx, m.collectiveId);
          if (owners.every((id) => id === m.memberId)) lastOwnerOf.push(m.collectiveId);
        }
        if (lastOwnerOf.length > 0) {
          throw new Conflict(
            'LAST_OWNER',
            `You are the last owner of ${lastOwnerOf.length === 1 ? 'collective' : 'collectives'} ${lastOwnerOf.join(', ')}: make someone else owner there first, then erase your account.`,
          );
        }

        const events: EventInput[] = [];
        for (const m of memberships) {
          const ref = { collectiveId: m.collectiveId, memberId: m.memberId, now: at };
          if (m.status === 'active') {
            await releaseWorkOfLeaver(tx, { ...ref, actorMemberId: m.memberId, now: at });
          }
          const retracted = await retractGivenEndorsements(tx, ref);
          await eraseReceivedEndorsements(tx, ref);
          await deleteInterestsOf(tx, ref);
          await eraseJobsOf(tx, ref);
          await eraseReferralsOf(tx, ref);
          await eraseInvitationsOf(tx, ref);
          for (const endorsement of retracted) {
            events.push({
              collectiveId: m.collectiveId,
              type: 'endorsement.retracted',
              actorMemberId: m.memberId,
              subject: { type: 'endorsement', id: endorsement.id },
              aboutMemberIds: [endorsement.endorseeId],
              data: { reason: 'account_erased' },
            });
          }
          events.push({
            collectiveId: m.collectiveId,
            type: 'member.erased',
            actorMemberId: m.memberId,
            subject: { type: 'member', id: m.memberId },
            data: { previousStatus: m.status },
          });
        }
        await eraseMemberships(tx, { accountId, now: at });
        if (account.email !== null) await eraseInvitationsTo(tx, { email: account.email, now: at });
        await deleteAccountSecrets(tx, accountId);
        await eraseAccount(tx, { accountId, name: ERASED_NAME, now: at });
        // The events bump the collectives' graph versions: matching forgets them at once.
        await recordEvents(tx, events);
      });
    },

    /**
     * Retention: deletes refresh tokens long expired, invitations long accepted, revoked or
     * expired, and old Idempotency-Key records, in batches of RETENTION_BATCH_SIZE rows (each
     * its own short statement, so nothing stays locked for long).
     */
    async purgeExpired(): Promise<PurgeResult> {
      const at = now().getTime();
      const daysAgo = (days: number) => new Date(at - days * DAY_MS);
      return {
        refreshTokens: await purgeAll((limit) =>
          purgeRefreshTokens(db, { expiredBefore: daysAgo(config.RETENTION_TOKEN_DAYS), limit }),
        ),
        invitations: await purgeAll((limit) =>
          purgeInvitations(db, { doneBefore: daysAgo(config.RETENTION_INVITATION_DAYS), limit }),
        ),
        idempotencyKeys: await purgeAll((limit) =>
          purgeIdempotencyKeys(db, { createdBefore: daysAgo(config.RETENTION_IDEMPOTENCY_DAYS), limit }),
        ),
      };
    },
  };
}
export type PrivacyService = ReturnType<typeof createPrivacyService>;

import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { Conflict, Forbidden, NotFound, Unprocessable } from '../../http/errors.js';
import { decodeTimeIdCursor, toPage, type Page } from '../../http/pagination.js';
import { isActiveMember, requireMember, type Membership } from '../access/index.js';
import { recordEvent, recordEvents } from '../events/index.js';
import { runCreate, type CreateResult } from '../idempotency/index.js';
import { cancelJobsOfLeaver, lockJob, moveJobStatus, requireOpen, requirePoster } from '../jobs/index.js';
import {
  declinePendingOffersOf,
  findOpenReferral,
  findReferral,
  insertReferral,
  listReferrals,
  updateReferral,
  type NewReferralRow,
  type ReferralRow,
} from './referrals.repository.js';
import type { CreateReferralBody, ListReferralsQuery, OutcomeBody, Referral } from './referrals.schemas.js';

/** Giver and recipient are the only people who see a referral (and its private value). */
export function toReferral(row: ReferralRow): Referral {
  return {
    id: row.id,
    jobId: row.jobId,
    fromMemberId: row.fromMemberId,
    toMemberId: row.toMemberId,
    note: row.note,
    status: row.status,
    outcome: row.outcome,
    outcomeNote: row.outcomeNote,
    value:
      row.valueAmount !== null && row.valueCurrency !== null
        ? { amount: row.valueAmount, currency: row.valueCurrency }
        : null,
    thanks:
      row.thanksMessage !== null && row.thankedAt !== null
        ? { message: row.thanksMessage, thankedAt: row.thankedAt.toISOString() }
        : null,
    createdAt: row.createdAt.toISOString(),
    respondedAt: row.respondedAt?.toISOString() ?? null,
    outcomeAt: row.outcomeAt?.toISOString() ?? null,
  };
}

function referralNotFound(): NotFound {
  return new NotFound('REFERRAL_NOT_FOUND', 'No such referral visible to you.');
}

/** A referral the caller is party to; anyone else gets 404, as if it did not exist. */
async function findVisibleReferral(
  db: DbOrTx,
  membership: Membership,
  referralId: string,
  forUpdate = false,
): Promise<ReferralRow> {
  const row = await findReferral(db, { collectiveId: membership.collectiveId, referralId, forUpdate });
  if (!row || (row.fromMemberId !== membership.memberId && row.toMemberId !== membership.memberId)) {
    throw referralNotFound();
  }
  return row;
}

function requireRecipient(row: ReferralRow, membership: Membership): void {
  if (row.toMemberId !== membership.memberId) {
    throw new Forbidden('NOT_RECIPIENT', 'Only the member the job was referred to may do this.');
  }
}

export function createReferralsService(db: Db, now: () => Date) {
  /** One recipient action in a transaction: lock, check, change, record the event. */
  async function recipientAction(
    accountId: string,
    collectiveId: string,
    referralId: string,
    act: (
      tx: Tx,
      row: ReferralRow,
      membership: Membership,
    ) => Promise<{ set: Partial<NewReferralRow>; event: string; data?: Record<string, unknown> }>,
  ): Promise<Referral> {
    return db.transaction(async (tx) => {
      const membership = await requireMember(tx, collectiveId, accountId);
      const row = await findVisibleReferral(tx, membership, referralId, true);
      requireRecipient(row, membership);
      const { set, event, data } = await act(tx, row, membership);
      const updated = await updateReferral(tx, { collectiveId, referralId, set });
      await recordEvent(tx, {
        collectiveId,
        type: event,
        actorMemberId: membership.memberId,
        subject: { type: 'referral', id: referralId },
        aboutMemberIds: [row.fromMemberId, row.toMemberId],
        data: { jobId: row.jobId, ...data },
      });
      return toReferral(updated);
    });
  }

  function requireOffered(row: ReferralRow): void {
    if (row.status !== 'offered') {
      throw new Conflict('REFERRAL_NOT_OFFERED', `The referral was already ${row.status}.`);
    }
  }

  return {
    async create(
      accountId: string,
      collectiveId: string,
      jobId: string,
      body: CreateReferralBody,
      idempotencyKey: string | undefined,
    ): Promise<CreateResult<Referral>> {
      return runCreate(
        db,
        {
          accountId,
          scope: `createReferral:${jobId}`,
          key: idempotencyKey,
          body,
          authorize: (tx) => requireMember(tx, collectiveId, accountId),
        },
        async (tx, membership) => {
          const job = await lockJob(tx, collectiveId, jobId, now());
          requirePoster(job, membership);
          requireOpen(job);
          if (body.toMemberId === membership.memberId) {
            throw new Unprocessable('CANNOT_REFER_SELF', 'Refer the job to another member, not yourself.');
          }
          if (!(await isActiveMember(tx, collectiveId, body.toMemberId))) {
            throw new Unprocessable(
              'RECIPIENT_NOT_ACTIVE',
              'toMemberId is not an active member of this collective.',
            );
          }
          if (await findOpenReferral(tx, { collectiveId, jobId })) {
            throw new Conflict(
              'REFERRAL_ALREADY_OPEN',
              'This job is already offered to or accepted by someone; wait for a decline before referring again.',
            );
          }
          const row = await insertReferral(tx, {
            collectiveId,
            jobId,
            fromMemberId: membership.memberId,
            toMemberId: body.toMemberId,
            note: body.note,
          });
          await recordEvent(tx, {
            collectiveId,
            type: 'referral.offered',
            actorMemberId: membership.memberId,
            subject: { type: 'referral', id: row.id },
            aboutMemberIds: [body.toMemberId],
            data: { jobId },
          });
          return {
            statusCode: 201,
            body: toReferral(row),
            headers: { location: `/v1/collectives/${collectiveId}/referrals/${row.id}` },
          };
        },
      );
    },

    accept(accountId: string, collectiveId: string, referralId: string): Promise<Referral> {
      return recipientAction(accountId, collectiveId, referralId, async (tx, row) => {
        requireOffered(row);
        const moved = await moveJobStatus(tx, {
          collectiveId,
          jobId: row.jobId,
          from: 'open',
          to: 'handed_off',
          now: now(),
        });
        if (!moved) throw new Conflict('JOB_NOT_OPEN', 'The job is no longer open.');
        return { set: { status: 'accepted', respondedAt: now() }, event: 'referral.accepted' };
      });
    },

    decline(accountId: string, collectiveId: string, referralId: string): Promise<Referral> {
      return recipientAction(accountId, collectiveId, referralId, async (_tx, row) => {
        requireOffered(row);
        return { set: { status: 'declined', respondedAt: now() }, event: 'referral.declined' };
      });
    },

    recordOutcome(
      accountId: string,
      collectiveId: string,
      referralId: string,
      body: OutcomeBody,
    ): Promise<Referral> {
      return recipientAction(accountId, collectiveId, referralId, async (tx, row) => {
        if (row.status !== 'accepted') {
          throw new Conflict(
            'REFERRAL_NOT_ACCEPTED',
            'An outcome can be recorded only for an accepted referral.',
          );
        }
        if (row.outcome !== null) {
          throw new Conflict(
            'OUTCOME_ALREADY_RECORDED',
            `The outcome was already recorded as ${row.outcome}.`,
          );
        }
        await moveJobStatus(tx, {
          collectiveId,
          jobId: row.jobId,
          from: 'handed_off',
          to: 'completed',
          now: now(),
        });
        return {
          set: {
            outcome: body.outcome,
            outcomeNote: body.note ?? null,
            valueAmount: body.value?.amount ?? null,
            valueCurrency: body.value?.currency ?? null,
            outcomeAt: now(),
          },
          event: 'referral.outcome_recorded',
          // The private value stays out of the event log, which admins read.
          data: { outcome: body.outcome },
        };
      });
    },

    thank(accountId: string, collectiveId: string, referralId: string, message: string): Promise<Referral> {
      return recipientAction(accountId, collectiveId, referralId, async (_tx, row) => {
        if (row.status !== 'accepted') {
          throw new Conflict('REFERRAL_NOT_ACCEPTED', 'Thanks follow an accepted referral.');
        }
        if (row.thankedAt !== null)
          throw new Conflict('ALREADY_THANKED', 'You already thanked the referrer for this one.');
        return { set: { thanksMessage: message, thankedAt: now() }, event: 'referral.thanked' };
      });
    },

    async get(accountId: string, collectiveId: string, referralId: string): Promise<Referral> {
      const membership = await requireMember(db, collectiveId, accountId);
      return toReferral(await findVisibleReferral(db, membership, referralId));
    },

    async list(accountId: string, collectiveId: string, query: ListReferralsQuery): Promise<Page<Referral>> {
      const membership = await requireMember(db, collectiveId, accountId);
      const cursor = decodeTimeIdCursor(query.cursor);
      const rows = await listReferrals(db, {
        collectiveId,
        memberId: membership.memberId,
        direction: query.direction,
        status: query.status,
        before: cursor,
        limit: query.limit,
      });
      return toPage(rows, query.limit, toReferral, (row) => [row.createdAt.toISOString(), row.id]);
    },
  };
}
export type ReferralsService = ReturnType<typeof createReferralsService>;

/**
 * When a member leaves or is removed, work waiting on them must not stay blocked: offers
 * made to them (or by them) are declined, so the poster can refer someone else, and the open
 * jobs they posted are cancelled. Call in the transaction that changes their status.
 */
export async function releaseWorkOfLeaver(
  tx: DbOrTx,
  args: { collectiveId: string; memberId: string; actorMemberId: string; now: Date },
): Promise<void> {
  const declined = await declinePendingOffersOf(tx, args);
  await recordEvents(
    tx,
    declined.map((offer) => ({
      collectiveId: args.collectiveId,
      type: 'referral.declined',
      actorMemberId: args.actorMemberId,
      subject: { type: 'referral', id: offer.id },
      aboutMemberIds: [offer.fromMemberId, offer.toMemberId],
      data: { jobId: offer.jobId, reason: 'member_left' },
    })),
  );
  await cancelJobsOfLeaver(tx, args);
}

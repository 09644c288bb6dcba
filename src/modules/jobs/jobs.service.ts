import { randomUUID } from 'node:crypto';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../http/errors.js';
import { etagOf, staleEtag } from '../../http/etag.js';
import { decodeTimeIdCursor, toPage, type Page } from '../../http/pagination.js';
import { activeMembership, collectiveNotFound, requireMember, type Membership } from '../access/index.js';
import { recordEvent, recordEvents, toEventRow, type EventInput } from '../events/index.js';
import { createInOneStatement, runCreate, type CreateResult } from '../idempotency/index.js';
import {
  cancelOpenJobsOf,
  deleteInterest,
  expireDueJobs,
  findJob,
  findJobForCaller,
  hasOfferedReferral,
  insertJob,
  insertJobInOneStatement,
  listInterests,
  listJobsForCaller,
  updateJob,
  upsertInterest,
  type InterestRow,
  type JobRecord,
  type NewJobRow,
} from './jobs.repository.js';
import type { CreateJobBody, Interest, Job, ListJobsQuery, UpdateJobBody } from './jobs.schemas.js';

export function toJob(row: JobRecord): Job {
  return {
    id: row.id,
    title: row.title,
    brief: row.brief,
    skills: row.skills,
    budget:
      row.budgetCurrency === null
        ? null
        : { min: row.budgetMin, max: row.budgetMax, currency: row.budgetCurrency },
    remote: row.remote,
    location: row.location,
    startsOn: row.startsOn,
    closesAt: row.closesAt?.toISOString() ?? null,
    client: row.client,
    status: row.status,
    postedBy: row.postedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toInterest(row: InterestRow): Interest {
  return {
    id: row.id,
    jobId: row.jobId,
    memberId: row.memberId,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function jobNotFound(): NotFound {
  return new NotFound('JOB_NOT_FOUND', 'No such job in this collective.');
}

function jobNotOpen(job: JobRecord): Conflict {
  return new Conflict(
    'JOB_NOT_OPEN',
    `The job is ${job.status.replace('_', ' ')}; only open jobs allow this.`,
  );
}

/** Writable fields of a create or update, as columns; `undefined` leaves a column alone. */
function jobColumns(body: UpdateJobBody, now: Date): Partial<NewJobRow> {
  if (body.closesAt && new Date(body.closesAt) <= now) {
    throw new ValidationFailed([{ pointer: '/closesAt', detail: 'must be in the future', location: 'body' }]);
  }
  const columns: Partial<NewJobRow> = {};
  if (body.title !== undefined) columns.title = body.title;
  if (body.brief !== undefined) columns.brief = body.brief;
  if (body.skills !== undefined) columns.skills = body.skills;
  if (body.remote !== undefined) columns.remote = body.remote;
  if (body.location !== undefined) columns.location = body.location;
  if (body.startsOn !== undefined) columns.startsOn = body.startsOn;
  if (body.closesAt !== undefined) columns.closesAt = body.closesAt === null ? null : new Date(body.closesAt);
  if (body.client !== undefined) columns.client = body.client;
  if (body.budget !== undefined) {
    columns.budgetMin = body.budget?.min ?? null;
    columns.budgetMax = body.budget?.max ?? null;
    columns.budgetCurrency = body.budget?.currency ?? null;
  }
  return columns;
}

/**
 * Expires open jobs past their closesAt (all of a collective, or one) and records a
 * `job.expired` event for each, in the caller's transaction: reads show `expired` at once,
 * without a background job.
 */
export async function expireDue(tx: DbOrTx, collectiveId: string, now: Date, jobId?: string): Promise<void> {
  const expired = await expireDueJobs(tx, { collectiveId, now, ...(jobId ? { jobId } : {}) });
  await recordEvents(
    tx,
    expired.map((job) => ({
      collectiveId,
      type: 'job.expired',
      actorMemberId: null,
      subject: { type: 'job', id: job.id },
      aboutMemberIds: [job.postedBy],
      public: true,
    })),
  );
}

/** Whether a read must expire the job first: open, and its closesAt passed. */
function isDue(job: JobRecord, now: Date): boolean {
  return job.status === 'open' && job.closesAt !== null && job.closesAt <= now;
}

/** A job of the collective, fresh (expiry applied) and locked for the rest of the transaction. */
export function lockJob(tx: Tx, collectiveId: string, jobId: string, now: Date): Promise<JobRecord> {
  return currentJob(tx, collectiveId, jobId, now, true);
}

/** A job of the collective with expiry applied; 404 when there is none. */
export async function currentJob(
  tx: Tx,
  collectiveId: string,
  jobId: string,
  now: Date,
  forUpdate = false,
): Promise<JobRecord> {
  await expireDue(tx, collectiveId, now, jobId);
  const job = await findJob(tx, { collectiveId, jobId, forUpdate });
  if (!job) throw jobNotFound();
  return job;
}

export function requirePoster(job: JobRecord, membership: Membership): void {
  if (job.postedBy !== membership.memberId) {
    throw new Forbidden('NOT_POSTER', 'Only the member who posted this job may do this.');
  }
}

/** A new open job as its row will be, every column given, so its response is known before it is written. */
export function newJob(collectiveId: string, postedBy: string, body: CreateJobBody, at: Date): JobRecord {
  return {
    collectiveId,
    id: randomUUID(),
    postedBy,
    skills: [],
    budgetMin: null,
    budgetMax: null,
    budgetCurrency: null,
    remote: true,
    location: null,
    startsOn: null,
    closesAt: null,
    client: null,
    ...jobColumns(body, at),
    title: body.title,
    brief: body.brief,
    status: 'open',
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

export function requireOpen(job: JobRecord): void {
  if (job.status !== 'open') throw jobNotOpen(job);
}

export function createJobsService(db: Db, now: () => Date) {
  /** Runs a poster's change to their own open job, locked, in one transaction. */
  function withOwnOpenJob<T>(
    accountId: string,
    collectiveId: string,
    jobId: string,
    act: (tx: Tx, job: JobRecord, membership: Membership) => Promise<T>,
  ): Promise<T> {
    return db.transaction(async (tx) => {
      const membership = await requireMember(tx, collectiveId, accountId);
      const job = await lockJob(tx, collectiveId, jobId, now());
      requirePoster(job, membership);
      requireOpen(job);
      return act(tx, job, membership);
    });
  }

  return {
    /**
     * Gate, then one statement (insertJobInOneStatement): the job's row, response and event are
     * all known before it runs, so the job, its event and the Idempotency-Key with the response
     * are written in one round trip. A key already held goes the way of every other create,
     * runCreate's transaction, which replays it or takes an expired one over.
     */
    async create(
      accountId: string,
      collectiveId: string,
      body: CreateJobBody,
      idempotencyKey: string | undefined,
    ): Promise<CreateResult<Job>> {
      const membership = await requireMember(db, collectiveId, accountId);
      const job = newJob(collectiveId, membership.memberId, body, now());
      const event: EventInput = {
        collectiveId,
        type: 'job.posted',
        actorMemberId: membership.memberId,
        subject: { type: 'job', id: job.id },
        public: true,
        data: { title: job.title },
      };
      const result = {
        statusCode: 201,
        body: toJob(job),
        headers: { etag: etagOf(job.version), location: `/v1/collectives/${collectiveId}/jobs/${job.id}` },
      };
      const request = { accountId, scope: `createJob:${collectiveId}`, key: idempotencyKey, body };
      return createInOneStatement(
        request,
        result,
        async (key) => {
          const written = await insertJobInOneStatement(db, { job, event: toEventRow(event), key });
          // The caller's membership ended between the gate and the write.
          if (!written) throw collectiveNotFound();
        },
        () =>
          runCreate(
            db,
            { ...request, authorize: (tx) => requireMember(tx, collectiveId, accountId) },
            async (tx) => {
              await insertJob(tx, job);
              await recordEvent(tx, event);
              return result;
            },
          ),
      );
    },

    async list(accountId: string, collectiveId: string, query: ListJobsQuery): Promise<Page<Job>> {
      const at = now();
      const cursor = decodeTimeIdCursor(query.cursor);
      const page = (on: DbOrTx) =>
        listJobsForCaller(on, {
          collectiveId,
          accountId,
          now: at,
          status: query.status,
          skill: query.skill,
          q: query.q,
          postedBy: query.postedBy,
          before: cursor,
          limit: query.limit,
        });
      // The gate, whether a job is due and the page in one statement, with no transaction;
      // only when some job is due: the expiring writes, then the page read again after them.
      let found = await page(db);
      activeMembership(found.caller, collectiveId, accountId);
      if (found.jobsDue) {
        found = await db.transaction(async (tx) => {
          await expireDue(tx, collectiveId, at);
          return page(tx);
        });
        activeMembership(found.caller, collectiveId, accountId);
      }
      return toPage(found.rows, query.limit, toJob, (row) => [row.createdAt.toISOString(), row.id]);
    },

    async get(
      accountId: string,
      collectiveId: string,
      jobId: string,
    ): Promise<{ job: Job; version: number }> {
      const at = now();
      const found = await findJobForCaller(db, { collectiveId, accountId, jobId });
      activeMembership(found?.caller, collectiveId, accountId);
      let row = found?.job;
      if (!row) throw jobNotFound();
      // Past its closesAt while open: expire it (and record that) before showing it.
      if (isDue(row, at)) row = await db.transaction((tx) => currentJob(tx, collectiveId, jobId, at));
      return { job: toJob(row), version: row.version };
    },

    async update(
      accountId: string,
      collectiveId: string,
      jobId: string,
      body: UpdateJobBody,
      expectedVersion: number | undefined,
    ): Promise<{ job: Job; version: number }> {
      return withOwnOpenJob(accountId, collectiveId, jobId, async (tx, job, membership) => {
        const set = jobColumns(body, now());
        if (expectedVersion !== undefined && expectedVersion !== job.version) throw staleEtag();
        // Nothing to change: no new version, no event.
        if (Object.keys(set).length === 0) return { job: toJob(job), version: job.version };
        const merged = { min: set.budgetMin ?? job.budgetMin, max: set.budgetMax ?? job.budgetMax };
        if (
          body.budget === undefined &&
          merged.min !== null &&
          merged.max !== null &&
          merged.max < merged.min
        ) {
          throw new ValidationFailed([
            { pointer: '/budget/max', detail: 'must not be less than min', location: 'body' },
          ]);
        }
        const updated = await updateJob(tx, { collectiveId, jobId, expectedVersion, set, now: now() });
        if (!updated) throw staleEtag();
        await recordEvent(tx, {
          collectiveId,
          type: 'job.updated',
          actorMemberId: membership.memberId,
          subject: { type: 'job', id: jobId },
          public: true,
          data: { fields: Object.keys(set) },
        });
        return { job: toJob(updated), version: updated.version };
      });
    },

    async cancel(
      accountId: string,
      collectiveId: string,
      jobId: string,
    ): Promise<{ job: Job; version: number }> {
      return withOwnOpenJob(accountId, collectiveId, jobId, async (tx, _job, membership) => {
        if (await hasOfferedReferral(tx, { collectiveId, jobId })) {
          throw new Conflict(
            'REFERRAL_PENDING',
            'The job is offered to a member; wait for their answer before cancelling.',
          );
        }
        const updated = await updateJob(tx, {
          collectiveId,
          jobId,
          set: { status: 'cancelled' },
          now: now(),
        });
        if (!updated) throw jobNotFound();
        await recordEvent(tx, {
          collectiveId,
          type: 'job.cancelled',
          actorMemberId: membership.memberId,
          subject: { type: 'job', id: jobId },
          public: true,
        });
        return { job: toJob(updated), version: updated.version };
      });
    },

    async expressInterest(
      accountId: string,
      collectiveId: string,
      jobId: string,
      note: string,
    ): Promise<{ interest: Interest; created: boolean }> {
      return db.transaction(async (tx) => {
        const membership = await requireMember(tx, collectiveId, accountId);
        const job = await lockJob(tx, collectiveId, jobId, now());
        requireOpen(job);
        if (job.postedBy === membership.memberId) {
          throw new Conflict('OWN_JOB', 'You posted this job; fit notes come from other members.');
        }
        const { row, created } = await upsertInterest(tx, {
          collectiveId,
          jobId,
          memberId: membership.memberId,
          note,
          now: now(),
        });
        await recordEvent(tx, {
          collectiveId,
          type: created ? 'interest.expressed' : 'interest.updated',
          actorMemberId: membership.memberId,
          subject: { type: 'job', id: jobId },
          aboutMemberIds: [job.postedBy],
        });
        return { interest: toInterest(row), created };
      });
    },

    async withdrawInterest(accountId: string, collectiveId: string, jobId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const membership = await requireMember(tx, collectiveId, accountId);
        const job = await lockJob(tx, collectiveId, jobId, now());
        requireOpen(job);
        const removed = await deleteInterest(tx, { collectiveId, jobId, memberId: membership.memberId });
        if (!removed) throw new NotFound('INTEREST_NOT_FOUND', 'You have no fit note on this job.');
        await recordEvent(tx, {
          collectiveId,
          type: 'interest.withdrawn',
          actorMemberId: membership.memberId,
          subject: { type: 'job', id: jobId },
          aboutMemberIds: [job.postedBy],
        });
      });
    },

    /** The poster sees every fit note; anyone else only their own. */
    async listInterests(
      accountId: string,
      collectiveId: string,
      jobId: string,
      query: { limit: number; cursor?: string | undefined },
    ): Promise<Page<Interest>> {
      const membership = await requireMember(db, collectiveId, accountId);
      const job = await findJob(db, { collectiveId, jobId });
      if (!job) throw jobNotFound();
      const cursor = decodeTimeIdCursor(query.cursor);
      const rows = await listInterests(db, {
        collectiveId,
        jobId,
        memberId: job.postedBy === membership.memberId ? undefined : membership.memberId,
        after: cursor,
        limit: query.limit,
      });
      return toPage(rows, query.limit, toInterest, (row) => [row.createdAt.toISOString(), row.id]);
    },
  };
}
export type JobsService = ReturnType<typeof createJobsService>;

/**
 * Moves a job along its status machine on behalf of a handoff (open -> handed_off on
 * acceptance, handed_off -> completed on an outcome). Does nothing if the job is no longer in
 * `from`, so a concurrent change cannot be overwritten.
 */
export async function moveJobStatus(
  tx: DbOrTx,
  args: {
    collectiveId: string;
    jobId: string;
    from: JobRecord['status'];
    to: JobRecord['status'];
    now: Date;
  },
): Promise<boolean> {
  const moved = await updateJob(tx, {
    collectiveId: args.collectiveId,
    jobId: args.jobId,
    fromStatus: args.from,
    set: { status: args.to },
    now: args.now,
  });
  return moved !== undefined;
}

/** A poster who leaves takes their open jobs with them: each is cancelled, with its event. */
export async function cancelJobsOfLeaver(
  tx: DbOrTx,
  args: { collectiveId: string; memberId: string; actorMemberId: string; now: Date },
): Promise<void> {
  const cancelled = await cancelOpenJobsOf(tx, args);
  await recordEvents(
    tx,
    cancelled.map((job) => ({
      collectiveId: args.collectiveId,
      type: 'job.cancelled',
      actorMemberId: args.actorMemberId,
      subject: { type: 'job', id: job.id },
      aboutMemberIds: [args.memberId],
      public: true,
      data: { reason: 'poster_left' },
    })),
  );
}

import { and, arrayContains, desc, eq, lt, lte, notExists, or, sql, type SQL } from 'drizzle-orm';
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
import {
  databaseName,
  executePrepared,
  executeShape,
  returnedRow,
  type Db,
  type DbOrTx,
} from '../../db/client.js';
import { collectiveTsQuery } from '../../db/text-search.js';
import { interests, jobs, members, referrals } from '../../db/tables.js';
import {
  appendingEvent,
  eventPlaceholders,
  NOTIFYING_TYPES,
  notifiedCount,
  type NewEventRow,
} from '../events/index.js';
import { storingKey } from '../idempotency/index.js';

export type JobRow = typeof jobs.$inferSelect;
export type NewJobRow = typeof jobs.$inferInsert;
export type InterestRow = typeof interests.$inferSelect;

const jobColumns = {
  collectiveId: jobs.collectiveId,
  id: jobs.id,
  postedBy: jobs.postedBy,
  title: jobs.title,
  brief: jobs.brief,
  skills: jobs.skills,
  budgetMin: jobs.budgetMin,
  budgetMax: jobs.budgetMax,
  budgetCurrency: jobs.budgetCurrency,
  remote: jobs.remote,
  location: jobs.location,
  startsOn: jobs.startsOn,
  closesAt: jobs.closesAt,
  client: jobs.client,
  status: jobs.status,
  version: jobs.version,
  createdAt: jobs.createdAt,
  updatedAt: jobs.updatedAt,
};
export type JobRecord = Omit<JobRow, 'searchVector' | 'textSearch'>;

/** A job with a pending offer does not expire: that handoff is already under way. */
function withoutPendingOffer(db: DbOrTx) {
  return notExists(
    db
      .select({ one: sql`1` })
      .from(referrals)
      .where(
        and(
          eq(referrals.collectiveId, jobs.collectiveId),
          eq(referrals.jobId, jobs.id),
          eq(referrals.status, 'offered'),
        ),
      ),
  );
}

/**
 * The caller's member row and one job of the collective, in one round trip: getJob's only
 * query unless the job is due to expire. Undefined when the caller is no member; `job`
 * undefined when the collective has no such job.
 */
export async function findJobForCaller(
  db: Db,
  args: { collectiveId: string; accountId: string; jobId: string },
): Promise<{ caller: CallerRow; job: JobRecord | undefined } | undefined> {
  const [row] = await executePrepared(
    db,
    'jobs_job_for_caller',
    (on) =>
      on
        .select({ ...callerColumns, ...jobColumns })
        .from(caller)
        .leftJoin(
          jobs,
          and(eq(jobs.collectiveId, caller.collectiveId), eq(jobs.id, sql.placeholder('jobId'))),
        )
        .where(callerIs),
    args,
  );
  if (!row) return undefined;
  const { caller: callerRow, data: job } = splitCaller<JobRecord>(row);
  return { caller: callerRow, job };
}

export async function insertJob(db: DbOrTx, row: NewJobRow): Promise<JobRecord> {
  return returnedRow(await db.insert(jobs).values(row).returning(jobColumns), 'insert');
}

/**
 * createJob's whole write as one statement, with no transaction of its own: the job when its
 * poster is still an active member of the collective, its event and what that sets off
 * (events' `appendingEvent`), and the Idempotency-Key with the response (idempotency's
 * `storingKey`, whose placeholders are `key`). Returns whether the job was written.
 */
export async function insertJobInOneStatement(
  db: Db,
  args: { job: JobRecord; event: NewEventRow; key: Record<string, unknown> },
): Promise<boolean> {
  const placeholders = {
    ...Object.fromEntries(Object.entries(args.job).map(([name, value]) => [`job.${name}`, value])),
    ...eventPlaceholders(args.event),
    ...args.key,
  };
  const [row] = await executePrepared(
    db,
    'jobs_create_in_one_statement',
    (on) => {
      const poster = on.$with('poster').as(
        on
          .select({ id: members.id })
          .from(members)
          .where(
            and(
              eq(members.collectiveId, sql.placeholder('job.collectiveId')),
              eq(members.id, sql.placeholder('job.postedBy')),
              eq(members.status, 'active'),
            ),
          ),
      );
      const columns = Object.entries(jobColumns);
      const created = on.$with('created', {}).as(
        sql`INSERT INTO ${jobs} (${sql.join(
          columns.map(([, column]) => sql.identifier(databaseName(column))),
          sql`, `,
        )}) SELECT ${sql.join(
          columns.map(
            ([key, column]) => sql`${sql.placeholder(`job.${key}`)}::${sql.raw(column.getSQLType())}`,
          ),
          sql`, `,
        )} FROM ${poster} RETURNING 1`,
      );
      return on
        .with(poster, created, ...storingKey(on, created), ...appendingEvent(on, created, NOTIFYING_TYPES))
        .select({ created: sql<number>`(SELECT count(*) FROM created)::int`, notified: notifiedCount })
        .from(sql`(VALUES (1)) AS one`);
    },
    placeholders,
  );
  return (row?.created ?? 0) > 0;
}

export async function findJob(
  db: DbOrTx,
  args: { collectiveId: string; jobId: string; forUpdate?: boolean },
): Promise<JobRecord | undefined> {
  const query = db
    .select(jobColumns)
    .from(jobs)
    .where(and(eq(jobs.collectiveId, args.collectiveId), eq(jobs.id, args.jobId)));
  const [row] = args.forUpdate ? await query.for('update') : await query;
  return row;
}

/**
 * Marks open jobs whose closesAt has passed as expired (none with a pending offer: that
 * handoff is already under way) and returns them, so the caller records the events.
 */
export async function expireDueJobs(
  db: DbOrTx,
  args: { collectiveId: string; now: Date; jobId?: string },
): Promise<{ id: string; postedBy: string }[]> {
  return db
    .update(jobs)
    .set({ status: 'expired', version: sql`${jobs.version} + 1`, updatedAt: args.now })
    .where(
      and(
        eq(jobs.collectiveId, args.collectiveId),
        eq(jobs.status, 'open'),
        lte(jobs.closesAt, args.now),
        args.jobId === undefined ? undefined : eq(jobs.id, args.jobId),
        withoutPendingOffer(db),
      ),
    )
    .returning({ id: jobs.id, postedBy: jobs.postedBy });
}

/**
 * The caller's member row, whether any open job of the collective is past its closesAt (so the
 * read must expire it first, as expireDueJobs would, and read again), and a page of jobs,
 * newest first, in one statement: listJobs' only query unless a job is due. The page without
 * filters is a prepared statement; `caller` is undefined when the caller is no member.
 */
export async function listJobsForCaller(
  db: DbOrTx,
  args: {
    collectiveId: string;
    accountId: string;
    now: Date;
    status?: JobRow['status'] | undefined;
    skill?: string | undefined;
    q?: string | undefined;
    postedBy?: string | undefined;
    before?: { at: string; id: string } | undefined;
    limit: number;
  },
): Promise<{ caller: CallerRow | undefined; jobsDue: boolean; rows: JobRecord[] }> {
  const conditions: (SQL | undefined)[] = [eq(jobs.collectiveId, caller.collectiveId)];
  if (args.status) conditions.push(eq(jobs.status, args.status));
  if (args.skill) conditions.push(arrayContains(jobs.skills, [args.skill]));
  if (args.postedBy) conditions.push(eq(jobs.postedBy, args.postedBy));
  if (args.q) conditions.push(sql`${jobs.searchVector} @@ ${collectiveTsQuery(args.collectiveId, args.q)}`);
  if (args.before) {
    conditions.push(
      or(
        lt(jobs.createdAt, new Date(args.before.at)),
        and(eq(jobs.createdAt, new Date(args.before.at)), lt(jobs.id, args.before.id)),
      ),
    );
  }
  const rows = await executeShape(
    db,
    conditions.length === 1 ? 'jobs_first_page_for_caller' : undefined,
    (on) => {
      const page = on
        .select(jobColumns)
        .from(jobs)
        .where(and(...conditions))
        .orderBy(desc(jobs.createdAt), desc(jobs.id))
        .limit(sql.placeholder('limit'))
        .as('page');
      // Of the collective named, not the caller's: one evaluation for the statement, not one per row.
      const due = on
        .select({ one: sql`1` })
        .from(jobs)
        .where(
          and(
            eq(jobs.collectiveId, sql.placeholder('collectiveId')),
            eq(jobs.status, 'open'),
            lte(jobs.closesAt, sql.placeholder('now')),
            withoutPendingOffer(on),
          ),
        );
      return on
        .select({ ...callerPageColumns(page), jobsDue: sql<boolean>`exists (${due})` })
        .from(caller)
        .leftJoinLateral(page, callerActive)
        .where(callerIs)
        .orderBy(desc(page.createdAt), desc(page.id));
    },
    { collectiveId: args.collectiveId, accountId: args.accountId, now: args.now, limit: args.limit + 1 },
  );
  return { ...splitCallerPage<JobRecord>(rows), jobsDue: rows[0]?.jobsDue ?? false };
}

/** Applies a change only if the version is still `expectedVersion` (when given). */
export async function updateJob(
  db: DbOrTx,
  args: {
    collectiveId: string;
    jobId: string;
    expectedVersion?: number | undefined;
    fromStatus?: JobRow['status'];
    set: Partial<NewJobRow>;
    now: Date;
  },
): Promise<JobRecord | undefined> {
  const [row] = await db
    .update(jobs)
    .set({ ...args.set, version: sql`${jobs.version} + 1`, updatedAt: args.now })
    .where(
      and(
        eq(jobs.collectiveId, args.collectiveId),
        eq(jobs.id, args.jobId),
        args.expectedVersion === undefined ? undefined : eq(jobs.version, args.expectedVersion),
        args.fromStatus === undefined ? undefined : eq(jobs.status, args.fromStatus),
      ),
    )
    .returning(jobColumns);
  return row;
}

export async function upsertInterest(
  db: DbOrTx,
  args: { collectiveId: string; jobId: string; memberId: string; note: string; now: Date },
): Promise<{ row: InterestRow; created: boolean }> {
  const row = returnedRow(
    await db
      .insert(interests)
      .values({
        collectiveId: args.collectiveId,
        jobId: args.jobId,
        memberId: args.memberId,
        note: args.note,
      })
      .onConflictDoUpdate({
        target: [interests.collectiveId, interests.jobId, interests.memberId],
        set: { note: args.note, updatedAt: args.now },
      })
      .returning({ ...getInterestColumns(), created: sql<boolean>`(xmax = 0)` }),
    'upsert',
  );
  const { created, ...interest } = row;
  return { row: interest, created };
}

function getInterestColumns() {
  return {
    collectiveId: interests.collectiveId,
    id: interests.id,
    jobId: interests.jobId,
    memberId: interests.memberId,
    note: interests.note,
    createdAt: interests.createdAt,
    updatedAt: interests.updatedAt,
  };
}

export async function deleteInterest(
  db: DbOrTx,
  args: { collectiveId: string; jobId: string; memberId: string },
): Promise<InterestRow | undefined> {
  const [row] = await db
    .delete(interests)
    .where(
      and(
        eq(interests.collectiveId, args.collectiveId),
        eq(interests.jobId, args.jobId),
        eq(interests.memberId, args.memberId),
      ),
    )
    .returning();
  return row;
}

/** Oldest first; `memberId` restricts to one member's own note. */
export async function listInterests(
  db: DbOrTx,
  args: {
    collectiveId: string;
    jobId: string;
    memberId?: string | undefined;
    after?: { at: string; id: string } | undefined;
    limit: number;
  },
): Promise<InterestRow[]> {
  return db
    .select()
    .from(interests)
    .where(
      and(
        eq(interests.collectiveId, args.collectiveId),
        eq(interests.jobId, args.jobId),
        args.memberId === undefined ? undefined : eq(interests.memberId, args.memberId),
        args.after === undefined
          ? undefined
          : or(
              sql`${interests.createdAt} > ${new Date(args.after.at)}`,
              and(eq(interests.createdAt, new Date(args.after.at)), sql`${interests.id} > ${args.after.id}`),
            ),
      ),
    )
    .orderBy(interests.createdAt, interests.id)
    .limit(args.limit + 1);
}

/** True while the job has an offered referral awaiting the recipient's answer. */
export async function hasOfferedReferral(
  db: DbOrTx,
  args: { collectiveId: string; jobId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(
      and(
        eq(referrals.collectiveId, args.collectiveId),
        eq(referrals.jobId, args.jobId),
        eq(referrals.status, 'offered'),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Cancels every open job the member posted; returns them for the events. */
export async function cancelOpenJobsOf(
  db: DbOrTx,
  args: { collectiveId: string; memberId: string; now: Date },
) {
  return db
    .update(jobs)
    .set({ status: 'cancelled', version: sql`${jobs.version} + 1`, updatedAt: args.now })
    .where(
      and(
        eq(jobs.collectiveId, args.collectiveId),
        eq(jobs.postedBy, args.memberId),
        eq(jobs.status, 'open'),
      ),
    )
    .returning({ id: jobs.id });
}

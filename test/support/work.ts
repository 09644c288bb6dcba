import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { events, jobs, referrals } from '../../src/db/tables.js';
import type { Interest, Job } from '../../src/modules/jobs/jobs.schemas.js';
import type { Referral } from '../../src/modules/referrals/referrals.schemas.js';
import type { TestApp } from './app.js';
import { call, collectiveUrl, type Caller } from './http.js';

/**
 * Helpers for the "pass work on" tests (jobs, fit notes, referrals, reciprocity): the URLs,
 * posting, referring and answering over HTTP, the event rows a step records, and direct
 * inserts for constructed histories. Generic HTTP helpers live in ./http.ts.
 */

export type { Interest, Job, Referral };

export const jobsUrl = (collectiveId: string) => `${collectiveUrl(collectiveId)}/jobs`;
export const jobUrl = (collectiveId: string, jobId: string) => `${jobsUrl(collectiveId)}/${jobId}`;
export const referralsUrl = (collectiveId: string) => `${collectiveUrl(collectiveId)}/referrals`;
export const referralUrl = (collectiveId: string, referralId: string) =>
  `${referralsUrl(collectiveId)}/${referralId}`;

export function jobBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Landing page redesign',
    brief: 'A small agency needs its landing page redesigned before a product launch in spring.',
    skills: ['ux-design'],
    ...overrides,
  };
}

/** Posts a job over HTTP as `member` and returns it (asserting the 201). */
export async function postJob(
  t: TestApp,
  member: { headers: { authorization: string }; collectiveId: string },
  overrides: Record<string, unknown> = {},
): Promise<Job> {
  const response = await call(t, member, 'POST', jobsUrl(member.collectiveId), jobBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Job>();
}

/** getJob as `caller` (no assertion: a test that cares checks the status it reads). */
export async function getJob(t: TestApp, caller: Caller, collectiveId: string, jobId: string): Promise<Job> {
  return (await call(t, caller, 'GET', jobUrl(collectiveId, jobId))).json<Job>();
}

/** Refers the job to `to` as `giver` over HTTP (no assertion). */
export function refer(
  t: TestApp,
  giver: { headers: { authorization: string }; collectiveId: string },
  jobId: string,
  toMemberId: string,
  note = 'You did exactly this kind of work last year.',
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return call(
    t,
    giver,
    'POST',
    `${jobUrl(giver.collectiveId, jobId)}/referrals`,
    { toMemberId, note },
    headers,
  );
}

/** Refers and asserts the 201. */
export async function referOk(
  t: TestApp,
  giver: { headers: { authorization: string }; collectiveId: string },
  jobId: string,
  toMemberId: string,
): Promise<Referral> {
  const response = await refer(t, giver, jobId, toMemberId);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Referral>();
}

/** A recipient action: accept, decline, outcome or thanks (accept and decline send `{}`). */
export function act(
  t: TestApp,
  caller: Caller & { collectiveId?: string },
  collectiveId: string,
  referralId: string,
  action: 'accept' | 'decline' | 'outcome' | 'thanks',
  payload: unknown = {},
): Promise<LightMyRequestResponse> {
  return call(t, caller, 'POST', `${referralUrl(collectiveId, referralId)}/${action}`, payload);
}

/** Posts a job as `giver`, refers it to `recipient`, and the recipient accepts it. */
export async function referAndAccept(
  t: TestApp,
  giver: { headers: { authorization: string }; collectiveId: string },
  recipient: { headers: { authorization: string }; memberId: string },
  jobOverrides: Record<string, unknown> = {},
): Promise<{ job: Job; referral: Referral }> {
  const job = await postJob(t, giver, jobOverrides);
  const offered = await referOk(t, giver, job.id, recipient.memberId);
  const accepted = await act(t, recipient, giver.collectiveId, offered.id, 'accept');
  expect(accepted.statusCode, accepted.body).toBe(200);
  return { job, referral: accepted.json<Referral>() };
}

const eventsAbout = (collectiveId: string, type: string, subjectId: string) =>
  and(eq(events.collectiveId, collectiveId), eq(events.type, type), eq(events.subjectId, subjectId));

/** The event rows of one type about one subject, read straight from the database. */
export function eventRows(
  t: TestApp,
  collectiveId: string,
  type: string,
  subjectId: string,
): Promise<(typeof events.$inferSelect)[]> {
  return t.db
    .select()
    .from(events)
    .where(eventsAbout(collectiveId, type, subjectId));
}

/** How many event rows of one type there are about one subject. */
export async function eventCount(
  t: TestApp,
  collectiveId: string,
  type: string,
  subjectId: string,
): Promise<number> {
  const [row] = await t.db
    .select({ n: count() })
    .from(events)
    .where(eventsAbout(collectiveId, type, subjectId));
  return row!.n;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** `days` days before `now`. */
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** Inserts a job row directly (no event), for constructed histories. */
export async function insertJob(
  t: TestApp,
  collectiveId: string,
  postedBy: string,
  overrides: Partial<typeof jobs.$inferInsert> = {},
): Promise<typeof jobs.$inferSelect> {
  const [row] = await t.db
    .insert(jobs)
    .values({
      collectiveId,
      postedBy,
      title: `Inserted job ${randomUUID().slice(0, 6)}`,
      brief: 'A job inserted straight into the database for a test.',
      ...overrides,
    })
    .returning();
  return row!;
}

/** Inserts a referral row directly (with its own job, posted by the giver unless given). */
export async function insertReferral(
  t: TestApp,
  args: {
    collectiveId: string;
    from: string;
    to: string;
    createdAt?: Date;
    jobId?: string;
  } & Partial<Omit<typeof referrals.$inferInsert, 'collectiveId' | 'fromMemberId' | 'toMemberId'>>,
): Promise<typeof referrals.$inferSelect> {
  const { collectiveId, from, to, jobId, ...rest } = args;
  const job =
    jobId ??
    (
      await insertJob(t, collectiveId, from, {
        status: rest.status === 'accepted' ? (rest.outcome ? 'completed' : 'handed_off') : 'open',
        ...(rest.createdAt ? { createdAt: rest.createdAt, updatedAt: rest.createdAt } : {}),
      })
    ).id;
  const [row] = await t.db
    .insert(referrals)
    .values({
      collectiveId,
      jobId: job,
      fromMemberId: from,
      toMemberId: to,
      note: 'Inserted for a test.',
      ...rest,
    })
    .returning();
  return row!;
}

import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { members } from './tables.js';

/**
 * The caller's own member row, for a hot query that reads it beside the data of the request:
 * the tenancy gate and the data in one round trip. Select `callerColumns` from `caller`, filter
 * with `callerIs` (placeholders `collectiveId` and `accountId`), left-join the data on the
 * caller's collective, and split the row with `splitCaller`.
 */
export const caller = alias(members, 'caller');

export const callerColumns = { callerId: caller.id, callerRole: caller.role, callerStatus: caller.status };

export const callerIs = and(
  eq(caller.collectiveId, sql.placeholder('collectiveId')),
  eq(caller.accountId, sql.placeholder('accountId')),
);

export interface CallerRow {
  id: string;
  role: typeof members.$inferSelect.role;
  status: string;
}

type CallerColumns = { callerId: string; callerRole: CallerRow['role']; callerStatus: string };

export function callerFrom(row: CallerColumns): CallerRow {
  return { id: row.callerId, role: row.callerRole, status: row.callerStatus };
}

/**
 * The caller's row and the left-joined data; the data is undefined when nothing joined (its
 * `id` is null). With an id the joined row is whole: drizzle's types make every column of a
 * left join nullable, so the caller says what it is (`T`), joined on keys.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is what the join makes of the row, which its nullable types cannot say
export function splitCaller<T>(row: CallerColumns & { id: string | null }): {
  caller: CallerRow;
  data: T | undefined;
} {
  const { callerId: _id, callerRole: _role, callerStatus: _status, ...data } = row;
  return { caller: callerFrom(row), data: data.id === null ? undefined : (data as T) };
}

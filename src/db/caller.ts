import { and, eq, inArray, sql, type Subquery } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { members } from './tables.js';

/**
 * The caller's own member row, for a hot query that reads it beside the data of the request:
 * the tenancy gate and the data in one round trip. Select `callerColumns` from `caller`, filter
 * with `callerIs` (placeholders `collectiveId` and `accountId`), left-join the data on the
 * caller's collective, and split the row with `splitCaller`.
 */
export const caller = alias(members, 'caller');

/**
 * The member a request is about (placeholder `memberId`), beside the caller's row: left-join
 * `about` on `aboutIs`; its columns are null when the collective has no such member.
 */
export const about = alias(members, 'about');

export const aboutIs = and(
  eq(about.collectiveId, caller.collectiveId),
  eq(about.id, sql.placeholder('memberId')),
);

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

/**
 * The join condition of a page beside the caller's row (`leftJoinLateral(page, callerActive)`):
 * rows join only an active caller, so a statement never returns data to anyone else.
 */
export const callerActive = eq(caller.status, 'active');

/** The roles that administer a collective: access's `isAdmin`, and the caller's in a statement. */
export const ADMIN_ROLES: readonly CallerRow['role'][] = ['owner', 'admin'];

export const callerIsAdmin = inArray(caller.role, [...ADMIN_ROLES]);

/**
 * What a list's one statement selects: the caller's columns and, as `row`, a page (a subquery
 * left-joined laterally on `callerActive`, which may read the caller's columns). A lateral join
 * promises no order: the statement orders by the page's key again (a sort of one page).
 */
export function callerPageColumns<S extends Subquery>(page: S) {
  return { ...callerColumns, row: page._.selectedFields as S['_']['selectedFields'] };
}

/** The caller's row (undefined when they are no member) and the page's rows, of such a statement. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is the page's row, which the left join's nullable types cannot say
export function splitCallerPage<T>(rows: readonly (CallerColumns & { row: unknown })[]): {
  caller: CallerRow | undefined;
  rows: T[];
} {
  const [first] = rows;
  return {
    caller: first && callerFrom(first),
    rows: rows.flatMap((r) => (r.row === null ? [] : [r.row as T])),
  };
}

import { randomUUID } from 'node:crypto';
import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  about,
  aboutIs,
  caller,
  callerActive,
  callerColumns,
  callerIs,
  callerPageColumns,
} from '../../src/db/caller.js';
import { executePrepared, executeShape, type DbOrTx } from '../../src/db/client.js';
import { accounts, jobs, members } from '../../src/db/tables.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { addMember, createCollective, type TestCollective } from '../support/factories.js';
import { postJob } from '../support/work.js';

/**
 * executePrepared maps rows with drizzle's mapResultRow worked out once per statement
 * (src/db/client.ts): the rows must be the ones drizzle itself makes of the same query, which
 * executeShape without a name runs through drizzle's own mapping.
 */
let t: TestApp;
let c: TestCollective;
beforeAll(async () => {
  t = await createTestApp();
  c = await createCollective(t);
  await addMember(t, c.id);
  await postJob(t, c.owner, { skills: ['ux-research', 'service-design'], budget: null });
});
afterAll(() => t.close());

let statement = 0;
/** The same query, once as a named prepared statement and once through drizzle's own mapping. */
async function bothWays<R>(db: DbOrTx, build: Parameters<typeof executePrepared<R>>[2], args: object) {
  const placeholders = { ...args };
  statement += 1;
  const prepared = await executePrepared(db, `test_mapping_${statement}`, build, placeholders);
  const drizzles = await executeShape(db, undefined, build, placeholders);
  return { prepared, drizzles };
}

// A page of members with their accounts (timestamps, arrays, jsonb, nullable columns), the caller
// and an `about` member beside it: nested objects of left joins, null when nothing joined.
const { searchVector: _vector, textSearch: _search, ...memberColumns } = getTableColumns(members);

function membersPage(on: DbOrTx) {
  const page = on
    .select({ ...memberColumns, name: accounts.name })
    .from(members)
    .innerJoin(accounts, eq(accounts.id, members.accountId))
    .where(eq(members.collectiveId, caller.collectiveId))
    .orderBy(asc(members.joinedAt), asc(members.id))
    .limit(sql.placeholder('limit'))
    .as('page');
  return on
    .select({
      ...callerPageColumns(page),
      about: { id: about.id, status: about.status, joinedAt: about.joinedAt },
      jobs: sql<number>`(SELECT count(*) FROM ${jobs} WHERE ${jobs.collectiveId} = ${caller.collectiveId})`.mapWith(
        Number,
      ),
    })
    .from(caller)
    .leftJoin(about, aboutIs)
    .leftJoinLateral(page, callerActive)
    .where(callerIs)
    .orderBy(asc(page.joinedAt), asc(page.id));
}

describe('rows of a prepared statement', () => {
  it('are the rows drizzle makes of the same query: a page beside the caller', async () => {
    const args = { collectiveId: c.id, accountId: c.owner.id, memberId: c.owner.memberId, limit: 10 };
    const { prepared, drizzles } = await bothWays(t.db, membersPage, args);
    expect(prepared).toHaveLength(2);
    expect(prepared).toEqual(drizzles);
    const [first] = prepared as { row: { joinedAt: unknown; skills: unknown } }[];
    expect(first?.row.joinedAt).toBeInstanceOf(Date);
  });

  it('are the rows drizzle makes of the same query: nothing joined, nested objects null', async () => {
    const args = { collectiveId: c.id, accountId: c.owner.id, memberId: randomUUID(), limit: 0 };
    const { prepared, drizzles } = await bothWays(t.db, membersPage, args);
    expect(prepared).toEqual([expect.objectContaining({ row: null, about: null })]);
    expect(prepared).toEqual(drizzles);
  });

  it('are the rows drizzle makes of the same query: in a transaction, a job with its caller', async () => {
    const build = (on: DbOrTx) =>
      on
        .select({ ...callerColumns, job: jobs })
        .from(caller)
        .leftJoin(jobs, eq(jobs.collectiveId, caller.collectiveId))
        .where(callerIs);
    const result = await t.db.transaction((tx) =>
      bothWays(tx, build, { collectiveId: c.id, accountId: c.owner.id }),
    );
    expect(result.prepared).toHaveLength(1);
    expect(result.prepared).toEqual(result.drizzles);
  });
});

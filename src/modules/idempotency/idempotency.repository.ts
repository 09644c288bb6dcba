import { and, eq, lt, not, or, sql, type SQL } from 'drizzle-orm';
import type { WithSubquery } from 'drizzle-orm';
import { executePrepared, type DbOrTx } from '../../db/client.js';
import { idempotencyKeys } from '../../db/tables.js';

export interface KeyRef {
  accountId: string;
  scope: string;
  key: string;
}

/** The key's row, by placeholders `accountId`, `scope` and `key`. */
const isKey = sql`(${idempotencyKeys.accountId}, ${idempotencyKeys.scope}, ${idempotencyKeys.key})
  = (${sql.placeholder('accountId')}, ${sql.placeholder('scope')}, ${sql.placeholder('key')})`;

/** Rows older than the retention (placeholder `retentionSeconds`). */
const expired = lt(
  idempotencyKeys.createdAt,
  sql`now() - make_interval(secs => ${sql.placeholder('retentionSeconds')}::int)`,
);

/** What a claim purges: expired rows but the claimed key's, which the claim takes over. */
const purgeable = and(expired, not(isKey));

/**
 * Forgets stored responses older than the retention, so their bodies (which can hold a
 * one-time secret such as an invitation token) do not outlive their purpose: all of this
 * account's, and a bounded batch (placeholder `batch`) of anyone's, so the table stays small
 * even for accounts that never create anything again. The key being claimed or stored is left
 * alone: one statement must not change a row twice.
 */
function purgeExpired(on: DbOrTx, onlyIf?: SQL) {
  return on
    .delete(idempotencyKeys)
    .where(
      and(
        onlyIf,
        purgeable,
        or(
          eq(idempotencyKeys.accountId, sql.placeholder('accountId')),
          sql`ctid IN (${on
            .select({ ctid: sql`ctid` })
            .from(idempotencyKeys)
            .where(purgeable)
            .limit(sql.placeholder('batch'))
            .for('update', { skipLocked: true })})`,
        ),
      ),
    )
    .getSQL();
}

// Every statement here is prepared: a create with an Idempotency-Key runs them in its
// transaction, beside the create's own.

/**
 * Claims the key for this transaction: inserts it, or takes over a row older than the
 * retention. A concurrent claim of the same key waits here until the first transaction ends.
 * Returns false when a live row already holds the key. In the same statement it purges
 * expired responses (`purgeExpired`); the claimed key itself is left to the claim.
 */
export async function claimKey(
  tx: DbOrTx,
  ref: KeyRef & { requestHash: string; retentionSeconds: number; batch: number },
) {
  const claimed = await executePrepared(
    tx,
    'idempotency_purge_and_claim_key',
    (on) => {
      const purge = on.$with('purge', {}).as(purgeExpired(on));
      return on
        .with(purge)
        .insert(idempotencyKeys)
        .values({
          accountId: sql.placeholder('accountId'),
          scope: sql.placeholder('scope'),
          key: sql.placeholder('key'),
          requestHash: sql.placeholder('requestHash'),
        })
        .onConflictDoUpdate({
          target: [idempotencyKeys.accountId, idempotencyKeys.scope, idempotencyKeys.key],
          set: {
            requestHash: sql`excluded.request_hash`,
            statusCode: null,
            responseBody: null,
            responseHeaders: null,
            createdAt: sql`now()`,
          },
          setWhere: expired,
        })
        .returning({ key: idempotencyKeys.key });
    },
    { ...ref },
  );
  return claimed.length > 0;
}

export async function findKey(tx: DbOrTx, ref: KeyRef) {
  const [row] = await executePrepared(
    tx,
    'idempotency_find_key',
    (on) => on.select().from(idempotencyKeys).where(isKey),
    { ...ref },
  );
  return row;
}

export async function storeResponse(
  tx: DbOrTx,
  ref: KeyRef & { statusCode: number; body: unknown; headers: Record<string, string> },
): Promise<void> {
  await executePrepared(
    tx,
    'idempotency_store_response',
    (on) =>
      on
        .update(idempotencyKeys)
        .set({
          statusCode: sql`${sql.placeholder('statusCode')}::int`,
          responseBody: sql`${sql.placeholder('body')}::jsonb`,
          responseHeaders: sql`${sql.placeholder('headers')}::jsonb`,
        })
        .where(isKey),
    // As text: pg would send an array body as a PostgreSQL array, not as JSON.
    { ...ref, body: JSON.stringify(ref.body), headers: JSON.stringify(ref.headers) },
  );
}

/** The key's primary key (as the migration names it): a create written in one statement fails on it when the key is held. */
export const KEY_CONSTRAINT = 'idempotency_keys_account_id_scope_key_pk';

/**
 * The CTEs of a create written in one statement, with no transaction of its own, that store
 * its key: `stored` inserts the key with the response (placeholders accountId, scope, key,
 * requestHash, statusCode, body and headers, the last two JSON text) once the CTE `created`
 * has a row, unless `key` is null; `purged` forgets expired responses as claimKey does. A key
 * already held, live or expired, fails the whole statement on KEY_CONSTRAINT, so none of it is
 * written; the create then runs as runCreate, which replays, refuses, or takes the key over.
 */
export function storingKey(on: DbOrTx, created: WithSubquery): WithSubquery[] {
  const key = sql`${sql.placeholder('key')}::text`;
  const stored = on.$with('stored', {}).as(
    sql`INSERT INTO ${idempotencyKeys} (account_id, scope, key, request_hash, status_code, response_body, response_headers)
      SELECT ${sql.placeholder('accountId')}::uuid, ${sql.placeholder('scope')}::text, ${key},
        ${sql.placeholder('requestHash')}::text, ${sql.placeholder('statusCode')}::int,
        ${sql.placeholder('body')}::jsonb, ${sql.placeholder('headers')}::jsonb
      FROM ${created} WHERE ${key} IS NOT NULL`,
  );
  const purged = on.$with('purged', {}).as(purgeExpired(on, sql`${key} IS NOT NULL`));
  return [stored, purged];
}

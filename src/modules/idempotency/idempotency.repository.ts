import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { idempotencyKeys } from '../../db/tables.js';

export interface KeyRef {
  accountId: string;
  scope: string;
  key: string;
}

/**
 * Claims the key for this transaction: inserts it, or takes over a row older than the
 * retention. A concurrent claim of the same key waits here until the first transaction ends.
 * Returns false when a live row already holds the key.
 */
export async function claimKey(tx: DbOrTx, ref: KeyRef & { requestHash: string; retentionSeconds: number }) {
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ accountId: ref.accountId, scope: ref.scope, key: ref.key, requestHash: ref.requestHash })
    .onConflictDoUpdate({
      target: [idempotencyKeys.accountId, idempotencyKeys.scope, idempotencyKeys.key],
      set: {
        requestHash: ref.requestHash,
        statusCode: null,
        responseBody: null,
        responseHeaders: null,
        createdAt: sql`now()`,
      },
      setWhere: sql`${idempotencyKeys.createdAt} < now() - make_interval(secs => ${ref.retentionSeconds})`,
    })
    .returning({ key: idempotencyKeys.key });
  return claimed.length > 0;
}

export async function findKey(tx: DbOrTx, ref: KeyRef) {
  const [row] = await tx
    .select()
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.accountId, ref.accountId),
        eq(idempotencyKeys.scope, ref.scope),
        eq(idempotencyKeys.key, ref.key),
      ),
    );
  return row;
}

export async function storeResponse(
  tx: DbOrTx,
  ref: KeyRef & { statusCode: number; body: unknown; headers: Record<string, string> },
): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ statusCode: ref.statusCode, responseBody: ref.body, responseHeaders: ref.headers })
    .where(
      and(
        eq(idempotencyKeys.accountId, ref.accountId),
        eq(idempotencyKeys.scope, ref.scope),
        eq(idempotencyKeys.key, ref.key),
      ),
    );
}

/**
 * Forgets stored responses older than the retention, so their bodies (which can hold a
 * one-time secret such as an invitation token) do not outlive their purpose: all of this
 * account's, and a bounded batch of anyone's, so the table stays small even for accounts
 * that never create anything again.
 */
export async function deleteExpiredKeys(
  tx: DbOrTx,
  args: { accountId: string; retentionSeconds: number; batch: number },
) {
  const expired = sql`${idempotencyKeys.createdAt} < now() - make_interval(secs => ${args.retentionSeconds})`;
  await tx.execute(sql`
    DELETE FROM ${idempotencyKeys}
    WHERE ${expired}
      AND (${idempotencyKeys.accountId} = ${args.accountId}
           OR ctid IN (SELECT ctid FROM ${idempotencyKeys} WHERE ${expired} LIMIT ${args.batch}
                       FOR UPDATE SKIP LOCKED))`);
}

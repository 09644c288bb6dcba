import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../db/client.js';
import { violatesUnique } from '../../db/errors.js';
import { Unprocessable } from '../../http/errors.js';
import { claimKey, findKey, KEY_CONSTRAINT, storeResponse } from './idempotency.repository.js';

export const IDEMPOTENCY_RETENTION_SECONDS = 24 * 60 * 60;
/** Expired keys of other accounts that one create forgets, at most. */
const PURGE_BATCH = 100;

export interface CreateResult<T> {
  statusCode: number;
  body: T;
  headers: Record<string, string>;
  /** True when this is the stored response of an earlier request with the same key. */
  replayed: boolean;
}

/** Canonical JSON (sorted keys), so the same body with its fields reordered is the same body. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value === undefined ? null : value);
}

/** The request's fingerprint: a key reused with another body is refused. */
function requestHashOf(body: unknown): string {
  return createHash('sha256').update(canonical(body)).digest('base64url');
}

/**
 * Runs a create in one transaction. `authorize` runs first, every time, so a caller who lost
 * access since the first request gets the same refusal as anyone else rather than a replay;
 * its result is handed to `work`. With an Idempotency-Key, the key row is claimed in the same
 * transaction and the response stored with it: a retry within 24 h replays the first response
 * without doing the work again, a concurrent duplicate waits for the first and then replays
 * it, and the same key with another body is a 422. The key's shape (1 to 255 visible ASCII
 * characters) is the route's header schema, IdempotencyHeaders.
 */
export async function runCreate<T, A>(
  db: Db,
  request: {
    accountId: string;
    scope: string;
    key: string | undefined;
    body: unknown;
    authorize: (tx: Tx) => Promise<A>;
  },
  work: (tx: Tx, authorized: A) => Promise<{ statusCode: number; body: T; headers?: Record<string, string> }>,
): Promise<CreateResult<T>> {
  const { key } = request;
  return db.transaction(async (tx) => {
    const authorized = await request.authorize(tx);
    if (key === undefined) {
      const result = await work(tx, authorized);
      return { headers: {}, ...result, replayed: false };
    }
    const ref = { accountId: request.accountId, scope: request.scope, key };
    const requestHash = requestHashOf(request.body);
    const claim = {
      ...ref,
      requestHash,
      retentionSeconds: IDEMPOTENCY_RETENTION_SECONDS,
      batch: PURGE_BATCH,
    };
    if (await claimKey(tx, claim)) {
      const result = await work(tx, authorized);
      const headers = result.headers ?? {};
      await storeResponse(tx, { ...ref, statusCode: result.statusCode, body: result.body, headers });
      return { ...result, headers, replayed: false };
    }
    const stored = await findKey(tx, ref);
    if (stored?.requestHash !== requestHash) {
      throw new Unprocessable(
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was used with a different request body; use a new key.',
      );
    }
    return {
      statusCode: stored.statusCode ?? 200,
      body: stored.responseBody as T,
      headers: stored.responseHeaders ?? {},
      replayed: true,
    };
  });
}

/**
 * A create whose whole write is one statement with no transaction of its own (the resource,
 * its event, and the key stored with `result` through the repository's `storingKey`): one
 * round trip where runCreate's transaction takes five to seven. The caller has checked access
 * and computed the response before writing; `write` runs the statement with the key's
 * placeholders (key and hash null without a key) and throws when it wrote nothing because the
 * caller's access ended meanwhile. When the key is already held, live or expired, the statement
 * fails on it having written nothing, and the create runs as `fallback` (runCreate): a replay,
 * a 422 for another body, or an expired key taken over.
 */
export async function createInOneStatement<T>(
  request: { accountId: string; scope: string; key: string | undefined; body: unknown },
  result: { statusCode: number; body: T; headers: Record<string, string> },
  write: (placeholders: Record<string, unknown>) => Promise<void>,
  fallback: () => Promise<CreateResult<T>>,
): Promise<CreateResult<T>> {
  const { key } = request;
  try {
    await write({
      accountId: request.accountId,
      scope: request.scope,
      key: key ?? null,
      requestHash: key === undefined ? null : requestHashOf(request.body),
      statusCode: result.statusCode,
      // As text: pg would send an array body as a PostgreSQL array, not as JSON.
      body: JSON.stringify(result.body),
      headers: JSON.stringify(result.headers),
      retentionSeconds: IDEMPOTENCY_RETENTION_SECONDS,
      batch: PURGE_BATCH,
    });
  } catch (err) {
    if (key !== undefined && violatesUnique(err, KEY_CONSTRAINT)) return fallback();
    throw err;
  }
  return { ...result, replayed: false };
}

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKeys } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createAccount } from '../../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function storedKeys(): Promise<string[]> {
  const rows = await t.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys);
  return rows.map((r) => r.key).sort();
}

describe('stored responses of idempotent creates', () => {
  it('are forgotten after 24 hours, including those of accounts that never come back', async () => {
    const gone = await createAccount(t);
    const active = await createAccount(t);
    const old = new Date(Date.now() - 25 * 60 * 60 * 1000);
    const fresh = new Date(Date.now() - 60 * 60 * 1000);
    await t.db.insert(idempotencyKeys).values([
      {
        accountId: gone.id,
        scope: 'createInvitation:x',
        key: 'old-secret',
        requestHash: 'h',
        createdAt: old,
      },
      { accountId: gone.id, scope: 'createInvitation:x', key: 'recent', requestHash: 'h', createdAt: fresh },
    ]);

    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/collectives',
      headers: { ...active.headers, 'idempotency-key': 'create-1' },
      payload: { name: 'Retention check' },
    });
    expect(response.statusCode).toBe(201);
    // The expired row of the other account is gone; the recent one and the new one stay.
    expect(await storedKeys()).toEqual(['create-1', 'recent']);
  });

  it('a key used again after 24 hours starts afresh: no replay and no 422, and its old response is gone', async () => {
    const account = await createAccount(t);
    const old = new Date(Date.now() - 25 * 60 * 60 * 1000);
    await t.db.insert(idempotencyKeys).values([
      {
        accountId: account.id,
        scope: 'createCollective',
        key: 'reused',
        requestHash: 'another body',
        statusCode: 201,
        responseBody: { id: 'stale' },
        createdAt: old,
      },
      { accountId: account.id, scope: 'createCollective', key: 'own-old', requestHash: 'h', createdAt: old },
    ]);
    const create = () =>
      t.app.inject({
        method: 'POST',
        url: '/v1/collectives',
        headers: { ...account.headers, 'idempotency-key': 'reused' },
        payload: { name: 'Reused key' },
      });

    const first = await create();
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(first.json<{ id: string }>().id).not.toBe('stale');
    const rows = await t.db
      .select({ key: idempotencyKeys.key, body: idempotencyKeys.responseBody })
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.accountId, account.id));
    // The account's other expired key is gone; the reused one holds the new response.
    expect(rows).toEqual([{ key: 'reused', body: first.json() }]);

    const again = await create();
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
  });
});

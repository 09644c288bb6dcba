import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { idempotencyKeys, invitations, refreshTokens } from '../../../src/db/tables.js';
import { createPrivacyService, type PrivacyService } from '../../../src/modules/privacy/index.js';
import { createMemoryRateLimitStore, createRateLimiter } from '../../../src/http/rate-limit.js';
import { createTestApp, silentLogger, testConfig, type TestApp } from '../../support/app.js';
import { createAccount, createCollective } from '../../support/factories.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-12-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

let t: TestApp;
let service: PrivacyService;

beforeAll(async () => {
  t = await createTestApp();
  // Small batches, so one run takes several.
  const config = testConfig({ RETENTION_BATCH_SIZE: '2' });
  service = createPrivacyService({
    db: t.db,
    config,
    accounts: { get: () => Promise.reject(new Error('unused')), confirmOwner: () => Promise.resolve() },
    limiter: createRateLimiter(createMemoryRateLimitStore(), silentLogger),
    now: () => NOW,
  });
});
afterAll(() => t.close());

async function seed() {
  const account = await createAccount(t);
  const { id: collectiveId, owner } = await createCollective(t);
  const token = (expiresAt: Date) => ({
    accountId: account.id,
    familyId: randomUUID(),
    familyStartedAt: daysAgo(60),
    tokenHash: randomBytes(16).toString('hex'),
    expiresAt,
  });
  const oldTokens = await t.db
    .insert(refreshTokens)
    .values([8, 9, 10, 30, 100].map((days) => token(daysAgo(days))))
    .returning();
  const keptTokens = await t.db
    .insert(refreshTokens)
    .values([token(daysAgo(6)), token(new Date(NOW.getTime() + DAY_MS))])
    .returning();
  const invitation = (fields: Partial<typeof invitations.$inferInsert>) => ({
    collectiveId,
    createdBy: owner.memberId,
    tokenHash: randomBytes(16).toString('hex'),
    expiresAt: new Date(NOW.getTime() + 14 * DAY_MS),
    ...fields,
  });
  const oldInvitations = await t.db
    .insert(invitations)
    .values([
      invitation({ acceptedAt: daysAgo(31), expiresAt: daysAgo(20) }),
      invitation({ revokedAt: daysAgo(40) }),
      invitation({ expiresAt: daysAgo(31) }),
    ])
    .returning();
  const keptInvitations = await t.db
    .insert(invitations)
    .values([
      invitation({ acceptedAt: daysAgo(29), expiresAt: daysAgo(20) }),
      invitation({ expiresAt: daysAgo(29) }),
      invitation({}),
    ])
    .returning();
  const key = (createdAt: Date) => ({
    accountId: account.id,
    scope: 'createJob:x',
    key: randomUUID(),
    requestHash: 'h',
    createdAt,
  });
  await t.db.insert(idempotencyKeys).values([key(daysAgo(3)), key(daysAgo(2.5)), key(daysAgo(10))]);
  const keptKeys = await t.db
    .insert(idempotencyKeys)
    .values([key(daysAgo(1))])
    .returning();
  return { oldTokens, keptTokens, oldInvitations, keptInvitations, keptKeys };
}

describe('retention purge', () => {
  it('deletes only rows past their retention, in batches, and does nothing while another instance purges', async () => {
    const seeded = await seed();

    // Another instance holds the purge lock: this one deletes nothing.
    const other = await t.pool.connect();
    await other.query(`SELECT pg_advisory_lock(hashtext('rx:retention'))`);
    expect(await service.purgeExpired()).toEqual({ refreshTokens: 0, invitations: 0, idempotencyKeys: 0 });
    await other.query(`SELECT pg_advisory_unlock(hashtext('rx:retention'))`);
    other.release();

    // Batches of two: five tokens take three batches.
    expect(await service.purgeExpired()).toEqual({ refreshTokens: 5, invitations: 3, idempotencyKeys: 3 });
    const tokens = await t.db.select({ id: refreshTokens.id }).from(refreshTokens);
    expect(tokens.map((r) => r.id).sort()).toEqual(seeded.keptTokens.map((r) => r.id).sort());
    const left = await t.db.select({ id: invitations.id }).from(invitations);
    for (const row of seeded.keptInvitations) expect(left.map((r) => r.id)).toContain(row.id);
    for (const row of seeded.oldInvitations) expect(left.map((r) => r.id)).not.toContain(row.id);
    const keys = await t.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys);
    expect(keys.map((r) => r.key)).toEqual(seeded.keptKeys.map((r) => r.key));

    // Nothing left to do.
    expect(await service.purgeExpired()).toEqual({ refreshTokens: 0, invitations: 0, idempotencyKeys: 0 });
  });

  it('runs on its schedule in the app, every RETENTION_INTERVAL_MINUTES', async () => {
    // Only intervals are faked: the database driver's own timeouts keep running for real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const scheduled = await createTestApp({ env: { RETENTION_INTERVAL_MINUTES: '5' } });
    try {
      const account = await createAccount(scheduled);
      await scheduled.db.insert(refreshTokens).values({
        accountId: account.id,
        familyId: randomUUID(),
        familyStartedAt: new Date(Date.now() - 400 * DAY_MS),
        tokenHash: randomBytes(16).toString('hex'),
        expiresAt: new Date(Date.now() - 300 * DAY_MS),
      });
      const count = async () => (await scheduled.db.select().from(refreshTokens)).length;
      vi.advanceTimersByTime(4 * 60_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await count()).toBe(1);
      vi.advanceTimersByTime(60_000);
      await vi.waitFor(async () => expect(await count()).toBe(0), { timeout: 5_000, interval: 50 });
    } finally {
      await scheduled.close();
      vi.useRealTimers();
    }
  });
});

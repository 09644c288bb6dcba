import { randomBytes } from 'node:crypto';
import { eq, sum } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { webhookDeliveries } from '../../../src/db/tables.js';
import { recordEvents, type EventInput } from '../../../src/modules/events/index.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createCollective } from '../../support/factories.js';
import { createWebhookOk, movableClock, startReceiver, type Receiver } from '../../support/webhooks.js';

/**
 * Two API instances on one database, each with its own delivery worker, driven round by round
 * at the same time: every message reaches its endpoint once per attempt, never twice, including
 * the ones that failed and were retried. And with the worker running by itself (as it does
 * from start-up), 1,000 events reach a local receiver well within 30 s, none twice.
 */
const clock = movableClock();
const key = randomBytes(32);
const env = { WEBHOOKS_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_WORKER: 'false' };
let a: TestApp;
let b: TestApp;
const receivers: Receiver[] = [];

beforeAll(async () => {
  a = await createTestApp({ env, deps: { now: clock.now, webhookSecretsKey: key } });
  b = await createTestApp({
    env,
    databaseUrl: a.databaseUrl,
    deps: { now: clock.now, webhookSecretsKey: key },
  });
});

afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await b.close();
  await a.close();
});

function jobEvents(collectiveId: string, actorMemberId: string, n: number): EventInput[] {
  return Array.from({ length: n }, (_, i) => ({
    collectiveId,
    type: 'job.posted',
    actorMemberId,
    subject: { type: 'job', id: crypto.randomUUID() },
    public: true,
    data: { title: `Job ${i}` },
  }));
}

const ids = (r: Receiver) => r.received.map((m) => m.headers['webhook-id']);
const seqsOf = (r: Receiver) =>
  r.received.map((m) => (JSON.parse(m.body) as { data: { seq: number } }).data.seq);

/** Both instances' workers at once, round after round, until neither finds anything to send. */
async function bothDrain(): Promise<number> {
  let total = 0;
  for (;;) {
    const [x, y] = await Promise.all([a.app.webhookDelivery.runOnce(), b.app.webhookDelivery.runOnce()]);
    if (x + y === 0) return total;
    total += x + y;
  }
}

it('two instances deliver each message exactly once per attempt', async () => {
  const c = await createCollective(a);
  const flaky = await startReceiver([500, 500, 500]);
  receivers.push(flaky);
  for (let i = 0; i < 3; i++) receivers.push(await startReceiver());
  const hooks = [];
  for (const r of receivers)
    hooks.push(await createWebhookOk(a, c.owner, c.id, { url: r.url, eventTypes: ['job.posted'] }));
  const perHook = 150;
  await a.db.transaction((tx) => recordEvents(tx, jobEvents(c.id, c.owner.memberId, perHook)));

  const attemptsBy = { a: 0, b: 0 };
  const run = async (name: 'a' | 'b', app: TestApp) => {
    for (let idle = 0; idle < 3;) {
      const n = await app.app.webhookDelivery.runOnce();
      attemptsBy[name] += n;
      idle = n === 0 ? idle + 1 : 0;
    }
  };
  await Promise.all([run('a', a), run('b', b), run('a', a), run('b', b)]);
  // The flaky endpoint's first message holds back the others while it waits for its retries
  // (about 10 s, 1 min, 5 min); the fourth attempt succeeds and the rest follow.
  expect(flaky.received).toHaveLength(1);
  for (const gap of [15_000, 75_000, 400_000]) {
    clock.advance(gap);
    await Promise.all([run('a', a), run('b', b)]);
  }

  for (const r of receivers) {
    expect(new Set(ids(r)).size).toBe(perHook);
  }
  expect(receivers.slice(1).every((r) => r.received.length === perHook)).toBe(true);
  expect(flaky.received).toHaveLength(perHook + 3);
  expect(seqsOf(flaky)).toEqual([...seqsOf(flaky)].sort((x, y) => x - y));
  // Every attempt recorded is one request received, and the other way round.
  const [recorded] = await a.db
    .select({ attempts: sum(webhookDeliveries.attemptCount) })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.collectiveId, c.id));
  const received = receivers.reduce((n, r) => n + r.received.length, 0);
  expect(Number(recorded!.attempts)).toBe(received);
  expect(attemptsBy.a + attemptsBy.b).toBe(received);
  process.stdout.write(
    `two instances: ${received} requests, instance a ${attemptsBy.a}, instance b ${attemptsBy.b}\n`,
  );
});

it('delivers 1,000 events to a local receiver within 30 s, none twice, with the worker running on its own', async () => {
  const live = await createTestApp({
    env: { WEBHOOKS_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_POLL_MS: '50' },
    databaseUrl: a.databaseUrl,
    deps: { webhookSecretsKey: key },
  });
  try {
    const c = await createCollective(live);
    const r = await startReceiver();
    receivers.push(r);
    await createWebhookOk(live, c.owner, c.id, { url: r.url, eventTypes: ['*'] });
    const started = performance.now();
    // Ten transactions of 100 events, as a busy collective would write them.
    for (let i = 0; i < 10; i++) {
      await live.db.transaction((tx) => recordEvents(tx, jobEvents(c.id, c.owner.memberId, 100)));
    }
    const deadline = started + 30_000;
    while (r.received.length < 1_000 && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`1,000 events delivered in ${seconds.toFixed(2)} s\n`);
    expect(r.received).toHaveLength(1_000);
    expect(new Set(ids(r)).size).toBe(1_000);
    expect(seconds).toBeLessThan(30);
    // In event order: one endpoint is served by one worker at a time.
    const seqs = r.received.map((m) => (JSON.parse(m.body) as { data: { seq: number } }).data.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
  } finally {
    await live.close();
  }
}, 60_000);

it('sends an endpoint its messages in event order: a message waiting for its retry holds back the next', async () => {
  const c = await createCollective(a);
  const r = await startReceiver([500, 503]);
  receivers.push(r);
  await createWebhookOk(a, c.owner, c.id, { url: r.url, eventTypes: ['job.posted'] });
  await a.db.transaction((tx) => recordEvents(tx, jobEvents(c.id, c.owner.memberId, 2)));
  const [first, second] = await a.db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.collectiveId, c.id))
    .orderBy(webhookDeliveries.eventSeq);

  // Message 1 fails; message 2, due all along, is not sent, by either instance.
  expect(await bothDrain()).toBe(1);
  clock.advance(13_000);
  expect(await bothDrain()).toBe(1);
  expect(ids(r)).toEqual([first!.id, first!.id]);
  // Its third attempt (about a minute later) succeeds, and only then does message 2 go.
  clock.advance(30_000);
  expect(await bothDrain()).toBe(0);
  clock.advance(50_000);
  expect(await bothDrain()).toBe(2);
  expect(ids(r)).toEqual([first!.id, first!.id, first!.id, second!.id]);
  expect(seqsOf(r)).toEqual([first!.eventSeq, first!.eventSeq, first!.eventSeq, second!.eventSeq]);
  const done = await a.db
    .select({ status: webhookDeliveries.status, attemptCount: webhookDeliveries.attemptCount })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.collectiveId, c.id))
    .orderBy(webhookDeliveries.eventSeq);
  expect(done).toEqual([
    { status: 'succeeded', attemptCount: 3 },
    { status: 'succeeded', attemptCount: 1 },
  ]);
});

import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { webhookDeliveries, webhooks } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  addMember,
  createAccount,
  createCollective,
  type TestCollective,
  type TestMember,
} from '../../support/factories.js';
import { call, expectProblem } from '../../support/http.js';
import { act, postJob, referOk } from '../../support/work.js';
import {
  createWebhookOk,
  movableClock,
  startReceiver,
  webhooksUrl,
  type Receiver,
} from '../../support/webhooks.js';

/**
 * Webhooks end to end (issue 15): a real receiver on 127.0.0.1 (allowed through
 * WEBHOOKS_ALLOW_PRIVATE_URLS), the delivery worker driven round by round with a movable clock,
 * and what arrives checked with the Standard Webhooks project's own npm library.
 */
const clock = movableClock();
const answers = new Map<string, string[]>();
const resolveHost = async (host: string) => answers.get(host) ?? [];
const secretsKey = randomBytes(32);

let t: TestApp;
let c: TestCollective;
let owner: TestMember;
let member: TestMember;
const receivers: Receiver[] = [];

async function receiver(statuses: number[] = []): Promise<Receiver> {
  const r = await startReceiver(statuses);
  receivers.push(r);
  return r;
}

/** Runs delivery rounds until one finds nothing due; returns the attempts made. */
async function drain(app: TestApp = t): Promise<number> {
  let total = 0;
  for (;;) {
    const attempts = await app.app.webhookDelivery.runOnce();
    if (attempts === 0) return total;
    total += attempts;
  }
}

function verified(secret: string, message: { headers: Record<string, string>; body: string }) {
  return new StandardWebhook(secret).verify(message.body, message.headers) as {
    type: string;
    timestamp: string;
    data: { id: string; seq: number; type: string; data: Record<string, unknown> };
  };
}

beforeAll(async () => {
  t = await createTestApp({
    env: { WEBHOOKS_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_WORKER: 'false' },
    deps: { now: clock.now, resolveHost, webhookSecretsKey: secretsKey },
  });
});

// A collective of its own for each test, so that no test's webhooks see another's events.
beforeEach(async () => {
  c = await createCollective(t);
  owner = c.owner;
  member = await addMember(t, c.id);
});

afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await t.close();
});

describe('delivery', () => {
  it('delivers an offer, an acceptance and an outcome once each, signed, without the private value', async () => {
    const r = await receiver();
    const hook = await createWebhookOk(t, owner, c.id, {
      url: r.url,
      eventTypes: ['referral.offered', 'referral.accepted', 'referral.outcome_recorded'],
    });
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);

    const job = await postJob(t, owner);
    const referral = await referOk(t, owner, job.id, member.memberId);
    expect((await act(t, member, c.id, referral.id, 'accept')).statusCode).toBe(200);
    const outcome = await act(t, member, c.id, referral.id, 'outcome', {
      outcome: 'won',
      value: { amount: 987_654, currency: 'EUR' },
    });
    expect(outcome.statusCode, outcome.body).toBe(200);

    expect(await drain()).toBe(3);
    expect(await drain()).toBe(0);
    expect(r.received).toHaveLength(3);
    const payloads = r.received.map((message) => verified(hook.secret, message));
    expect(payloads.map((p) => p.type)).toEqual([
      'referral.offered',
      'referral.accepted',
      'referral.outcome_recorded',
    ]);
    expect(payloads.every((p) => p.data.type === p.type && p.data.data.jobId === job.id)).toBe(true);
    expect(payloads[2]!.data.data).toEqual({ jobId: job.id, outcome: 'won' });
    // In event order, each under its own message id.
    const seqs = payloads.map((p) => p.data.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(r.received.map((m) => m.headers['webhook-id'])).size).toBe(3);
    for (const message of r.received) {
      expect(message.body).not.toContain('987654');
      expect(message.headers['content-type']).toBe('application/json');
    }
    // A tampered body or another secret does not verify.
    const first = r.received[0]!;
    expect(() =>
      verified(hook.secret, { ...first, body: first.body.replace('offered', 'accepted') }),
    ).toThrow();
    expect(() => verified(`whsec_${randomBytes(24).toString('base64')}`, first)).toThrow();

    const deliveries = await call(t, owner, 'GET', `${webhooksUrl(c.id)}/${hook.id}/deliveries`);
    expect(deliveries.statusCode).toBe(200);
    const items = deliveries.json<{
      items: { id: string; status: string; attempts: { statusCode: number }[] }[];
    }>().items;
    expect(items.map((d) => d.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(items.map((d) => d.attempts.map((a) => a.statusCode))).toEqual([[204], [204], [204]]);
    expect(new Set(items.map((d) => d.id))).toEqual(new Set(r.received.map((m) => m.headers['webhook-id'])));
  });

  it('retries a receiver that fails twice and delivers on the third attempt, as the clock moves', async () => {
    const r = await receiver([500, 503]);
    const hook = await createWebhookOk(t, owner, c.id, { url: r.url, eventTypes: ['job.posted'] });
    await postJob(t, owner);

    expect(await drain()).toBe(1);
    const hookNow = async () =>
      (await call(t, owner, 'GET', `${webhooksUrl(c.id)}/${hook.id}`)).json<{
        status: string;
        failingSince: string | null;
        lastError: string | null;
      }>();
    expect(await hookNow()).toMatchObject({ status: 'failing', lastError: 'answered 500' });
    // Not due before about 10 s (jitter: 8 to 12 s).
    clock.advance(7_000);
    expect(await drain()).toBe(0);
    clock.advance(6_000);
    expect(await drain()).toBe(1);
    // The next gap is about a minute.
    clock.advance(40_000);
    expect(await drain()).toBe(0);
    clock.advance(40_000);
    expect(await drain()).toBe(1);

    expect(r.received).toHaveLength(3);
    expect(new Set(r.received.map((m) => m.headers['webhook-id'])).size).toBe(1);
    for (const message of r.received) expect(verified(hook.secret, message).type).toBe('job.posted');
    expect(await hookNow()).toMatchObject({ status: 'active', failingSince: null, lastError: null });
    const [delivery] = (await call(t, owner, 'GET', `${webhooksUrl(c.id)}/${hook.id}/deliveries`)).json<{
      items: {
        status: string;
        attemptCount: number;
        nextAttemptAt: string | null;
        attempts: { statusCode: number }[];
      }[];
    }>().items;
    expect(delivery).toMatchObject({ status: 'succeeded', attemptCount: 3, nextAttemptAt: null });
    expect(delivery!.attempts.map((a) => a.statusCode)).toEqual([500, 503, 204]);
  });

  it('does not follow a redirect, and marks a delivery failed after the last retry', async () => {
    const r = await receiver([302]);
    const hook = await createWebhookOk(t, owner, c.id, { url: r.url, eventTypes: ['job.posted'] });
    await postJob(t, owner);
    expect(await drain()).toBe(1);
    const [delivery] = await t.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.webhookId, hook.id));
    expect(delivery!.attempts[0]).toMatchObject({
      statusCode: 302,
      error: 'answered 302; redirects are not followed',
    });

    // Pretend eight attempts failed over about a day, and the endpoint has failed for six days.
    await t.db
      .update(webhookDeliveries)
      .set({ attemptCount: 8, nextAttemptAt: clock.now() })
      .where(eq(webhookDeliveries.id, delivery!.id));
    await t.db
      .update(webhooks)
      .set({ failingSince: new Date(clock.now().getTime() - 6 * 86_400_000) })
      .where(eq(webhooks.id, hook.id));
    r.statuses.push(500);
    expect(await drain()).toBe(1);
    const [failed] = await t.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.id, delivery!.id));
    expect(failed).toMatchObject({ status: 'failed', attemptCount: 9 });
    const paused = (await call(t, owner, 'GET', `${webhooksUrl(c.id)}/${hook.id}`)).json<{
      status: string;
      statusReason: string;
    }>();
    expect(paused.status).toBe('paused');
    expect(paused.statusReason).toMatch(/every delivery failed since .*answered 500/);
    // Paused: nothing new is queued for it.
    await postJob(t, owner);
    expect(await drain()).toBe(0);
    const queued = await t.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.webhookId, hook.id));
    expect(queued).toHaveLength(1);

    // Redelivery sends the failed message again under the same webhook-id once resumed.
    const resumed = await call(t, owner, 'PATCH', `${webhooksUrl(c.id)}/${hook.id}`, { status: 'active' });
    expect(resumed.json()).toMatchObject({ status: 'active', statusReason: null });
    const again = await call(
      t,
      owner,
      'POST',
      `${webhooksUrl(c.id)}/${hook.id}/deliveries/${delivery!.id}/redeliver`,
    );
    expect(again.statusCode, again.body).toBe(202);
    expect(again.json()).toMatchObject({ status: 'pending', attemptCount: 0 });
    expect(await drain()).toBe(1);
    expect(r.received.at(-1)!.headers['webhook-id']).toBe(delivery!.id);
  });

  it('lets the next message go once the one before it is given up', async () => {
    const r = await receiver([500]);
    const hook = await createWebhookOk(t, owner, c.id, { url: r.url, eventTypes: ['job.posted'] });
    await postJob(t, owner);
    await postJob(t, owner);
    const queued = () =>
      t.db
        .select()
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.webhookId, hook.id))
        .orderBy(webhookDeliveries.eventSeq);
    const [first, second] = await queued();
    expect(await drain()).toBe(1);

    // Its last retry fails too: it is marked failed, and only then is the second one sent.
    await t.db
      .update(webhookDeliveries)
      .set({ attemptCount: 8, nextAttemptAt: clock.now() })
      .where(eq(webhookDeliveries.id, first!.id));
    r.statuses.push(500);
    expect(await drain()).toBe(2);
    expect(r.received.map((m) => m.headers['webhook-id'])).toEqual([first!.id, first!.id, second!.id]);
    expect((await queued()).map((d) => d.status)).toEqual(['failed', 'succeeded']);
  });

  it('keeps a paused endpoint’s queue and sends it in order once resumed', async () => {
    const r = await receiver();
    const hook = await createWebhookOk(t, owner, c.id, { url: r.url, eventTypes: ['job.posted'] });
    await postJob(t, owner);
    await postJob(t, owner);
    await call(t, owner, 'PATCH', `${webhooksUrl(c.id)}/${hook.id}`, { status: 'paused' });
    expect(await drain()).toBe(0);
    await call(t, owner, 'PATCH', `${webhooksUrl(c.id)}/${hook.id}`, { status: 'active' });
    expect(await drain()).toBe(2);
    const seqs = r.received.map((m) => verified(hook.secret, m).data.seq);
    expect(seqs).toHaveLength(2);
    expect(seqs[0]).toBeLessThan(seqs[1]!);
  });

  it('sends a redelivery by itself: it does not wait for the queue, nor hold it back', async () => {
    // Message 1 succeeds; message 2 fails and waits for its retry.
    const r = await receiver([204, 500]);
    const hook = await createWebhookOk(t, owner, c.id, { url: r.url, eventTypes: ['job.posted'] });
    await postJob(t, owner);
    await postJob(t, owner);
    expect(await drain()).toBe(2);
    const [first, second] = await t.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.webhookId, hook.id))
      .orderBy(webhookDeliveries.eventSeq);
    expect([first!.status, second!.status]).toEqual(['succeeded', 'pending']);

    // The admin asks for message 1 again: it goes now, while message 2 still waits.
    r.statuses.push(500);
    const again = await call(
      t,
      owner,
      'POST',
      `${webhooksUrl(c.id)}/${hook.id}/deliveries/${first!.id}/redeliver`,
    );
    expect(again.statusCode, again.body).toBe(202);
    expect(await drain()).toBe(1);
    expect(r.received.at(-1)!.headers['webhook-id']).toBe(first!.id);
    // Both are due again; the redelivery fails once more and waits, message 2 goes regardless.
    clock.advance(13_000);
    r.statuses.push(500);
    expect(await drain()).toBe(2);
    expect(r.received.slice(-2).map((m) => m.headers['webhook-id'])).toEqual([first!.id, second!.id]);
    const after = await t.db
      .select({ status: webhookDeliveries.status, attemptCount: webhookDeliveries.attemptCount })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.webhookId, hook.id))
      .orderBy(webhookDeliveries.eventSeq);
    expect(after).toEqual([
      { status: 'pending', attemptCount: 2 },
      { status: 'succeeded', attemptCount: 2 },
    ]);
  });

  it('signs with both secrets during a rotation, so receivers can switch without a gap', async () => {
    const r = await receiver();
    const hook = await createWebhookOk(t, owner, c.id, { url: r.url, eventTypes: ['job.posted'] });
    const rotated = await call(t, owner, 'PATCH', `${webhooksUrl(c.id)}/${hook.id}`, { rotateSecret: true });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const { secret, previousSecretExpiresAt } = rotated.json<{
      secret: string;
      previousSecretExpiresAt: string;
    }>();
    expect(secret).not.toBe(hook.secret);
    expect(new Date(previousSecretExpiresAt).getTime()).toBe(clock.now().getTime() + 86_400_000);
    await postJob(t, owner);
    await drain();
    const [message] = r.received;
    expect(message!.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(verified(secret, message!).type).toBe('job.posted');
    expect(verified(hook.secret, message!).type).toBe('job.posted');
    // A plain GET never shows a secret again.
    const got = await call(t, owner, 'GET', `${webhooksUrl(c.id)}/${hook.id}`);
    expect(got.json()).not.toHaveProperty('secret');
    expect(got.body).not.toContain(secret.slice(6));
  });

  it('stores the secret sealed: neither the webhook row nor a replayed create holds it in clear', async () => {
    const r = await receiver();
    const headers = { 'idempotency-key': 'create-hook-1' };
    const body = { url: r.url, eventTypes: ['job.posted'] };
    const first = await call(t, owner, 'POST', webhooksUrl(c.id), body, headers);
    const replay = await call(t, owner, 'POST', webhooksUrl(c.id), body, headers);
    expect(first.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const { id, secret } = first.json<{ id: string; secret: string }>();
    expect(replay.json()).toMatchObject({ id, secret });
    const dump = JSON.stringify(
      (await t.db.execute(sql`SELECT w.*, k.* FROM webhooks w, idempotency_keys k`)).rows,
    );
    expect(dump).not.toContain(secret.slice(6));
  });
});

describe('addresses', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await createTestApp({
      databaseUrl: t.databaseUrl,
      env: { WEBHOOK_WORKER: 'false' },
      deps: { now: clock.now, resolveHost, webhookSecretsKey: secretsKey },
    });
  });
  afterAll(() => strict.close());

  it.each([
    ['http://hooks.example.test/in', 'must be an https URL'],
    ['https://127.0.0.1/in', 'resolves to 127.0.0.1'],
    ['https://169.254.169.254/latest/meta-data', 'resolves to 169.254.169.254'],
    ['https://[::1]/in', 'resolves to ::1'],
    ['https://[::ffff:10.0.0.1]/in', 'must resolve to public addresses only'],
    ['https://private.example.test/in', 'resolves to 10.1.2.3'],
    ['https://mixed.example.test/in', 'resolves to 192.168.1.10'],
    ['https://nowhere.example.test/in', 'does not resolve'],
    ['https://user:pw@public.example.test/in', 'user name or password'],
  ])('refuses %s at creation (400 naming url)', async (url, detail) => {
    answers.set('private.example.test', ['10.1.2.3']);
    answers.set('mixed.example.test', ['93.184.216.34', '192.168.1.10']);
    answers.set('public.example.test', ['93.184.216.34']);
    const response = await call(strict, owner, 'POST', webhooksUrl(c.id), { url, eventTypes: ['*'] });
    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([
      { pointer: '/url', detail: expect.stringContaining(detail), location: 'body' },
    ]);
  });

  it('refuses at delivery a host that has come to resolve to a private address', async () => {
    answers.set('moving.example.test', ['93.184.216.34']);
    const created = await call(strict, owner, 'POST', webhooksUrl(c.id), {
      url: 'https://moving.example.test/in',
      eventTypes: ['job.posted'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<{ id: string }>();
    answers.set('moving.example.test', ['127.0.0.1']);
    await postJob(strict, owner);
    expect(await drain(strict)).toBe(1);
    const [delivery] = await strict.db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.collectiveId, c.id), eq(webhookDeliveries.webhookId, id)));
    expect(delivery!.attempts).toEqual([
      expect.objectContaining({
        statusCode: null,
        error:
          'refused: URL must resolve to public addresses only; moving.example.test resolves to 127.0.0.1',
      }),
    ]);
  });
});

describe('who may', () => {
  it('gives an outsider 404 and a plain member 403 on every webhook route', async () => {
    const r = await receiver();
    const hook = await createWebhookOk(t, owner, c.id, { url: r.url, eventTypes: ['job.posted'] });
    await postJob(t, owner);
    await drain();
    const [delivery] = await t.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.webhookId, hook.id));
    const outsider = await createAccount(t);
    const other = await createCollective(t);
    const base = `${webhooksUrl(c.id)}/${hook.id}`;
    const routes: ['GET' | 'POST' | 'PATCH' | 'DELETE', string, unknown?][] = [
      ['POST', webhooksUrl(c.id), { url: r.url, eventTypes: ['*'] }],
      ['GET', webhooksUrl(c.id)],
      ['GET', base],
      ['PATCH', base, { status: 'paused' }],
      ['DELETE', base],
      ['GET', `${base}/deliveries`],
      ['POST', `${base}/deliveries/${delivery!.id}/redeliver`, {}],
    ];
    for (const [method, url, body] of routes) {
      expectProblem(await call(t, outsider, method, url, body), 404, 'COLLECTIVE_NOT_FOUND');
      expectProblem(await call(t, member, method, url, body), 403, 'ADMIN_REQUIRED');
      // The owner of another collective: that collective's URL does not reach this one's webhook.
      const elsewhere = url.replace(c.id, other.id);
      const status = (await call(t, other.owner, method, elsewhere, body)).statusCode;
      expect([200, 201, 404], `${method} ${elsewhere}`).toContain(status);
      if (url.includes(hook.id)) expect(status, `${method} ${elsewhere}`).toBe(404);
    }
    expect((await call(t, owner, 'GET', base)).json()).toMatchObject({ status: 'active' });
  });

  it('answers 400 with pointers, 412 on a stale If-Match, and 404 once deleted', async () => {
    const r = await receiver();
    const bad = await call(t, owner, 'POST', webhooksUrl(c.id), {
      url: 'not a url',
      eventTypes: [],
      role: 'x',
    });
    const problem = expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.pointer).sort()).toEqual(['/eventTypes', '/role', '/url']);

    const hook = await createWebhookOk(t, owner, c.id, {
      url: r.url,
      eventTypes: ['job.posted', 'job.posted'],
    });
    expect(hook.eventTypes).toEqual(['job.posted']);
    const got = await call(t, owner, 'GET', `${webhooksUrl(c.id)}/${hook.id}`);
    const etag = got.headers.etag as string;
    const changed = await call(
      t,
      owner,
      'PATCH',
      `${webhooksUrl(c.id)}/${hook.id}`,
      { description: 'CRM sync' },
      {
        'if-match': etag,
      },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    const stale = await call(
      t,
      owner,
      'PATCH',
      `${webhooksUrl(c.id)}/${hook.id}`,
      { description: 'Again' },
      {
        'if-match': etag,
      },
    );
    expectProblem(stale, 412, 'STALE_ETAG');
    expectProblem(
      await call(t, owner, 'PATCH', `${webhooksUrl(c.id)}/${hook.id}`, { rotateSecret: false }),
      400,
      'VALIDATION_FAILED',
    );

    expect((await call(t, owner, 'DELETE', `${webhooksUrl(c.id)}/${hook.id}`)).statusCode).toBe(204);
    expectProblem(await call(t, owner, 'GET', `${webhooksUrl(c.id)}/${hook.id}`), 404, 'WEBHOOK_NOT_FOUND');
    expectProblem(
      await call(t, owner, 'DELETE', `${webhooksUrl(c.id)}/${hook.id}`),
      404,
      'WEBHOOK_NOT_FOUND',
    );
  });
});

describe('configuration', () => {
  it('refuses private webhook URLs in production, and a secrets key of the wrong size', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', WEBHOOKS_ALLOW_PRIVATE_URLS: 'true' })).toThrow(
      /WEBHOOKS_ALLOW_PRIVATE_URLS: must not be true in production/,
    );
    expect(() => loadConfig({ WEBHOOK_SECRETS_KEY: randomBytes(16).toString('base64') })).toThrow(
      /WEBHOOK_SECRETS_KEY: must be 32 bytes/,
    );
    expect(loadConfig({}).WEBHOOKS_ALLOW_PRIVATE_URLS).toBe(false);
  });
});

import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAccessToken } from '../../../src/modules/auth/index.js';
import { recordEvents } from '../../../src/modules/events/index.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  addMember,
  createAccount,
  createCollective,
  type TestCollective,
  type TestMember,
} from '../../support/factories.js';
import { call, collectiveUrl, expectProblem } from '../../support/http.js';
import { openStream, type Stream } from '../../support/sse.js';
import { act, postJob, referOk } from '../../support/work.js';

/**
 * The live stream over a real socket (Server-Sent Events cannot be injected: the response never
 * ends): what each caller sees, resumption with Last-Event-ID, heartbeats, the end at token
 * expiry and at shutdown.
 */
let t: TestApp;
let base: string;
let c: TestCollective;
let giver: TestMember;
let recipient: TestMember;
let bystander: TestMember;

const streamUrl = (collectiveId: string) => `${collectiveUrl(collectiveId)}/events/stream`;
const ofType = (s: Stream, type: string) => s.events.filter((e) => e.event === type);

beforeAll(async () => {
  t = await createTestApp({
    env: { WEBHOOK_WORKER: 'false', EVENT_STREAM_POLL_MS: '30', EVENT_STREAM_HEARTBEAT_MS: '200' },
  });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  c = await createCollective(t);
  giver = await addMember(t, c.id);
  recipient = await addMember(t, c.id);
  bystander = await addMember(t, c.id);
});

afterAll(() => t.close());

describe('streamEvents', () => {
  it('streams to each caller what they may see: admins all, members theirs and public ones', async () => {
    const streams = {
      owner: await openStream({ base }, streamUrl(c.id), c.owner.headers),
      recipient: await openStream({ base }, streamUrl(c.id), recipient.headers),
      bystander: await openStream({ base }, streamUrl(c.id), bystander.headers),
    };
    const job = await postJob(t, giver);
    const referral = await referOk(t, giver, job.id, recipient.memberId);
    expect((await act(t, recipient, c.id, referral.id, 'accept')).statusCode).toBe(200);
    await streams.owner.waitFor(() => ofType(streams.owner, 'referral.accepted').length === 1);
    await streams.recipient.waitFor(() => ofType(streams.recipient, 'referral.accepted').length === 1);
    await streams.bystander.waitFor(() => ofType(streams.bystander, 'job.posted').length === 1);
    // Give the bystander's stream a few more polls to show anything it should not.
    await new Promise((r) => setTimeout(r, 200));

    expect(streams.owner.events.map((e) => e.event)).toEqual([
      'job.posted',
      'referral.offered',
      'referral.accepted',
    ]);
    expect(streams.recipient.events.map((e) => e.event)).toEqual([
      'job.posted',
      'referral.offered',
      'referral.accepted',
    ]);
    expect(streams.bystander.events.map((e) => e.event)).toEqual(['job.posted']);
    for (const e of streams.owner.events) expect(e.id).toBe(String(e.data.seq));
    expect(ofType(streams.recipient, 'referral.offered')[0]!.data.subject.id).toBe(referral.id);
    // Heartbeats keep idle connections open through proxies.
    await streams.bystander.waitFor(() => streams.bystander.comments.includes('heartbeat'));
    for (const s of Object.values(streams)) s.close();
  });

  it('resumes after Last-Event-ID without losing or repeating an event', async () => {
    const first = await openStream({ base }, streamUrl(c.id), recipient.headers);
    const job = await postJob(t, giver);
    const a = await referOk(t, giver, job.id, recipient.memberId);
    await first.waitFor(() => ofType(first, 'referral.offered').length === 1);
    first.close();
    await first.ended;
    const lastId = first.events.at(-1)!.id;

    // While disconnected: a decline, another job, another offer.
    expect((await act(t, recipient, c.id, a.id, 'decline')).statusCode).toBe(200);
    const other = await postJob(t, giver);
    await referOk(t, giver, other.id, recipient.memberId);

    const second = await openStream({ base }, streamUrl(c.id), {
      ...recipient.headers,
      'last-event-id': lastId,
    });
    await second.waitFor(() => second.events.length >= 3);
    await new Promise((r) => setTimeout(r, 150));
    expect(second.events.map((e) => e.event)).toEqual([
      'referral.declined',
      'job.posted',
      'referral.offered',
    ]);
    const seen = [...first.events, ...second.events].map((e) => e.data.id);
    expect(new Set(seen).size).toBe(seen.length);
    second.close();
  });

  it('does not pass an event whose transaction commits after a later one', async () => {
    const s = await openStream({ base }, streamUrl(c.id), c.owner.headers);
    const event = (title: string) => ({
      collectiveId: c.id,
      type: 'job.posted',
      actorMemberId: giver.memberId,
      subject: { type: 'job', id: randomUUID() },
      public: true,
      data: { title },
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let inserted: () => void = () => undefined;
    const insertedSlow = new Promise<void>((r) => (inserted = r));
    // The slow transaction takes its sequence number first and commits last.
    const slow = t.db.transaction(async (tx) => {
      await recordEvents(tx, [event('slow')]);
      inserted();
      await gate;
    });
    await insertedSlow;
    await t.db.transaction((tx) => recordEvents(tx, [event('fast')]));
    await new Promise((r) => setTimeout(r, 200));
    // Following seq alone would have sent "fast" and then skipped "slow" for ever.
    expect(s.events).toEqual([]);
    release();
    await slow;
    await s.waitFor(() => s.events.length === 2);
    expect(s.events.map((e) => (e.data as unknown as { data: { title: string } }).data.title)).toEqual([
      'slow',
      'fast',
    ]);
    s.close();
  });

  it('ends the stream when the access token expires', async () => {
    const token = await issueAccessToken(
      { keys: t.keys, issuer: t.config.PUBLIC_BASE_URL, audience: t.config.JWT_AUDIENCE, ttlSeconds: 1 },
      recipient.accountId,
    );
    const started = Date.now();
    const s = await openStream({ base }, streamUrl(c.id), { authorization: `Bearer ${token}` });
    await s.ended;
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(s.events.at(-1)?.event).toBe('expired');
  });

  it('ends the stream of a member who leaves', async () => {
    const leaver = await addMember(t, c.id);
    const s = await openStream({ base }, streamUrl(c.id), leaver.headers);
    const left = await call(t, leaver, 'DELETE', `${collectiveUrl(c.id)}/members/${leaver.memberId}`);
    expect(left.statusCode, left.body).toBe(204);
    await s.ended;
    expect(s.events.at(-1)?.event).toBe('ended');
  });

  it('answers 400, 401 and 404 before streaming', async () => {
    expectProblem(await call(t, null, 'GET', streamUrl(c.id)), 401, 'UNAUTHORIZED');
    const outsider = await createAccount(t);
    expectProblem(await call(t, outsider, 'GET', streamUrl(c.id)), 404, 'COLLECTIVE_NOT_FOUND');
    const elsewhere = await createCollective(t);
    await postJob(t, elsewhere.owner);
    const [foreign] = (await call(t, elsewhere.owner, 'GET', `${collectiveUrl(elsewhere.id)}/events`)).json<{
      items: { seq: number }[];
    }>().items;
    const wrong = await call(t, recipient, 'GET', streamUrl(c.id), undefined, {
      'last-event-id': String(foreign!.seq),
    });
    expect(expectProblem(wrong, 400, 'VALIDATION_FAILED').errors).toEqual([
      {
        pointer: '/last-event-id',
        detail: 'is not the id of an event of this collective',
        location: 'header',
      },
    ]);
    expectProblem(
      await call(t, recipient, 'GET', streamUrl(c.id), undefined, { 'last-event-id': 'abc' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('ends open streams at shutdown instead of waiting for them', async () => {
    const other = await createTestApp({ databaseUrl: t.databaseUrl, env: { WEBHOOK_WORKER: 'false' } });
    await other.app.listen({ host: '127.0.0.1', port: 0 });
    const otherBase = `http://127.0.0.1:${(other.app.server.address() as AddressInfo).port}`;
    const s = await openStream({ base: otherBase }, streamUrl(c.id), recipient.headers);
    const started = Date.now();
    await other.close();
    await s.ended;
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

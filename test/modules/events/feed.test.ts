import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordEvents } from '../../../src/modules/events/index.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createCollective, type TestCollective } from '../../support/factories.js';
import { collectiveUrl } from '../../support/http.js';
import { openStream, type Stream } from '../../support/sse.js';

/**
 * The live stream woken by LISTEN/NOTIFY: with the fallback poll a minute away, every event
 * arrives within a second or two however it gets there: written on another instance, written
 * while the listening connection was cut, or committed while an older transaction still ran.
 */
const POLL_MS = 60_000;
let a: TestApp & { base: string };
let b: TestApp & { base: string };
let c: TestCollective;
const streams: Stream[] = [];

async function listening(t: TestApp): Promise<TestApp & { base: string }> {
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  return Object.assign(t, { base: `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}` });
}

beforeAll(async () => {
  const env = { WEBHOOK_WORKER: 'false', EVENT_STREAM_POLL_MS: String(POLL_MS) };
  a = await listening(await createTestApp({ env }));
  b = await listening(await createTestApp({ env, databaseUrl: a.databaseUrl, deps: { keys: a.keys } }));
  c = await createCollective(a);
});

afterAll(async () => {
  for (const s of streams) s.close();
  await b.close();
  await a.close();
});

async function stream(app: { base: string }, lastEventId?: number): Promise<Stream> {
  const s = await openStream(app, `${collectiveUrl(c.id)}/events/stream`, {
    ...c.owner.headers,
    ...(lastEventId === undefined ? {} : { 'last-event-id': String(lastEventId) }),
  });
  streams.push(s);
  return s;
}

/** Records one public event through instance `t` and returns its subject id. */
async function write(t: TestApp): Promise<string> {
  const subjectId = crypto.randomUUID();
  await t.db.transaction((tx) =>
    recordEvents(tx, [
      {
        collectiveId: c.id,
        type: 'job.posted',
        actorMemberId: null,
        subject: { type: 'job', id: subjectId },
        public: true,
      },
    ]),
  );
  return subjectId;
}

const subjects = (s: Stream) => s.events.map((e) => e.data.subject.id);

/** The listening connection of `t`'s database: ended from the server side, as a failover would. */
async function cutListener(t: TestApp): Promise<number> {
  const admin = new pg.Client({ connectionString: t.databaseUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE application_name = 'referral-exchange-events' AND datname = current_database()`,
    );
    return rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

it('wakes the streams of every instance when any of them writes, long before the fallback poll', async () => {
  const onA = await stream(a);
  const onB = await stream(b);
  // Let the streams' first reads and the listening connections settle.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const started = Date.now();
  const first = await write(a);
  const second = await write(b);
  await onA.waitFor(() => onA.events.length >= 2, 3_000);
  await onB.waitFor(() => onB.events.length >= 2, 3_000);
  expect(Date.now() - started).toBeLessThan(3_000);
  expect(subjects(onA)).toEqual([first, second]);
  expect(subjects(onB)).toEqual([first, second]);

  // Resuming on the other instance with Last-Event-ID: exactly what came after, once.
  onB.close();
  const third = await write(a);
  const resumed = await stream(a, onA.events[1]!.data.seq);
  await resumed.waitFor(() => resumed.events.length >= 1, 3_000);
  const fourth = await write(b);
  await resumed.waitFor(() => resumed.events.length >= 2, 3_000);
  expect(subjects(resumed)).toEqual([third, fourth]);
});

it('loses nothing written while the listening connection was cut: it reconnects and reads', async () => {
  const s = await stream(b);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await cutListener(b)).toBeGreaterThan(0);
  // Written at once, while instance b has nobody listening: its notification is lost.
  const during = await write(a);
  await s.waitFor(() => s.events.length >= 1, 8_000);
  const after = await write(a);
  await s.waitFor(() => s.events.length >= 2, 3_000);
  expect(subjects(s)).toEqual([during, after]);
});

it('delivers an event that committed behind an older open transaction once that one ends', async () => {
  const s = await stream(a);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const older = new pg.Client({ connectionString: a.databaseUrl });
  await older.connect();
  try {
    // An older transaction with a transaction id, writing no event: no notification when it ends.
    await older.query('BEGIN');
    await older.query('SELECT pg_current_xact_id()');
    const behind = await write(a);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Not settled yet: an event of a transaction younger than a running one is held back.
    expect(s.events).toHaveLength(0);
    await older.query('COMMIT');
    const ended = Date.now();
    await s.waitFor(() => s.events.length >= 1, 5_000);
    expect(Date.now() - ended).toBeLessThan(5_000);
    expect(subjects(s)).toEqual([behind]);
  } finally {
    await older.end();
  }
});

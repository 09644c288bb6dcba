import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { endorse, endorsementBody } from '../support/endorsements.js';
import { addMember, createCollective, type TestCollective, type TestMember } from '../support/factories.js';
import { collectiveUrl } from '../support/http.js';
import { jobBody, jobUrl, jobsUrl } from '../support/work.js';

/**
 * Two API instances on one database, as behind a load balancer: whatever one instance did,
 * the other must honour (idempotency keys, ETags, and what matching knows).
 */
describe('two instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  let collective: TestCollective;
  let poster: TestMember;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ databaseUrl: a.databaseUrl });
    collective = await createCollective(a);
    poster = collective.owner;
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const createJob = (app: TestApp, key: string, body: Record<string, unknown>) =>
    app.app.inject({
      method: 'POST',
      url: jobsUrl(collective.id),
      headers: { ...poster.headers, 'idempotency-key': key },
      payload: body,
    });

  const jobsTitled = async (title: string) =>
    (
      await a.pool.query<{ id: string }>('SELECT id FROM jobs WHERE collective_id = $1 AND title = $2', [
        collective.id,
        title,
      ])
    ).rows;

  it('an Idempotency-Key used on one instance replays on the other, and a new body is 422 there', async () => {
    const body = jobBody({ title: 'Keyed on instance A' });
    const first = await createJob(a, 'cross-instance', body);
    expect(first.statusCode).toBe(201);
    const replay = await createJob(b, 'cross-instance', body);
    expect(replay.statusCode).toBe(201);
    expect(replay.json()).toEqual(first.json());
    expect((await createJob(b, 'cross-instance', jobBody({ title: 'Another body' }))).statusCode).toBe(422);
    expect(await jobsTitled('Keyed on instance A')).toHaveLength(1);
  });

  it('the same key sent to both instances at once creates exactly one job', async () => {
    const body = jobBody({ title: 'Raced across instances' });
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createJob(i % 2 === 0 ? a : b, 'raced-key', body)),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    expect(new Set(responses.map((r) => r.json<{ id: string }>().id)).size).toBe(1);
    expect(await jobsTitled('Raced across instances')).toHaveLength(1);
  });

  it('an ETag read on one instance is stale on the other after a write there; concurrent writers: one wins', async () => {
    const created = await createJob(a, 'etag-job', jobBody({ title: 'Versioned job' }));
    const jobId = created.json<{ id: string }>().id;
    const etag = created.headers.etag as string;
    const patch = (app: TestApp, ifMatch: string, title: string) =>
      app.app.inject({
        method: 'PATCH',
        url: jobUrl(collective.id, jobId),
        headers: { ...poster.headers, 'if-match': ifMatch },
        payload: { title },
      });

    const onB = await patch(b, etag, 'Renamed on B');
    expect(onB.statusCode).toBe(200);
    expect(onB.headers.etag).not.toBe(etag);
    expect((await patch(a, etag, 'Stale on A')).statusCode).toBe(412);

    const current = onB.headers.etag as string;
    const race = await Promise.all([patch(a, current, 'Racer A'), patch(b, current, 'Racer B')]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    const read = await b.app.inject({
      method: 'GET',
      url: jobUrl(collective.id, jobId),
      headers: poster.headers,
    });
    const winner = race.find((r) => r.statusCode === 200)!;
    expect(read.json<{ title: string }>().title).toBe(winner.json<{ title: string }>().title);
  });

  it('matching on one instance sees a profile edit and an endorsement made through the other at once', async () => {
    const candidate = await addMember(a, collective.id, { profile: { headline: 'Accountant', skills: [] } });
    const endorser = await addMember(a, collective.id);
    const match = async () => {
      const response = await a.app.inject({
        method: 'POST',
        url: `${collectiveUrl(collective.id)}/matches`,
        headers: poster.headers,
        payload: { brief: 'Onboarding research interviews for a bank', skills: ['ux-research'] },
      });
      expect(response.statusCode, response.body).toBe(200);
      type Item = { member: { id: string; skills: string[] }; components: { evidence: number } };
      return response.json<{ items: Item[] }>().items.find((i) => i.member.id === candidate.memberId);
    };

    const before = await match(); // instance A builds and caches its model now
    expect(before?.member.skills ?? []).not.toContain('ux-research');

    const edited = await b.app.inject({
      method: 'PATCH',
      url: `${collectiveUrl(collective.id)}/members/${candidate.memberId}`,
      headers: candidate.headers,
      payload: { headline: 'UX researcher', skills: ['ux-research'] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const afterEdit = await match();
    expect(afterEdit?.member.skills).toContain('ux-research');
    expect(afterEdit?.components.evidence).toBe(0);

    const endorsed = await endorse(b, endorser, candidate.memberId, endorsementBody());
    expect(endorsed.statusCode, endorsed.body).toBe(201);
    expect((await match())?.components.evidence).toBeGreaterThan(0);
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { call, type Page } from '../../support/http.js';
import { getJob, jobsUrl, postJob } from '../../support/work.js';

// A list item must be what getJob answers, whichever way either is built: a guard for any
// lever that builds the list's items apart.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function listed(as: TestMember, query: string) {
  const response = await call(t, as, 'GET', `${jobsUrl(as.collectiveId)}?${query}`);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  return response.json<Page<Record<string, unknown>>>();
}

describe('listJobs items against getJob', () => {
  let poster: TestMember;
  let reader: TestMember;

  beforeAll(async () => {
    const collective = await createCollective(t);
    poster = await addMember(t, collective.id);
    reader = await addMember(t, collective.id);
    await postJob(t, poster, {
      title: 'Quotes " and \\ backslashes, ünïcödé 😀',
      brief: 'Line one\nline two\ttabbed, and a brief long enough.',
      skills: ['ux-research', 'service-design'],
      budget: { min: 100_000, currency: 'EUR' },
      remote: true,
      location: 'Berlin',
      startsOn: '2027-02-01',
      closesAt: '2030-01-02T03:04:05.006Z',
      client: 'A bank',
    });
    await postJob(t, poster);
    await postJob(t, poster, { budget: null, closesAt: null });
  });

  it('are what getJob answers', async () => {
    const page = await listed(reader, 'limit=100');
    expect(page.items).toHaveLength(3);
    for (const item of page.items) {
      expect(item).toStrictEqual(await getJob(t, reader, reader.collectiveId, item.id as string));
    }
    expect(page.items.at(-1)?.budget).toStrictEqual({ min: 100_000, max: null, currency: 'EUR' });
  });

  it('pages with cursors, and filtered shapes give the same items', async () => {
    const whole = await listed(reader, 'limit=100');
    const seen: unknown[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: Page<Record<string, unknown>> = await listed(
        reader,
        `limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(seen).toStrictEqual(whole.items);
    const filtered = await listed(reader, `status=open&skill=ux-research&postedBy=${poster.memberId}`);
    expect(filtered.items).toStrictEqual([whole.items.at(-1)]);
  });

  it('refuses outsiders (404), bad cursors and limits (400), and a member removed since the last request (404)', async () => {
    const url = jobsUrl(reader.collectiveId);
    const other = await createCollective(t);
    expect((await call(t, other.owner, 'GET', url)).statusCode).toBe(404);
    expect((await call(t, reader, 'GET', `${url}?cursor=not-a-cursor`)).statusCode).toBe(400);
    expect((await call(t, reader, 'GET', `${url}?limit=0`)).statusCode).toBe(400);
    expect((await call(t, reader, 'GET', `${url}?limit=101`)).statusCode).toBe(400);
    const leaving = await addMember(t, reader.collectiveId);
    expect((await call(t, leaving, 'GET', url)).statusCode).toBe(200);
    await t.db
      .update(members)
      .set({ status: 'removed' })
      .where(and(eq(members.collectiveId, leaving.collectiveId), eq(members.id, leaving.memberId)));
    expect((await call(t, leaving, 'GET', url)).statusCode).toBe(404);
  });
});

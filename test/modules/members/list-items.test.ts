import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, members } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { call, type Page } from '../../support/http.js';

// A list item must be what getMember answers to the same caller (email shown as it decides),
// whichever way either is built: a guard for any lever that builds the list's items apart.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const listUrl = (collectiveId: string, query = '') => `/v1/collectives/${collectiveId}/members?${query}`;

async function listed(as: TestMember, query: string) {
  const response = await call(t, as, 'GET', listUrl(as.collectiveId, query));
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  return response.json<Page<Record<string, unknown>>>();
}

async function asGetMemberAnswers(as: TestMember, id: string) {
  const response = await call(t, as, 'GET', `/v1/collectives/${as.collectiveId}/members/${id}`);
  expect(response.statusCode).toBe(200);
  return response.json<Record<string, unknown>>();
}

describe('listMembers items against getMember', () => {
  let owner: TestMember;
  let plain: TestMember;
  let collectiveId: string;

  beforeAll(async () => {
    const collective = await createCollective(t);
    owner = collective.owner;
    collectiveId = collective.id;
    plain = await addMember(t, collectiveId, {
      profile: {
        headline: 'Quotes " and \\ backslashes, ünïcödé, 😀',
        bio: 'Line one\nline two\ttabbed \u0001 control',
        skills: ['ux-research', 'service-design'],
        languages: ['de', 'pt-BR'],
        timezone: 'Europe/Berlin',
        links: [
          { label: 'Site', url: 'https://example.test/a?b=c&d="e"' },
          { label: 'Blog', url: 'http://example.test/' },
        ],
        availabilityStatus: 'limited',
        availabilityUntil: '2027-03-01',
        rateMin: 50_000,
        rateMax: null,
        rateCurrency: 'EUR',
        introducedBy: owner.memberId,
        joinedAt: new Date('2001-02-03T04:05:06.007Z'),
      },
    });
    const erased = await addMember(t, collectiveId);
    await t.db.update(accounts).set({ email: null }).where(eq(accounts.id, erased.accountId));
    await addMember(t, collectiveId, { role: 'admin' });
    await addMember(t, collectiveId, { status: 'removed', profile: { leftAt: new Date() } });
  });

  it('are what getMember answers, for a member (own email only) and for an owner (every email)', async () => {
    for (const viewer of [plain, owner]) {
      const page = await listed(viewer, 'limit=100');
      expect(page.items).toHaveLength(4);
      for (const item of page.items) {
        expect(item).toStrictEqual(await asGetMemberAnswers(viewer, item.id as string));
      }
      const own = page.items.find((item) => item.id === viewer.memberId);
      expect(own?.email).toBe(viewer.email);
      const others = page.items.filter((item) => item.id !== viewer.memberId && 'email' in item);
      expect(others.length).toBe(viewer === owner ? 2 : 0);
    }
  });

  it('lists removed members to an owner as getMember shows them, leftAt included', async () => {
    const page = await listed(owner, 'status=removed');
    expect(page.items).toHaveLength(1);
    const [item] = page.items;
    expect(item?.leftAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/));
    expect(item).toStrictEqual(await asGetMemberAnswers(owner, item!.id as string));
  });

  it('pages with cursors: the pages make up the whole list, in order', async () => {
    const whole = await listed(plain, 'limit=100');
    const seen: unknown[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: Page<Record<string, unknown>> = await listed(
        plain,
        `limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(seen).toStrictEqual(whole.items);
    expect(whole.nextCursor).toBeNull();
  });

  it('answers filtered shapes with the same items', async () => {
    const page = await listed(owner, 'skill=ux-research&availability=limited&q=ünïcödé');
    expect(page.items.map((item) => item.id)).toStrictEqual([plain.memberId]);
    expect(page.items[0]).toStrictEqual(await asGetMemberAnswers(owner, plain.memberId));
  });

  it('refuses outsiders (404), bad cursors and limits (400), and a member removed since the last request (404)', async () => {
    const other = await createCollective(t);
    expect((await call(t, other.owner, 'GET', listUrl(collectiveId))).statusCode).toBe(404);
    expect((await call(t, plain, 'GET', listUrl(collectiveId, 'cursor=not-a-cursor'))).statusCode).toBe(400);
    expect((await call(t, plain, 'GET', listUrl(collectiveId, 'limit=0'))).statusCode).toBe(400);
    expect((await call(t, plain, 'GET', listUrl(collectiveId, 'limit=101'))).statusCode).toBe(400);
    expect((await call(t, plain, 'GET', listUrl(collectiveId, 'status=removed'))).statusCode).toBe(403);
    const leaving = await addMember(t, collectiveId);
    expect((await call(t, leaving, 'GET', listUrl(collectiveId))).statusCode).toBe(200);
    await t.db
      .update(members)
      .set({ status: 'removed' })
      .where(and(eq(members.collectiveId, collectiveId), eq(members.id, leaving.memberId)));
    expect((await call(t, leaving, 'GET', listUrl(collectiveId))).statusCode).toBe(404);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  addMember,
  createCollective,
  type TestCollective,
  type TestMember,
} from '../../support/factories.js';
import { endorsementAction, endorseOk, listOf } from '../../support/endorsements.js';
import { call, collectiveUrl } from '../../support/http.js';
import { jobBody, postJob } from '../../support/work.js';

/**
 * The tenancy gate reads the caller's membership on every request, in the same query as the
 * data on the hot routes (bench:api): nothing remembers a membership, so a removal or a role
 * change applies to the very next request made with a token issued before it.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A cursor as the lists hand them out: the `(timestamp, id)` key of the last item seen. */
const cursorAfter = (at: string, id: string) => Buffer.from(JSON.stringify([at, id])).toString('base64url');

/**
 * The hot routes of bench:api, as `member` would call them in `c`: each list in its prepared
 * shape (no filter, no cursor) and in a shape built for the request (a filter or a cursor).
 */
function hotRequests(c: TestCollective, member: TestMember, jobId: string) {
  const base = collectiveUrl(c.id);
  const other = c.owner.memberId;
  const cursor = cursorAfter(new Date().toISOString(), randomUUID());
  return [
    ['getMember', 'GET', `${base}/members/${other}`],
    ['listMembers', 'GET', `${base}/members`],
    ['listMembers, filtered', 'GET', `${base}/members?availability=available`],
    ['listMembers, next page', 'GET', `${base}/members?cursor=${cursor}`],
    ['listJobs', 'GET', `${base}/jobs`],
    ['listJobs, filtered', 'GET', `${base}/jobs?status=open`],
    ['listJobs, next page', 'GET', `${base}/jobs?cursor=${cursor}`],
    ['getJob', 'GET', `${base}/jobs/${jobId}`],
    ['listEndorsements', 'GET', `${base}/members/${other}/endorsements`],
    ['listEndorsements, given', 'GET', `${base}/members/${other}/endorsements?direction=given`],
    ['listEndorsements, next page', 'GET', `${base}/members/${other}/endorsements?cursor=${cursor}`],
    ['getContribution', 'GET', `${base}/members/${member.memberId}/contribution`],
    ['getContribution, 30 days', 'GET', `${base}/members/${member.memberId}/contribution?window=30d`],
    ['createJob', 'POST', `${base}/jobs`],
  ] as const;
}

async function statuses(c: TestCollective, member: TestMember, jobId: string) {
  const result: Record<string, { status: number; code?: string }> = {};
  for (const [name, method, url] of hotRequests(c, member, jobId)) {
    const response = await call(
      t,
      member,
      method,
      url,
      method === 'POST' ? jobBody() : undefined,
      method === 'POST' ? { 'idempotency-key': randomUUID() } : {},
    );
    result[name] =
      response.statusCode < 400
        ? { status: response.statusCode }
        : { status: response.statusCode, code: response.json<{ code: string }>().code };
  }
  return result;
}

const gone = { status: 404, code: 'COLLECTIVE_NOT_FOUND' };

describe('a member removed mid-session', () => {
  it.each(['removed by an admin (DELETE)', 'removed by an admin (PATCH status)', 'left'] as const)(
    '%s is refused on the next request with the same token, on every hot route',
    async (how) => {
      const c = await createCollective(t);
      const member = await addMember(t, c.id);
      const job = await postJob(t, c.owner);
      const before = await statuses(c, member, job.id);
      expect(before).toEqual(
        Object.fromEntries(
          Object.keys(before).map((route) => [route, { status: route === 'createJob' ? 201 : 200 }]),
        ),
      );

      const url = `${collectiveUrl(c.id)}/members/${member.memberId}`;
      const change =
        how === 'left'
          ? await call(t, member, 'DELETE', url)
          : how === 'removed by an admin (DELETE)'
            ? await call(t, c.owner, 'DELETE', url)
            : await call(t, c.owner, 'PATCH', url, { status: 'removed' });
      expect(change.statusCode, change.body).toBeLessThan(300);

      expect(await statuses(c, member, job.id)).toEqual(
        Object.fromEntries(Object.keys(before).map((route) => [route, gone])),
      );
    },
  );
});

describe('a member of another collective', () => {
  it('is an outsider on every hot route and shape: 404, as for a collective that does not exist', async () => {
    const c = await createCollective(t);
    const job = await postJob(t, c.owner);
    const elsewhere = await createCollective(t);
    const outsider = await addMember(t, elsewhere.id);
    const result = await statuses(c, outsider, job.id);
    expect(result).toEqual(Object.fromEntries(Object.keys(result).map((route) => [route, gone])));
    expect(Object.keys(result)).toHaveLength(hotRequests(c, outsider, job.id).length);
  });
});

describe('a list beside the caller', () => {
  it('is empty, not missing, when nothing matches', async () => {
    const c = await createCollective(t);
    const response = await call(t, c.owner, 'GET', `${collectiveUrl(c.id)}/members?status=removed`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: [], nextCursor: null });
  });
});

describe('a role change', () => {
  it('applies to the next request with the same token, both ways', async () => {
    const c = await createCollective(t);
    const member = await addMember(t, c.id);
    const leaver = await addMember(t, c.id);
    const leaverUrl = `${collectiveUrl(c.id)}/members/${leaver.memberId}`;
    expect((await call(t, leaver, 'DELETE', leaverUrl)).statusCode).toBe(204);
    const memberUrl = `${collectiveUrl(c.id)}/members/${member.memberId}`;

    const endorsee = await addMember(t, c.id);
    const hidden = await endorseOk(t, c.owner, endorsee.memberId);
    expect((await endorsementAction(t, endorsee, c.id, hidden.id, 'hide')).statusCode).toBe(200);

    // What only admins may see: members who left (getMember, listMembers), others' emails, and
    // endorsements their endorsee hid (listEndorsements, both directions).
    const asMember = async () => {
      const left = await call(t, member, 'GET', leaverUrl);
      const pastMembers = await call(t, member, 'GET', `${collectiveUrl(c.id)}/members?status=left`);
      const owner = await call(t, member, 'GET', `${collectiveUrl(c.id)}/members/${c.owner.memberId}`);
      const received = await listOf(t, member, endorsee.memberId);
      const given = await listOf(t, member, c.owner.memberId, 'direction=given');
      return {
        leftMember: left.statusCode,
        pastMembers: pastMembers.statusCode,
        ownerEmailShown: 'email' in owner.json<Record<string, unknown>>(),
        hiddenShown: [received, given].map((list) => list.some((e) => e.id === hidden.id)),
      };
    };
    const plain = { leftMember: 404, pastMembers: 403, ownerEmailShown: false, hiddenShown: [false, false] };
    const admin = { leftMember: 200, pastMembers: 200, ownerEmailShown: true, hiddenShown: [true, true] };

    expect(await asMember()).toEqual(plain);
    expect((await call(t, c.owner, 'PATCH', memberUrl, { role: 'admin' })).statusCode).toBe(200);
    expect(await asMember()).toEqual(admin);
    expect((await call(t, c.owner, 'PATCH', memberUrl, { role: 'member' })).statusCode).toBe(200);
    expect(await asMember()).toEqual(plain);
  });
});

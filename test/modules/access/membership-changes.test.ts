import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  addMember,
  createCollective,
  type TestCollective,
  type TestMember,
} from '../../support/factories.js';
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

/** The hot routes of bench:api, as `member` would call them in `c`. */
function hotRequests(c: TestCollective, member: TestMember, jobId: string) {
  const base = collectiveUrl(c.id);
  const other = c.owner.memberId;
  return [
    ['getMember', 'GET', `${base}/members/${other}`],
    ['listMembers', 'GET', `${base}/members`],
    ['listJobs', 'GET', `${base}/jobs`],
    ['getJob', 'GET', `${base}/jobs/${jobId}`],
    ['listEndorsements', 'GET', `${base}/members/${other}/endorsements`],
    ['getContribution', 'GET', `${base}/members/${member.memberId}/contribution`],
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
      expect(await statuses(c, member, job.id)).toEqual({
        getMember: { status: 200 },
        listMembers: { status: 200 },
        listJobs: { status: 200 },
        getJob: { status: 200 },
        listEndorsements: { status: 200 },
        getContribution: { status: 200 },
        createJob: { status: 201 },
      });

      const url = `${collectiveUrl(c.id)}/members/${member.memberId}`;
      const change =
        how === 'left'
          ? await call(t, member, 'DELETE', url)
          : how === 'removed by an admin (DELETE)'
            ? await call(t, c.owner, 'DELETE', url)
            : await call(t, c.owner, 'PATCH', url, { status: 'removed' });
      expect(change.statusCode, change.body).toBeLessThan(300);

      expect(await statuses(c, member, job.id)).toEqual({
        getMember: gone,
        listMembers: gone,
        listJobs: gone,
        getJob: gone,
        listEndorsements: gone,
        getContribution: gone,
        createJob: gone,
      });
    },
  );
});

describe('a role change', () => {
  it('applies to the next request with the same token, both ways', async () => {
    const c = await createCollective(t);
    const member = await addMember(t, c.id);
    const leaver = await addMember(t, c.id);
    const leaverUrl = `${collectiveUrl(c.id)}/members/${leaver.memberId}`;
    expect((await call(t, leaver, 'DELETE', leaverUrl)).statusCode).toBe(204);
    const memberUrl = `${collectiveUrl(c.id)}/members/${member.memberId}`;

    // What only admins may see: members who left (getMember, listMembers) and others' emails.
    const asMember = async () => {
      const left = await call(t, member, 'GET', leaverUrl);
      const pastMembers = await call(t, member, 'GET', `${collectiveUrl(c.id)}/members?status=left`);
      const owner = await call(t, member, 'GET', `${collectiveUrl(c.id)}/members/${c.owner.memberId}`);
      return {
        leftMember: left.statusCode,
        pastMembers: pastMembers.statusCode,
        ownerEmailShown: 'email' in owner.json<Record<string, unknown>>(),
      };
    };
    const plain = { leftMember: 404, pastMembers: 403, ownerEmailShown: false };
    const admin = { leftMember: 200, pastMembers: 200, ownerEmailShown: true };

    expect(await asMember()).toEqual(plain);
    expect((await call(t, c.owner, 'PATCH', memberUrl, { role: 'admin' })).statusCode).toBe(200);
    expect(await asMember()).toEqual(admin);
    expect((await call(t, c.owner, 'PATCH', memberUrl, { role: 'member' })).statusCode).toBe(200);
    expect(await asMember()).toEqual(plain);
  });
});

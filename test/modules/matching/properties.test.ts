import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { endorsementAction } from '../../support/endorsements.js';
import { addMember, createAccount, createCollective, type TestMember } from '../../support/factories.js';
import { askerWithContact, endorse, endorseEachOther, handoff, member } from '../../support/graph.js';
import { call } from '../../support/http.js';
import { postJob, refer, referOk } from '../../support/work.js';

/**
 * The properties SPEC.md section 5 requires of matching, each on a graph built for it.
 * Every candidate shares one profile, so only the property under test differs between them.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const BRIEF = {
  brief: 'Brand identity and packaging design for a tea company',
  skills: ['brand-design'],
  limit: 50,
};
const designer = { headline: 'Brand designer', skills: ['brand-design'] };

interface MatchItem {
  member: { id: string };
  score: number;
  components: Record<string, number>;
  reasons: { kind: string; text: string; path?: { memberId: string }[] }[];
}

async function match(collectiveId: string, asker: TestMember, body: object = BRIEF): Promise<MatchItem[]> {
  const response = await call(t, asker, 'POST', `/v1/collectives/${collectiveId}/matches`, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: MatchItem[] }>().items;
}

/** A fresh collective in which the asker's direct contact endorsed one designer, the candidate. */
async function endorsedCandidate() {
  const { collective, asker, contact } = await askerWithContact(t);
  const candidate = await member(t, collective.id, designer);
  await endorse(t, collective.id, contact, candidate);
  return { c: collective, asker, candidate };
}

/** The candidate's result when `asker` matches the default brief. */
async function resultFor(collectiveId: string, asker: TestMember, candidate: TestMember): Promise<MatchItem> {
  const item = (await match(collectiveId, asker)).find((i) => i.member.id === candidate.memberId);
  expect(item, 'the candidate is among the results').toBeDefined();
  return item!;
}

function position(items: MatchItem[], m: TestMember): number {
  return items.findIndex((item) => item.member.id === m.memberId);
}

describe.each([3, 10, 30, 40])('an endorsement ring of %i joined by one weak edge', (size) => {
  it('stays below the honest member endorsed by two of the asker’s direct contacts, with some trust', async () => {
    const c = await createCollective(t);
    const asker = c.owner;
    const contacts = [await member(t, c.id), await member(t, c.id)];
    for (const contact of contacts)
      await endorse(t, c.id, asker, contact, { skills: ['copywriting'], title: 'Website copy' });
    const honest = await member(t, c.id, designer);
    for (const contact of contacts) await endorse(t, c.id, contact, honest);

    const ring: TestMember[] = [];
    for (let i = 0; i < size; i += 1) ring.push(await member(t, c.id, designer));
    await endorseEachOther(t, c.id, ring);
    // The single weak edge: one direct contact once introduced one ring member.
    await t.pool.query('UPDATE members SET introduced_by = $1 WHERE collective_id = $2 AND id = $3', [
      contacts[1]!.memberId,
      c.id,
      ring[0]!.memberId,
    ]);

    const items = await match(c.id, asker);
    const honestAt = position(items, honest);
    expect(honestAt).toBeGreaterThanOrEqual(0);
    for (const ringMember of ring) {
      const at = position(items, ringMember);
      expect(at > honestAt, `ring member ranked ${at}, honest ${honestAt}`).toBe(true);
      // The weak edge passes little trust, but some: forward push alone left a ring of 30 or
      // 40 members at trust 0, below members an exact PageRank ranks under them.
      expect(items[at]!.components.trust).toBeGreaterThan(0);
    }
    const honestItem = items[honestAt]!;
    expect(honestItem.reasons.some((r) => r.kind === 'endorsement')).toBe(true);
    const path = honestItem.reasons.find((r) => r.kind === 'trust_path');
    expect(path?.path?.map((p) => p.memberId)).toHaveLength(3);
  });
});

describe('referring work to the asker buys nothing', () => {
  it('scores twins the same whether or not one of them has sent the asker work', async () => {
    const { collective: c, asker, contact } = await askerWithContact(t);
    const generous = await member(t, c.id, designer);
    const plain = await member(t, c.id, designer);
    await endorse(t, c.id, contact, generous, { title: 'Same example' });
    await endorse(t, c.id, contact, plain, { title: 'Same example' });
    // The generous twin passed the asker three jobs, all won.
    for (let i = 0; i < 3; i += 1) await handoff(t, c.id, generous, asker, { outcome: 'won' });

    const items = await match(c.id, asker);
    const [a, b] = [items[position(items, generous)]!, items[position(items, plain)]!];
    expect(a.score).toBe(b.score);
    expect(a.components).toEqual(b.components);
  });
});

describe('rotation', () => {
  it('puts the near-equal candidate who received fewer referrals in the last 90 days first', async () => {
    const { collective: c, asker, contact } = await askerWithContact(t);
    const busy = await member(t, c.id, designer);
    const idle = await member(t, c.id, designer);
    await endorse(t, c.id, contact, busy, { title: 'Same example' });
    await endorse(t, c.id, contact, idle, { title: 'Same example' });
    const giver = await member(t, c.id);
    // Recent referrals that built no trust (lost): only the rotation component sees them.
    for (let i = 0; i < 2; i += 1) await handoff(t, c.id, giver, busy, { outcome: 'lost' });
    // An old one does not count against the idle member.
    await handoff(t, c.id, giver, idle, {
      outcome: 'lost',
      createdAt: new Date(Date.now() - 200 * 86_400_000),
    });

    const items = await match(c.id, asker);
    expect(position(items, idle)).toBeLessThan(position(items, busy));
    expect(items[position(items, idle)]!.components.rotation).toBe(1);
    expect(items[position(items, busy)]!.components.rotation).toBeCloseTo(1 / 3, 5);
  });
});

describe('changes take effect at once', () => {
  it('a retracted endorsement stops counting on the next request', async () => {
    const { collective: c, asker, contact } = await askerWithContact(t);
    const candidate = await member(t, c.id, designer);
    const endorsementId = await endorse(t, c.id, contact, candidate);

    const before = (await match(c.id, asker))[0]!;
    expect(before.member.id).toBe(candidate.memberId);
    expect(before.components.evidence).toBeGreaterThan(0);
    expect(before.components.trust).toBeGreaterThan(0);

    const retract = await endorsementAction(t, contact, c.id, endorsementId, 'retract');
    expect(retract.statusCode, retract.body).toBe(200);
    const after = (await match(c.id, asker)).find((i) => i.member.id === candidate.memberId)!;
    expect(after.components.evidence).toBe(0);
    expect(after.components.trust).toBe(0);
    expect(after.reasons.some((r) => r.kind === 'endorsement')).toBe(false);
  });

  it('an endorsement from a member who left stops counting, and the member leaves the results', async () => {
    const { collective: c, asker, contact } = await askerWithContact(t, designer);
    const candidate = await member(t, c.id, designer);
    await endorse(t, c.id, contact, candidate);
    const first = await match(c.id, asker);
    expect(first.find((i) => i.member.id === candidate.memberId)!.components.evidence).toBeGreaterThan(0);

    const leave = await call(t, contact, 'DELETE', `/v1/collectives/${c.id}/members/${contact.memberId}`);
    expect(leave.statusCode).toBe(204);
    const items = await match(c.id, asker);
    expect(position(items, contact)).toBe(-1);
    const after = items.find((i) => i.member.id === candidate.memberId)!;
    expect(after.components.evidence).toBe(0);
    expect(after.components.trust).toBe(0);
  });
});

describe('changes that leave the trust graph alone take effect at once too', () => {
  it('a referral offered through the API lowers its recipient’s rotation on the next request', async () => {
    const { c, asker, candidate } = await endorsedCandidate();
    const before = await resultFor(c.id, asker, candidate);
    expect(before.components.rotation).toBe(1);

    const job = await postJob(t, asker);
    await referOk(t, asker, job.id, candidate.memberId);

    const after = await resultFor(c.id, asker, candidate);
    expect(after.components.rotation).toBe(0.5);
    expect(after.components.trust).toBe(before.components.trust);
  });

  it('a member’s new name shows in the results on the next request', async () => {
    const { c, asker, candidate } = await endorsedCandidate();
    expect((await resultFor(c.id, asker, candidate)).member).not.toMatchObject({ name: 'Renamed Designer' });

    const renamed = await call(t, candidate, 'PATCH', '/v1/me', { name: 'Renamed Designer' });
    expect(renamed.statusCode, renamed.body).toBe(200);

    expect((await resultFor(c.id, asker, candidate)).member).toMatchObject({ name: 'Renamed Designer' });
  });
});

describe('requests', () => {
  let c: Awaited<ReturnType<typeof createCollective>>;
  let people: TestMember[];

  beforeAll(async () => {
    c = await createCollective(t);
    people = [];
    for (let i = 0; i < 6; i += 1) people.push(await member(t, c.id, designer));
    for (let i = 0; i < people.length; i += 1) {
      await endorse(t, c.id, i === 0 ? c.owner : people[i - 1]!, people[i]!);
    }
  });

  it('gives identical results for identical requests', async () => {
    const first = await match(c.id, c.owner);
    const second = await match(c.id, c.owner);
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThan(1);
  });

  it('never returns the asker, excluded members or members who are not active', async () => {
    const gone = await addMember(t, c.id, { status: 'left', profile: designer });
    const items = await match(c.id, people[2]!, { ...BRIEF, excludeMemberIds: [people[3]!.memberId] });
    const ids = items.map((i) => i.member.id);
    expect(ids).not.toContain(people[2]!.memberId);
    expect(ids).not.toContain(people[3]!.memberId);
    expect(ids).not.toContain(gone.memberId);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('finds a member whose worked example describes the work even when no skill slug matches', async () => {
    const writer = await member(t, c.id, { headline: 'Generalist', skills: [] });
    await endorse(t, c.id, people[0]!, writer, {
      skills: ['editing'],
      title: 'Annual report for a river conservation charity',
      description:
        'Edited and restructured the annual report of a river conservation charity, interviewed volunteers, and rewrote the donor section so that it read like a story instead of a ledger.',
    });
    const items = await match(c.id, c.owner, {
      brief: 'We need someone to edit the annual report of our conservation charity',
    });
    expect(items[0]?.member.id).toBe(writer.memberId);
    expect(items[0]!.components.fit).toBeGreaterThan(0);
  });

  it('respects limit and orders by score', async () => {
    const items = await match(c.id, c.owner, { ...BRIEF, limit: 2 });
    expect(items).toHaveLength(2);
    expect(items[0]!.score).toBeGreaterThanOrEqual(items[1]!.score);
  });

  it('rejects bad input with pointers', async () => {
    const response = await call(t, c.owner, 'POST', `/v1/collectives/${c.id}/matches`, {
      brief: '',
      limit: 51,
      skills: ['!!!'],
      startsOn: 'soon',
      excludeMemberIds: ['x'],
    });
    expect(response.statusCode).toBe(400);
    const pointers = response.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/brief', '/limit', '/skills/0', '/startsOn', '/excludeMemberIds/0']),
    );
  });

  it('answers 404 to outsiders, exactly as for a collective that does not exist', async () => {
    const outsider = await createAccount(t);
    for (const collectiveId of [c.id, '00000000-0000-4000-8000-000000000000']) {
      const response = await call(t, outsider, 'POST', `/v1/collectives/${collectiveId}/matches`, BRIEF);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'COLLECTIVE_NOT_FOUND' });
    }
  });

  it('matchJob excludes the poster and uses the job’s own text and skills', async () => {
    const poster = people[1]!;
    const created = await call(t, poster, 'POST', `/v1/collectives/${c.id}/jobs`, {
      title: 'Tea packaging redesign',
      brief: 'Brand identity and packaging for a tea company',
      skills: ['brand-design'],
    });
    expect(created.statusCode).toBe(201);
    const jobId = created.json<{ id: string }>().id;
    const response = await call(
      t,
      people[4]!,
      'GET',
      `/v1/collectives/${c.id}/jobs/${jobId}/matches?limit=20`,
    );
    expect(response.statusCode).toBe(200);
    const ids = response.json<{ items: MatchItem[] }>().items.map((i) => i.member.id);
    expect(ids).not.toContain(poster.memberId);
    expect(ids).not.toContain(people[4]!.memberId);
    expect(ids.length).toBeGreaterThan(0);
    const missing = await call(
      t,
      poster,
      'GET',
      `/v1/collectives/${c.id}/jobs/00000000-0000-4000-8000-000000000000/matches`,
    );
    expect(missing.statusCode).toBe(404);
  });
});

describe('several API instances', () => {
  it('an instance with a cached graph sees a retraction made through another instance', async () => {
    const other = await createTestApp({ databaseUrl: t.databaseUrl });
    try {
      const { collective: c, asker, contact } = await askerWithContact(t);
      const candidate = await member(t, c.id, designer);
      const endorsementId = await endorse(t, c.id, contact, candidate);

      // This instance builds and caches the collective's graph.
      const before = (await match(c.id, asker)).find((i) => i.member.id === candidate.memberId)!;
      expect(before.components.trust).toBeGreaterThan(0);

      const retract = await endorsementAction(other, contact, c.id, endorsementId, 'retract');
      expect(retract.statusCode, retract.body).toBe(200);

      const after = (await match(c.id, asker)).find((i) => i.member.id === candidate.memberId)!;
      expect(after.components.trust).toBe(0);
      expect(after.components.evidence).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('an instance with cached activity sees a referral offered through another instance', async () => {
    const other = await createTestApp({ databaseUrl: t.databaseUrl });
    try {
      const { c, asker, candidate } = await endorsedCandidate();
      expect((await resultFor(c.id, asker, candidate)).components.rotation).toBe(1);

      const job = await postJob(other, asker);
      const offered = await refer(other, asker, job.id, candidate.memberId);
      expect(offered.statusCode, offered.body).toBe(201);

      expect((await resultFor(c.id, asker, candidate)).components.rotation).toBe(0.5);
    } finally {
      await other.close();
    }
  });
});

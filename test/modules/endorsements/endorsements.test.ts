import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  endorse,
  endorseOk,
  endorsementBody,
  endorsementsUrl,
  endorsementUrl,
  insertHandoff,
  listOf,
  VALID_DESCRIPTION,
  type EndorsementView,
} from '../../support/endorsements.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { allEvents, call, expectProblem, type Page } from '../../support/http.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A collective with its owner (an admin) and three plain members. */
async function circle() {
  const collective = await createCollective(t);
  const [anna, ben, cara] = await Promise.all([
    addMember(t, collective.id),
    addMember(t, collective.id),
    addMember(t, collective.id),
  ]);
  return { collectiveId: collective.id, owner: collective.owner, anna, ben, cara };
}

describe('createEndorsement', () => {
  let c: Awaited<ReturnType<typeof circle>>;
  let created: EndorsementView;

  beforeAll(async () => {
    c = await circle();
    const response = await endorse(
      t,
      c.anna,
      c.ben.memberId,
      endorsementBody({ skills: ['Service Design', 'ux-research', 'UX Research'] }),
    );
    expect(response.statusCode, response.body).toBe(201);
    created = response.json<EndorsementView>();
  });

  it('201 with the SPEC fields, skills normalised to slugs and de-duplicated', () => {
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      endorserId: c.anna.memberId,
      endorseeId: c.ben.memberId,
      skills: ['service-design', 'ux-research'],
      relationship: { kind: 'worked_together', since: '2021-03-01' },
      example: {
        title: 'Onboarding research for a regional bank',
        description: VALID_DESCRIPTION,
        endorseeRole: 'Lead researcher',
        outcome: 'Onboarding drop-off fell from 38% to 21% within two releases.',
        startedOn: '2023-01-09',
        endedOn: '2023-03-31',
        evidenceUrls: ['https://example.com/case-study'],
      },
      referralId: null,
      verifiedByHandoff: false,
      status: 'active',
      hidden: false,
      createdAt: expect.any(String),
      retractedAt: null,
    });
    expect(new Date(created.createdAt).toISOString()).toBe(created.createdAt);
    expect(Math.abs(Date.now() - Date.parse(created.createdAt))).toBeLessThan(60_000);
  });

  it('getEndorsement returns the same record, to any member of the collective', async () => {
    const response = await call(t, c.cara, 'GET', endorsementUrl(c.collectiveId, created.id));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual(created);
  });

  it('optional example fields come back as null and []; text fields are trimmed', async () => {
    const body = endorsementBody({
      example: { title: '  Copy review for a museum app  ', endedOn: undefined, evidenceUrls: undefined },
    });
    const endorsement = await endorseOk(t, c.anna, c.cara.memberId, body);
    expect(endorsement.example).toMatchObject({
      title: 'Copy review for a museum app',
      endedOn: null,
      evidenceUrls: [],
    });
  });

  it('records endorsement.given, seen by admins and by the endorsee, not by a bystander', async () => {
    const given = (await allEvents(t, c.owner, c.collectiveId)).filter(
      (e) => e.type === 'endorsement.given' && e.subject.id === created.id,
    );
    expect(given).toEqual([
      {
        id: expect.any(String),
        seq: expect.any(Number),
        type: 'endorsement.given',
        actorMemberId: c.anna.memberId,
        subject: { type: 'endorsement', id: created.id },
        data: expect.objectContaining({
          skills: ['service-design', 'ux-research'],
          verifiedByHandoff: false,
        }),
        createdAt: expect.any(String),
      },
    ]);
    const seenBy = async (member: TestMember) =>
      (await allEvents(t, member, c.collectiveId)).some((e) => e.subject.id === created.id);
    expect(await seenBy(c.ben)).toBe(true);
    expect(await seenBy(c.anna)).toBe(true);
    expect(await seenBy(c.cara)).toBe(false);
  });

  it('appears in the endorsee received list and in the endorser given list', async () => {
    expect((await listOf(t, c.cara, c.ben.memberId)).map((e) => e.id)).toContain(created.id);
    expect((await listOf(t, c.cara, c.anna.memberId, 'direction=given')).map((e) => e.id)).toContain(
      created.id,
    );
    expect((await listOf(t, c.cara, c.anna.memberId)).map((e) => e.id)).not.toContain(created.id);
  });
});

describe('who can endorse whom', () => {
  let c: Awaited<ReturnType<typeof circle>>;

  beforeAll(async () => {
    c = await circle();
  });

  it('422 CANNOT_ENDORSE_SELF', async () => {
    const response = await endorse(t, c.anna, c.anna.memberId);
    expectProblem(response, 422, 'CANNOT_ENDORSE_SELF');
  });

  it.each(['left', 'removed'] as const)(
    '422 ENDORSEE_NOT_ACTIVE for an endorsee who has %s',
    async (status) => {
      const gone = await addMember(t, c.collectiveId, { status });
      expectProblem(await endorse(t, c.anna, gone.memberId), 422, 'ENDORSEE_NOT_ACTIVE');
    },
  );

  it('404 MEMBER_NOT_FOUND for a real member of another collective, and for an unknown id', async () => {
    const elsewhere = await createCollective(t);
    const stranger = await addMember(t, elsewhere.id);
    expectProblem(await endorse(t, c.anna, stranger.memberId), 404, 'MEMBER_NOT_FOUND');
    expectProblem(await endorse(t, c.anna, randomUUID()), 404, 'MEMBER_NOT_FOUND');
  });

  it('404 COLLECTIVE_NOT_FOUND for a caller who is not an active member', async () => {
    const elsewhere = await createCollective(t);
    const outsider = await addMember(t, elsewhere.id);
    const response = await call(
      t,
      outsider,
      'POST',
      endorsementsUrl(c.collectiveId, c.ben.memberId),
      endorsementBody(),
    );
    expectProblem(response, 404, 'COLLECTIVE_NOT_FOUND');

    const former = await addMember(t, c.collectiveId, { status: 'left' });
    expectProblem(await endorse(t, former, c.ben.memberId), 404, 'COLLECTIVE_NOT_FOUND');
  });

  it('nothing was stored by the refused requests', async () => {
    expect(await listOf(t, c.owner, c.anna.memberId, 'direction=given&includeRetracted=true')).toEqual([]);
    expect(await listOf(t, c.owner, c.ben.memberId, 'includeRetracted=true')).toEqual([]);
  });
});

describe('one example, one endorsement', () => {
  let c: Awaited<ReturnType<typeof circle>>;

  beforeAll(async () => {
    c = await circle();
  });

  it('409 DUPLICATE_EXAMPLE for the same endorser, endorsee and title, whatever the case', async () => {
    await endorseOk(
      t,
      c.anna,
      c.ben.memberId,
      endorsementBody({ example: { title: 'Checkout Usability Study' } }),
    );
    const again = await endorse(
      t,
      c.anna,
      c.ben.memberId,
      endorsementBody({ skills: ['copywriting'], example: { title: '  checkout usability STUDY ' } }),
    );
    expectProblem(again, 409, 'DUPLICATE_EXAMPLE');
    expect(await listOf(t, c.ben, c.ben.memberId)).toHaveLength(1);
  });

  it('case-insensitive beyond ASCII too: "Überarbeitung der Website" and "überarbeitung der website"', async () => {
    await endorseOk(
      t,
      c.owner,
      c.ben.memberId,
      endorsementBody({ example: { title: 'Überarbeitung der Website' } }),
    );
    const again = await endorse(
      t,
      c.owner,
      c.ben.memberId,
      endorsementBody({ example: { title: 'überarbeitung der website' } }),
    );
    expectProblem(again, 409, 'DUPLICATE_EXAMPLE');
  });

  it('a different title, or the same title from another endorser or for another endorsee, is fine', async () => {
    const title = { example: { title: 'Checkout Usability Study' } };
    await endorseOk(
      t,
      c.anna,
      c.ben.memberId,
      endorsementBody({ example: { title: 'Checkout study, part two' } }),
    );
    await endorseOk(t, c.cara, c.ben.memberId, endorsementBody(title));
    await endorseOk(t, c.anna, c.cara.memberId, endorsementBody(title));
    expect(await listOf(t, c.ben, c.ben.memberId)).toHaveLength(4);
  });

  it('two concurrent requests with the same example: one 201, one 409 DUPLICATE_EXAMPLE', async () => {
    const body = endorsementBody({ example: { title: 'Concurrent example' } });
    const responses = await Promise.all([
      endorse(t, c.ben, c.cara.memberId, body),
      endorse(t, c.ben, c.cara.memberId, body),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const conflict = responses.find((r) => r.statusCode === 409)!;
    expectProblem(conflict, 409, 'DUPLICATE_EXAMPLE');
  });

  it('Idempotency-Key: a retry with the same key and body replays the first 201 (SPEC 6)', async () => {
    const key = randomUUID();
    const body = endorsementBody({ example: { title: 'Retried over a flaky network' } });
    const first = await endorse(t, c.cara, c.anna.memberId, body, { 'idempotency-key': key });
    expect(first.statusCode, first.body).toBe(201);
    const retry = await endorse(t, c.cara, c.anna.memberId, body, { 'idempotency-key': key });
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.json<EndorsementView>().id).toBe(first.json<EndorsementView>().id);

    const otherBody = endorsementBody({ example: { title: 'Something else entirely' } });
    const reused = await endorse(t, c.cara, c.anna.memberId, otherBody, { 'idempotency-key': key });
    expectProblem(reused, 422, 'IDEMPOTENCY_KEY_REUSED');
  });
});

describe('verified by handoff', () => {
  let c: Awaited<ReturnType<typeof circle>>;

  beforeAll(async () => {
    c = await circle();
  });

  const titled = (referralId: string) =>
    endorsementBody({ referralId, example: { title: `Work from handoff ${referralId.slice(0, 8)}` } });

  it('an accepted handoff with an outcome from the endorser to the endorsee: verifiedByHandoff true', async () => {
    const referralId = await insertHandoff(t, {
      collectiveId: c.collectiveId,
      from: c.anna.memberId,
      to: c.ben.memberId,
    });
    const endorsement = await endorseOk(t, c.anna, c.ben.memberId, titled(referralId));
    expect(endorsement).toMatchObject({ referralId, verifiedByHandoff: true });

    const events = await allEvents(t, c.owner, c.collectiveId);
    const given = events.find((e) => e.type === 'endorsement.given' && e.subject.id === endorsement.id);
    expect(given?.data).toMatchObject({ verifiedByHandoff: true });
  });

  it('the other direction counts too, and any recorded outcome does', async () => {
    const referralId = await insertHandoff(t, {
      collectiveId: c.collectiveId,
      from: c.ben.memberId,
      to: c.anna.memberId,
      outcome: 'lost',
    });
    const endorsement = await endorseOk(t, c.anna, c.ben.memberId, titled(referralId));
    expect(endorsement).toMatchObject({ referralId, verifiedByHandoff: true });
  });

  it('without a referralId the endorsement is not verified', async () => {
    const endorsement = await endorseOk(t, c.cara, c.ben.memberId);
    expect(endorsement).toMatchObject({ referralId: null, verifiedByHandoff: false });
  });

  const unverifiable: [string, () => Promise<string>][] = [
    [
      'offered but not accepted',
      () =>
        insertHandoff(t, {
          collectiveId: c.collectiveId,
          from: c.anna.memberId,
          to: c.ben.memberId,
          status: 'offered',
        }),
    ],
    [
      'accepted without an outcome',
      () =>
        insertHandoff(t, {
          collectiveId: c.collectiveId,
          from: c.anna.memberId,
          to: c.ben.memberId,
          status: 'accepted',
          outcome: null,
        }),
    ],
    [
      'declined',
      () =>
        insertHandoff(t, {
          collectiveId: c.collectiveId,
          from: c.ben.memberId,
          to: c.anna.memberId,
          status: 'declined',
        }),
    ],
    [
      'between the endorser and another member',
      () => insertHandoff(t, { collectiveId: c.collectiveId, from: c.anna.memberId, to: c.cara.memberId }),
    ],
    [
      'between two other members',
      () => insertHandoff(t, { collectiveId: c.collectiveId, from: c.cara.memberId, to: c.owner.memberId }),
    ],
    [
      'in another collective',
      async () => {
        const elsewhere = await createCollective(t);
        const member = await addMember(t, elsewhere.id);
        return insertHandoff(t, {
          collectiveId: elsewhere.id,
          from: elsewhere.owner.memberId,
          to: member.memberId,
        });
      },
    ],
    ['a random uuid', () => Promise.resolve(randomUUID())],
  ];

  it.each(unverifiable)('422 REFERRAL_NOT_VERIFIABLE for a referral %s', async (_name, makeReferral) => {
    const referralId = await makeReferral();
    const response = await endorse(t, c.anna, c.ben.memberId, titled(referralId));
    expectProblem(response, 422, 'REFERRAL_NOT_VERIFIABLE');
  });

  it('nothing was stored by the refused requests', async () => {
    const given = await listOf(t, c.anna, c.anna.memberId, 'direction=given&includeRetracted=true');
    expect(given.every((e) => e.verifiedByHandoff)).toBe(true);
    expect(given).toHaveLength(2);
  });
});

describe('listEndorsements', () => {
  let c: Awaited<ReturnType<typeof circle>>;
  const ids: string[] = [];

  beforeAll(async () => {
    c = await circle();
    for (const endorser of [c.anna, c.cara, c.owner, c.anna, c.cara]) {
      ids.push((await endorseOk(t, endorser, c.ben.memberId)).id);
    }
  });

  it('pages newest first with a cursor, every endorsement exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await call(
        t,
        c.anna,
        'GET',
        `${endorsementsUrl(c.collectiveId, c.ben.memberId)}${query}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<Page<EndorsementView>>();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual([...ids].sort());
    // The pages, joined, are the one-page list: newest first (ties broken by id).
    const all = await listOf(t, c.anna, c.ben.memberId, 'limit=100');
    expect(seen).toEqual(all.map((e) => e.id));
    const times = all.map((e) => Date.parse(e.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('given lists what a member gave', async () => {
    const given = await listOf(t, c.ben, c.anna.memberId, 'direction=given');
    expect(given.map((e) => e.id)).toEqual([ids[3], ids[0]]);
  });

  it.each(['direction=sideways', 'includeRetracted=yes', 'limit=101', 'limit=0', 'sort=score'])(
    '400 for the query %s',
    async (query) => {
      const response = await call(
        t,
        c.anna,
        'GET',
        `${endorsementsUrl(c.collectiveId, c.ben.memberId)}?${query}`,
      );
      expectProblem(response, 400, 'VALIDATION_FAILED');
    },
  );

  it.each([
    ['not base64 JSON', 'garbage'],
    ['the wrong shape', Buffer.from(JSON.stringify({ at: 1 })).toString('base64url')],
    [
      'a well-formed key of nonsense',
      Buffer.from(JSON.stringify(['yesterday', 'abc'])).toString('base64url'),
    ],
    [
      'a date and a non-uuid id',
      Buffer.from(JSON.stringify([new Date().toISOString(), 'abc'])).toString('base64url'),
    ],
  ])('400, never 500, for a cursor that is %s', async (_what, cursor) => {
    const url = `${endorsementsUrl(c.collectiveId, c.ben.memberId)}?cursor=${cursor}`;
    const response = await call(t, c.anna, 'GET', url);
    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/cursor']);
  });

  it('404 MEMBER_NOT_FOUND for a member id that is not of this collective', async () => {
    const response = await call(t, c.anna, 'GET', endorsementsUrl(c.collectiveId, randomUUID()));
    expectProblem(response, 404, 'MEMBER_NOT_FOUND');
  });
});

describe('the published contract', () => {
  interface Operation {
    operationId?: string;
    tags?: string[];
    summary?: string;
    security?: unknown[];
    responses: Record<string, unknown>;
  }
  let paths: Record<string, Record<string, Operation>>;

  beforeAll(async () => {
    const response = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    paths = response.json<{ paths: Record<string, Record<string, Operation>> }>().paths;
  });

  const c = '/v1/collectives/{collectiveId}';
  it.each([
    [
      'createEndorsement',
      'post',
      `${c}/members/{memberId}/endorsements`,
      ['201', '400', '401', '404', '409', '422'],
    ],
    ['listEndorsements', 'get', `${c}/members/{memberId}/endorsements`, ['200', '400', '401', '404']],
    ['getEndorsement', 'get', `${c}/endorsements/{endorsementId}`, ['200', '400', '401', '404']],
    [
      'retractEndorsement',
      'post',
      `${c}/endorsements/{endorsementId}/retract`,
      ['200', '401', '403', '404', '409'],
    ],
    [
      'getEndorsementCredential',
      'get',
      `${c}/endorsements/{endorsementId}/credential`,
      ['200', '401', '404'],
    ],
    ['verifyEndorsementCredential', 'post', '/v1/credentials/verify', ['200', '400']],
  ])('%s is %s %s, with a tag, a summary and its statuses', (operationId, method, path, statuses) => {
    const operation = paths[path]?.[method];
    expect(operation?.operationId).toBe(operationId);
    expect(operation?.tags?.length).toBeGreaterThan(0);
    expect(operation?.summary).toEqual(expect.any(String));
    expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(statuses));
    // Member routes need a bearer token; checking a credential does not.
    expect((operation?.security ?? []).length > 0).toBe(operationId !== 'verifyEndorsementCredential');
  });

  it('createEndorsement answers 413 for a body over 64 KiB, and declares it', async () => {
    const c2 = await circle();
    const body = endorsementBody({ example: { description: `${VALID_DESCRIPTION} `.repeat(400) } });
    expect(JSON.stringify(body).length).toBeGreaterThan(64 * 1024);
    expectProblem(await endorse(t, c2.anna, c2.ben.memberId, body), 413, 'PAYLOAD_TOO_LARGE');
    expect(Object.keys(paths[`${c}/members/{memberId}/endorsements`]?.post?.responses ?? {})).toContain(
      '413',
    );
  });
});

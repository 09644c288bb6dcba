import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  endorseOk,
  endorsementAction,
  endorsementUrl,
  listOf,
  type EndorsementView,
} from '../../support/endorsements.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { allEvents, call, expectProblem } from '../../support/http.js';

/**
 * Endorsements are never edited or deleted: the endorser retracts (it stays on record,
 * marked), the endorsee hides one from their profile (it stays on record, seen by the two of
 * them and by admins).
 */
let t: TestApp;
let collectiveId: string;
let owner: TestMember;
let admin: TestMember;
let endorser: TestMember;
let endorsee: TestMember;
let bystander: TestMember;

beforeAll(async () => {
  t = await createTestApp();
  const collective = await createCollective(t);
  collectiveId = collective.id;
  owner = collective.owner;
  admin = await addMember(t, collectiveId, { role: 'admin' });
  endorser = await addMember(t, collectiveId);
  endorsee = await addMember(t, collectiveId);
  bystander = await addMember(t, collectiveId);
});
afterAll(() => t.close());

const action = (caller: TestMember, id: string, verb: 'retract' | 'hide' | 'unhide', payload?: unknown) =>
  endorsementAction(t, caller, collectiveId, id, verb, payload);

const get = (caller: TestMember, id: string) => call(t, caller, 'GET', endorsementUrl(collectiveId, id));

const idsOf = (items: EndorsementView[]) => items.map((e) => e.id);

describe('retractEndorsement', () => {
  let endorsement: EndorsementView;

  beforeEach(async () => {
    endorsement = await endorseOk(t, endorser, endorsee.memberId);
  });

  it.each([
    ['the endorsee', () => endorsee],
    ['a third member', () => bystander],
    ['an admin', () => admin],
    ['the owner', () => owner],
  ])('403 NOT_ENDORSER when %s retracts, and nothing changes', async (_who, caller) => {
    expectProblem(await action(caller(), endorsement.id, 'retract', {}), 403, 'NOT_ENDORSER');
    const after = await get(endorser, endorsement.id);
    expect(after.json<EndorsementView>()).toMatchObject({ status: 'active', retractedAt: null });
  });

  it('the endorser retracts: 200, marked retracted, and the record stays', async () => {
    const response = await action(endorser, endorsement.id, 'retract');
    expect(response.statusCode, response.body).toBe(200);
    const retracted = response.json<EndorsementView>();
    expect(retracted).toEqual({
      ...endorsement,
      status: 'retracted',
      retractedAt: expect.any(String),
    });
    expect(Date.parse(retracted.retractedAt!)).toBeGreaterThanOrEqual(Date.parse(endorsement.createdAt));

    for (const caller of [endorser, endorsee, bystander, admin]) {
      const seen = await get(caller, endorsement.id);
      expect(seen.statusCode, seen.body).toBe(200);
      expect(seen.json()).toEqual(retracted);
    }
  });

  it('accepts {} as the body; any other field is a 400', async () => {
    expectProblem(
      await action(endorser, endorsement.id, 'retract', { reason: 'changed my mind' }),
      400,
      'VALIDATION_FAILED',
    );
    const response = await action(endorser, endorsement.id, 'retract', {});
    expect(response.statusCode, response.body).toBe(200);
  });

  it('409 ALREADY_RETRACTED the second time, retractedAt unchanged', async () => {
    const first = (await action(endorser, endorsement.id, 'retract')).json<EndorsementView>();
    expectProblem(await action(endorser, endorsement.id, 'retract'), 409, 'ALREADY_RETRACTED');
    expect((await get(endorser, endorsement.id)).json<EndorsementView>().retractedAt).toBe(first.retractedAt);
  });

  it('two concurrent retractions: one 200, one 409 ALREADY_RETRACTED', async () => {
    const responses = await Promise.all([
      action(endorser, endorsement.id, 'retract'),
      action(endorser, endorsement.id, 'retract'),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const events = (await allEvents(t, owner, collectiveId)).filter(
      (e) => e.type === 'endorsement.retracted' && e.subject.id === endorsement.id,
    );
    expect(events).toHaveLength(1);
  });

  it('default lists (received and given) hide it; includeRetracted=true shows it', async () => {
    await action(endorser, endorsement.id, 'retract');
    for (const caller of [endorsee, bystander]) {
      expect(idsOf(await listOf(t, caller, endorsee.memberId))).not.toContain(endorsement.id);
      expect(idsOf(await listOf(t, caller, endorser.memberId, 'direction=given'))).not.toContain(
        endorsement.id,
      );
      expect(idsOf(await listOf(t, caller, endorsee.memberId, 'includeRetracted=true'))).toContain(
        endorsement.id,
      );
      expect(
        idsOf(await listOf(t, caller, endorser.memberId, 'direction=given&includeRetracted=true')),
      ).toContain(endorsement.id);
      expect(idsOf(await listOf(t, caller, endorsee.memberId, 'includeRetracted=false'))).not.toContain(
        endorsement.id,
      );
    }
    const shown = (await listOf(t, endorsee, endorsee.memberId, 'includeRetracted=true')).find(
      (e) => e.id === endorsement.id,
    );
    expect(shown).toMatchObject({ status: 'retracted', retractedAt: expect.any(String) });
  });

  it('records endorsement.retracted once, by the endorser, seen by the endorsee', async () => {
    await action(endorser, endorsement.id, 'retract');
    await action(endorser, endorsement.id, 'retract');
    await action(endorsee, endorsement.id, 'retract');
    const retracted = (await allEvents(t, owner, collectiveId)).filter(
      (e) => e.type === 'endorsement.retracted' && e.subject.id === endorsement.id,
    );
    expect(retracted).toEqual([
      expect.objectContaining({
        actorMemberId: endorser.memberId,
        subject: { type: 'endorsement', id: endorsement.id },
      }),
    ]);
    const endorseeSees = await allEvents(t, endorsee, collectiveId);
    expect(
      endorseeSees.some((e) => e.type === 'endorsement.retracted' && e.subject.id === endorsement.id),
    ).toBe(true);
  });
});

describe('never edited or deleted', () => {
  it('there is no route to edit or delete an endorsement', async () => {
    const endorsement = await endorseOk(t, endorser, endorsee.memberId);
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
      const response = await call(t, endorser, method, endorsementUrl(collectiveId, endorsement.id), {
        example: { title: 'Rewritten history' },
      });
      expect(response.statusCode, `${method}: ${response.body}`).toBe(404);
    }
    expect((await get(endorser, endorsement.id)).json()).toEqual(endorsement);
  });
});

describe('hideEndorsement and unhideEndorsement', () => {
  let endorsement: EndorsementView;

  beforeEach(async () => {
    endorsement = await endorseOk(t, endorser, endorsee.memberId);
  });

  it.each([
    ['the endorser', () => endorser],
    ['a third member', () => bystander],
    ['an admin', () => admin],
  ])('403 NOT_ENDORSEE when %s hides or unhides', async (_who, caller) => {
    expectProblem(await action(caller(), endorsement.id, 'hide'), 403, 'NOT_ENDORSEE');
    expectProblem(await action(caller(), endorsement.id, 'unhide'), 403, 'NOT_ENDORSEE');
    expect((await get(bystander, endorsement.id)).json<EndorsementView>().hidden).toBe(false);
  });

  it('the endorsee hides it: a third member no longer sees it, in lists or by id', async () => {
    const response = await action(endorsee, endorsement.id, 'hide', {});
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<EndorsementView>()).toEqual({ ...endorsement, hidden: true });

    expect(idsOf(await listOf(t, bystander, endorsee.memberId))).not.toContain(endorsement.id);
    expect(idsOf(await listOf(t, bystander, endorsee.memberId, 'includeRetracted=true'))).not.toContain(
      endorsement.id,
    );
    expect(idsOf(await listOf(t, bystander, endorser.memberId, 'direction=given'))).not.toContain(
      endorsement.id,
    );
    expectProblem(await get(bystander, endorsement.id), 404, 'ENDORSEMENT_NOT_FOUND');
  });

  it('the endorsee, the endorser and admins still see it, marked hidden', async () => {
    await action(endorsee, endorsement.id, 'hide');
    for (const caller of [endorsee, endorser, admin, owner]) {
      const response = await get(caller, endorsement.id);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<EndorsementView>()).toMatchObject({
        id: endorsement.id,
        hidden: true,
        status: 'active',
      });
    }
    const own = (await listOf(t, endorsee, endorsee.memberId)).find((e) => e.id === endorsement.id);
    expect(own).toMatchObject({ hidden: true });
    const given = (await listOf(t, endorser, endorser.memberId, 'direction=given')).find(
      (e) => e.id === endorsement.id,
    );
    expect(given).toMatchObject({ hidden: true });
    for (const caller of [admin, owner]) {
      const listed = (await listOf(t, caller, endorsee.memberId)).find((e) => e.id === endorsement.id);
      expect(listed).toMatchObject({ hidden: true });
    }
  });

  it('hiding twice is harmless; unhide restores it for everyone', async () => {
    expect((await action(endorsee, endorsement.id, 'hide')).statusCode).toBe(200);
    expect((await action(endorsee, endorsement.id, 'hide')).statusCode).toBe(200);
    const response = await action(endorsee, endorsement.id, 'unhide');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<EndorsementView>()).toEqual({ ...endorsement, hidden: false });

    expect(idsOf(await listOf(t, bystander, endorsee.memberId))).toContain(endorsement.id);
    const seen = await get(bystander, endorsement.id);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<EndorsementView>().hidden).toBe(false);
  });

  it('a hidden endorsement stays hidden from others after it is retracted; the endorser can still retract it', async () => {
    await action(endorsee, endorsement.id, 'hide');
    const retracted = await action(endorser, endorsement.id, 'retract');
    expect(retracted.statusCode, retracted.body).toBe(200);
    expect(retracted.json<EndorsementView>()).toMatchObject({ status: 'retracted', hidden: true });
    expect(idsOf(await listOf(t, bystander, endorsee.memberId, 'includeRetracted=true'))).not.toContain(
      endorsement.id,
    );
    expectProblem(await get(bystander, endorsement.id), 404, 'ENDORSEMENT_NOT_FOUND');
  });

  it('records endorsement.hidden and endorsement.unhidden by the endorsee', async () => {
    await action(endorsee, endorsement.id, 'hide');
    await action(endorsee, endorsement.id, 'unhide');
    const types = (await allEvents(t, owner, collectiveId))
      .filter((e) => e.subject.id === endorsement.id && e.actorMemberId === endorsee.memberId)
      .map((e) => e.type)
      .reverse();
    expect(types).toEqual(['endorsement.hidden', 'endorsement.unhidden']);
  });
});

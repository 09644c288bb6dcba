import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuildMemories, thesaurusTrades } from '../../../src/modules/matching/matching.builder.js';
import { buildModelData, type ModelData } from '../../../src/modules/matching/matching.model.js';
import { trustOfAsker } from '../../../src/modules/matching/matching.scoring.js';
import { tradeShares } from '../../../src/modules/matching/matching.trades.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { endorsementAction, endorsementBody, endorseOk } from '../../support/endorsements.js';
import { createCollective, type TestCollective, type TestMember } from '../../support/factories.js';
import { endorse, member } from '../../support/graph.js';
import { call } from '../../support/http.js';

/**
 * A builder that remembers a collective's last read (BuildMemory) reads again only the
 * endorsements that changed. Whatever happened in between, its model must be exactly the one a
 * build reading everything makes from the same snapshot.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { MATCHING_WORKER: 'false' } });
});
afterAll(() => t.close());

const NOW = new Date('2026-12-01T12:00:00Z');

/**
 * The model without what depends on the build rather than the data (its size counts the read's
 * label; the snapshot names transactions of the whole server, other tests' included).
 */
function comparable(data: ModelData | undefined) {
  if (!data) throw new Error('no model');
  const { buildMs: _ms, endorsementsRead: _read, bytes: _bytes, snapshot: _snapshot, ...model } = data;
  return model;
}

async function bothBuilds(c: TestCollective, memoryOf: ReturnType<typeof createBuildMemories>) {
  const remembered = await buildModelData(t.db, c.id, NOW, memoryOf(c.id));
  const fresh = await buildModelData(t.db, c.id, NOW);
  expect(comparable(remembered)).toEqual(comparable(fresh));
  return remembered!.endorsementsRead;
}

describe('builds that read only what changed', () => {
  let c: TestCollective;
  let people: TestMember[];
  const memoryOf = createBuildMemories();

  beforeAll(async () => {
    c = await createCollective(t);
    people = [c.owner];
    for (let i = 0; i < 5; i += 1) {
      people.push(await member(t, c.id, { headline: `Designer ${i}`, skills: ['brand-design'] }));
    }
    for (let i = 1; i < people.length; i += 1) await endorseOk(t, people[i - 1]!, people[i]!.memberId);
    expect(await bothBuilds(c, memoryOf)).toBe('all');
  });

  it('a new endorsement, a retraction, a hidden and an unhidden one: read as changes, same model', async () => {
    const given = await endorseOk(t, people[2]!, people[4]!.memberId);
    expect(await bothBuilds(c, memoryOf)).toBe('changed');

    const retracted = await endorseOk(t, people[3]!, people[1]!.memberId);
    expect(await bothBuilds(c, memoryOf)).toBe('changed');
    expect((await endorsementAction(t, people[3]!, c.id, retracted.id, 'retract')).statusCode).toBe(200);
    expect(await bothBuilds(c, memoryOf)).toBe('changed');

    expect((await endorsementAction(t, people[4]!, c.id, given.id, 'hide')).statusCode).toBe(200);
    expect(await bothBuilds(c, memoryOf)).toBe('changed');
    expect((await endorsementAction(t, people[4]!, c.id, given.id, 'unhide')).statusCode).toBe(200);
    expect(await bothBuilds(c, memoryOf)).toBe('changed');
  });

  it('a profile edit and a member leaving: read as changes, same model', async () => {
    const edited = await call(
      t,
      people[1]!,
      'PATCH',
      `/v1/collectives/${c.id}/members/${people[1]!.memberId}`,
      {
        headline: 'Packaging designer for tea brands',
        availability: { status: 'unavailable' },
      },
    );
    expect(edited.statusCode, edited.body).toBe(200);
    const leaving = people[5]!;
    const left = await call(t, leaving, 'DELETE', `/v1/collectives/${c.id}/members/${leaving.memberId}`);
    expect(left.statusCode).toBe(204);
    expect(await bothBuilds(c, memoryOf)).toBe('changed');
  });

  it('a change that records no event (the graph version moved unexplained) is read in full', async () => {
    // The test helper inserts a row and bumps graph_version itself, as a language change's
    // re-indexing does: the remembered rows cannot be trusted, so everything is read again.
    await endorse(t, c.id, people[1]!, people[3]!, { title: 'Written behind the events' });
    expect(await bothBuilds(c, memoryOf)).toBe('all');
    expect(await bothBuilds(c, memoryOf)).toBe('changed');
  });

  it('a language change re-indexes every text, and the next build reads them all', async () => {
    const changed = await call(t, c.owner, 'PATCH', `/v1/collectives/${c.id}`, { language: 'de' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await bothBuilds(c, memoryOf)).toBe('all');
  });

  it('a new endorsement made while nothing else changed is in the model that remembers', async () => {
    const before = await buildModelData(t.db, c.id, NOW, memoryOf(c.id));
    await endorseOk(
      t,
      people[4]!,
      people[2]!.memberId,
      endorsementBody({ example: { title: 'Dielines for a tea range' } }),
    );
    const after = await buildModelData(t.db, c.id, NOW, memoryOf(c.id));
    expect(after!.endorsementsRead).toBe('changed');
    expect(after!.index.endorseeOf.length).toBe(before!.index.endorseeOf.length + 1);
  });
});

describe('a build after availability changes only', () => {
  let c: TestCollective;
  let people: TestMember[];
  const memoryOf = createBuildMemories();
  const setAvailability = async (who: TestMember, availability: object) => {
    const res = await call(t, who, 'PATCH', `/v1/collectives/${c.id}/members/${who.memberId}`, {
      availability,
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  beforeAll(async () => {
    c = await createCollective(t);
    people = [c.owner];
    for (let i = 0; i < 3; i += 1) {
      people.push(await member(t, c.id, { headline: `Illustrator ${i}`, skills: ['illustration'] }));
    }
    for (let i = 1; i < people.length; i += 1) await endorseOk(t, people[i - 1]!, people[i]!.memberId);
  });

  it('patches the model it is given: shared graph and texts, the same model as a full read', async () => {
    const base = await buildModelData(t.db, c.id, NOW, memoryOf(c.id));
    await setAvailability(people[2]!, { status: 'limited', until: '2027-01-31' });
    await setAvailability(people[3]!, { status: 'unavailable' });
    const patched = await buildModelData(t.db, c.id, NOW, memoryOf(c.id), base);
    expect(patched!.endorsementsRead).toBe('none');
    expect(patched!.graph).toBe(base!.graph);
    expect(patched!.index.memberTerms).toBe(base!.index.memberTerms);
    expect(comparable(patched)).toEqual(comparable(await buildModelData(t.db, c.id, NOW)));
    const p = patched!.index.memberIndex.get(people[2]!.memberId)!;
    expect(patched!.index.members[p]!.availabilityStatus).toBe('limited');
    expect(base!.index.members[p]!.availabilityStatus).toBe('available');
    expect(patched!.index.availabilityEnds[p]).toBe(Date.parse('2027-01-31'));
  });

  it('builds anew when the caller holds no model of the remembered read, or a day has passed', async () => {
    const base = await buildModelData(t.db, c.id, NOW, memoryOf(c.id));
    await setAvailability(people[1]!, { status: 'unavailable' });
    expect((await buildModelData(t.db, c.id, NOW, memoryOf(c.id)))!.endorsementsRead).toBe('changed');
    await setAvailability(people[1]!, { status: 'available' });
    // The base is now two versions behind what the builder remembers.
    expect((await buildModelData(t.db, c.id, NOW, memoryOf(c.id), base))!.endorsementsRead).toBe('changed');

    const current = await buildModelData(t.db, c.id, NOW, memoryOf(c.id));
    await setAvailability(people[1]!, { status: 'limited' });
    const nextDay = new Date(NOW.getTime() + 24 * 60 * 60 * 1000);
    const built = await buildModelData(t.db, c.id, nextDay, memoryOf(c.id), current);
    expect(built!.endorsementsRead).toBe('changed');
    expect(comparable(built)).toEqual(comparable(await buildModelData(t.db, c.id, nextDay)));
  });

  it('builds anew after a profile edit or an endorsement, even with availability changed too', async () => {
    let base = await buildModelData(t.db, c.id, NOW, memoryOf(c.id));
    const edited = await call(
      t,
      people[2]!,
      'PATCH',
      `/v1/collectives/${c.id}/members/${people[2]!.memberId}`,
      {
        headline: 'Picture-book illustrator',
        availability: { status: 'available' },
      },
    );
    expect(edited.statusCode, edited.body).toBe(200);
    let built = await buildModelData(t.db, c.id, NOW, memoryOf(c.id), base);
    expect(built!.endorsementsRead).toBe('changed');
    expect(comparable(built)).toEqual(comparable(await buildModelData(t.db, c.id, NOW)));

    base = built;
    await endorseOk(t, people[3]!, people[1]!.memberId);
    await setAvailability(people[3]!, { status: 'available' });
    built = await buildModelData(t.db, c.id, NOW, memoryOf(c.id), base);
    expect(built!.endorsementsRead).toBe('changed');
    expect(comparable(built)).toEqual(comparable(await buildModelData(t.db, c.id, NOW)));
  });
});

describe('a build asked for askers', () => {
  it('comes with their trust, as the event loop would compute it on the new graph', async () => {
    const c = await createCollective(t);
    const a = await member(t, c.id, { headline: 'Designer', skills: ['brand-design'] });
    const b = await member(t, c.id, { headline: 'Developer', skills: ['web-development'] });
    await endorseOk(t, c.owner, a.memberId);
    await endorseOk(t, a, b.memberId);
    const asked = [c.owner.memberId, a.memberId, 'not-a-member'];
    const model = await buildModelData(t.db, c.id, NOW, undefined, undefined, asked);
    expect(model!.askers.map((x) => x.id)).toEqual(asked);
    for (const { id, trust } of model!.askers) {
      expect(trust).toEqual(trustOfAsker(model!.graph, model!.graphNode, id));
    }
    // The owner's walk reaches whom they vouched for, and through them whom that one vouched for.
    const reached = [...model!.askers[0]!.trust.positions].map((p) => model!.index.members[p]!.id);
    expect(reached).toEqual(expect.arrayContaining([a.memberId, b.memberId]));
    expect(model!.askers[2]!.trust.positions.length).toBe(0);
  });
});

describe('a build given the thesaurus', () => {
  it('comes with the members’ trade shares in the collective’s configuration, as a request would compute them', async () => {
    const c = await createCollective(t);
    await member(t, c.id, { headline: 'Packaging designer for food brands', skills: ['packaging-design'] });
    await member(t, c.id, { headline: 'Bookkeeper and payroll for small firms', skills: ['bookkeeping'] });
    const tradesOf = thesaurusTrades(t.db);
    const model = await buildModelData(t.db, c.id, NOW, undefined, undefined, [], tradesOf);
    const { rows } = await t.pool.query<{ text_search: string }>(
      'SELECT text_search FROM collectives WHERE id = $1',
      [c.id],
    );
    expect(model!.trades?.config).toBe(rows[0]!.text_search);
    const trades = await tradesOf('en', rows[0]!.text_search);
    expect(model!.trades?.shares).toEqual(tradeShares({ ...model!.index }, trades));
    expect(model!.trades!.shares.members.length).toBeGreaterThan(0);
    // Without a thesaurus (tests that build by hand), requests compute them.
    expect((await buildModelData(t.db, c.id, NOW))!.trades).toBeUndefined();
  });
});

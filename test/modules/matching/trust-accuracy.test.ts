import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildGraph,
  personalizedPageRank,
  type RawEdge,
} from '../../../src/modules/matching/matching.graph.js';
import { ageFactor, exampleQuality } from '../../../src/modules/matching/matching.scoring.js';
import { WEIGHTS } from '../../../src/modules/matching/matching.weights.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createCollective, type TestMember } from '../../support/factories.js';
import { endorseMany, graphChanged, handoffs, member } from '../../support/graph.js';
import { call } from '../../support/http.js';
import {
  collectiveGraph,
  collectiveTies,
  exactPageRank,
  tiesGraph,
  topKendallTau,
  type CollectiveShape,
} from '../../support/pagerank.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/**
 * The service's trust (`personalizedPageRank`) against the exact personalized PageRank (power
 * iteration to 1e-12, test/support/pagerank.ts), and the weights SPEC section 5 asks for.
 */

describe('introductions count weakly', () => {
  it('an introduction weighs at most half the weakest endorsement with a worked example', () => {
    // Both factors only grow, with more words and with age (checked below), so the weakest
    // endorsement is a new one with the shortest example.
    const weakest = exampleQuality(0) * ageFactor(0);
    for (let words = 0; words <= 500; words += 1)
      expect(exampleQuality(words)).toBeGreaterThanOrEqual(exampleQuality(0));
    for (let days = 0; days <= 20 * 365; days += 1)
      expect(ageFactor(days)).toBeGreaterThanOrEqual(ageFactor(0));
    expect(weakest).toBe(0.25);
    expect(WEIGHTS.trust.introduction).toBeLessThanOrEqual(weakest / 2);
  });
});

/**
 * The asker endorsed two contacts, who both endorsed an honest member. The second contact
 * introduced one member of a dense ring of 40 who all endorse each other; the first introduced
 * someone who introduced someone else, and so on, eleven times.
 */
function ringOf40() {
  const numbered = (name: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${name}-${String(i).padStart(2, '0')}`);
  const ring = numbered('ring', 40);
  const invited = numbered('invited', 11);
  const endorsement = exampleQuality(40) * ageFactor(30);
  const edges: RawEdge[] = [
    { from: 'asker', to: 'contact-1', weight: endorsement, label: 'worked_together' },
    { from: 'asker', to: 'contact-2', weight: endorsement, label: 'worked_together' },
    { from: 'contact-1', to: 'honest', weight: endorsement, label: 'worked_together' },
    { from: 'contact-2', to: 'honest', weight: endorsement, label: 'worked_together' },
    { from: 'contact-2', to: ring[0]!, weight: WEIGHTS.trust.introduction, label: 'introduced' },
    ...['contact-1', ...invited].slice(0, -1).map((from, i) => ({
      from,
      to: invited[i]!,
      weight: WEIGHTS.trust.introduction,
      label: 'introduced',
    })),
  ];
  for (const a of ring) {
    for (const b of ring)
      if (a !== b) edges.push({ from: a, to: b, weight: endorsement, label: 'worked_together' });
  }
  const graph = buildGraph(['asker', 'contact-1', 'contact-2', 'honest', ...ring, ...invited], edges);
  const at = (id: string) => graph.index.get(id)!;
  return { graph, asker: at('asker'), honest: at('honest'), ring: ring.map(at), invited: invited.map(at) };
}

describe('trust reaches every member an exact PageRank ranks', () => {
  it('gives the members of a dense ring of 40 entered through one edge their trust, in the exact order', () => {
    const { graph, asker, honest, ring, invited } = ringOf40();
    const exact = exactPageRank(graph, asker);
    const trust = personalizedPageRank(graph, asker);
    const [entry, ...rest] = ring;
    // The exact order: the honest member, the ring member introduced, the 39 others (tied),
    // and below them the end of the chain of introductions.
    const last = invited.at(-1)!;
    expect(exact[honest]).toBeGreaterThan(exact[entry!]!);
    for (const member of rest) {
      expect(exact[entry!]).toBeGreaterThan(exact[member]!);
      expect(exact[member]).toBeGreaterThan(exact[last]!);
    }
    expect(trust[honest]).toBeGreaterThan(trust[entry!]!);
    for (const member of rest) {
      expect(trust[member], graph.ids[member]).toBeGreaterThan(trust[last]!);
      expect(trust[member]).toBeLessThan(trust[entry!]!);
    }
    expect(trust[last]).toBeGreaterThan(0);
    expect(topKendallTau(exact, trust, asker)).toBeGreaterThanOrEqual(0.99);
  });
});

const shapes: fc.Arbitrary<CollectiveShape> = fc.record({
  members: fc.integer({ min: 50, max: 500 }),
  seed: fc.integer(),
  meanEndorsements: fc.integer({ min: 1, max: 20 }),
  skew: fc.double({ min: 0, max: 2, noNaN: true }),
  ring: fc.oneof(fc.constant(0), fc.integer({ min: 3, max: 40 })),
});

describe('trust against an exact power iteration on random collectives of 50 to 500 members', () => {
  it('orders the top 50 alike (Kendall tau >= 0.95), from below, within the residual it leaves', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const { graph, asker } = collectiveGraph(shape);
        const exact = exactPageRank(graph, asker);
        const trust = personalizedPageRank(graph, asker);
        expect(topKendallTau(exact, trust, asker)).toBeGreaterThanOrEqual(0.95);
        let error = 0;
        for (let u = 0; u < graph.ids.length; u += 1) {
          expect(trust[u]!).toBeLessThanOrEqual(exact[u]! + 1e-11);
          error += exact[u]! - trust[u]!;
        }
        expect(error).toBeLessThanOrEqual(WEIGHTS.trust.residualPerMember * graph.ids.length + 1e-9);
      }),
      { numRuns: 150, seed: 20261201 },
    );
  });
});

const DAY_MS = 86_400_000;
/** Words for the examples' descriptions, none of them in the brief. */
const FILLER = ['planned', 'wrote', 'tested', 'shipped', 'measured', 'reviewed', 'printed', 'delivered'];

describe.each([80, 250])('the trust a match request reports, in a collective of %i members', (members) => {
  it('orders the members as the exact PageRank does and comes close to its values', async () => {
    const { ties, asker } = collectiveTies({
      members,
      seed: members,
      meanEndorsements: 6,
      skew: 0.5,
      ring: 12,
    });
    const c = await createCollective(t);
    const people: TestMember[] = [c.owner];
    while (people.length < members) {
      people.push(await member(t, c.id, { headline: 'Brand designer', skills: ['brand-design'] }));
    }
    const now = Date.now();
    await endorseMany(
      t,
      c.id,
      ties
        .filter((tie) => tie.kind === 'endorsement')
        .map((tie, i) => ({
          endorser: people[tie.from]!,
          endorsee: people[tie.to]!,
          options: {
            title: `Project ${i}`,
            description: Array.from({ length: tie.words }, (_, w) => FILLER[w % FILLER.length]).join(' '),
            createdAt: new Date(now - tie.ageDays * DAY_MS),
          },
        })),
    );
    await handoffs(
      t,
      c.id,
      ties
        .filter((tie) => tie.kind === 'handoff')
        .map((tie) => ({ giver: people[tie.from]!, recipient: people[tie.to]! })),
      { createdAt: new Date(now - 200 * DAY_MS) },
    );
    for (const tie of ties.filter((x) => x.kind === 'introduction')) {
      await t.pool.query('UPDATE members SET introduced_by = $1 WHERE collective_id = $2 AND id = $3', [
        people[tie.from]!.memberId,
        c.id,
        people[tie.to]!.memberId,
      ]);
    }
    await graphChanged(t, c.id);

    const askerMember = people[asker]!;
    const response = await call(t, askerMember, 'POST', `/v1/collectives/${c.id}/matches`, {
      brief: 'Brand identity for a tea company',
      skills: ['brand-design'],
      limit: 50,
    });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json<{ items: { member: { id: string }; components: { trust: number } }[] }>()
      .items;
    expect(items).toHaveLength(50);

    // The reference: the exact PageRank of the same ties, relative to the most trusted member.
    const graph = tiesGraph(
      people.map((p) => p.memberId),
      ties,
    );
    const source = graph.index.get(askerMember.memberId)!;
    const exact = exactPageRank(graph, source);
    const most = Math.max(...exact.filter((_, u) => u !== source));
    const reference = Float64Array.from(items, (item) => exact[graph.index.get(item.member.id)!]! / most);
    const reported = Float64Array.from(items, (item) => item.components.trust);
    expect(topKendallTau(reference, reported, -1)).toBeGreaterThanOrEqual(0.95);
    reported.forEach((trust, i) => expect(Math.abs(trust - reference[i]!)).toBeLessThan(0.01));
  }, 120_000);
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createCollective } from '../../support/factories.js';
import { endorse, handoff, member } from '../../support/graph.js';
import { call } from '../../support/http.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SKILLS = ['brand-design', 'copywriting', 'ux-research', 'translation', 'illustration'];
const WORDS = [
  'brand',
  'tea',
  'packaging',
  'website',
  'research',
  'interviews',
  'german',
  'report',
  'logo',
  'charity',
];

const collectiveShape = fc.record({
  size: fc.integer({ min: 2, max: 9 }),
  profiles: fc.array(
    fc.record({
      skills: fc.subarray(SKILLS),
      headline: fc.subarray(WORDS, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
      status: fc.constantFrom('active', 'active', 'active', 'left'),
    }),
    { minLength: 9, maxLength: 9 },
  ),
  edges: fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.subarray(SKILLS, { minLength: 1, maxLength: 2 })), {
    maxLength: 20,
  }),
  handoffs: fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 5 }),
  brief: fc.subarray(WORDS, { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')),
  skills: fc.subarray(SKILLS, { maxLength: 2 }),
  asker: fc.nat(9),
});

describe('matching on random collectives', () => {
  it('returns only active members of the collective, never the asker, components in [0, 1], sorted', async () => {
    const other = await createCollective(t);
    const stranger = await member(t, other.id, { headline: 'brand tea packaging', skills: SKILLS });

    await fc.assert(
      fc.asyncProperty(collectiveShape, async (shape) => {
        const c = await createCollective(t);
        const people = [c.owner];
        for (let i = 0; i < shape.size; i += 1) {
          const profile = shape.profiles[i]!;
          people.push(await member(t, c.id, { headline: profile.headline, skills: profile.skills }));
        }
        for (const [from, to, skills] of shape.edges) {
          const a = people[from % people.length]!;
          const b = people[to % people.length]!;
          if (a !== b) await endorse(t, c.id, a, b, { skills });
        }
        for (const [from, to] of shape.handoffs) {
          const a = people[from % people.length]!;
          const b = people[to % people.length]!;
          if (a !== b) await handoff(t, c.id, a, b);
        }
        const left = new Set<string>();
        for (let i = 1; i < people.length; i += 1) {
          if (shape.profiles[i - 1]!.status === 'left') {
            left.add(people[i]!.memberId);
            await t.pool.query("UPDATE members SET status = 'left' WHERE collective_id = $1 AND id = $2", [
              c.id,
              people[i]!.memberId,
            ]);
          }
        }
        const asker = people.filter((p) => !left.has(p.memberId))[shape.asker % (people.length - left.size)]!;

        const response = await call(t, asker, 'POST', `/v1/collectives/${c.id}/matches`, {
          brief: shape.brief,
          skills: shape.skills,
          limit: 50,
        });
        expect(response.statusCode).toBe(200);
        const items = response.json<{
          items: { member: { id: string }; score: number; components: Record<string, number> }[];
        }>().items;
        const members = new Set(people.map((p) => p.memberId));
        for (const item of items) {
          expect(members.has(item.member.id)).toBe(true);
          expect(left.has(item.member.id)).toBe(false);
          expect(item.member.id).not.toBe(asker.memberId);
          expect(item.member.id).not.toBe(stranger.memberId);
          expect(item.score).toBeGreaterThanOrEqual(0);
          expect(item.score).toBeLessThanOrEqual(1);
          for (const value of Object.values(item.components)) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
        }
        for (let i = 1; i < items.length; i += 1) {
          expect(items[i - 1]!.score).toBeGreaterThanOrEqual(items[i]!.score);
        }
      }),
      { numRuns: 30, seed: 20261125 },
    );
  }, 120_000);
});
